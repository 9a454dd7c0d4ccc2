// Array helpers safe on any length: `out.push(...items)` and `Math.max(...items)` pass every
// element as an argument and overflow the call stack past ~100k elements ("Maximum call stack
// size exceeded" on a fill of many rows, or 200k ballots).

/** Append `items` to `out` (in place), one by one. */
export function append<T>(out: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) out.push(items[i]);
  return out;
}

/** The largest number of `xs` (-Infinity for none, as Math.max()). */
export function maxOf(xs: readonly number[]): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i] > m || Number.isNaN(xs[i])) m = xs[i];
  return m;
}

/** The smallest number of `xs` (Infinity for none, as Math.min()). */
export function minOf(xs: readonly number[]): number {
  let m = Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i] < m || Number.isNaN(xs[i])) m = xs[i];
  return m;
}
