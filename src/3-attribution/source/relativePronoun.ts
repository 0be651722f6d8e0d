// "Officials who said …": the relative pronoun is the cue's source phrase, its antecedent names the speaker.
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { nounPhraseEndingAt } from './nounPhrase.js';
import { DOCUMENTS, MEDIA_NOUNS } from '../../vocabulary/documents.js';
import { NOT_ENTITY_HEADS } from '../../vocabulary/notNames.js';

/**
 * A source found as the noun phrase right before "who" (or "that", "which") when the cue follows
 * the pronoun, past auxiliaries and adverbs only ("business leaders who say …", "voters who have
 * long argued …", "a new poll that shows …"):
 * the pronoun is the cue's subject, so it is the source phrase (the span), and the antecedent
 * names the speaker (`named`), as for "Nora Vance, who said …" (source.ts). PolNeAR marks the
 * pronoun as the source of such a restrictive relative clause.
 */
export function relativePronounSource(seg: Segmentation, a: Anchor, s: Source | null): Source | null {
  if (!s || s.how !== 'subject' || a.form !== 'verb' || s.named !== undefined) return s;
  const tokens = seg.doc.tokens;
  const who = tokens[s.last];
  if (!who || !RELATIVE_WORDS.has(who.lower) || s.last >= a.first || who.sentence !== tokens[a.first]!.sentence || seg.quoteOf[s.last]! >= 0) return s;
  for (let x = s.last + 1; x < a.first; x++) {
    const t = tokens[x]!;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return s;
  }
  return { ...s, span: { start: who.start, end: who.end }, named: s.span };
}

/** Relative pronouns that may be a cue's subject: "voters who say", "a poll that shows", "the group, which argued". */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/**
 * "The mayor met farmers who said …", "a list of leaders who have criticized …": the antecedent
 * of a restrictive "who" after the main verb when the entity stage marked nothing right before
 * the pronoun: the common noun phrase that ends there ("who" names a person, so no noun before it
 * is a place or a date). Null when the word before "who" is no lower-case noun, or names a document
 * or a programme, an event or a work (`NOT_ENTITY_HEADS`). PolNeAR marks the
 * pronoun as the source of such a clause (`relativePronounSource` then makes it the span).
 */
export function commonNounAntecedent(seg: Segmentation, ents: EntityIndex, who: number): Source | null {
  const tokens = seg.doc.tokens;
  const head = tokens[who - 1];
  if (tokens[who]?.lower !== 'who' || !head || head.sentence !== tokens[who]!.sentence || head.pos !== 'NOUN' || !/^\p{Ll}/u.test(head.value) || mentionIndex(ents, who - 1) >= 0) return null;
  // (Not a programme or a document: "callers to his radio program who said …" are the callers.)
  if (DOCUMENTS.has(head.lower) || MEDIA_NOUNS.has(head.lower) || NOT_ENTITY_HEADS.has(head.lower)) return null;
  const np = nounPhraseEndingAt(seg, ents, who - 1);
  return np && np.mention < 0 && np.last === who ? np : null;
}
