import type { Token } from '../../adapters/wink.js';
import { cueAt } from '../../3-attribution/cues/matchCue.js';

/**
 * What a cue that is no verb of the stance lexicon weighs toward its object: the weight of a core
 * verb of praise or criticism ("criticize" -3, "praise" 3 in politicalLexicon.ts), so that "was
 * critical of Y" and "criticized Y" count alike.
 */
export const CUE_JUDGEMENT_WEIGHT = 3;

/**
 * The judgement a cue of the attribution lexicon carries toward its object when it is a noun, an
 * adjective or a phrase rather than a verb of the stance lexicon: "his criticism of Y", "has been
 * critical of Y", "is supportive of Y", "lashed out at Y", "paid tribute to Y". The attribution
 * stage already read such a cue as introducing the holder's words (their `evaluative` sign, +1 or
 * -1); the stance stage weighs that sign as a verb's. A negated cue ("was not critical of Y")
 * judges nothing: its sign is left to the words that follow. Returns the signed weight, or 0.
 *
 * @example
 * cueJudgement(readTokens('Hale has been critical of Brown.').tokens, 4, 5); // -3
 */
export function cueJudgement(tokens: readonly Token[], first: number, last: number): number {
  const cue = cueAt(tokens, first);
  if (!cue || cue.evaluative === 0 || cue.last > last + 1) return 0;
  for (let k = first; k < cue.last; k++) if (tokens[k]!.negated) return 0;
  return cue.evaluative * CUE_JUDGEMENT_WEIGHT;
}
