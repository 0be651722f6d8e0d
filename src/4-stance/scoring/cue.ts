import type { TokenDoc } from '../../adapters/wink.js';
import { lexiconHits } from '../lexicon.js';
import { tokenRange } from '../tokenRange.js';
import type { Accumulators } from './accumulate.js';
import type { UtteranceReading } from './targets.js';
import { cueJudgement } from './cueJudgement.js';
import { coordinated } from './coordination.js';
import { possessedHead } from './possessedHead.js';
import { subjectOfSubordinate } from './subordinateSubject.js';
import { POSSESSIVES } from '../../vocabulary/pronouns.js';

/** How many tokens into the reported words the cue's object may start. */
const CUE_OBJECT_REACH = 6;

/**
 * "Durbin criticized the president's plan", "X accused Y of lying": an evaluative cue right
 * before the reported words (indirect speech) judges the first entity they name. A cue that is
 * no verb of the stance lexicon ("criticism of", "critical of") weighs by its attribution sign.
 */
export function cueEvidence(doc: TokenDoc, r: UtteranceReading, accs: Accumulators): void {
  const { u, targets } = r;
  if (!u.cue || u.kind !== 'indirect' || targets.length === 0 || u.start - u.cue.end > 2 || u.start < u.cue.end) return;
  // The cue's object opens the reported words ("criticized the president's plan", "accused X
  // of …"); a name deep inside them ("opposed the merger and said … the board …") is not it.
  // ("praised the budget as Ruiz watched": Ruiz is the subject of a clause of its own.)
  if (targets[0]!.first - r.uf > CUE_OBJECT_REACH || inReason(doc, r.uf, targets[0]!.first) || subjectOfSubordinate(doc.tokens, r.uf, targets[0]!)) return;
  const [cf, cl] = tokenRange(doc, u.cue);
  // "criticized Lee and Senator Ross": each conjunct of the object is judged (coordination.ts);
  // "praised Ostland's president, Tomas Brandt": the possessed name, not its possessor (possessedHead.ts).
  const objects = coordinated(doc.tokens, targets, possessedHead(doc.tokens, targets, targets[0]!));
  let judged = false;
  for (const hit of lexiconHits(doc.tokens, cf, cl)) {
    if (hit.kind !== 'verb') continue;
    for (const m of objects) accs.add(m, hit, hit.weight);
    judged = true;
  }
  // "his criticism of Y", "critical of Y", "lashed out at Y": a noun, adjective or phrase cue
  // judges its object by the sign the attribution lexicon gives it (cueJudgement.ts).
  if (judged || !objectOfCue(doc, r)) return;
  const weight = cueJudgement(doc.tokens, cf, cl);
  if (weight !== 0) for (const m of objects) accs.add(m, { first: cf, last: cl }, weight);
}

/**
 * Is the first target the cue's own object ("criticism of Y", "critical of Y's plan"), not a
 * name inside a clause of it ("disputes the claim that Y …", "contradicting the report, which Y
 * …")? Nothing between the reported words' start and the target may open a clause.
 */
function objectOfCue(doc: TokenDoc, r: UtteranceReading): boolean {
  const t = doc.tokens;
  for (let k = r.uf; k < r.targets[0]!.first; k++) {
    const x = t[k]!;
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'SCONJ' || (x.pos === 'PRON' && !POSSESSIVES.has(x.lower)) || x.lower === 'that' || x.value === ',') return false;
  }
  return true;
}

/**
 * "praised the rescue teams for their courage": a name after "for" that follows the object is in
 * the reason for the act, not its object (whose name, here none, the act judges).
 */
function inReason(doc: TokenDoc, from: number, to: number): boolean {
  const t = doc.tokens;
  let noun = false;
  for (let k = from; k < to; k++) {
    if (t[k]!.lower === 'for' && noun) return true;
    if (t[k]!.pos === 'NOUN') noun = true;
  }
  return false;
}
