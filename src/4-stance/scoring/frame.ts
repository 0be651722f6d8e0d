import type { Token } from '../../adapters/wink.js';
import { FRAME_COPULA, FRAME_NAMING } from '../../vocabulary/stanceVerbs.js';
import type { AssignedHit, MentionSlot } from '../assignHits.js';
import { lexiconHits } from '../lexicon.js';
import type { Accumulators } from './accumulate.js';
import { QUOTE_MARKS, STOP } from './punctuation.js';
import { lowerBound, type ArticleMention, type UtteranceReading } from './targets.js';

/** Plain-lexicon words of a name given to X count this much ('called X a "corrupt fool"'), as in assignHits. */
const PLAIN_NAME = 0.6;

/** The entity a quote is predicated of, and whether a naming verb gave the quote to it ('called X "…"'). */
export interface FrameSlot extends MentionSlot {
  /** True for 'called X "…"', 'termed X a "…"' (the quote is a name given to X); false for 'X is "…"'. */
  readonly naming: boolean;
}

/**
 * 'Biden is "more experienced, more predictable"': a quote that completes the writer's sentence
 * about X evaluates X — its evaluations that found no target inside go to X. Only evaluations of
 * people carry over after a copula: 'X is "facing a hard winter"' does not judge X. After a naming
 * verb the quote is a name given to X, so plain sentiment words count too (at PLAIN_NAME):
 * 'termed X a "corrupt fool"' judges X, whatever the lexicon files "corrupt" under.
 */
export function frameEvidence(tokens: readonly Token[], r: UtteranceReading, frame: FrameSlot, assigned: readonly AssignedHit[], accs: Accumulators): void {
  const taken = new Set(assigned.map((h) => h.hit.first));
  for (const hit of lexiconHits(tokens, r.uf, r.ul)) {
    if (STOP.has(tokens[hit.first]!.value)) break;
    if (taken.has(hit.first) || r.skip?.(hit.first) || hit.kind === 'verb') continue;
    if (hit.kind === 'base' && !frame.naming) continue;
    accs.add(frame, hit, hit.kind === 'base' ? hit.weight * PLAIN_NAME : hit.weight);
  }
}

/**
 * The entity a quote is predicated of, from the writer's words right before it: 'X is "…"',
 * 'X remains "…"' (a copula after a mention), or 'called X "…"', 'described X as "…"' (a naming
 * verb before it). Never the speaker. Looks back at most six tokens. Only partial and indirect
 * quotes have one.
 */
export function frameTarget(tokens: readonly Token[], mentions: readonly ArticleMention[], r: UtteranceReading): FrameSlot | undefined {
  if (r.u.kind !== 'partial' && r.u.kind !== 'indirect') return undefined;
  const { uf, speakerId } = r;
  let k = uf - 1;
  while (k >= 0 && uf - k <= 3 && (QUOTE_MARKS.has(tokens[k]!.value) || tokens[k]!.pos === 'SPACE' || tokens[k]!.lower === 'as' || tokens[k]!.pos === 'DET')) k--;
  if (k < 0) return undefined;
  const mentionEndingAt = (i: number): { first: number; last: number; entityId: string } | undefined => {
    const t = tokens[i]!;
    const at = lowerBound(mentions, Math.max(0, t.start - 80));
    for (let mi = at; mi < mentions.length && mentions[mi]!.start <= t.start; mi++) {
      const m = mentions[mi]!;
      if (m.end === t.end && m.entityId !== speakerId) {
        let f = i;
        while (f > 0 && tokens[f - 1]!.start >= m.start) f--;
        return { first: f, last: i + 1, entityId: m.entityId };
      }
    }
    return undefined;
  };
  let j = k;
  while (j >= 0 && k - j < 2 && tokens[j]!.pos === 'ADV') j--;
  const cop = tokens[j];
  if (cop && (cop.pos === 'AUX' || cop.pos === 'VERB') && FRAME_COPULA.has(cop.lemma) && j > 0) {
    const m = mentionEndingAt(j - 1);
    if (m) return { first: m.first, last: m.last, key: m.entityId, naming: false };
  }
  const m = mentionEndingAt(k);
  if (m && m.first > 0 && FRAME_NAMING.has(tokens[m.first - 1]!.lemma)) return { first: m.first, last: m.last, key: m.entityId, naming: true };
  return undefined;
}
