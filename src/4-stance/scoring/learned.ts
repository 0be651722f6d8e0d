import type { TokenDoc } from '../../adapters/wink.js';
import type { Evidence, Span } from '../../model/index.js';
import { classifyTarget, mayGiveEvidence } from '../classifyTarget.js';
import type { Accumulators } from './accumulate.js';
import { MIN_POLAR, nearestTo, STRONG_LEXICON } from './emit.js';
import type { UtteranceReading } from './targets.js';
import { firstAtOrAfter } from '../../util/sorted.js';

/**
 * Probability of a polar class of the learned target model above which it overrules a weak
 * lexicon verdict of the other sign (emit.ts, combined): chosen on NewsMTSC rw-dev, where polar
 * labels at p ≥ 0.9 are right 91 % of the time (p ≥ 0.7: 82 %, p ≥ 0.5: 75 %).
 */
export const MODEL_CONFIDENT = 0.9;

/** What the learned target model makes of one target of an utterance: its surest polar reading. */
export interface ModelView {
  /** -1, 0 or 1. */
  readonly label: -1 | 0 | 1;
  /** Probability of the label's class (0..1). */
  readonly p: number;
  /** The words inside the utterance that carry the model's polar reading. */
  readonly evidence: Evidence[];
}

/**
 * Step 6, learnedEvidence: the learned target model (classifyTarget, trained on NewsMTSC) reads
 * the mention each target with a weak lexicon verdict was judged at, in its sentence; the surest polar reading per
 * target whose evidence words lie inside the utterance (and outside nested quotes) is kept on the
 * accumulator, for emit to combine with the lexicon's sum. A target none of whose readings could
 * overrule that sum (no word of the opposite sign inside the utterance nearer the target than the
 * lexicon's words) is not read: it keeps no reading.
 */
export function learnedEvidence(doc: TokenDoc, r: UtteranceReading, accs: Accumulators): void {
  const tokens = doc.tokens;
  const from = tokens[r.uf]!.start;
  const to = tokens[r.ul - 1]!.end;
  const inside = (e: Span) => e.start >= from && e.end <= to && !r.skip?.(firstAtOrAfter(tokens, e.start, (t) => t.start));
  const read = r.targets.filter((m) => {
    // The model only ever overrules a weak lexicon verdict (emit.ts, combined): read no other target.
    const a = accs.byKey.get(m.key);
    if (!a || Math.abs(a.sum) < MIN_POLAR || Math.abs(a.sum) >= STRONG_LEXICON) return false;
    // One reading per target: at the mention the lexicon's words were aimed at.
    return !(a.polarMention && tokens[m.first]!.start !== a.polarMention.start);
  });
  // A reading changes a stance only with the sign opposite to the lexicon's sum and evidence of
  // that sign inside the utterance nearer the target than the lexicon's own words (emit.ts,
  // combined); as the surest reading of a target is the one kept, a target is read at all its
  // mentions when one of them may have such evidence, else the model is not run for it.
  const opposed = new Set(read.filter((m) => {
    const a = accs.byKey.get(m.key)!;
    const at = a.polarMention ?? a.mention;
    const lexicon = nearestTo(at, a.evidence);
    return mayGiveEvidence(doc, m.first, m.last, (span, weight) => Math.sign(weight) === -Math.sign(a.sum) && inside(span) && nearestTo(at, [span]) < lexicon);
  }).map((m) => m.key));
  for (const m of read) {
    if (!opposed.has(m.key)) continue;
    // (Only its evidence inside the utterance is kept: with no lexicon word there, the model is not run.)
    if (!mayGiveEvidence(doc, m.first, m.last, inside)) continue;
    const c = classifyTarget(doc, m.first, m.last);
    if (c.label === 0) continue;
    const p = c.probabilities[c.label + 1]!;
    const evidence = c.evidence.filter(inside);
    if (evidence.length === 0) continue;
    const acc = accs.of(m.key, m);
    if (!acc.model || p > acc.model.p) acc.model = { label: c.label, p, evidence };
  }
}
