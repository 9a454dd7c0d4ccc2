// Findings carry, beside the Vietnamese sentence a clerk reads, a stable message id and the data
// the sentence was made from — as ESLint's context.report({ messageId, data }) does — so that JSON
// users and tests need not parse prose (issue 17 item 9).

/** The figures and names a message was rendered from (JSON-safe). */
export type MessageData = Readonly<Record<string, unknown>>;

export interface Message {
  /** Stable id within its messages table, e.g. "sumMismatch" or "notACount.negative". */
  readonly id: string;
  readonly data: MessageData;
  /** The rendered Vietnamese sentence. */
  readonly text: string;
}

/**
 * A message function whose result carries its id and its arguments by name: `keys` names the
 * parameters of `render`, in order (a parameter left out by the caller is left out of data).
 */
export function withData<A extends unknown[]>(
  id: string,
  keys: { readonly [K in keyof A]: string },
  render: (...args: A) => string
): (...args: A) => Message {
  return (...args: A): Message => {
    const data: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      if (args[i] !== undefined) data[k] = args[i];
    });
    return { id, data, text: render(...args) };
  };
}
