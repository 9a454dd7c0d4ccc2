// Test helper: the error a promise rejects with (a test of a refusal fails if it resolves).

/** The rejection of `p`, typed as the caller expects; throws if `p` resolves. */
export async function rejection<E = Error>(p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (e) {
    return e as E;
  }
  throw new Error("expected a rejection");
}
