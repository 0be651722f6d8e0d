// A cue right after the quote: `…,” Trump said`, `…,” said Smith`, `…” ― Smith`.
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Quote } from '../../1-segment/quotes.js';
import type { Anchor } from '../anchors.js';
import { type Source } from '../source.js';
import { lowerBound, firstAnchorFrom, startsClause, SENTENCE_END, QUOTE_MARK } from '../scan.js';
import { type Found } from '../draft.js';
import { POSSESSIVE_DETERMINERS } from '../../vocabulary/pronouns.js';
import { ENDS_SENTENCE } from '../../vocabulary/punctuation.js';
import { insideOpeningParticiple } from '../reported/clauseReader.js';

/**
 * A cue right after the quote: `…,” Trump told the crowd`, `…,” said Smith`, `…,” Ann Marsh, a
 * former official, told …`. Between the closing mark and the cue only the source may stand.
 */
export function cueAfter(seg: Segmentation, q: Quote, anchors: readonly Anchor[], sources: readonly (Source | null)[], speech: ReadonlySet<number>): Found | null {
  const tokens = seg.doc.tokens;
  let k = lowerBound(tokens, q.close + 1);
  // The quote must end its sentence or clause: punctuation inside the marks or right after.
  while (k < tokens.length && (tokens[k]!.value === ',' || QUOTE_MARK.test(tokens[k]!.value))) k++;
  // (As far as a chain of appositions reaches: "…,” Ann Marsh, director of … and a professor at …, said".)
  const limit = Math.min(tokens.length, k + 40);
  const paragraph = seg.paragraphOf[lowerBound(tokens, q.open)];
  const endsSentence = ENDS_SENTENCE.test(seg.doc.text.slice(q.start, q.end));
  // `The firm said it was “proud to invest.” Reyes added that …`: a quote that ends a sentence
  // a cue before it frames belongs to that sentence; the next sentence's cue has its own words.
  if (endsSentence && framedBefore(seg, q, anchors)) return null;
  for (let ai = firstAnchorFrom(anchors, k); ai < anchors.length; ai++) {
    const a = anchors[ai]!;
    if (a.first >= limit || seg.paragraphOf[a.first] !== paragraph) break;
    const s = sources[a.index];
    if (!s) return null;
    // Nothing but the source and its apposition between quote and cue.
    const from = Math.min(s.first, a.first);
    // The source may open with a determiner the mention leaves out ("the Kremlin said").
    // So may modifiers it leaves out ("former Ohio governor Ann Marsh", "Treasury spokesman Paul Kern").
    const sourceStart = s.how === 'inverted' ? s.first : phraseStart(tokens, s.first, k);
    // A cue with its source after it ("…,” said Smith", "…” ― Smith", "…,” according to Smith") opens right after the quote.
    if (s.how === 'inverted' || s.how === 'after' ? a.first !== k : sourceStart !== k && !describedBefore(tokens, k, s.first) && !(opensSentence(seg, q) && phraseBefore(tokens, k, s.first))) return null;
    for (let x = k; x < from; x++) if (SENTENCE_END.test(tokens[x]!.value) || (seg.quoteOf[x]! >= 0 && speech.has(seg.quoteOf[x]!))) return null;
    // 'Hale claimed that “the port is safe,” one inspector said the cranes were rusting': a quote
    // inside a clause of the writer's, then a cue that reports a clause of its own: not this quote's cue.
    // (Not a quote inside an opening participle phrase, 'Citing the “long winter,” Reyes urged voters to …': the main clause's subject is its speaker.)
    if (s.how !== 'inverted' && s.how !== 'after' && !opensSentence(seg, q) && ownClauseAfter(tokens, a) && !insideOpeningParticiple(seg, lowerBound(tokens, q.open))) return null;
    // `…the region." Kino Gabriel said, "…"`: a cue that opens the next quote is that quote's.
    // (A dash always credits the quote before it.)
    if (endsSentence && a.lemma !== '\u2014' && quoteLaterInSentence(seg, a.last, speech)) return null;
    return { source: s, anchor: a, confidence: a.confidence * 0.95 };
  }
  return null;
}

/**
 * "…,” Okafor's press aide, Lena Brandt, said": a short description and its comma stand
 * between the quote and the name; no verb, no sentence end.
 */
export function describedBefore(tokens: readonly Token[], k: number, first: number): boolean {
  if (first - k > 10 || first - k < 2 || tokens[first - 1]?.value !== ',') return false;
  for (let x = k; x < first - 1; x++) if (tokens[x]!.pos === 'VERB' || tokens[x]!.pos === 'AUX' || SENTENCE_END.test(tokens[x]!.value) || tokens[x]!.value === ',') return false;
  return true;
}

/**
 * Is there a cue before the quote's opening mark in the quote's own sentence and paragraph, with
 * only the writer's words between (no sentence end, no other quote)?
 */
function framedBefore(seg: Segmentation, q: Quote, anchors: readonly Anchor[]): boolean {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  const a = anchors[firstAnchorFrom(anchors, open) - 1];
  // (A dash is a label closing the quote before it: "…” ― Ann Marsh".)
  if (a === undefined || a.lemma === '\u2014' || tokens[a.first]?.sentence !== tokens[open]?.sentence || seg.paragraphOf[a.first] !== seg.paragraphOf[open]) return false;
  if (seg.doc.text.slice(tokens[a.first]!.start, q.open).includes('\n')) return false;
  for (let x = a.last; x < open; x++) if (SENTENCE_END.test(tokens[x]!.value) || seg.quoteOf[x]! >= 0) return false;
  return true;
}

/**
 * Does a clause of the cue's own start right after it ("said that …", "said the cranes were …")?
 * ("said that night", "said in a statement that was released": "that" opens no clause there.)
 * ("told the Tembury Herald": after a cue whose clause follows an addressee, the words after it name one.)
 */
function ownClauseAfter(tokens: readonly Token[], a: Anchor): boolean {
  const next = tokens[a.last];
  if (next === undefined || next.sentence !== tokens[a.first]!.sentence) return false;
  if (next.lower === 'that') return startsClause(tokens, a.last + 1);
  return !(a.complement.includes('object-that') && !a.complement.includes('that')) && startsClause(tokens, a.last);
}

/** Does the quote open its sentence (nothing but spaces and marks before its opening mark)? */
function opensSentence(seg: Segmentation, q: Quote): boolean {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  const sentence = tokens[open] ? seg.doc.sentences[tokens[open]!.sentence] : undefined;
  if (!sentence) return false;
  // (Backwards: the word nearest the mark decides at once, however long the sentence.)
  for (let x = open - 1; x >= sentence.first; x--) if (tokens[x]!.pos !== 'SPACE' && tokens[x]!.pos !== 'PUNCT') return false;
  return true;
}

/** Most words of a noun phrase before the part the source reading took. */
const MAX_PHRASE_BEFORE = 8;
/** Words that join or extend a noun phrase: "Ellis and Reyes", "a spokesman for the party", "the head of the union". */
const PHRASE_JOINS: ReadonlySet<string> = new Set(['and', '&', 'for', 'of']);

/**
 * "…,” Tom Ellis and Dana Reyes wrote", "…,” the Ohio senator and Republican candidate said",
 * "…,” a spokesman for county Democrats said", "…,” Harbor Party organizing director Tom Ellis
 * told": the source reading took the last part of a longer noun phrase that opens right after the
 * quote (tokens k to `first`): names, nouns, adjectives, determiners, a possessive, "and", "for",
 * "of", or a participle before a noun; no other verb, no comma, at most a few words.
 */
function phraseBefore(tokens: readonly Token[], k: number, first: number): boolean {
  if (first - k > MAX_PHRASE_BEFORE || first <= k) return false;
  if (!['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(tokens[k]!.pos)) return false;
  for (let x = k; x < first; x++) {
    const t = tokens[x]!;
    const modifier = t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower) && tokens[x + 1]?.pos === 'NOUN';
    const word = ['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(t.pos) || PHRASE_JOINS.has(t.lower) || t.lower === "'s" || t.lower === '\u2019s' || t.value === '-';
    if (!(word || modifier) || t.sentence !== tokens[first]!.sentence) return false;
  }
  return true;
}

/**
 * Where the noun phrase of a source starting at token `first` begins, when determiners and
 * modifiers the mention leaves out stand before it back to token `floor` ("the former", "State",
 * a possessor: "Harbor Poll’s Dana Reyes").
 */
export function phraseStart(tokens: readonly Token[], first: number, floor: number): number {
  let k = first;
  while (k > floor && first - k < 4) {
    const p = tokens[k - 1]!;
    const attached = p.value === '-' || tokens[k]?.value === '-';
    const possessive = (p.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(p.lower)) || p.lower === "'s" || p.lower === '\u2019s';
    if (!(p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'PROPN' || p.pos === 'NOUN' || p.pos === 'NUM' || attached || possessive) || p.sentence !== tokens[first]!.sentence) break;
    k--;
  }
  return k === floor ? floor : first;
}

/** Does a speech quote open after token k before the sentence ends? */
export function quoteLaterInSentence(seg: Segmentation, k: number, speech: ReadonlySet<number>): boolean {
  const tokens = seg.doc.tokens;
  for (let x = k; x < Math.min(tokens.length, k + 30); x++) {
    const q = seg.quoteOf[x]!;
    if (q >= 0 && speech.has(q)) return true;
    if (SENTENCE_END.test(tokens[x]!.value)) return false;
  }
  return false;
}

/** Most words between the closing mark and the cue's clause in `cueAfterTail`. */
const MAX_TAIL = 30;
/** Most words after a closing cue and its source before the sentence ends (a time, "of the plan", an apposition with no verb). */
const MAX_AFTER_CLOSING_CUE = 20;

/**
 * `“It is not likely” that the bill passes this year, said Tom Ellis.`, `“It seals it” because
 * the lead grows, she said.`: a quote that opens its sentence and runs on, unquoted, to a cue
 * that closes the sentence — a comma, then the source and the cue in either order, then at most
 * a time, a short phrase or an apposition, with no verb. The whole sentence is that source's, and
 * so is the quote. Not when the quote ends its own sentence, nor across a sentence end or another quote.
 */
export function cueAfterTail(seg: Segmentation, q: Quote, anchors: readonly Anchor[], sources: readonly (Source | null)[], speech: ReadonlySet<number>): Found | null {
  const tokens = seg.doc.tokens;
  if (ENDS_SENTENCE.test(seg.doc.text.slice(q.start, q.end).trimEnd())) return null;
  const open = lowerBound(tokens, q.open);
  const sentenceIndex = tokens[open]?.sentence;
  const sentence = sentenceIndex === undefined ? undefined : seg.doc.sentences[sentenceIndex];
  if (!sentence || !opensSentence(seg, q)) return null;
  const k = lowerBound(tokens, q.close + 1);
  const inSpeech = (x: number): boolean => seg.quoteOf[x]! >= 0 && speech.has(seg.quoteOf[x]!);
  for (let ai = firstAnchorFrom(anchors, k + 1); ai < anchors.length; ai++) {
    const a = anchors[ai]!;
    if (a.first - k > MAX_TAIL || tokens[a.first]!.sentence !== sentenceIndex) return null;
    const s = sources[a.index];
    if (!s || a.form !== 'verb' || (s.how !== 'inverted' && s.how !== 'subject')) continue;
    // The comma that closes the run-on part: before the cue ("…, said X") or before the source ("…, X said").
    let comma = s.how === 'inverted' ? a.first - 1 : s.first - 1;
    while (s.how === 'subject' && comma > k && s.first - comma <= 4 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[comma]!.pos)) comma--;
    if (tokens[comma]?.value !== ',' || comma <= k || (s.how === 'subject' && s.last > a.first)) continue;
    let between = true;
    for (let x = k; x < comma && between; x++) if (SENTENCE_END.test(tokens[x]!.value) || inSpeech(x)) between = false;
    if (!between) return null;
    // Nothing of the cue's own after it: the sentence ends.
    const end = s.how === 'inverted' ? Math.max(a.last, s.last) : a.last;
    let closes = sentence.last - end <= MAX_AFTER_CLOSING_CUE;
    for (let x = end; x < sentence.last && closes; x++) {
      const t = tokens[x]!;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that' || seg.quoteOf[x]! >= 0 || QUOTE_MARK.test(t.value)) closes = false;
    }
    return closes ? { source: s, anchor: a, confidence: a.confidence * 0.85 } : null;
  }
  return null;
}
