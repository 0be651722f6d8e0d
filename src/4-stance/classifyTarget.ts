import type { TokenDoc } from '../adapters/wink.js';
import type { Evidence, Span } from '../model/index.js';
import type { HeldToward } from './heldToward.js';
import { argmax, scoreLinear } from './model/linearModel.js';
import { targetModel } from './targetModel.js';
import { lexiconHits } from './lexicon.js';
import { targetFeatures, targetSentence } from './targetFeatures.js';
import { round } from '../util/round.js';

export interface TargetClass {
  /** -1, 0 or 1. */
  readonly label: -1 | 0 | 1;
  /** P(positive) − P(negative): -1..1. */
  readonly score: number;
  /** Probability of negative, neutral and positive. */
  readonly probabilities: readonly number[];
  /** The lexicon hits that bear on the target, strongest first. */
  readonly evidence: Evidence[];
  /** The directed model's view of the target from the other names of the sentence (read once, for the features and the caller). */
  readonly held: HeldToward;
}

/**
 * Sentiment toward the mention at tokens [first, last): the learned model (logistic regression
 * over lexicon and position features, src/data/targetModel.json) decides the label; the
 * lexicon hits that point the same way are the evidence. When the model is unsure between a
 * polar label and neutral, the lexicon layer's own sum, weighted by relevance to the target,
 * breaks the tie.
 */
export function classifyTarget(doc: TokenDoc, first: number, last: number): TargetClass {
  const feats = targetFeatures(doc, first, last);
  const p = scoreLinear(targetModel(), feats.values);
  const label = (argmax(p) - 1) as -1 | 0 | 1;
  const score = Math.max(-1, Math.min(1, p[2]! - p[0]!));
  const evidence: Evidence[] = [];
  feats.hits.forEach((h, k) => {
    const r = feats.relevance[k] ?? 0;
    if (r <= 0) return;
    if (label !== 0 && Math.sign(h.weight) !== label) return;
    const a = doc.tokens[h.first]!;
    const b = doc.tokens[h.last - 1]!;
    evidence.push({ start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), weight: round(h.weight * r) });
  });
  evidence.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return { label, score: round(score), probabilities: p, evidence: evidence.slice(0, 5), held: feats.held };
}

/**
 * Whether classifyTarget could give evidence for which `keep` holds: its evidence is always among
 * the lexicon hits of the target's sentence outside the mention (`keep` gets the hit's span and its
 * lexicon weight, whose sign the evidence keeps). A caller that keeps only some of the evidence (inside
 * one utterance, of one sign) asks this first, and runs the model (a directed decision for each
 * other name of the sentence) only when some hit could be kept: the hits are read once per range.
 */
export function mayGiveEvidence(doc: TokenDoc, first: number, last: number, keep: (span: Span, weight: number) => boolean): boolean {
  const [from, to] = targetSentence(doc, first, last);
  return lexiconHits(doc.tokens, from, to).some((h) => !(h.first >= first && h.last <= last) && keep({ start: doc.tokens[h.first]!.start, end: doc.tokens[h.last - 1]!.end }, h.weight));
}
