import type { GraphEdge } from '../model/graph.js';

/**
 * The definitions behind "who praises whom more", in one place. Every measure, table, caption,
 * export and example imports them from here, so that a figure printed anywhere can be checked by
 * hand against the same sentence.
 */

/** What `tone` means, in one sentence, for captions and legends. */
export const TONE_DEFINITION = 'net = praise − criticism; tone = net ÷ all stances of the direction (neutral ones dilute it; none without stances)';

/** What the asymmetry index compares, in one sentence, for captions and legends. */
export const INDEX_DEFINITION =
  'index = (net a→b − net b→a) ÷ (praise + criticism, both ways): the volume of net praise each way compared, from −1 to +1, > 0 when a gives b more';

/** One direction of a pair, a→b: the counts it rests on and its tone. */
export interface Direction {
  readonly praise: number;
  readonly criticism: number;
  readonly neutral: number;
  /** praise − criticism. */
  readonly net: number;
  /** praise + criticism: the stances that judge; the index is weighed by these. */
  readonly polar: number;
  /** praise + criticism + neutral: every stance of the direction. */
  readonly stances: number;
  /**
   * net ÷ stances, in [-1, 1]: neutral stances dilute it. `null` when the direction has no stance
   * at all: silence is not neutrality.
   */
  readonly tone: number | null;
}

/** The counts of one direction: an edge, or none. */
export type Counts = Pick<GraphEdge, 'praise' | 'criticism' | 'neutral'> | undefined;

/** The direction of an edge (or of no edge: all zeros, tone `null`). */
export function direction(edge: Counts): Direction {
  const praise = edge?.praise ?? 0;
  const criticism = edge?.criticism ?? 0;
  const neutral = edge?.neutral ?? 0;
  const stances = praise + criticism + neutral;
  const net = praise - criticism;
  return { praise, criticism, neutral, net, polar: praise + criticism, stances, tone: stances === 0 ? null : net / stances };
}

/**
 * The asymmetry index of two directions (see `INDEX_DEFINITION`): (net a→b − net b→a) ÷ (polar
 * a→b + polar b→a), in [-1, 1]. `null` when neither direction has a praise or a criticism: there
 * is nothing to compare.
 */
export function asymmetryIndex(ab: Pick<Direction, 'net' | 'polar'>, ba: Pick<Direction, 'net' | 'polar'>): number | null {
  const weight = ab.polar + ba.polar;
  return weight === 0 ? null : (ab.net - ba.net) / weight || 0;
}

/** A signed count as the tables print it: `+3`, `−1` (true minus sign), `0`. */
export function signedCount(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

/** A signed ratio with fixed decimals, two by default: `+0.50`, `−0.25` (true minus sign), `0.00`. */
export function signedRatio(x: number, digits = 2): string {
  const s = Math.abs(x).toFixed(digits);
  if (Number(s) === 0) return s;
  return x > 0 ? `+${s}` : `\u2212${s}`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** What `a` says of `b` in words: "praises Putin 3 times and criticises Putin once". */
function speaksOf(d: Direction, b: string): string {
  const parts: string[] = [];
  if (d.praise) parts.push(`praises ${b} ${times(d.praise)}`);
  if (d.criticism) parts.push(`criticises ${b} ${times(d.criticism)}`);
  if (d.neutral) parts.push(`speaks of ${b} neutrally ${times(d.neutral)}`);
  return parts.length <= 1 ? (parts[0] ?? `never speaks of ${b}`) : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The interval around an index, as the sentences print it. */
export interface IntervalLike {
  readonly low: number;
  readonly high: number;
  readonly level: number;
}

/**
 * Fewest praises and criticisms, both ways together, for a verdict. A bootstrap cannot see
 * variation it has no data for: one praise against one criticism resamples to +1 every time, an
 * interval that excludes 0 on two stances. Below this count the interval is shown, the verdict not.
 */
const MIN_VERDICT_STANCES = 5;

/** True when only one of the two ever speaks of the other. */
export function isOneSided(ab: Direction, ba: Direction): boolean {
  return (ab.stances === 0) !== (ba.stances === 0);
}

/**
 * The verdict, in the terms of the columns printed beside it, or `null` when there is none: a
 * verdict only when both sides speak of each other, the interval excludes 0 and at least
 * `MIN_VERDICT_STANCES` praises and criticisms (both ways) support it.
 *
 * @example
 * verdict('Donald Trump', 'Vladimir Putin', ab, ba, { low: 0.2, high: 0.9, level: 0.95 });
 * // 'Donald Trump gives Vladimir Putin more net praise (+3 against +1)'
 */
export function verdict(a: string, b: string, ab: Direction, ba: Direction, interval: IntervalLike | null): string | null {
  if (!interval || isOneSided(ab, ba) || ab.polar + ba.polar < MIN_VERDICT_STANCES) return null;
  if (interval.low > 0) return `${a} gives ${b} more net praise (${signedCount(ab.net)} against ${signedCount(ba.net)})`;
  if (interval.high < 0) return `${b} gives ${a} more net praise (${signedCount(ba.net)} against ${signedCount(ab.net)})`;
  return null;
}

/**
 * The one sentence a reader sees for a pair: the verdict when there is one; for a one-sided pair
 * what the one side says and that the other is silent; otherwise why there is no verdict.
 *
 * @example
 * summary('Donald Trump', 'Vladimir Putin', { praise: 7, … }, { stances: 0, … }, null);
 * // 'Donald Trump praises Vladimir Putin 7 times; Vladimir Putin never speaks of Donald Trump here'
 */
export function summary(a: string, b: string, ab: Direction, ba: Direction, index: number | null, interval: IntervalLike | null): string {
  if (ab.stances === 0 && ba.stances === 0) return `neither ${a} nor ${b} speaks of the other here`;
  if (ab.stances === 0) return `${b} ${speaksOf(ba, a)}; ${a} never speaks of ${b} here`;
  if (ba.stances === 0) return `${a} ${speaksOf(ab, b)}; ${b} never speaks of ${a} here`;
  const v = verdict(a, b, ab, ba, interval);
  if (v) return v;
  if (index === null || !interval) return `no praise or criticism either way between ${a} and ${b}, only neutral mentions`;
  const pct = `${Math.round(interval.level * 100)}%`;
  if ((interval.low > 0 || interval.high < 0) && ab.polar + ba.polar < MIN_VERDICT_STANCES) {
    return `too little to tell: net ${signedCount(ab.net)} ${a} \u2192 ${b} against ${signedCount(ba.net)} back rests on ${ab.polar + ba.polar} praise and criticism (a verdict needs ${MIN_VERDICT_STANCES})`;
  }
  return `no clear difference: net ${signedCount(ab.net)} ${a} \u2192 ${b} against ${signedCount(ba.net)} back, index ${signedRatio(index)} with a ${pct} interval from ${signedRatio(interval.low)} to ${signedRatio(interval.high)}, which includes 0`;
}
