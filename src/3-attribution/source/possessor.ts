// Noun cues: the possessor is the source ("Smith's claim that", "his vow to", "Lee's repeated warnings that").
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { fromMention, genitiveAt, nounPhraseEndingAt } from './nounPhrase.js';
import { ownerAsSubject } from './ownNoun.js';
import { MONTHS, PERIODS, TIME_WORDS } from '../../vocabulary/time.js';

/** Longest run of modifiers between a possessor and its noun cue ("Lee's [long and often repeated] claim"). */
const MAX_POSSESSED_MODIFIERS = 3;

/**
 * The possessor of a noun cue, or null: a name or a noun phrase with "'s" ("Smith's claim"), a
 * plural's bare apostrophe ("the unions' warnings"), a common noun phrase the entity stage left
 * unmarked ("budget hawks' warnings"), or a possessive pronoun ("his vow"), right
 * before the cue or before the adjectives that modify it ("Mr. Lee's early pledge", "their
 * calm assurances").
 */
export function possessorOf(seg: Segmentation, ents: EntityIndex, a: Anchor): Source | null {
  const tokens = seg.doc.tokens;
  let k = a.first - 1;
  while (k > 0 && a.first - 1 - k < MAX_POSSESSED_MODIFIERS && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'and') && tokens[k]!.sentence === tokens[a.first]!.sentence) k--;
  const prev = tokens[k];
  if (!prev || prev.sentence !== tokens[a.first]!.sentence) return null;
  const genitive = genitiveAt(tokens, k);
  if (genitive && mentionIndex(ents, k - 1) >= 0) return fromMention(ents, mentionIndex(ents, k - 1), 'possessor');
  // "budget hawks’ warnings", "the panel's finding": a common noun phrase the entity stage did not mark.
  // (Not a time: "last year's claim", "Monday's vote".)
  const owner = tokens[k - 1];
  if (genitive && owner?.pos === 'NOUN' && owner.sentence === prev.sentence && !TIME_WORDS.has(owner.lower) && !PERIODS.has(owner.lower.replace(/s$/, '')) && !MONTHS.has(owner.lower)) {
    const np = nounPhraseEndingAt(seg, ents, k - 1);
    if (np && np.last === k) return { ...np, how: 'possessor' };
  }
  // ("She sharpened her attacks on": the subject whose own the cue is, `source/ownNoun.ts`.)
  if (mentionIndex(ents, k) >= 0 && ents.mentions[mentionIndex(ents, k)]!.kind === 'pronoun') return ownerAsSubject(seg, ents, k) ?? fromMention(ents, mentionIndex(ents, k), 'possessor');
  return null;
}

