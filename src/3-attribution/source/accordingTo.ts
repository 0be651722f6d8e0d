// A source after its cue: "according to Smith", "according to a note issued by the mayor's office", "in a poll by Gallup".
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { fromMention, nounPhraseAt, pastTimeBeforeAuthor } from './nounPhrase.js';
import { EXCHANGES } from '../../vocabulary/documents.js';
import { POSSESSIVE_DETERMINERS } from '../../vocabulary/pronouns.js';

/** The source of a cue whose source follows it ("according to X"): the author after a document noun, else the noun phrase after the cue. */
export function sourceAfterCue(seg: Segmentation, ents: EntityIndex, a: Anchor): Source | null {
  const tokens = seg.doc.tokens;
  // "according to a note issued by the mayor's office": the cue took the document; its author follows.
  const last = tokens[a.last - 1]!;
  // (The tagger may read the noun after "to" as a verb: "according to sources".)
  if ((last.pos === 'NOUN' || (last.pos === 'VERB' && /^\p{Ll}+$/u.test(last.value))) && a.last - a.first > 2) {
    let k = a.last;
    if (tokens[k]?.pos === 'VERB') k++;
    // "according to a tweet on Thursday by the senator": a time between the document and its author.
    k = pastTimeBeforeAuthor(tokens, k);
    const docFirst = a.first + 2;
    // "according to a Harbor Institute survey of county clerks": after a document that names its author, or
    // one that examines something ("a survey of voters", "an analysis of the data"), "of" opens
    // what was examined; the author is the name inside the cue, else the document speaks.
    const examined = tokens[k]?.lower === 'of' && (EXAMINING.has(last.lower) || insideMention(ents, docFirst, a.last) >= 0);
    if (!examined && (tokens[k]?.lower === 'by' || tokens[k]?.lower === 'from' || tokens[k]?.lower === 'of')) {
      const author = nounPhraseAt(seg, ents, k + 1, 'after');
      if (author) return author;
    }
    const named = examined ? insideMention(ents, docFirst, a.last) : -1;
    if (named >= 0) return fromMention(ents, named, 'after');
    return { span: { start: tokens[docFirst]!.start, end: last.end }, mention: -1, first: docFirst, last: a.last, how: 'after' };
  }
  const np = nounPhraseAt(seg, ents, a.last, 'after');
  // "according to interviews with six harbor pilots": the people interviewed speak.
  if (np && EXCHANGES.has(tokens[np.last - 1]!.lower) && tokens[np.last]?.lower === 'with') return nounPhraseAt(seg, ents, np.last + 1, 'after') ?? np;
  return np ?? phrasePastQuoteOrAdverb(seg, ents, a.last) ?? someoneAfter(seg, a.last);
}

/** Indefinite pronouns that name an unnamed source after "according to" ("someone in attendance"). */
const INDEFINITE_SOURCES: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody']);

/**
 * "according to someone in attendance", "according to somebody at the meeting": an indefinite pronoun
 * standing for a person, which the noun-phrase reader does not read as a phrase; with a
 * prepositional phrase right after it (up to the next punctuation, three words at most) it is the
 * source. Null when no such word follows the cue.
 */
function someoneAfter(seg: Segmentation, from: number): Source | null {
  const tokens = seg.doc.tokens;
  const t = tokens[from];
  if (!t || !INDEFINITE_SOURCES.has(t.lower) || seg.quoteOf[from]! >= 0) return null;
  let last = from + 1;
  if (tokens[last]?.pos === 'ADP' && tokens[last]!.sentence === t.sentence) {
    let k = last + 1;
    while (k < tokens.length && k - last <= 3 && tokens[k]!.sentence === t.sentence && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k]!.pos)) k++;
    if (k > last + 1) last = k;
  }
  return { span: { start: t.start, end: tokens[last - 1]!.end }, mention: -1, first: from, last, how: 'after' };
}

/** Documents whose "of" names what they examine, not their author ("a survey of voters", "a review of the files"). */
const EXAMINING: ReadonlySet<string> = new Set(['survey', 'surveys', 'poll', 'polls', 'study', 'studies', 'analysis', 'review', 'audit', 'investigation', 'examination', 'census', 'count', 'tally']);

/** The first mention among tokens [from, to) that ends inside them ("Harbor Institute" in "a Harbor Institute survey"), or -1. */
function insideMention(ents: EntityIndex, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const mi = mentionIndex(ents, k);
    if (mi >= 0 && ents.mentions[mi]!.last <= to) return mi;
  }
  return -1;
}

/** Longest run of adverbs read past before the phrase after "according to". */
const MAX_LEADING_ADVERBS = 2;

/**
 * The phrase after "according to" when the noun-phrase reader stops at its first word: adverbs
 * before it ("according to recently leaked council memos", "even his own aides"), and a title or
 * a name in quotes inside it ("according to “Harbor Lights” by Mara Quist" credits the author
 * after "by"; "according to her “fair share” plan", "the “Roads for All” document" run on to the
 * noun after the quote). The span opens at the phrase's first word. Null when no noun phrase
 * follows.
 */
function phrasePastQuoteOrAdverb(seg: Segmentation, ents: EntityIndex, from: number): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[from]?.sentence;
  let k = from;
  while (k - from < MAX_LEADING_ADVERBS && tokens[k]?.pos === 'ADV' && tokens[k]!.sentence === sentence) k++;
  const start = k;
  if (tokens[k]?.pos === 'DET' || POSSESSIVE_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  const q = seg.quoteOf[k] ?? -1;
  if (q >= 0 && tokens[k]!.sentence === sentence) {
    const close = seg.quotes[q]!.close;
    while (k < tokens.length && tokens[k]!.start <= close) k++;
    // ("“Harbor Lights,” by Mara Quist": a comma the title carries.)
    if (tokens[k]?.value === ',') k++;
    if (tokens[k]?.lower === 'by' && tokens[k]!.sentence === sentence) return nounPhraseAt(seg, ents, k + 1, 'after');
  } else if (start === from) return null;
  // ("recently leaked memos": a participle the adverb modifies opens the phrase.)
  if (start > from && tokens[k]?.pos === 'VERB' && /ed$/.test(tokens[k]!.lower)) k++;
  if (tokens[k]?.sentence !== sentence) return null;
  const np = nounPhraseAt(seg, ents, k, 'after');
  if (!np || np.first !== k) return np;
  return { ...np, span: { start: tokens[start]!.start, end: np.span.end }, first: start };
}

/** A phrase cue that holds its source: the first mention inside it ("in a Gallup poll"). */
export function sourceInsidePhrase(ents: EntityIndex, a: Anchor): Source | null {
  for (let k = a.first + 1; k < a.last; k++) if (mentionIndex(ents, k) >= 0) return fromMention(ents, mentionIndex(ents, k), 'after');
  return null;
}
