/** The ISO 8601 date prefix of a value (`2024`, `2024-02`, `2024-02-20`), or undefined when it has none. */
export function isoDatePrefix(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value.trim());
  return m ? m[0] : undefined;
}

/**
 * Whether an ISO date lies in the inclusive range [from, to]. Dates of different precision are
 * compared on their common prefix, so `2024-02` lies inside `from: '2024-02-15'`: a month
 * overlaps the range, and dropping it would lose data a reader expects to see.
 */
export function dateInRange(date: string, from: string | undefined, to: string | undefined): boolean {
  if (from !== undefined) {
    const n = Math.min(date.length, from.length);
    if (date.slice(0, n) < from.slice(0, n)) return false;
  }
  if (to !== undefined) {
    const n = Math.min(date.length, to.length);
    if (date.slice(0, n) > to.slice(0, n)) return false;
  }
  return true;
}
