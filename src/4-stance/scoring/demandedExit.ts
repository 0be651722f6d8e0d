import type { Token, TokenDoc } from '../../adapters/wink.js';
import type { MentionSlot } from '../assignHits.js';
import { tokenRange } from '../tokenRange.js';
import { isPossessive } from '../featureWords.js';
import type { Accumulators } from './accumulate.js';
import type { UtteranceReading } from './targets.js';
import { DIRECTIVE_VERBS } from '../../vocabulary/stanceVerbs.js';
import { DEMANDING_VERBS, LEAVING_PARTICLES, LEAVING_VERBS, REMOVAL_NOUNS } from '../../vocabulary/stanceWords.js';

/** The weight of a demand that someone leave office: as the lexicon's "step down". */
export const EXIT_WEIGHT = -2;

/**
 * "Hale called on Marsh to resign", "Hale urged Marsh to step down", "Hale demanded Marsh's
 * resignation", "Hale called for the resignation of Marsh": a demand that someone leave office
 * is criticism of them, though no word of it evaluates anyone. Read when the utterance's cue is a
 * verb that asks or demands (DIRECTIVE_VERBS, DEMANDING_VERBS), not negated, right before the
 * reported words, and those words are the target and the leaving, and nothing else before it: the
 * target's leaving word is then the evidence. "Hale said Marsh plans to resign" (no demand), "Hale
 * did not call for Marsh to resign" and "Hale urged Marsh to accept the resignation of the
 * minister" judge nobody this way.
 */
export function demandedExit(doc: TokenDoc, r: UtteranceReading, accs: Accumulators): void {
  const { u, targets } = r;
  const first = targets[0];
  if (!u.cue || !first || u.kind !== 'indirect' || u.start < u.cue.end || u.start - u.cue.end > 2) return;
  const t = doc.tokens;
  const [cf, cl] = tokenRange(doc, u.cue);
  const v = t.slice(cf, cl).findIndex((x) => x.pos === 'VERB');
  const verb = t[cf + v];
  if (v < 0 || !verb || verb.negated || !(DIRECTIVE_VERBS.has(verb.lemma) || DEMANDING_VERBS.has(verb.lemma))) return;
  // "amid calls for Y to resign", "the demands for …": a noun tagged as a verb; whose demand is not said.
  const before = t[cf + v - 1];
  if (before && (before.pos === 'ADP' || before.pos === 'DET')) return;
  const leaving = leavingOf(t, r, first);
  if (leaving === undefined) return;
  // (The lexicon may have read the same words, "step down": one piece of evidence, once.)
  const at = t[leaving]!.start;
  if (accs.byKey.get(first.key)?.evidence.some((e) => e.start <= at && at < e.end)) return;
  // ("step down", "step aside": the particle is part of the evidence.)
  accs.add(first, { first: leaving, last: leaving + (t[leaving]!.lemma === 'step' ? 2 : 1) }, EXIT_WEIGHT);
}

/**
 * The token of the target's leaving in the reported words: "Y to resign", "Y to step down", "Y's
 * resignation", "the resignation of Y", "the immediate ouster of Y". Undefined when the words say
 * anything else first.
 */
function leavingOf(t: readonly Token[], r: UtteranceReading, m: MentionSlot): number | undefined {
  // "the (immediate) resignation of Y"
  let k = r.uf;
  if (t[k]?.pos === 'DET') k++;
  while (k < m.first && t[k]!.pos === 'ADJ') k++;
  // ("the ouster of Marsh's chief rival" removes the rival: the target must not be a possessor.)
  if (k < m.first) return REMOVAL_NOUNS.has(t[k]!.lower) && t[k + 1]?.lower === 'of' && k + 2 === m.first && !isPossessive(t, m.last) ? k : undefined;
  // Only the target opens the words.
  if (m.first !== r.uf && !(m.first === r.uf + 1 && t[r.uf]!.pos === 'DET')) return undefined;
  let j = m.last;
  // "Y's (immediate) resignation"
  if (isPossessive(t, j)) {
    j++;
    while (j < r.ul && t[j]!.pos === 'ADJ') j++;
    return j < r.ul && REMOVAL_NOUNS.has(t[j]!.lower) ? j : undefined;
  }
  // "Y to (immediately) resign", "Y to step down"
  if (t[j]?.lower !== 'to') return undefined;
  j++;
  if (t[j]?.pos === 'ADV') j++;
  const v = t[j];
  if (!v || j >= r.ul || !LEAVING_VERBS.has(v.lemma)) return undefined;
  if (v.lemma === 'step' && !LEAVING_PARTICLES.has(t[j + 1]?.lower ?? '')) return undefined;
  // ("urged Marsh to quit the alliance", "to quit stalling": "quit" with an object leaves something else.)
  if (v.lemma === 'quit' && j + 1 < r.ul && t[j + 1]!.pos !== 'PUNCT' && !QUIT_ENDINGS.has(t[j + 1]!.lower)) return undefined;
  return j;
}

/** Words after "quit" that leave its object unsaid: "to quit immediately", "to quit as leader". */
const QUIT_ENDINGS: ReadonlySet<string> = new Set(['as', 'now', 'immediately', 'today', 'at', 'before', 'over']);

