import type { PraiseGraph } from '../model/graph.js';

/** A relation where praise goes one way only. */
export interface OneSidedRelation {
  /** The node that praises. */
  readonly source: string;
  /** The node praised, which never praises back. */
  readonly target: string;
  readonly praise: number;
  /** Neutral stances of source toward target. */
  readonly neutral: number;
  /** What comes back: criticism and neutral stances of target toward source (praise is 0 by definition). */
  readonly reverse: { readonly criticism: number; readonly neutral: number };
  readonly utteranceIds: readonly string[];
}

/**
 * Praise never returned: `a` praises `b`, `a` never criticises `b`, and `b` never praises `a`
 * (silence, neutral words or criticism back). Not the one-sided pairs of `asymmetry()` and
 * `asymmetries({ oneSided: 'only' })`, where only one side speaks of the other at all. Sorted by praise, most first, then in graph order.
 * Self loops are never one-sided. An empty graph gives `[]`.
 *
 * @example
 * oneSided(graph); // [{ source: 'donald-trump', target: 'vladimir-putin', praise: 4, neutral: 0, reverse: { criticism: 1, neutral: 0 }, … }]
 */
export function oneSided(graph: PraiseGraph): OneSidedRelation[] {
  const byPair = new Map<string, PraiseGraph['edges'][number]>();
  for (const e of graph.edges) byPair.set(JSON.stringify([e.source, e.target]), e);
  const out: OneSidedRelation[] = [];
  for (const e of graph.edges) {
    if (e.source === e.target || e.praise === 0 || e.criticism > 0) continue;
    const back = byPair.get(JSON.stringify([e.target, e.source]));
    if (back && back.praise > 0) continue;
    out.push({
      source: e.source,
      target: e.target,
      praise: e.praise,
      neutral: e.neutral,
      reverse: { criticism: back?.criticism ?? 0, neutral: back?.neutral ?? 0 },
      utteranceIds: e.utteranceIds,
    });
  }
  return out.map((r, i) => ({ r, i })).sort((x, y) => y.r.praise - x.r.praise || x.i - y.i).map(({ r }) => r);
}
