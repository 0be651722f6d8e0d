/**
 * Binary search over a list sorted by a numeric key: the index of the first item whose key is
 * at or after `value` (the list's length when there is none). Every "what comes after this
 * offset" question of the pipeline goes through here, which keeps the stages linear.
 *
 * @example
 * firstAtOrAfter([{ start: 0 }, { start: 5 }, { start: 9 }], 6, (x) => x.start); // 2
 */
export function firstAtOrAfter<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is `offset` inside one of `spans` (sorted and not overlapping)? */
export function insideSorted(spans: readonly { start: number; end: number }[], offset: number): boolean {
  const s = spans[firstAtOrAfter(spans, offset + 1, (x) => x.end)];
  return s !== undefined && s.start <= offset && offset < s.end;
}

type SpanLike = { start: number; end: number };

/** The spans as sorted, disjoint spans (nested and overlapping ones merged): what `insideSorted` and `crossesSorted` search. */
export function mergedSpans(list: readonly SpanLike[]): SpanLike[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: SpanLike[] = [];
  for (const u of sorted) {
    const last = out[out.length - 1];
    if (last && u.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, u.end) };
    else out.push({ start: u.start, end: u.end });
  }
  return out;
}

/** Does `span` overlap one of `spans` (sorted and not overlapping)? */
export function crossesSorted(spans: readonly SpanLike[], span: SpanLike): boolean {
  const next = spans[firstAtOrAfter(spans, span.start + 1, (x) => x.end)];
  return next !== undefined && next.start < span.end;
}
