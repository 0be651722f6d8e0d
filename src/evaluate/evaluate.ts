import type { Analysis } from '../model/analysis.js';
import { PlauditError } from '../model/errors.js';
import type { TextSpan } from '../model/span.js';
import type { UtteranceKind } from '../model/utterance.js';
import { entityMatcher, normalizeName, type EntityMatcher } from './entityMatcher.js';
import { parseGoldArticle, type GoldArticle, type GoldArticleInput, type GoldUtterance } from './goldArticle.js';
import { emptyCounts, scoresOf, type EvaluationCounts, type EvaluationScores } from './scores.js';

/** The scores of one article, with the counts behind them and what went wrong. */
export interface ArticleEvaluation extends EvaluationScores {
  id: string;
  counts: EvaluationCounts;
  /** Predicted quotes that land on no gold utterance. */
  spurious: TextSpan[];
  /** Gold utterances (not optional) that were not found with the right speaker. */
  missed: { id: string; kind: UtteranceKind; speaker: string | null; text: string }[];
  /**
   * Stance triples that went wrong: required gold triples not predicted, and predicted triples
   * the gold does not have (names no gold entity matches keep their normalised name, `?`-prefixed).
   */
  stanceErrors: { missed: StanceTriple[]; spurious: StanceTriple[] };
}

/** A (source, target, polarity) stance triple, by gold entity id. */
export interface StanceTriple {
  source: string;
  target: string;
  polarity: 'praise' | 'criticism';
}

/** A gold utterance placed in the text: `[start, end)`. */
type Placed = GoldUtterance & { start: number; end: number };
/** A predicted utterance with its speaker resolved to a gold entity id (or null). */
interface Predicted { start: number; end: number; kind: UtteranceKind; speaker: string | null }

/** Quoted kinds: scored for precision and recall of quote attribution (the shared scorer counts `embedded` too). */
const QUOTED: ReadonlySet<UtteranceKind> = new Set(['direct', 'partial', 'post', 'embedded', 'turn']);

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Scores one analysis against one gold-annotated article, with exactly the definitions of the
 * shared scorer (`eval/score.mjs`, described in `gold/FORMAT.md`):
 *
 * - **quote attribution**: a predicted utterance that is not `indirect` is correct when at least
 *   half its characters lie in one gold utterance (the one it overlaps most) and its speaker
 *   names that utterance's speaker; one landing on an optional gold utterance is ignored. A gold
 *   quoted utterance is found when predictions cover at least half of it, and right when the
 *   prediction covering most of it also has the right speaker.
 * - **indirect speech**: recall of gold indirect utterances found and rightly attributed, the same way.
 * - **stance**: the set of predicted (source, target, polarity) triples, neutral left out,
 *   against the required gold triples; a predicted triple that only an optional gold stance
 *   has is ignored.
 * - **stance evidence**: recall of (required stance, evidence utterance) pairs carried by a
 *   predicted stance of the same triple whose utterance overlaps the evidence.
 * - **asymmetry**: for each gold pair, the sign of net praise (praise − criticism) a→b minus
 *   b→a, counted over the predicted stances, must point at the side the gold says praises more.
 *
 * Speaker, source and target names are matched to gold entities by name or alias, normalised (case,
 * possessive, leading article), or for people by surname when the name has two words or more.
 * `gold` is validated first (`PlauditError` code `invalid-gold`); it must carry its `text`
 * (`loadGoldDir` in the CLI fills it from `textFile`), every utterance `text` must occur in it,
 * and `analysis` must be an analysis of that text (same length).
 *
 * @example
 * const gold = { id: 'a', title: '', source: '', license: '', text: '"Great job," Anna Smith said of the mayor.',
 *   entities: [{ id: 'smith', name: 'Anna Smith', type: 'person', aliases: ['Smith'] }],
 *   utterances: [{ id: 'u1', text: 'Great job,', speaker: 'smith', kind: 'direct' }] };
 * const e = evaluate(gold, analyze(gold.text));
 * e.quoteAttribution; // { precision: 1, recall: 1, f1: 1 }
 * e.counts.quotesGold; // 1
 */
export function evaluate(gold: GoldArticleInput | GoldArticle, analysis: Analysis): ArticleEvaluation {
  const g = parseGoldArticle(gold, `gold article${typeof gold?.id === 'string' ? ` "${gold.id}"` : ''}`);
  const text = g.text;
  if (text === undefined) {
    throw new PlauditError('invalid-gold', `plaudit: gold article "${g.id}" has no text: give it as \`text\` (loadGoldDir reads textFile for you)`);
  }
  if (analysis.length !== text.length) {
    throw new PlauditError('invalid-argument', `plaudit: the analysis is of a text of length ${analysis.length}, but gold article "${g.id}" has length ${text.length}`);
  }
  const match = entityMatcher(g.entities);
  const gold_ = g.utterances.map((u): Placed => ({ ...u, ...locate(text, u, g.id) }));
  const predicted = analysis.utterances.map((u): Predicted => ({
    start: u.start, end: u.end, kind: u.kind, speaker: match(u.speaker?.name),
  }));
  const counts = emptyCounts();
  const spurious = scoreQuotePrecision(text, gold_, predicted, counts);
  const missed = scoreRecall(gold_, predicted, counts);
  const stanceErrors = scoreStances(g, analysis, match, counts);
  scoreEvidence(g, gold_, analysis, match, counts);
  scoreAsymmetry(g, analysis, match, counts);
  return { id: g.id, counts, ...scoresOf(counts), spurious, missed, stanceErrors };
}

/** Finds the `occurrence`-th exact occurrence of the utterance text; a missing one is a gold error. */
function locate(text: string, u: GoldUtterance, id: string): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k < (u.occurrence ?? 1); k++) {
    at = text.indexOf(u.text, at + 1);
    if (at < 0) break;
  }
  if (at < 0) {
    throw new PlauditError('invalid-gold', `plaudit: gold article "${id}", utterance ${u.id}: text not found in the article (occurrence ${u.occurrence ?? 1}): ${JSON.stringify(u.text.slice(0, 60))}`);
  }
  return { start: at, end: at + u.text.length };
}

/**
 * Precision side of quote attribution. Each predicted quote goes to the gold utterance holding
 * at least half of it, the largest overlap first and, among equals, the shorter gold utterance
 * (the more specific annotation). Returns the predictions that land on none.
 */
function scoreQuotePrecision(text: string, gold: readonly Placed[], predicted: readonly Predicted[], c: EvaluationCounts): TextSpan[] {
  const spurious: TextSpan[] = [];
  for (const p of predicted) {
    if (p.kind === 'indirect') continue;
    const len = Math.max(1, p.end - p.start);
    let best: Placed | undefined;
    let bestOverlap = -1;
    for (const g of gold) {
      const ov = overlap(p, g);
      if (ov / len < 0.5) continue;
      if (ov > bestOverlap || (ov === bestOverlap && best !== undefined && g.end - g.start < best.end - best.start)) {
        best = g;
        bestOverlap = ov;
      }
    }
    if (best?.optional) continue;
    c.quotesPredicted++;
    if (best === undefined) {
      spurious.push({ start: p.start, end: p.end, text: text.slice(p.start, p.end) });
      continue;
    }
    c.quotesDetected++;
    if (p.speaker === best.speaker) c.quotesCorrect++;
  }
  return spurious;
}

/**
 * Recall side, for quoted and indirect gold utterances alike. Coverage sums the overlaps of all
 * predictions (of any kind); the prediction with the largest overlap, the first one among
 * equals, decides the speaker.
 */
function scoreRecall(gold: readonly Placed[], predicted: readonly Predicted[], c: EvaluationCounts): ArticleEvaluation['missed'] {
  const missed: ArticleEvaluation['missed'] = [];
  for (const g of gold) {
    if (g.optional) continue;
    let covered = 0;
    let top: Predicted | undefined;
    let topOverlap = 0;
    for (const p of predicted) {
      const ov = overlap(p, g);
      if (ov <= 0) continue;
      covered += ov;
      if (ov > topOverlap) {
        top = p;
        topOverlap = ov;
      }
    }
    const found = covered / (g.end - g.start) >= 0.5;
    const right = found && top !== undefined && top.speaker === g.speaker;
    if (QUOTED.has(g.kind)) {
      c.quotesGold++;
      if (found) c.quotesFound++;
      if (right) c.quotesRight++;
    } else {
      c.indirectGold++;
      if (right) c.indirectRight++;
    }
    if (!right) missed.push({ id: g.id, kind: g.kind, speaker: g.speaker, text: g.text });
  }
  return missed;
}

const tripleKey = (source: string | null, target: string | null, polarity: string): string => `${source}>${target}:${polarity}`;

/** Stance triples: a set per document, so repeating a stance neither helps nor hurts. */
function scoreStances(g: GoldArticle, analysis: Analysis, match: EntityMatcher, c: EvaluationCounts): ArticleEvaluation['stanceErrors'] {
  const required = new Map<string, StanceTriple>();
  const optional = new Set<string>();
  for (const s of g.stances) {
    const key = tripleKey(s.source, s.target, s.polarity);
    if (s.optional) optional.add(key);
    else required.set(key, { source: s.source, target: s.target, polarity: s.polarity });
  }
  const predicted = new Map<string, StanceTriple>();
  for (const s of analysis.stances) {
    if (s.polarity === 'neutral') continue;
    // Unknown names stay distinct from each other (and wrong), never merge into one "null" key.
    const source = match(s.source.name) ?? `?${normalizeName(s.source.name)}`;
    const target = match(s.target.name) ?? `?${normalizeName(s.target.name)}`;
    predicted.set(tripleKey(source, target, s.polarity), { source, target, polarity: s.polarity });
  }
  const spurious: StanceTriple[] = [];
  for (const [key, triple] of predicted) {
    if (optional.has(key) && !required.has(key)) continue;
    c.stancesPredicted++;
    if (required.has(key)) c.stancesCorrect++;
    else spurious.push(triple);
  }
  c.stancesGold += required.size;
  return { missed: [...required].filter(([key]) => !predicted.has(key)).map(([, triple]) => triple), spurious };
}

/** Evidence: every (required stance, evidence id) pair, repeated stances counted again. */
function scoreEvidence(g: GoldArticle, gold: readonly Placed[], analysis: Analysis, match: EntityMatcher, c: EvaluationCounts): void {
  const utteranceById = new Map(analysis.utterances.map((u) => [u.id, u] as const));
  const goldById = new Map(gold.map((u) => [u.id, u] as const));
  for (const s of g.stances) {
    if (s.optional) continue;
    const key = tripleKey(s.source, s.target, s.polarity);
    for (const id of s.evidence) {
      c.evidenceGold++;
      const evidence = goldById.get(id);
      const hit = evidence !== undefined && analysis.stances.some((ps) => {
        if (tripleKey(match(ps.source.name), match(ps.target.name), ps.polarity) !== key) return false;
        const u = utteranceById.get(ps.utteranceId);
        return u !== undefined && overlap(u, evidence) > 0;
      });
      if (hit) c.evidenceRight++;
    }
  }
}

/** Asymmetry: a tie (no difference) is never right. */
function scoreAsymmetry(g: GoldArticle, analysis: Analysis, match: EntityMatcher, c: EvaluationCounts): void {
  const resolved = analysis.stances.map((s) => ({
    source: match(s.source.name),
    target: match(s.target.name),
    value: s.polarity === 'praise' ? 1 : s.polarity === 'criticism' ? -1 : 0,
  }));
  const net = (source: string, target: string): number =>
    resolved.reduce((sum, s) => sum + (s.source === source && s.target === target ? s.value : 0), 0);
  for (const pair of g.asymmetry) {
    const d = net(pair.a, pair.b) - net(pair.b, pair.a);
    c.asymmetryGold++;
    if ((pair.more === 'a' && d > 0) || (pair.more === 'b' && d < 0)) c.asymmetryRight++;
  }
}
