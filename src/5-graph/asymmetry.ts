import type { GraphEdge, GraphNode, PraiseGraph } from '../model/graph.js';
import { asymmetryIndex, direction, isOneSided, summary, verdict, type Direction } from './asymmetryDefinition.js';
import { bootstrapUnits, edgeUnits, resolveIntervalOptions, type IntervalOptions } from './bootstrapAsymmetry.js';
import { pairEdges, requirePair } from './findNode.js';

export type { Direction } from './asymmetryDefinition.js';

/** The bootstrap interval around an asymmetry index. */
export interface AsymmetryBounds {
  /** Lower bound. */
  readonly low: number;
  /** Upper bound. */
  readonly high: number;
  /** Coverage, such as 0.95. */
  readonly level: number;
  /** Resamples drawn. */
  readonly samples: number;
  /** Seed of the generator. */
  readonly seed: number;
  /** Units resampled: stances when the input is a graph (it keeps only counts), utterances when it is analyses. */
  readonly units: number;
}

/**
 * Who gives whom more net praise, between two entities: both directions with their counts and
 * tone, the index that compares them, its bootstrap interval and the sentence to print.
 */
export interface Asymmetry {
  /** Name of the first entity. */
  readonly a: string;
  /** Name of the second entity. */
  readonly b: string;
  /** Node id of `a`. */
  readonly aId: string;
  /** Node id of `b`. */
  readonly bId: string;
  /** What a says of b: praise, criticism, neutral, net, polar, stances and tone (net ÷ stances; `null` without stances). */
  readonly aToB: Direction;
  /** What b says of a. */
  readonly bToA: Direction;
  /**
   * (net a→b − net b→a) ÷ (polar a→b + polar b→a), where net = praise − criticism and polar =
   * praise + criticism: the volume of net praise each way compared, in [-1, 1], > 0 when a gives b
   * more net praise than b gives a. `null` when neither direction has a praise or a criticism.
   */
  readonly index: number | null;
  /** Bootstrap interval of the index; `null` when the index is. */
  readonly interval: AsymmetryBounds | null;
  /** Only one of the two ever speaks of the other: reported apart, never a verdict. */
  readonly oneSided: boolean;
  /** "a gives b more net praise (+3 against +1)", only when both speak and the interval excludes 0. */
  readonly verdict: string | null;
  /** The sentence to print: the verdict, the one-sided statement, or why there is no verdict. */
  readonly summary: string;
}

/**
 * The asymmetry of two nodes from their edges: the one computation behind `asymmetry()` and
 * `asymmetries()`, so both always agree.
 */
export function pairAsymmetry(
  na: Pick<GraphNode, 'id' | 'name'>,
  nb: Pick<GraphNode, 'id' | 'name'>,
  ab: GraphEdge | undefined,
  ba: GraphEdge | undefined,
  options: Required<IntervalOptions>,
): Asymmetry {
  const aToB = direction(ab);
  const bToA = direction(ba);
  const index = asymmetryIndex(aToB, bToA);
  // resampled in one orientation (the smaller id first), so that b→a is exactly a→b mirrored
  const canonical = na.id < nb.id;
  const units = index === null ? [] : canonical ? edgeUnits(ab, ba) : edgeUnits(ba, ab);
  const drawn = bootstrapUnits(units, options);
  const bounds = canonical ? drawn : { low: -drawn.high || 0, high: -drawn.low || 0 };
  const interval = index === null ? null : { ...bounds, ...options, units: units.length };
  return {
    a: na.name,
    b: nb.name,
    aId: na.id,
    bId: nb.id,
    aToB,
    bToA,
    index,
    interval,
    oneSided: isOneSided(aToB, bToA),
    verdict: verdict(na.name, nb.name, aToB, bToA, interval),
    summary: summary(na.name, nb.name, aToB, bToA, index, interval),
  };
}

/**
 * Who gives whom more net praise, between two entities of a praise graph.
 *
 * Each direction has its counts and its tone, `net ÷ stances` with net = praise − criticism
 * (neutral stances dilute it; `null` when the direction has no stance: silence is not
 * neutrality). The index compares the volume of net praise each way:
 * `(net a→b − net b→a) ÷ (polar a→b + polar b→a)`, polar = praise + criticism, so three praises
 * against one weigh more than one against one, and neutral mentions, which judge nobody, do not
 * count. It lies in [-1, 1], is antisymmetric, and is `null` when neither direction has a praise
 * or a criticism. Its bootstrap interval resamples the pair's stances (seeded: the same options
 * give the same interval); `verdict` is a sentence only when both sides speak of each other and
 * the interval excludes 0. A pair where only one side ever speaks of the other is `oneSided`:
 * its index is ±1 by construction, so it gets a statement of what was said, not a verdict.
 *
 * `a` and `b` are node ids, names or aliases (see `findNode`). A name the graph lacks is a
 * `PlauditError` (`unknown-entity`) that names it and lists near matches; so is one entity named
 * twice.
 *
 * @example
 * // Trump → Putin: 3 praises, 4 neutral; Putin → Trump: 1 praise, 1 neutral
 * const x = asymmetry(graph, 'Donald Trump', 'Putin');
 * x.aToB; // { praise: 3, criticism: 0, neutral: 4, net: 3, polar: 3, stances: 7, tone: 0.43 }
 * x.index; // 0.5  = (3 − 1) ÷ (3 + 1)
 * x.summary; // 'no clear difference: net +3 Donald Trump → Vladimir Putin against +1 back, index +0.50 with a 95% interval from … to …, which includes 0'
 */
export function asymmetry(graph: PraiseGraph, a: string, b: string, options: IntervalOptions = {}): Asymmetry {
  const resolved = resolveIntervalOptions(options);
  const [na, nb] = requirePair(graph, a, b, 'asymmetry');
  const [ab, ba] = pairEdges(graph, na, nb);
  return pairAsymmetry(na, nb, ab, ba, resolved);
}
