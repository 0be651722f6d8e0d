// A document's words: `Acme released a statement which read, in part, “…”`, `The letter from Acme reads: “…”`, `“…,” the statement read.`
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Quote } from '../../1-segment/quotes.js';
import type { EntityIndex } from '../../2-entities/resolve.js';
import type { Span } from '../../model/span.js';
import { DOCUMENTS, WRITTEN } from '../../vocabulary/documents.js';
import { documentAuthor, documentJustBefore, speakerOf } from '../speaker.js';
import { lowerBound, QUOTE_MARK } from '../scan.js';
import { ENDS_SENTENCE } from '../../vocabulary/punctuation.js';

/** The verb a document's text stands after: "the letter read", "a statement reading". ("said", "stated" are cues; `source/documentRelative.ts` reads them.) */
const READ_FORMS = new Set(['read', 'reads', 'reading']);
/** Document nouns that are posts. */
const POSTS = new Set(['tweet', 'post']);

/** A quote that is the text of a document, the document's author, and the verb that introduced it. */
export interface DocumentWords {
  readonly speaker: number;
  readonly mention: Span;
  readonly cue: Span;
  /** The document noun (token). */
  readonly noun: number;
  readonly post: boolean;
}

/**
 * A quote that is the text of a document ("statement", "letter", "post", "note", "tweet", also
 * a sign or a banner) introduced by "read": before it, with or without a relative pronoun and a
 * short adverbial ("Acme released a statement which read, in part, “…”", "Acme's letter reads:
 * “…”", "a post from Acme reading “…”", "It read, “…”" after a document), or after it ("“…,” the
 * statement read"). The words are the author's (`documentAuthor`: possessor, "from"/"by",
 * the subject of "released"/"issued"/"posted"), or the document itself when the text names no
 * author. "read" is no speech cue by itself ("she read the report"): only a document as its
 * subject makes it one. Null when the construction is not there.
 */
export function documentWords(seg: Segmentation, ents: EntityIndex, q: Quote): DocumentWords | null {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  const before = readBefore(tokens, open);
  const found = before ?? readAfter(seg, q);
  if (!found) return null;
  const noun = documentOf(seg, found.verb, found.after);
  if (noun < 0) return null;
  // A document with no author in the text speaks itself, as it does before "said" ("“…,” read
  // a Monday editorial", "The banner read, “…”").
  const author = documentAuthor(seg, ents, noun) ?? documentItself(seg, ents, noun);
  if (!author) return null;
  const v = tokens[found.verb]!;
  const post = POSTS.has(tokens[noun]!.lemma) || tokens.slice(Math.max(0, noun - 8), noun).some((t) => t.sentence === tokens[noun]!.sentence && t.pos === 'VERB' && (t.lemma === 'post' || t.lemma === 'tweet'));
  return { speaker: author.entity, mention: author.span, cue: { start: v.start, end: v.end }, noun, post };
}

/**
 * The document at token `noun` as its own speaker, with its phrase (determiner and common
 * modifiers: "the banner", "a new editorial"; a name before it, "a Monday editorial", stays
 * out): the entity `speakerOf` gives any source phrase.
 */
function documentItself(seg: Segmentation, ents: EntityIndex, noun: number): { entity: number; span: Span } | null {
  const tokens = seg.doc.tokens;
  let first = noun;
  while (first > 0 && noun - first < 4 && tokens[first - 1]!.sentence === tokens[noun]!.sentence && seg.quoteOf[first - 1]! < 0 && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[first - 1]!.pos)) first--;
  const span = { start: tokens[first]!.start, end: tokens[noun]!.end };
  const entity = speakerOf(seg, ents, { span, mention: -1, first, last: noun + 1, how: 'subject' });
  return entity >= 0 ? { entity, span } : null;
}

/** "read" right before the quote, past a colon or comma and a short adverbial ("read, in part, “", "reads in full: “"). */
function readBefore(tokens: readonly Token[], open: number): { verb: number; after: false } | null {
  const sentence = tokens[open]?.sentence;
  let k = open - 1;
  if (tokens[k]?.value === ',' || tokens[k]?.value === ':') k--;
  if (k >= 0 && !READ_FORMS.has(tokens[k]!.lower)) {
    // An adverbial of up to four words with no verb, opening with a preposition or an adverb.
    let x = k;
    while (x > 0 && k - x < 3 && !['PUNCT', 'VERB', 'AUX'].includes(tokens[x - 1]!.pos) && !READ_FORMS.has(tokens[x - 1]!.lower)) x--;
    if (['PUNCT', 'VERB', 'AUX'].includes(tokens[x]!.pos) || (tokens[x]!.pos !== 'ADP' && tokens[x]!.pos !== 'ADV')) return null;
    k = x - 1;
    if (tokens[k]?.value === ',') k--;
  }
  return k >= 0 && READ_FORMS.has(tokens[k]!.lower) && tokens[k]!.sentence === sentence ? { verb: k, after: false } : null;
}

/** "“…,” the statement read." / "“…,” read the statement.": "read" right after a quote that ends in a comma, past the document's phrase. */
function readAfter(seg: Segmentation, q: Quote): { verb: number; after: true } | null {
  const tokens = seg.doc.tokens;
  if (ENDS_SENTENCE.test(seg.doc.text.slice(q.start, q.end))) return null;
  let k = lowerBound(tokens, q.close + 1);
  while (k < tokens.length && (tokens[k]!.value === ',' || QUOTE_MARK.test(tokens[k]!.value))) k++;
  // Only the document's phrase before the verb: "it", "the statement", "Acme's letter", "the letter from Acme".
  for (let x = k; x < Math.min(tokens.length, k + 6); x++) {
    const t = tokens[x]!;
    if (READ_FORMS.has(t.lower)) return { verb: x, after: true };
    if (seg.quoteOf[x]! >= 0 || !(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos) || t.lower === 'it' || t.lower === 'from' || t.lower === 'by')) return null;
  }
  return null;
}

/**
 * The document noun that is the subject of "read" at token v: "a statement (, ) which/that
 * read", "the statement read", "a letter from Acme read", "It read" (the document just
 * mentioned), or after the verb ("read the statement"). -1 when there is none.
 */
function documentOf(seg: Segmentation, v: number, after: boolean): number {
  const tokens = seg.doc.tokens;
  const sentence = tokens[v]!.sentence;
  const isDocument = (k: number) => k >= 0 && tokens[k]!.sentence === sentence && tokens[k]!.pos === 'NOUN' && seg.quoteOf[k]! < 0 && (DOCUMENTS.has(tokens[k]!.lower) || WRITTEN.has(tokens[k]!.lower));
  if (after && (tokens[v - 1] === undefined || tokens[v - 1]!.sentence !== sentence || QUOTE_MARK.test(tokens[v - 1]!.value) || tokens[v - 1]!.value === ',')) {
    // "read the statement (from Acme)."
    for (let x = v + 1; x < Math.min(tokens.length, v + 4); x++) if (isDocument(x)) return x;
    return -1;
  }
  let k = v - 1;
  // "It read": the document or sign mentioned just before, within two sentences (as for "“…,” it read").
  if (tokens[k]?.lower === 'it' && tokens[k]!.sentence === sentence) return documentJustBefore(seg, k, sentence, 0);
  if (tokens[k]?.lower === 'which' || tokens[k]?.lower === 'that') k--;
  if (tokens[k]?.value === ',' && tokens[k + 1]?.lower === 'which') k--;
  if (isDocument(k)) return k;
  // "a letter from Acme read", "a statement signed by Acme reads", "a note on Facebook which read":
  // the noun before a short prepositional phrase (a participle may open it).
  for (let x = k; x >= 0 && v - x <= 7 && tokens[x]!.sentence === sentence; x--) {
    const t = tokens[x]!;
    if (t.pos === 'PUNCT' || (t.pos === 'VERB' && !(/ed$/.test(t.lower) && tokens[x + 1]?.pos === 'ADP'))) return -1;
    if (t.pos !== 'ADP') continue;
    if (isDocument(x - 1)) return x - 1;
    if (tokens[x - 1]?.pos === 'VERB' && isDocument(x - 2)) return x - 2;
  }
  return -1;
}
