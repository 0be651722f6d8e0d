// Reading a reported clause: where it starts and stops, its object phrase, the words before a trailing cue.
import { GENITIVE_MARKS } from '../../vocabulary/pronouns.js';
import { PLACE_PREPOSITIONS } from '../../vocabulary/places.js';
import type { Token, SentenceSpan } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Span } from '../../model/span.js';
import type { Anchor } from '../anchors.js';
import { inOpeningPhrase, insideOpeningPhrase, sentenceFirstWord } from './openingPhrase.js';
import type { Source } from '../source.js';
import { lowerBound, anchorAt, firstAnchorFrom, anchorWithin, shortQuote, hasVerb, startsClause, SENTENCE_END, QUOTE_MARK, DASH } from '../scan.js';
import { POSSESSIVE_MARKERS, SUBJECT_PRONOUNS } from '../../vocabulary/pronouns.js';
import { relativeReportAt } from './secondReport.js';
import { DEICTIC_DAYS, MONTHS, TIME_ADVERBS, TIME_WORDS, WEEKDAYS } from '../../vocabulary/time.js';
import { NOUN_PHRASE_TAGS, NP_START } from '../../vocabulary/tags.js';
import { SUBORDINATOR_ADVERBS } from '../../vocabulary/subordinators.js';

export { TIME_WORDS };

/** One cue's clause being read: the cue, its source and sentence, and the token right after the cue (or its source). */
export interface ClauseCtx {
  readonly seg: Segmentation;
  readonly tokens: readonly Token[];
  readonly a: Anchor;
  readonly source: Source;
  readonly anchors: readonly Anchor[];
  readonly speech: ReadonlySet<number>;
  readonly cue: Token;
  readonly sentence: SentenceSpan;
  /** The sentence opens with a subordinator ("When the host noted that …, the senator said …"). */
  readonly subordinate: boolean;
  /** The cue's subject is a relative pronoun set off by a comma ("Senator Hale, who said …, voted"): the clause ends at the main verb. */
  readonly relativeAside: boolean;
  /** The token after the cue, or after its source for a cue whose source follows it ("according to X"). */
  readonly after: number;
  readonly next: Token | undefined;
  /** Where the clause being read starts (-1 before one is chosen): a quote that opens inside it is part of it. */
  clauseFrom: number;
}

/** A clause context with a token after the cue in the cue's sentence (what the constructions read). */
export type OpenClause = ClauseCtx & { readonly next: Token };

/** The context of a cue's clause, or null when the cue's sentence is unknown. */
export function clauseContext(seg: Segmentation, a: Anchor, source: Source, anchors: readonly Anchor[], speech: ReadonlySet<number>): ClauseCtx | null {
  const tokens = seg.doc.tokens;
  const cue = tokens[a.first]!;
  const sentence = seg.doc.sentences[cue.sentence];
  if (!sentence) return null;
  const after = a.source === 'after' ? source.last : a.last;
  return { seg, tokens, a, source, anchors, speech, cue, sentence, subordinate: opensWithSubordinator(seg, a.first) || opensWithParticiple(seg, a.first) || insideOpeningParticiple(seg, a.first) || insideOpeningPhrase(seg, a), relativeAside: relativeAside(tokens, source), after, next: tokens[after], clauseFrom: -1 };
}

/** Is the source a relative pronoun right after a comma ("Senator Hale, who said …")? */
function relativeAside(tokens: readonly Token[], source: Source): boolean {
  if (!source.named) return false;
  const k = lowerBound(tokens, source.span.start);
  const t = tokens[k];
  return t !== undefined && t.start === source.span.start && (t.lower === 'who' || t.lower === 'which') && tokens[k - 1]?.value === ',';
}

/**
 * Does the predicate of the main clause start at token k ("…, voted for the bill", "…, are
 * sending", "…, later denied")? A verb or an auxiliary, after one adverb at most; not a
 * participle in -ing, which may still belong to the relative clause.
 */
function predicateAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.pos === 'ADV' ? tokens[k + 1] : tokens[k];
  if (!t || t.sentence !== tokens[k - 1]?.sentence) return false;
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && /^\p{Ll}/u.test(t.value));
}

/**
 * Is the verb at k (after one adverb at most) a participle set off by commas inside the report,
 * "the dam, built in 1950, was unsafe": words with no verb up to a comma, and a predicate after it?
 */
function participleAside(tokens: readonly Token[], k: number): boolean {
  const v = tokens[k]?.pos === 'ADV' ? k + 1 : k;
  for (let x = v + 1; x < Math.min(tokens.length, v + 1 + MAX_ASIDE_TOKENS); x++) {
    const t = tokens[x]!;
    if (t.sentence !== tokens[v]!.sentence || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.value === ',') return predicateAt(tokens, x + 1);
  }
  return false;
}

/** Is there a comma among tokens [from, to), besides the two around a participle aside ("the dam, built in 1950, was")? */
function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    if (tokens[x]!.value !== ',') continue;
    if (!(predicateAt(tokens, x + 1) && participleAside(tokens, x + 1))) return true;
    // Past the aside's closing comma.
    let y = x + 1;
    while (y < to && tokens[y]!.value !== ',') y++;
    x = y;
  }
  return false;
}

export const CONTENT_STOP = new Set(['according']);
/**
 * Longest reported clause, in tokens. Real ones are far shorter; the cap keeps a "sentence" of
 * thousands of cues (hostile or broken input) linear.
 */
const MAX_CLAUSE_TOKENS = 120;
export const CLAUSE_BREAK = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet']);
/** Words that open a short adjunct after a trailing cue: "…, he said on Friday", "…, she told reporters in Paris". */
export const TRAILING_ADJUNCT: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'last', 'this', ...DEICTIC_DAYS, ...TIME_ADVERBS, ...WEEKDAYS, 'after', 'before', 'when', 'while', 'via', 'through', 'to', 'reporters', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** Prepositions that stay inside an object ("the plan for Syria", "his handling of the crisis"); "via Twitter", "on Friday" do not. */
export const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'about', 'against', 'over', 'to', 'toward', 'towards', 'with', 'between', 'into']);
/** (Read by the readers of reported clauses from here, as before its move to vocabulary/tags.ts.) */
export { NP_START };
export const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'while', 'if', 'because', 'although', 'though', 'since', 'until', 'once', 'whereas', 'whenever', 'unless']);

/** Does the sentence of token k open with a subordinating word before k ("When the moderator pointed out …")? */
export function opensWithSubordinator(seg: Segmentation, k: number): boolean {
  const tokens = seg.doc.tokens;
  const sentence = seg.doc.sentences[tokens[k]!.sentence];
  if (!sentence) return false;
  let first = sentence.first;
  while (first < k && first - sentence.first < 4 && (tokens[first]!.pos === 'PUNCT' || tokens[first]!.pos === 'SPACE' || tokens[first]!.pos === 'CCONJ')) first++;
  // ("Now, after the mayor said …", "Still, when …": a sentence adverb and its comma before the subordinator.)
  if (first + 2 < k && tokens[first]!.pos === 'ADV' && tokens[first + 1]!.value === ',') first += 2;
  // ("Even as the mayor said …", "Just as …": an adverb that sharpens the subordinator.)
  if (first + 1 < k && SUBORDINATOR_ADVERBS.has(tokens[first]!.lower)) first++;
  return first < k && SUBORDINATORS.has(tokens[first]!.lower) && seg.quoteOf[first]! < 0;
}

/**
 * Does the sentence open with the cue itself as a participle ("Asked whether …, the mayor said …",
 * "Pressed on the cuts, she …")? Its clause ends where the main clause starts, as a subordinate one does.
 */
export function opensWithParticiple(seg: Segmentation, k: number): boolean {
  const tokens = seg.doc.tokens;
  const t = tokens[k]!;
  // ("According to X, …" is a preposition, not a participle: what follows is the report.)
  if (!/(?:ed|ing)$/.test(t.lower) || t.lower === 'according') return false;
  return sentenceFirstWord(seg, k) === k && seg.quoteOf[k]! < 0;
}

/** Does a quote open at token k: a quotation mark, or a token of a speech quote? False past the last token. */
export function quoteOpensAt(c: ClauseCtx, k: number): boolean {
  const t = c.tokens[k];
  return t !== undefined && (QUOTE_MARK.test(t.value) || (c.seg.quoteOf[k]! >= 0 && c.speech.has(c.seg.quoteOf[k]!)));
}

/**
 * Does token k stand in a participle phrase that opens its sentence ("Asked about the mayor's claim
 * that the bridge was safe, the senator said …")? A cue there reports inside that phrase, which the
 * main clause after its comma ends.
 */
export function insideOpeningParticiple(seg: Segmentation, k: number): boolean {
  return inOpeningPhrase(seg, k, (first) => opensWithParticiple(seg, first));
}

/** Does the reported clause stop at token k (sentence end, an unpaired mark, a dash, a new report or clause)? */
export function isStop(c: ClauseCtx, k: number): boolean {
  const { seg, tokens, anchors, speech, cue, subordinate } = c;
  const t = tokens[k]!;
  if (t.sentence !== cue.sentence) return true;
  const qk = seg.quoteOf[k]!;
  // A quote that opens inside the clause is part of it (a partial quote of the report).
  if (qk >= 0 && (speech.has(qk) || QUOTE_MARK.test(t.value))) return c.clauseFrom < 0 || seg.quotes[qk]!.open < tokens[c.clauseFrom]!.start || seg.quotes[qk]!.runsOn;
  // A mark the quote scanner paired with nothing is an apostrophe ("Americans’ rights") or a stray: no stop.
  if (QUOTE_MARK.test(t.value) && !/^['\u2019\u2018]$/.test(t.value)) return true;
  // A dash or a bracket stops the report, unless it opens an aside that closes later in the clause
  // ("said the funds — about $2 million — were spent"): the aside is read through (see `closedAside`).
  if (DASH.test(t.value) && t.value !== '-') return closedAside(c, k) < 0 && !closesAside(c, k);
  if (t.value === '(') return closedAside(c, k) < 0;
  if (t.value === ';') return true;
  if (t.value === ':' && c.clauseFrom >= 0 && k > c.clauseFrom && quoteWithOwnCueAt(c, tokens[k + 1]?.pos === 'SPACE' ? k + 2 : k + 1)) return true;
  // A line break before a capital ends a report even where the sentence splitter read on ("… into
  // the U.S.\nLee added that …", a headline with no full stop); a line broken inside a sentence ("a hate\ncrime") does not.
  if (t.pos === 'SPACE' && c.clauseFrom >= 0 && k > c.clauseFrom && t.value.includes('\n') && /^\p{Lu}/u.test(tokens[k + 1]?.value ?? '')) return true;
  if (t.value === ',' && tokens[k + 1] && (anchorAt(anchors, k + 1) || CONTENT_STOP.has(tokens[k + 1]!.lower))) return true;
  // ", but Ruiz would not say how": a new clause with its own subject ends the report;
  // so does ", and the speaker said …", a second report.
  if (t.value === ',' && CLAUSE_BREAK.has(tokens[k + 1]?.lower ?? '') && startsClause(tokens, k + 2)) return true;
  if (t.value === ',' && (tokens[k + 1]?.lower === 'and' || tokens[k + 1]?.lower === 'but') && anchorWithin(anchors, k + 2, k + 9)) return true;
  if (t.value === ',' && tokens[k + 1] && anchorAt(anchors, k + 2) && SUBJECT_PRONOUNS.has(tokens[k + 1]!.lower)) return true;
  // "The board warned that rents would rise, Mayor Reyes said.": a trailing cue and its subject end the clause;
  // so they do after a quote that ends in its own comma ('vowed to "fix the port," Reyes said').
  if (t.value === ',' && (trailingCueAfter(c, k + 1) || namedSubjectCue(c, k + 1))) return true;
  if (quoteWithCommaBefore(c, k) >= 0 && (trailingCueAfter(c, k) || namedSubjectCue(c, k))) return true;
  // "… the levy, which the mayor called a tax on renters": a relative clause with its own speech cue is a report of its own.
  if (t.value === ',' && c.clauseFrom >= 0 && k > c.clauseFrom && relativeReportAt(tokens, anchors, c.clauseFrom, k + 1)) return true;
  // "When the host noted that …, the senator said …": the main clause ends the subordinate one.
  if (t.value === ',' && subordinate && startsClause(tokens, k + 1)) return true;
  // (So it does after a quote that ends in its own comma: 'When the host called it “a fair deal,” the senator said …'.)
  if (subordinate && quoteWithCommaBefore(c, k) >= 0 && startsClause(tokens, k)) return true;
  // "Senator Hale, who said the dam was unsafe, voted for the bill": the comma that closes the relative clause, before the main verb.
  // (Not the comma that closes an aside inside the report: "who said the two men, and Lee in particular, must …".)
  if (t.value === ',' && c.relativeAside && predicateAt(tokens, k + 1) && !participleAside(tokens, k + 1) && !commaBetween(tokens, c.a.last, k)) return true;
  return false;
}

/**
 * Does a speech quote open at token k whose own cue follows it ('“The port will close,” she
 * said')? After a colon ("Quist warned of the risks: “…,” she said") such a quote is that cue's
 * utterance, not the rest of the report before the colon.
 */
function quoteWithOwnCueAt(c: ClauseCtx, k: number): boolean {
  const { seg, tokens } = c;
  const qk = seg.quoteOf[k] ?? -1;
  if (qk < 0 || !c.speech.has(qk)) return false;
  const q = seg.quotes[qk]!;
  // (The quote opens at k, not before the colon: '“We warned them of the risks: the port will close,” she said.')
  if (q.runsOn || q.open < (tokens[k - 1]?.end ?? 0)) return false;
  let after = lowerBound(tokens, q.close + 1);
  while (tokens[after]?.pos === 'SPACE') after++;
  return trailingCueAfter(c, after);
}

/** Longest aside (in tokens) a report is read through. */
const MAX_ASIDE_TOKENS = 15;

/**
 * The token that closes the aside a dash or an opening bracket at k opens (the same dash, or ")"),
 * within the sentence and `MAX_ASIDE_TOKENS`, with no quote, no other dash or bracket, no cue and no
 * clause-ending mark between; -1 when the aside does not close (then the dash ends the report).
 */
export function closedAside(c: ClauseCtx, k: number): number {
  const { seg, tokens, cue } = c;
  const open = tokens[k]!.value;
  const close = open === '(' ? ')' : open;
  for (let x = k + 1; x < Math.min(tokens.length, k + 1 + MAX_ASIDE_TOKENS); x++) {
    const t = tokens[x]!;
    if (t.sentence !== cue.sentence || seg.quoteOf[x]! >= 0 || QUOTE_MARK.test(t.value) || t.value === ';') return -1;
    // (An aside with a cue of its own, "— which the BBC reported —", holds a report: it stops this one.)
    if (t.value === close) return x > k + 1 && !anchorWithin(c.anchors, k + 1, x) ? x : -1;
    if (t.value === '(' || t.value === ')' || (DASH.test(t.value) && t.value !== '-')) return -1;
  }
  return -1;
}

/** Does the dash at k close an aside opened inside the clause being read? */
function closesAside(c: ClauseCtx, k: number): boolean {
  const { tokens } = c;
  for (let x = k - 1; x > Math.max(c.clauseFrom, k - 1 - MAX_ASIDE_TOKENS) && x >= 0; x--) {
    if (tokens[x]!.value === tokens[k]!.value) return closedAside(c, x) === k;
  }
  return false;
}

/** From k: a short subject, then a say-cue that ends the sentence or is followed by a comma ("…, Mayor Reyes said."). */
function trailingCueAfter(c: ClauseCtx, k: number): boolean {
  const { tokens, anchors, sentence } = c;
  for (let x = k; x < Math.min(sentence!.last, k + 6); x++) {
    const t = tokens[x]!;
    if (anchorAt(anchors, x)) {
      if (x === k) return false;
      // After the cue, the sentence ends, or a comma, or a short adjunct ("on Friday", "in a statement").
      for (let y = anchors[firstAnchorFrom(anchors, x)]!.last; y < Math.min(sentence!.last + 1, x + 8); y++) {
        const u = tokens[y];
        if (u === undefined || u.sentence !== t.sentence || SENTENCE_END.test(u.value) || u.value === ',') return true;
        if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'SCONJ' || u.lower === 'that' || QUOTE_MARK.test(u.value)) return false;
      }
      return false;
    }
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
  }
  return false;
}

/** Longest name read as the subject of a new clause inside a report (tokens). */
const MAX_NAME_TOKENS = 5;

/**
 * From k: a name (proper nouns only, or two joined by "and"), then its own say-cue ("…, Mayor Reyes said: “…”", "… would
 * fall, Ortiz argued that …"): a new main clause with its own source, which ends the report
 * before it. A name, not any noun phrase: ", the plan's critics said" may still be read as the
 * trailing cue of this report (`trailingCueAfter`), and a common noun before a verb cue is too
 * often the object of the report's own verb.
 */
function namedSubjectCue(c: ClauseCtx, k: number): boolean {
  const { tokens, anchors, cue } = c;
  let x = k;
  const name = (y: number) => tokens[y]?.pos === 'PROPN' && tokens[y]!.sentence === cue.sentence && /^\p{Lu}/u.test(tokens[y]!.value);
  // ("Harwick and Ruiz agreed": two names joined.)
  while (x < k + MAX_NAME_TOKENS && (name(x) || (x > k && tokens[x]?.lower === 'and' && name(x + 1)))) x++;
  if (x === k) return false;
  while (tokens[x]?.pos === 'ADV' && x < k + MAX_NAME_TOKENS + 2) x++;
  if (!anchorAt(anchors, x)) return false;
  const a = anchors[firstAnchorFrom(anchors, x)]!;
  return a.form === 'verb' && tokens[x]!.pos === 'VERB';
}

export function spanUntilStop(c: ClauseCtx, from: number): Span | null {
  const { seg, tokens, sentence } = c;
  if (from >= tokens.length) return null;
  c.clauseFrom = from;
  if (seg.quoteOf[from]! >= 0 || QUOTE_MARK.test(tokens[from]!.value)) {
    // 'Kerr said "it makes me angry" whenever …': a quote the sentence goes on after is part of the report.
    const q = seg.quotes[seg.quoteOf[from]!];
    if (!q || !continuesAfter(c, q.close)) return null;
    c.clauseFrom = -1;
    let end = lowerBound(tokens, q.close + 1);
    const limit = Math.min(sentence!.last, end + MAX_CLAUSE_TOKENS);
    while (end < limit && !isStop(c, end)) end++;
    while (end > from && (tokens[end - 1]!.pos === 'PUNCT' || tokens[end - 1]!.pos === 'SPACE')) end--;
    return { start: q.open, end: Math.max(tokens[end - 1]!.end, q.close + 1) };
  }
  let end = from;
  const limit = Math.min(sentence!.last, from + MAX_CLAUSE_TOKENS);
  while (end < limit && !isStop(c, end)) end++;
  const reach = end;
  while (end > from && (tokens[end - 1]!.pos === 'PUNCT' || tokens[end - 1]!.pos === 'SPACE' || tokens[end - 1]!.pos === 'CCONJ' || tokens[end - 1]!.pos === 'SCONJ')) end--;
  // "(R-Utah)": a bracket the report read through keeps its closing mark.
  if (tokens[end]?.value === ')' && end < reach && tokens.slice(from, end).some((t) => t.value === '(')) end++;
  if (end - from < 2) return null;
  // A partial quote at the end of the clause is kept whole, its own closing punctuation included.
  let endOffset = tokens[end - 1]!.end;
  for (let k = from; k < reach; k++) {
    const qk = seg.quoteOf[k]!;
    if (qk < 0) continue;
    const q = seg.quotes[qk]!;
    // The closing mark belongs to the report too, when there is one.
    if (q.open >= tokens[from]!.start) endOffset = Math.max(endOffset, q.runsOn ? q.end : q.close + 1);
  }
  return { start: tokens[from]!.start, end: endOffset };
}
export function contentBeforeIfTrailing(c: ClauseCtx): Span | null {
  const { tokens, a, sentence } = c;
  // "…, polls show." / "…, he believes.": a weaker cue counts when it closes the sentence right after its subject.
  if ((a.kind === 'intention' || a.confidence < 0.75) && !closesAfterSubject(c)) return null;
  if ((a.kind === 'belief' || a.kind === 'perception') && !closesAfterSubject(c)) return null;
  let k = a.last;
  const adjunct = TRAILING_ADJUNCT.has(tokens[k]?.lower ?? '');
  while (k < sentence!.last && tokens[k]!.pos !== 'PUNCT' && k - a.last < 6) k++;
  if (k - a.last > (adjunct ? 5 : 1)) return null;
  if (k < sentence!.last && !SENTENCE_END.test(tokens[k]!.value) && tokens[k]!.value !== ',') return null;
  return contentBefore(c);
}
/** "…, new polls show." : the cue ends its sentence, and only its subject stands between it and the comma before. */
function closesAfterSubject(c: ClauseCtx): boolean {
  const { tokens, a, source, sentence } = c;
  if (a.kind === 'intention' || a.confidence < 0.5) return false;
  const end = tokens[a.last];
  if (a.last < sentence!.last && end && !SENTENCE_END.test(end.value)) return false;
  if (!(source.first < a.first && source.last <= a.first && a.first - source.last <= 1)) return false;
  let k = source.first - 1;
  if (tokens[k]?.pos === 'DET') k--;
  return tokens[k]?.value === ',';
}
export function contentBefore(c: ClauseCtx, until = c.source.first < c.a.first ? apposedSubjectStart(c.tokens, c.source.first, c.source.last) : c.a.first, commaOptional = false, minTokens = 3): Span | null {
  const { tokens, sentence } = c;
  let end = until;
  while (end > sentence!.first && (tokens[end - 1]!.value === ',' || tokens[end - 1]!.pos === 'SPACE')) end--;
  // 'They vowed to "fix the port for everyone," Reyes said': a quote that goes on from the writer's
  // words and ends in its own comma is the end of the report, which runs on back through it.
  const quoted = end === until ? partialQuoteBefore(c, end) : -1;
  if (end === until && quoted < 0 && !commaOptional) return null; // no comma: the cue is not trailing
  let from = quoted >= 0 ? quoted : end;
  const floor = Math.max(sentence!.first, end - MAX_CLAUSE_TOKENS);
  while (from > floor && !isStopBack(c, from - 1)) from--;
  // '“We will fix it,” Lee said on Friday, according to the Ledger': the source after "according to"
  // reports the quote and its own attribution, so the report reads on back through that quote.
  const through = c.a.lemma === 'according to' ? quoteAttributedBefore(c, from, end) : -1;
  if (through >= 0) {
    from = through;
    while (from > floor && !isStopBack(c, from - 1)) from--;
  }
  while (from < end && (tokens[from]!.pos === 'PUNCT' || tokens[from]!.pos === 'SPACE')) from++;
  // (A quote the report reads back through keeps its opening mark.)
  if (through >= 0 && from === through + 1) from = through;
  if (end - from < minTokens) return null;
  // ('Lee said the levy is “a tax on the poor,” she said': the words before the quote have a speech
  // cue of their own, whose report it is; a belief or a wish, 'they want to “…,” Lee said', is Lee's report.)
  for (let x = from; quoted >= 0 && x < quoted; x++) if (anchorAt(c.anchors, x)) return null;
  // '“…,” the Vice President, Mike Pence, said': after a quote, a phrase with no verb describes the speaker.
  if (from > 0 && isStopBack(c, from - 1) && !hasVerb(tokens, from, end)) return null;
  // "Outside the Capitol, workers chanted.": a phrase opened by a preposition, with no verb, before a
  // cue that ends the sentence is where or when, not what was said. (Before an aside, "During his
  // term, Lee said, the debt grew", it opens the report.)
  if ((tokens[from]!.pos === 'ADP' || PLACE_PREPOSITIONS.has(tokens[from]!.lower)) && quoted < 0 && through < 0 && endsSentence(c) && !hasVerb(tokens, from, end)) return null;
  return { start: tokens[from]!.start, end: tokens[end - 1]!.end };
}
/** Does the sentence end right after the cue and its source ("…, workers chanted.")? */
function endsSentence(c: ClauseCtx): boolean {
  const k = Math.max(c.a.last, c.source.last);
  return k >= c.sentence!.last || SENTENCE_END.test(c.tokens[k]!.value);
}

/**
 * The token of the opening mark of a quote that closes right before token k with a comma inside its
 * marks ('“… for everyone,” Reyes said'), or -1.
 */
export function quoteWithCommaBefore(c: ClauseCtx, k: number): number {
  const { seg, tokens } = c;
  const qk = k > 0 ? seg.quoteOf[k - 1]! : -1;
  if (qk < 0 || seg.quoteOf[k]! === qk) return -1;
  const q = seg.quotes[qk]!;
  if (q.runsOn || tokens[k - 1]!.end !== q.close + 1 || !seg.doc.text.slice(q.start, q.end).endsWith(',')) return -1;
  return lowerBound(tokens, q.open);
}

/**
 * `quoteWithCommaBefore`, for a quote that goes on from a word of the same sentence ('vowed to “fix
 * the port,”'), a partial quote of the report whose cue trails it; -1 for a quote that opens its
 * clause ('“We will fix it,” Reyes said'), a quote of its own.
 */
function partialQuoteBefore(c: ClauseCtx, k: number): number {
  const open = quoteWithCommaBefore(c, k);
  const before = c.tokens[open - 1];
  return open > 0 && before!.sentence === c.tokens[open]!.sentence && before!.pos !== 'PUNCT' && before!.pos !== 'SPACE' && !QUOTE_MARK.test(before!.value) ? open : -1;
}
/**
 * The token of the opening mark of a quote that closes right before token `from`, when the words
 * from there to `end` (the report's cue excluded) start with the quote's own attribution ('“…,” Lee
 * said on Friday'), or -1.
 */
function quoteAttributedBefore(c: ClauseCtx, from: number, end: number): number {
  const { seg, tokens } = c;
  const q = from > 0 && from < end ? seg.quoteOf[from - 1]! : -1;
  if (q < 0 || seg.quotes[q]!.runsOn || tokens[from - 1]!.end !== seg.quotes[q]!.close + 1) return -1;
  // (Its own attribution right after it, in the same paragraph: a cue, or a short subject and its cue.)
  if (seg.doc.text.slice(seg.quotes[q]!.close, tokens[from]!.start).includes('\n')) return -1;
  return anchorAt(c.anchors, from) || trailingCueAfter(c, from) ? lowerBound(tokens, seg.quotes[q]!.open) : -1;
}
/** Longest run of words before a source that still belongs to its noun phrase ("the news site Politico", "union director Ann Lee"). */
const SUBJECT_PHRASE_REACH = 5;

/**
 * Where the subject of a cue starts when a noun phrase stands in apposition before it, the source
 * closed by a comma: "Not true, [the minister, Ana Ruiz,] said", "[The court's president, Ana
 * Ruiz,] did not respond": the role is the source's too, never the report. Else subjectPhraseStart.
 */
function apposedSubjectStart(tokens: readonly Token[], first: number, last: number): number {
  const start = subjectPhraseStart(tokens, first);
  const comma = start - 1;
  if (tokens[comma]?.value !== ',' || tokens[last]?.value !== ',') return start;
  // (A plural's bare apostrophe counts here, "the unions' leader,": no quote can close before the role.)
  const role = phraseWalkBack(tokens, comma, (t) => GENITIVE_MARKS.has(t.lower));
  if (role >= comma || tokens[role]!.pos !== 'DET' || !(tokens[comma - 1]!.pos === 'NOUN' || tokens[comma - 1]!.pos === 'PROPN')) return start;
  // (Only a phrase that opens its clause: after the sentence's start or a comma.)
  const opens = role === 0 || tokens[role - 1]!.sentence !== tokens[role]!.sentence || tokens[role - 1]!.value === ',';
  return opens ? role : start;
}

/**
 * Where the noun phrase of a source starts: the source's mention may be only its head ("Politico"
 * in "…, the news site Politico reported"); the words before it that a noun phrase holds (a
 * determiner, adjectives, nouns, names, a possessive) belong to it when a comma stands before them.
 * Otherwise the source's first token (or its determiner).
 */
export function subjectPhraseStart(tokens: readonly Token[], first: number): number {
  const own = tokens[first - 1]?.pos === 'DET' ? first - 1 : first;
  const k = phraseWalkBack(tokens, first, (t) => t.lower === "'s" || t.lower === '\u2019s');
  return k < own && tokens[k - 1]?.value === ',' ? k : own;
}

/** The first token of the run of noun-phrase words (and genitive marks) right before token `end`, at most SUBJECT_PHRASE_REACH of them, in its sentence. */
function phraseWalkBack(tokens: readonly Token[], end: number, genitive: (t: Token) => boolean): number {
  let k = end;
  while (k > 0 && end - k < SUBJECT_PHRASE_REACH && tokens[k - 1]!.sentence === tokens[end]!.sentence && (NOUN_PHRASE_TAGS.has(tokens[k - 1]!.pos) || genitive(tokens[k - 1]!))) k--;
  return k;
}
export function isStopBack(c: ClauseCtx, k: number): boolean {
  const { seg, tokens, speech } = c;
  const t = tokens[k]!;
  // 'The mayor's “excesses” are shameful, Lund said': a quote of a few words inside the report is part of it.
  const q = seg.quoteOf[k]!;
  // (Not the first part of a split quote: “The tariffs,” the governor said, “…”.)
  if (q >= 0 && shortQuote(seg, q) && !seg.quotes[q]!.runsOn && /[\p{L}\p{N}]$/u.test(seg.doc.text.slice(seg.quotes[q]!.start, seg.quotes[q]!.end))) return false;
  return (q >= 0 && speech.has(q)) || QUOTE_MARK.test(t.value) || t.value === ';';
}
export function objectPhrase(c: ClauseCtx, from: number, min = 2): Span | null {
  const { tokens, sentence } = c;
  let end = from;
  // "for accepting donations", "of lying": a gerund after a preposition stays in the object.
  const gerundAfterPreposition = (k: number): boolean => tokens[k]!.lower.endsWith('ing') && (tokens[k - 1]!.pos === 'ADP' || tokens[k - 1]!.lower === 'for');
  while (end < Math.min(sentence!.last, from + MAX_CLAUSE_TOKENS) && !isStop(c, end) && tokens[end]!.value !== ',' && (tokens[end]!.pos !== 'SCONJ' || tokens[end]!.lower === 'for') && !(end > from && (tokens[end]!.pos === 'VERB' || tokens[end]!.pos === 'AUX') && tokens[end - 1]!.pos !== 'PART' && !gerundAfterPreposition(end)) &&
    !(end > from && tokens[end]!.pos === 'ADP' && !OBJECT_PREPOSITIONS.has(tokens[end]!.lower) && !nounModifier(c, end))) end++;
  while (end > from && (tokens[end - 1]!.pos === 'PUNCT' || tokens[end - 1]!.pos === 'CCONJ' || tokens[end - 1]!.pos === 'ADP')) end--;
  if (end - from < min) return null;
  const phrase = { start: tokens[from]!.start, end: tokens[end - 1]!.end };
  // "endorsed the re-election of the Speaker (R-Wis.) and two senators", "cited data from the State
  // Department", "recalled her days as secretary of state advising the president": what the cue
  // reports is the rest of its clause, its modifiers too, up to where the clause stops — but not an
  // adjunct of the cue's own ("criticized the decision via Twitter", "on Friday").
  if (TRAILING_ADJUNCT.has(tokens[end]?.lower ?? '')) return phrase;
  const clause = spanUntilStop(c, from);
  if (!clause || clause.end <= phrase.end) return phrase;
  // (Up to a quote that opens after punctuation: 'defended the plan, “When we began …”' reports
  // the quote on its own, while a quote that goes on from a word stays in the object: 'cited the
  // “hidden costs” of the plan'; and up to the clause of another cue: "praised the plan as aides
  // said it would pass" leaves "aides said …" a report of its own.)
  let stop = end;
  while (stop < tokens.length && tokens[stop]!.start < clause.end && !quoteApart(c, stop) && !cueStartsAt(c.anchors, stop)) stop++;
  if (stop < tokens.length && cueStartsAt(c.anchors, stop)) {
    while (stop > end && !CLAUSE_EDGE_POS.has(tokens[stop - 1]!.pos) && !RELATIVE_WORDS.has(tokens[stop - 1]!.lower)) stop--;
  }
  while (stop > end && (tokens[stop - 1]!.pos === 'PUNCT' || tokens[stop - 1]!.pos === 'SPACE' || tokens[stop - 1]!.pos === 'CCONJ' || tokens[stop - 1]!.pos === 'ADP' || tokens[stop - 1]!.pos === 'SCONJ')) stop--;
  if (stop <= end) return phrase;
  // (A quote the object ends in keeps its closing mark: 'its claims as “a tall tale”'.)
  const q = c.seg.quotes[c.seg.quoteOf[stop - 1]!];
  const last = q && q.open >= phrase.start ? Math.max(tokens[stop - 1]!.end, q.close + 1) : tokens[stop - 1]!.end;
  return { start: phrase.start, end: Math.min(clause.end, last) };
}
/** Does a quote open at token k after punctuation (a comma, a colon, a dash), apart from the words before it? */
function quoteApart(c: ClauseCtx, k: number): boolean {
  const q = c.seg.quoteOf[k]!;
  return q >= 0 && c.tokens[k]!.start <= c.seg.quotes[q]!.open && c.tokens[k - 1]?.pos === 'PUNCT';
}
/** Where a clause may end inside an object's extension: punctuation, a conjunction, a relative word. */
const CLAUSE_EDGE_POS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'where', 'as']);

/** Does a cue (of any form) start at token k? */
function cueStartsAt(anchors: readonly Anchor[], k: number): boolean {
  return anchors[firstAnchorFrom(anchors, k)]?.first === k;
}
/** Words a prepositional phrase may modify inside an object: "the traffic in …", "the skills useful in …". */
const MODIFIED_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);
export function nounModifier(c: ClauseCtx, k: number): boolean {
  const { tokens, sentence } = c;
  const p = tokens[k]!.lower;
  if (p !== 'on' && p !== 'in' && p !== 'from' && p !== 'at') return false;
  if (!MODIFIED_POS.has(tokens[k - 1]!.pos)) return false;
  let name = false;
  for (let x = k + 1; x < Math.min(sentence!.last, k + 5); x++) {
    const t = tokens[x]!;
    if (TIME_WORDS.has(t.lower) || MONTHS.has(t.lower) || t.pos === 'NUM') return false;
    if (t.pos === 'NOUN') return true;
    if (t.pos === 'PROPN') { name = true; continue; }
    // "the traffic in Ohio.": a name that ends the phrase is its place (not "the post on Facebook", the cue's).
    if (name && (p === 'in' || p === 'from') && (t.pos === 'PUNCT' || t.pos === 'CCONJ')) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && !POSSESSIVE_MARKERS.has(t.lower)) return false;
  }
  return false;
}
export function objectThenTo(c: ClauseCtx, from: number): boolean {
  const { tokens, sentence } = c;
  for (let k = from + 1; k < Math.min(sentence!.last - 1, from + 10); k++) {
    const t = tokens[k]!;
    if (t.lower === 'to') return tokens[k + 1]!.pos === 'VERB' || tokens[k + 1]!.pos === 'AUX';
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || isStop(c, k)) return false;
  }
  return false;
}
export function thatAhead(c: ClauseCtx, from: number): number {
  const { tokens, anchors, sentence } = c;
  for (let k = from; k < Math.min(sentence!.last, from + 18); k++) {
    const t = tokens[k]!;
    // "(via Associated Press)": an aside in brackets is skipped.
    if (t.value === '(') {
      let close = k + 1;
      while (close < Math.min(sentence!.last, k + 12) && tokens[close]!.value !== ')') close++;
      if (tokens[close]?.value === ')') { k = close; continue; }
    }
    // "said on CBS’s “Morning Hour” on Friday that …": a title in marks, no one's words, is read past.
    const q = c.seg.quoteOf[k]!;
    if (q >= 0 && !c.speech.has(q)) {
      while (k + 1 < sentence!.last && c.seg.quoteOf[k + 1] === q) k++;
      continue;
    }
    if (isStop(c, k) && t.value !== ',') return -1;
    if (t.lower === 'that' && (t.pos !== 'PRON' || startsClause(tokens, k + 1)) && tokens[k + 1] && tokens[k + 1]!.pos !== 'PUNCT') return k + 1;
    if (t.pos === 'AUX' && k > from) return -1;
    // "who spoke on condition of anonymity, said that …": the "that" belongs to the next cue.
    if (k > from && t.pos === 'VERB' && anchorAt(anchors, k)) return -1;
  }
  return -1;
}
export function whAhead(c: ClauseCtx, from: number): number {
  const { tokens, sentence } = c;
  for (let k = from; k < Math.min(sentence!.last - 1, from + 8); k++) {
    const t = tokens[k]!;
    if (k > from && (t.lower === 'whether' || t.lower === 'if' || t.lower === 'why' || t.lower === 'how' || t.lower === 'what' || t.lower === 'when' || t.lower === 'where' || t.lower === 'who')) return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || isStop(c, k)) return -1;
  }
  return -1;
}
export function wordAhead(c: ClauseCtx, from: number, word: string): boolean {
  const { tokens, sentence } = c;
  for (let k = from; k < Math.min(sentence!.last, from + 6); k++) {
    if (tokens[k]!.lower === word) return true;
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') return false;
  }
  return false;
}
export function continuesAfter(c: ClauseCtx, close: number): boolean {
  const { tokens, cue } = c;
  const k = lowerBound(tokens, close + 1);
  return tokens[k] !== undefined && tokens[k]!.sentence === cue.sentence && tokens[k]!.pos !== 'PUNCT' && tokens[k + 1] !== undefined && tokens[k + 1]!.pos !== 'PUNCT';
}
