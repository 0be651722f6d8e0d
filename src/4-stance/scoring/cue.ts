import type { TokenDoc } from '../../adapters/wink.js';
import { lexiconHits } from '../lexicon.js';
import { tokenRange } from '../tokenRange.js';
import type { Accumulators } from './accumulate.js';
import type { UtteranceReading } from './targets.js';

/** How many tokens into the reported words the cue's object may start. */
const CUE_OBJECT_REACH = 6;

/**
 * "Durbin criticized the president's plan", "X accused Y of lying": an evaluative cue right
 * before the reported words (indirect speech) judges the first entity they name.
 */
export function cueEvidence(doc: TokenDoc, r: UtteranceReading, accs: Accumulators): void {
  const { u, targets } = r;
  if (!u.cue || u.kind !== 'indirect' || targets.length === 0 || u.start - u.cue.end > 2 || u.start < u.cue.end) return;
  // The cue's object opens the reported words ("criticized the president's plan", "accused X
  // of …"); a name deep inside them ("opposed the merger and said … the board …") is not it.
  if (targets[0]!.first - r.uf > CUE_OBJECT_REACH) return;
  const [cf, cl] = tokenRange(doc, u.cue);
  for (const hit of lexiconHits(doc.tokens, cf, cl)) {
    if (hit.kind !== 'verb') continue;
    accs.add(targets[0]!, hit, hit.weight);
  }
}
