/**
 * The merged stance lexicon, built once on first use: AFINN-165, then wink's lexicon for the
 * words AFINN lacks, then the political lexicon on top. Each source is copied, never mutated.
 */
import { afinnLexicon } from '../adapters/sentiment.js';
import { winkSentimentLexicon } from '../adapters/winkSentimentLexicon.js';
import { readTokens, type Token } from '../adapters/wink.js';
import { LACK, NEGATORS } from '../vocabulary/negators.js';
import {
  CONSTRUCTIONS,
  CRITICISM_VERBS,
  EVALUATIONS,
  EXPECTED_QUALITIES,
  GAPPED_HARM,
  HARM_VERBS,
  HEDGES,
  INTENSIFIERS,
  NEUTRAL_IN_NEWS,
  PRAISE_VERBS,
} from '../vocabulary/politicalLexicon.js';
import { stringTable, type StringTable } from '../util/stringIndex.js';

/** Where a word's valence comes from: a verb of praise/criticism, an evaluation, or the base lexicons. */
export type ValenceKind = 'verb' | 'eval' | 'base' | 'phrase';

export interface Phrase {
  readonly words: readonly string[];
  readonly score: number;
}

export interface Lexicon {
  /** Base lexicons (AFINN-165 over wink), single words. */
  readonly base: ReadonlyMap<string, number>;
  /** Verbs of praise and criticism, by lemma; they count only when tagged as verbs. */
  readonly verbs: ReadonlyMap<string, number>;
  /** Evaluations of people and acts, by lemma or surface form. */
  readonly evaluations: ReadonlyMap<string, number>;
  /** Multi-word entries (constructions, and wink's phrases), by their first word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  readonly intensifiers: ReadonlyMap<string, number>;
  /** Qualities whose lack is criticism ("lacks credibility"), by surface form. */
  readonly qualities: ReadonlyMap<string, number>;
  /** Gapped idioms of harm by their verb's lemma: the words after the gap and the weight. */
  readonly gapped: ReadonlyMap<string, readonly { readonly tail: readonly string[]; readonly weight: number }[]>;
}

let built: Lexicon | undefined;

/** The merged lexicon; built on first call and shared after that (it is never mutated). */
export function lexicon(): Lexicon {
  built ??= buildLexicon();
  return built;
}

/** Closed-class tags: words that name no quality on their own. */
const CLOSED_CLASS = new Set(['ADP', 'AUX', 'PART', 'DET', 'PRON', 'SCONJ', 'CCONJ']);

/**
 * A phrase of the base lexicons made only of closed-class words, forms of "do" and words neutral
 * in news (NEUTRAL_IN_NEWS): "in order", "can do", "do in" (so "what the mayor did in Springfield" scored -5),
 * "up on", "in chief", "well off", "under fire". Its score is the review corpus's, not a
 * judgement of anyone, and it is left out; a phrase with a negator ("not like") is kept.
 * Measured 2026-12-06: 22 phrases of wink's lexicon and AFINN; over ../shared/articles and PolNeAR
 * dev and train they made 40 pieces of stance evidence ("in order" 14, "can do" 12, "do in" 17 …).
 */
function withoutContent(words: readonly Token[], neutral: ReadonlySet<string>): boolean {
  if (words.some((t) => NEGATORS.has(t.lower) || NEGATORS.has(t.lemma))) return false;
  return words.every((t) => CLOSED_CLASS.has(t.pos) || t.lemma === 'do' || neutral.has(t.lower));
}

function buildLexicon(): Lexicon {
  const base = new Map<string, number>();
  const phrases = new Map<string, Phrase[]>();
  const addPhrase = (text: string, score: number): void => {
    const words = readTokens(text).tokens.filter((t) => t.pos !== 'SPACE').map((t) => t.lower);
    const first = words[0];
    if (words.length < 2 || first === undefined) return;
    const list = phrases.get(first) ?? [];
    list.push({ words, score });
    phrases.set(first, list);
  };
  const winkPhrases: [string, number][] = [];
  for (const [phrase, score] of winkSentimentLexicon()) {
    const word = phrase.trim();
    if (!word || !Number.isFinite(score)) continue;
    if (word.includes(' ')) winkPhrases.push([word, score]);
    else base.set(word, score);
  }
  for (const [word, score] of afinnLexicon()) {
    if (word.includes(' ')) winkPhrases.push([word, score]);
    else base.set(word, score);
  }
  // wink's phrases are tokenised in one pass (one line each) to keep the build fast.
  const joined = winkPhrases.map(([w]) => w).join('\n');
  const doc = readTokens(joined);
  let line = 0;
  let words: Token[] = [];
  const neutral = new Set(NEUTRAL_IN_NEWS);
  const flush = (): void => {
    const entry = winkPhrases[line];
    const first = words[0]?.lower;
    if (entry && words.length >= 2 && first !== undefined && !withoutContent(words, neutral)) {
      const list = phrases.get(first) ?? [];
      list.push({ words: words.map((t) => t.lower), score: entry[1] });
      phrases.set(first, list);
    }
    words = [];
    line++;
  };
  for (const t of doc.tokens) {
    if (t.value.includes('\n')) flush();
    else if (t.pos !== 'SPACE') words.push(t);
  }
  flush();
  for (const word of NEUTRAL_IN_NEWS) base.delete(word);
  for (const [text, score] of Object.entries(CONSTRUCTIONS)) addPhrase(text, score);
  for (const [, list] of phrases) list.sort((a, b) => b.words.length - a.words.length);

  const verbs = new Map<string, number>([...Object.entries(PRAISE_VERBS), ...Object.entries(CRITICISM_VERBS)]);
  const evaluations = new Map<string, number>(Object.entries(EVALUATIONS));
  const intensifiers = new Map<string, number>([...Object.entries(INTENSIFIERS), ...Object.entries(HEDGES)]);
  const qualities = new Map<string, number>(Object.entries(EXPECTED_QUALITIES));
  const gapped = new Map<string, { tail: string[]; weight: number }[]>();
  for (const [text, weight] of Object.entries(GAPPED_HARM)) {
    const [verb, ...rest] = text.split(' ');
    const list = gapped.get(verb!) ?? [];
    list.push({ tail: rest.slice(rest.indexOf('*') + 1), weight });
    gapped.set(verb!, list);
  }
  return { base, verbs, evaluations, phrases, intensifiers, qualities, gapped };
}

/** One scored word or phrase: token range [first, last), its valence and where it comes from. */
export interface Hit {
  readonly first: number;
  readonly last: number;
  readonly weight: number;
  readonly kind: ValenceKind;
  /** A harmful act: it judges its doer ("undermine", "held … hostage"). */
  readonly harm?: boolean;
  /** A negated harmful act ("don't hold them hostage"): a stance only as a prohibition addressed to someone. */
  readonly prohibited?: boolean;
}

/** Tagged a verb or an auxiliary (two comparisons of interned tags, where a Set look-up cost more on every token). */
const verbish = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/**
 * Surface forms the tagger lemmatises to a word of another sense: "lay" and "lain" are forms of
 * "lie" (recline) or of "lay" (put), never of "lie" (tell an untruth, past "lied"), so "lay out the
 * stakes" is no lie. Such a form is looked up by itself, not by its lemma.
 */
const FALSE_LEMMAS: ReadonlyMap<string, string> = new Map([['lay', 'lie'], ['lain', 'lie']]);

/** The hits of a range read so far: all of them, and those a caller gets without prohibitions. */
interface ReadRange {
  readonly all: readonly Hit[];
  readonly allowed: readonly Hit[];
}

/** The ranges read so far, per token array, by `from * (tokens.length + 1) + to` (one number per range). */
const readHits = new WeakMap<readonly Token[], Map<number, ReadRange>>();

/**
 * The valence of each word of `tokens[from, to)`: phrases first (longest match), then verbs of
 * praise/criticism (only when tagged as verbs, so "the attack" or "his back" do not count), then
 * evaluations, then the base lexicons. Intensifiers and hedges scale the next hit; wink's negation
 * flag reverses it and halves it ("not great" is milder than "bad"). Linear in the tokens.
 * Memoised per token array, since the stance steps read the same utterance several times (hits
 * and the arrays returned are immutable and shared by the callers). A range is read once,
 * prohibitions kept: a caller that does not want them gets the same hits without them, since a
 * prohibition is read exactly where, without them, the word would score nothing.
 */
export function lexiconHits(tokens: readonly Token[], from: number, to: number, keepProhibitions = false): readonly Hit[] {
  const n = tokens.length;
  if (from < 0 || to < 0 || to > n) return withoutProhibitions(readLexiconHits(tokens, from, to), keepProhibitions);
  let byRange = readHits.get(tokens);
  if (!byRange) readHits.set(tokens, (byRange = new Map()));
  const key = from * (n + 1) + to;
  let read = byRange.get(key);
  if (!read) {
    const all = readLexiconHits(tokens, from, to);
    byRange.set(key, (read = { all, allowed: withoutProhibitions(all, false) }));
  }
  return keepProhibitions ? read.all : read.allowed;
}

/** The hits, without the prohibitions unless they are kept (the same array when there are none). */
function withoutProhibitions(hits: readonly Hit[], keep: boolean): readonly Hit[] {
  return keep || !hits.some((h) => h.prohibited) ? hits : hits.filter((h) => !h.prohibited);
}

/**
 * Everything the lexicon holds for one word, so that reading a token looks its lower-case form and
 * its lemma up once each instead of once per table (a token is read against seven of them).
 * Every entry has all seven fields (absent ones undefined): entries of one shape are read faster
 * than entries whose fields depend on the tables that hold the word.
 */
interface WordEntry {
  base: number | undefined;
  verb: number | undefined;
  evaluation: number | undefined;
  intensifier: number | undefined;
  quality: number | undefined;
  phrases: PhrasesOfWord | undefined;
  gapped: readonly { readonly tail: readonly string[]; readonly weight: number }[] | undefined;
}

/**
 * The phrases that open with a word, longest first, and their second words: most times a phrase's
 * first word is read ("on", "all", "well", "high"), the next word is none of them, and the word's
 * list (up to some seventy phrases) need not be tried. Every phrase has two words or more.
 */
interface PhrasesOfWord {
  readonly list: readonly Phrase[];
  readonly seconds: ReadonlySet<string>;
}

const wordIndexes = new WeakMap<Lexicon, StringTable<WordEntry>>();

/**
 * The lexicon's tables by word, built once per lexicon (which is never mutated); a StringTable,
 * since every word read is looked up in it and most are in no table.
 */
function wordIndex(lex: Lexicon): StringTable<WordEntry> {
  let index = wordIndexes.get(lex);
  if (index) return index;
  const entries = new Map<string, WordEntry>();
  const add = <K extends keyof WordEntry>(table: ReadonlyMap<string, NonNullable<WordEntry[K]>>, key: K): void => {
    for (const [word, value] of table) {
      let e = entries.get(word);
      if (!e) {
        e = { base: undefined, verb: undefined, evaluation: undefined, intensifier: undefined, quality: undefined, phrases: undefined, gapped: undefined };
        entries.set(word, e);
      }
      e[key] = value;
    }
  };
  add(lex.base, 'base');
  add(lex.verbs, 'verb');
  add(lex.evaluations, 'evaluation');
  add(lex.intensifiers, 'intensifier');
  add(lex.qualities, 'quality');
  add(new Map([...lex.phrases].map(([word, list]) => [word, { list, seconds: new Set(list.map((p) => p.words[1]!)) }])), 'phrases');
  add(lex.gapped, 'gapped');
  wordIndexes.set(lex, (index = stringTable(entries)));
  return index;
}

/** The hits of `tokens[from, to)`, prohibitions included (see lexiconHits). */
function readLexiconHits(tokens: readonly Token[], from: number, to: number): Hit[] {
  const lex = lexicon();
  const words = wordIndex(lex);
  const hits: Hit[] = [];
  let scale = 1;
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (t.pos === 'SPACE' || t.pos === 'PUNCT') {
      scale = 1;
      i++;
      continue;
    }
    const byLower = words.get(t.lower);
    const byLemma = t.lemma === t.lower || FALSE_LEMMAS.get(t.lower) === t.lemma ? byLower : words.get(t.lemma);
    // A word no table holds scores nothing and ends a run of intensifiers, unless it may be an
    // inflected verb of praise or criticism that wink did not lemmatise (looked up by its stem below).
    if (!byLower && !byLemma && !verbish(t) && !t.lower.endsWith('ed') && !t.lower.endsWith('ing')) {
      scale = 1;
      i++;
      continue;
    }
    const phrase = matchPhrase(byLower?.phrases ?? byLemma?.phrases, tokens, i, to);
    if (phrase) {
      const neg = tokens[i]!.negated && !phrase.words.includes('not') && !phrase.words.includes("n't");
      hits.push({ first: i, last: i + phrase.words.length, weight: phrase.score * scale * (neg ? negation(phrase.score) : 1), kind: 'phrase' });
      scale = 1;
      i += phrase.words.length;
      continue;
    }
    const gapped = verbish(t) ? matchGapped(byLemma?.gapped, tokens, i, to) : undefined;
    if (gapped) {
      const negated = t.negated && negatorInReach(tokens, i, from);
      hits.push({ first: i, last: i + 1, weight: gapped * scale, kind: 'verb', harm: true, ...(negated ? { prohibited: true } : {}) });
      scale = 1;
      i++;
      continue;
    }
    const intens = byLower?.intensifier;
    if (intens !== undefined && !(t.lower === 'so' && tokens[i + 1]?.pos === 'PUNCT')) {
      scale *= intens;
      i++;
      continue;
    }
    let weight: number | undefined;
    let kind: ValenceKind = 'base';
    if (verbish(t)) {
      weight = byLemma?.verb ?? byLower?.verb ?? words.get(stem(t.lower))?.verb;
      if (weight !== undefined) kind = 'verb';
    }
    // "lacks credibility", "a lack of understanding": a missing quality is criticism in full.
    const quality = byLower?.quality;
    if (weight === undefined && quality !== undefined && (lacks(tokens, i, from) || deniedQuality(tokens, i, from))) {
      hits.push({ first: i, last: i + 1, weight: -quality * scale, kind: 'eval' });
      scale = 1;
      i++;
      continue;
    }
    if (weight === undefined) {
      weight = byLower?.evaluation ?? byLemma?.evaluation;
      if (weight !== undefined) kind = 'eval';
    }
    // A praise/criticism verb used as a noun or mis-tagged: trust it only as a past participle
    // or -ing form, where wink's tagger often says ADJ ("a lauded reformer", "the slamming").
    if (weight === undefined && !verbish(t) && (t.lower.endsWith('ed') || t.lower.endsWith('ing'))) {
      const verb = byLemma?.verb ?? byLower?.verb ?? words.get(stem(t.lower))?.verb;
      if (verb !== undefined) {
        weight = verb;
        kind = 'verb';
      }
    }
    if (weight === undefined) {
      weight = byLower?.base ?? byLemma?.base;
      kind = 'base';
    }
    // A negated verb of praise or criticism is no stance either way ("did not criticise"),
    // except a prohibition of harm ("don't attack us"), kept for the caller that reads them.
    if (kind === 'verb' && t.negated) {
      if (weight !== undefined && weight < 0 && isHarmVerb(t)) {
        hits.push({ first: i, last: i + 1, weight: weight * scale, kind, harm: true, prohibited: true });
        scale = 1;
        i++;
        continue;
      }
      weight = undefined;
    }
    if (weight !== undefined && weight !== 0) {
      const negated = (t.negated && negatorInReach(tokens, i, from)) || lacks(tokens, i, from);
      hits.push({ first: i, last: i + 1, weight: weight * scale * (negated ? negation(weight) : 1), kind });
    }
    scale = 1;
    i++;
  }
  return hits;
}

/** The weight of a gapped idiom of harm whose verb is token i ("held … hostage"), if one matches. */
function matchGapped(list: WordEntry['gapped'], tokens: readonly Token[], i: number, to: number): number | undefined {
  if (!list) return undefined;
  for (const idiom of list) {
    // The gap: one to six words of the same clause.
    for (let g = i + 2; g <= i + 7 && g + idiom.tail.length <= to; g++) {
      const w = tokens[g - 1]!;
      if (w.pos === 'PUNCT' && w.value !== '-' && w.value !== "'") break;
      // ("… the hostage families": the tail word must close the phrase, not modify a noun.)
      const after = tokens[g + idiom.tail.length];
      if (idiom.tail.every((x, j) => tokens[g + j]!.lower === x) && !(after && (after.pos === 'NOUN' || after.pos === 'PROPN'))) return idiom.weight;
    }
  }
  return undefined;
}

/**
 * The lexicon's score of a word, its base score else its evaluation, by its lower-case form before
 * its lemma: one look-up of each form in the word index instead of one per table and form.
 */
export function wordScore(t: Token): number | undefined {
  const words = wordIndex(lexicon());
  const byLower = words.get(t.lower);
  const byLemma = t.lemma === t.lower ? byLower : words.get(t.lemma);
  return byLower?.base ?? byLemma?.base ?? byLower?.evaluation ?? byLemma?.evaluation;
}

/**
 * Whether the token may open a hit of an act: a verb of praise or criticism (by lemma, or by stem
 * when mis-tagged), or the first word of a phrase or a gapped idiom ("lashed out at", "held …
 * hostage"); not an evaluation nor a mere sentiment word. A cheap look-up that lets a step skip
 * lexiconHits on text with no act in it (scoring/learnedActs.ts).
 */
export function mayAct(t: Token): boolean {
  const words = wordIndex(lexicon());
  // (A phrase counts from a verb or a noun only: wink's phrases open with "in", "up", "can" …)
  const open = t.pos === 'VERB' || t.pos === 'NOUN';
  const check = (e: WordEntry | undefined) => e !== undefined && (e.verb !== undefined || (open && (e.phrases !== undefined || e.gapped !== undefined)));
  return check(words.get(t.lower)) || (t.lemma !== t.lower && check(words.get(t.lemma))) || words.get(stem(t.lower))?.verb !== undefined;
}

/** True when the token is a verb of harm ("undermine", "occupied"), whatever its inflection. */
export function isHarmVerb(t: Token): boolean {
  return HARM_VERBS.has(t.lemma) || HARM_VERBS.has(stem(t.lower));
}

/**
 * wink's negation scope runs to the end of the clause; a complementizer in between ends it for
 * our purposes: in "the problem is not that he is smart" the negation denies the problem, not
 * the smartness. Looks back at most eight tokens for the negator.
 */
function negatorInReach(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (NEGATORS.has(t.lower) || NEGATORS.has(t.lemma)) return true;
    if (t.lower === 'that' || t.lower === 'whether' || t.pos === 'SCONJ') return false;
  }
  return true;
}

/** "lacks credibility", "lost all credibility", "a lack of respect": the quality is missing. */
function lacks(tokens: readonly Token[], i: number, from: number): boolean {
  // A noun may close a list the lack governs: "a lack of tact, knowledge of the budget and honesty".
  const reach = tokens[i]!.pos === 'NOUN' ? 14 : 3;
  let listed = false;
  for (let k = i - 1; k >= from && k >= i - reach; k--) {
    const t = tokens[k]!;
    if (LACK.has(t.lemma) || LACK.has(t.lower) || t.lower === 'lacks' || t.lower === 'lacking' || t.lower === 'devoid') return listed || i - k <= 3;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.lower === 'of' || t.lower === 'any') continue;
    // Past the first few words only a list goes on: nouns, names, commas, "and", "or", "of".
    if (reach > 3 && (t.value === ',' || t.lower === 'and' || t.lower === 'or' || t.pos === 'NOUN' || t.pos === 'PROPN')) {
      if (t.value === ',' || t.lower === 'and' || t.lower === 'or') listed = true;
      continue;
    }
    return false;
  }
  return false;
}

/** "no understanding", "without any credibility", "zero experience". */
function deniedQuality(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.lower === 'no' || t.lower === 'without' || t.lower === 'zero') return true;
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.lower !== 'any') return false;
  }
  return false;
}

/**
 * A crude verb stem for words wink does not lemmatise ("lambasted" → "lambaste"): strips -ed,
 * -ing, -s and restores a final e. Only used to look verbs up, never shown.
 */
function stem(w: string): string {
  if (w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ed')) return w.endsWith('ted') || w.endsWith('sed') || w.endsWith('zed') || w.endsWith('ved') || w.endsWith('ced') ? w.slice(0, -1) : w.slice(0, -2);
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('es') && /(sh|ch|ss|x)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/**
 * What negation does to a valence: "not smart" is criticism, half as strong as "dumb"; "not a
 * dictator" is no praise, only a weak denial, so a negated negative word keeps a fifth of its
 * reversed weight.
 */
function negation(weight: number): number {
  return weight > 0 ? -0.5 : -0.2;
}

/** The longest phrase of `phrases` (those of token i's word) that starts at token i. */
function matchPhrase(phrases: PhrasesOfWord | undefined, tokens: readonly Token[], i: number, to: number): Phrase | undefined {
  if (!phrases || i + 1 >= to) return undefined;
  const next = tokens[i + 1]!;
  if (!phrases.seconds.has(next.lower) && !phrases.seconds.has(next.lemma) && !(next.lower.includes('’') && phrases.seconds.has(next.lower.replace(/’/g, "'")))) return undefined;
  outer: for (const p of phrases.list) {
    if (i + p.words.length > to) continue;
    for (let k = 0; k < p.words.length; k++) {
      if (!readsAs(tokens[i + k]!, p.words[k]!)) continue outer;
    }
    return p;
  }
  return undefined;
}

/** Whether the token reads as the listed word: its lower-case form, its lemma, or with a typographic apostrophe ("don’t"). */
function readsAs(u: Token, w: string): boolean {
  return u.lower === w || u.lemma === w || (u.lower.includes('’') && u.lower.replace(/’/g, "'") === w);
}
