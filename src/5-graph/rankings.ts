import { PlauditError } from '../model/errors.js';
import type { PraiseGraph } from '../model/graph.js';

/** One entity's place in a ranking; counts are received or given as the list says. */
export interface RankingEntry {
  readonly id: string;
  readonly name: string;
  /** What the list is ranked by: praise received, criticism received, praise given or criticism given. */
  readonly count: number;
  readonly praise: number;
  readonly criticism: number;
  readonly neutral: number;
  /** praise − criticism */
  readonly net: number;
  /** How many distinct others took part. */
  readonly partners: number;
}

export interface Rankings {
  /** Most praise received. */
  readonly mostPraised: RankingEntry[];
  /** Most criticism received. */
  readonly mostCriticised: RankingEntry[];
  /** Most praise given. */
  readonly mostPraising: RankingEntry[];
  /** Most criticism given. */
  readonly mostCritical: RankingEntry[];
}

export interface RankingsOptions {
  /** Longest list returned. Default 10. */
  readonly limit?: number;
}

/**
 * Who is praised and criticised most, and who praises and criticises most. Self loops are left
 * out (praising oneself is not praise received). Entities with a count of 0 are not listed, so an
 * empty graph gives four empty lists. Ties go to the higher net (lower for the critical lists),
 * then to the name in code-unit order, so the order is deterministic.
 *
 * @example
 * rankings(graph).mostPraised[0]; // { id: 'vladimir-putin', name: 'Vladimir Putin', count: 4, praise: 4, … }
 */
export function rankings(graph: PraiseGraph, options: RankingsOptions = {}): Rankings {
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new PlauditError('invalid-options', `plaudit: rankings limit must be a non-negative integer, got ${String(limit)}`);
  }
  interface Tally { praise: number; criticism: number; neutral: number; partners: Set<string> }
  const received = new Map<string, Tally>();
  const given = new Map<string, Tally>();
  const tally = (m: Map<string, Tally>, id: string): Tally => {
    let t = m.get(id);
    if (!t) m.set(id, (t = { praise: 0, criticism: 0, neutral: 0, partners: new Set() }));
    return t;
  };
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    for (const [m, id, other] of [[received, e.target, e.source], [given, e.source, e.target]] as const) {
      const t = tally(m, id);
      t.praise += e.praise;
      t.criticism += e.criticism;
      t.neutral += e.neutral;
      t.partners.add(other);
    }
  }
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const list = (m: Map<string, Tally>, by: 'praise' | 'criticism'): RankingEntry[] =>
    [...m]
      .map(([id, t]) => ({
        id,
        name: names.get(id) ?? id,
        count: t[by],
        praise: t.praise,
        criticism: t.criticism,
        neutral: t.neutral,
        net: t.praise - t.criticism,
        partners: t.partners.size,
      }))
      .filter((e) => e.count > 0)
      .sort((x, y) => y.count - x.count || (by === 'praise' ? y.net - x.net : x.net - y.net) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
      .slice(0, limit);
  return {
    mostPraised: list(received, 'praise'),
    mostCriticised: list(received, 'criticism'),
    mostPraising: list(given, 'praise'),
    mostCritical: list(given, 'criticism'),
  };
}
