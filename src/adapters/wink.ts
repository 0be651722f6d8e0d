/**
 * The only file that imports wink-nlp. It turns wink's document into plain typed arrays
 * with exact UTF-16 offsets into the original text, so later stages never touch wink.
 *
 * wink's tokenizer is lossless (the tokens and their preceding spaces rebuild the input),
 * which is what makes offsets exact; `locate` still falls back to a search if that ever fails.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Index in `TokenDoc.tokens`. */
  readonly i: number;
  readonly start: number;
  readonly end: number;
  /** The surface form, `text.slice(start, end)`. */
  readonly value: string;
  /** Lower-case surface form. */
  readonly lower: string;
  /** wink's lemma (lower case): "said" → "say", "n't" → "not". */
  readonly lemma: string;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, PRON, ADJ, ADV, ADP, DET, PUNCT, SPACE … */
  readonly pos: string;
  /** True for tokens inside the scope of a negation ("not happy"). */
  readonly negated: boolean;
  /** Sentence index. */
  readonly sentence: number;
  /**
   * Bits of the word classes its lower-case form or lemma is in, filled in by the first test of
   * a class on the token: read them only through a class's test (util/wordClasses.ts).
   */
  readonly classes: number;
  /** When `classes` was filled in (-1: not yet; see util/wordClasses.ts). */
  readonly classEpoch: number;
}

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  /** First token index and one past the last. */
  readonly first: number;
  readonly last: number;
}

export interface TokenDoc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceSpan[];
}

type Wink = ReturnType<typeof winkNLP>;
/** One of wink's lexeme feature extractors: the word, its token category, wink's cache. */
type Extractor = (word: string, category: number, cache: unknown) => unknown;
/** The model's feature extractors for a packing configuration. */
type FeatureFn = (config: unknown) => Record<string, Extractor>;

/** A feature table of wink's model: values by index, and the index of each value. */
interface FeatureTable {
  readonly list: string[];
  readonly hash: Record<string, number>;
  /** Set on the lexeme table: the number of lexemes in the model itself. */
  readonly intrinsicSize?: number;
  /** Set on tables whose index is packed in a bit field: the largest index it holds. */
  readonly maxIndex?: number;
}
interface CoreModel {
  readonly features: Record<string, FeatureTable | undefined>;
  /** Token categories (word, number, currency, unk …) and their codes. */
  readonly tcat: { readonly hash: Record<string, number> };
  /** The tokenizer's rules: `rtc`, the recursive splitter's, are `[source, flags, category]` in order. */
  readonly trex: { readonly rtc: readonly (readonly [string, string, number])[] };
  /** Per lexeme, `size` words in which each property is a bit field `[word, mask, shift]`. */
  readonly lexicon: Uint32Array;
  readonly packing: {
    readonly efList: readonly string[];
    readonly size: number;
    readonly layout: Record<string, readonly [number, number, number, ...number[]] | undefined>;
  };
}

let instance: Wink | undefined;
/** The lexeme table of `instance`'s model, and the feature tables its cache grows. */
let lexemes: FeatureTable | undefined;
let grown: FeatureTable[] = [];
/** Words whose wink lemma is read at a position past the model's lexicon (see `unreadableLemmas`). */
let noLemma: ReadonlySet<string> = new Set();
/** wink's code of the ordinary word category. */
let wordCategory = -1;
/** Whole-token tests of the splitter's rules of other categories (see `forgetLearned`). */
let otherRules: readonly RegExp[] = [];
/**
 * Answers of readByOtherRule for the rules of the current instance (emptied with them), at most
 * MOST_REMEMBERED words, then emptied: some 12 MB at most, over any number of articles.
 */
const otherRuleReads = new Map<string, boolean>();
const MOST_REMEMBERED = 100_000;
/** Lexemes learned, since the last `forgetLearned`, with a category other than the ordinary word. */
const learnedAsOther = new Set<string>();
/** Whether wink's feature extractor reports the categories (else no learned word is kept). */
let observed = false;

/**
 * wink is loaded lazily: importing plaudit costs nothing until the first analysis. Only the
 * pipes plaudit reads run (sentences, negation, part of speech; lemmas come from the POS tags):
 * wink's named-entity and sentiment pipes would cost a third more and plaudit finds entities
 * and scores sentiment itself.
 *
 * wink's model is handed over through a wrapper that keeps a reference to the model wink builds
 * (a private copy per instance), so that `readTokens` can make wink forget the words it learns.
 * The wrapper also answers for the custom-entity meta model, which plaudit never uses: the
 * model package's own loader re-encodes a module-level string as JSON on every call, so it grows
 * with each wink instance a process builds (and, after some twenty, no longer fits in a string).
 * And it hands wink a feature extractor that notes the category of each word wink learns (wink
 * computes a new lexeme's features from its spelling and the category its tokenizer gave it).
 */
export function wink(): Wink {
  if (instance) return instance;
  const { core, featureFn } = model as unknown as { core(): CoreModel; featureFn: FeatureFn };
  let extracted = '';
  const wrapped = Object.assign(Object.create(null) as object, model, {
    core(): CoreModel {
      const m = core();
      lexemes = m.features['lexeme'];
      grown = m.packing.efList.map((f) => m.features[f]).filter((t): t is FeatureTable => t?.maxIndex !== undefined);
      noLemma = unreadableLemmas(m);
      wordCategory = m.tcat.hash['word'] ?? -1;
      otherRules = m.trex.rtc
        .filter((rule) => rule[2] !== wordCategory)
        .map(([source, flags]) => new RegExp(`^(?:${source})$`, `${flags.replace('g', '').replace('i', '')}i`));
      extracted = m.packing.efList[0] ?? '';
      learnedAsOther.clear();
      otherRuleReads.clear();
      observed = false;
      return m;
    },
    featureFn(config: unknown): Record<string, Extractor> {
      const features = featureFn(config);
      const first = features[extracted];
      // wink extracts every feature of each lexeme it learns: the first one is called once per lexeme.
      if (first && wordCategory >= 0) {
        observed = true;
        features[extracted] = (word, category, cache) => {
          if (category !== wordCategory) learnedAsOther.add(word);
          return first(word, category, cache);
        };
      }
      return features;
    },
    metaCER: () => ({ machines: '[]', transformers: [] }),
    addons: rememberingLemmas((model as unknown as { addons: Addons }).addons),
  }) as typeof model;
  instance = winkNLP(wrapped, ['sbd', 'negation', 'pos']);
  return instance;
}

/** The model's add-ons: the lemmatizer among them (`its.lemma` calls it for words without a listed lemma). */
interface Addons {
  readonly lemmatize: (value: string, pos: string, cache: unknown) => string;
}

/** Lemmas remembered per part of speech, at most this many words each (then emptied). */
const MOST_LEMMAS = 50_000;

/**
 * The add-ons with a lemmatizer that remembers its answers by part of speech and word. wink calls
 * it for every token whose lemma the lexicon does not list (plurals, inflected verbs, unknown
 * words), the same words in every article. Its answer depends on the word, the tag and the
 * model's own lexicon only: it strips endings and asks the lexicon whether the stem is a base
 * form with that tag, which is false for any word outside the model's lexicon, learned or not.
 * So a remembered answer is the answer, whatever was read since. A word of any other tag than
 * ADJ, NOUN and VERB it returns as it is (most of its calls: names, PROPN), so those are not
 * remembered but answered at once.
 */
function rememberingLemmas(addons: Addons): Addons {
  const lemmatize = addons.lemmatize;
  const known = new Map<string, Map<string, string>>();
  return Object.assign(Object.create(null) as object, addons, {
    lemmatize(value: string, pos: string, cache: unknown): string {
      if (pos !== 'NOUN' && pos !== 'VERB' && pos !== 'ADJ') return value;
      let byWord = known.get(pos);
      if (byWord === undefined) known.set(pos, (byWord = new Map()));
      let lemma = byWord.get(value);
      if (lemma === undefined) {
        if (byWord.size >= MOST_LEMMAS) byWord.clear();
        byWord.set(value, (lemma = lemmatize(value, pos, cache)));
      }
      return lemma;
    },
  }) as Addons;
}

/**
 * Learned lexemes kept (unreachable) before wink is rebuilt: some 20 MB, a thousand articles or so;
 * a rebuild costs about 100 ms.
 */
const MOST_LEARNED = 200_000;

/** A word of ASCII letters only, which wink's tokenizer reads as one word whether it knows it or not. */
const PLAIN_WORD = /^[A-Za-z]+$/;

/**
 * wink's cache adds every out-of-vocabulary word it reads to the model's lexeme table, for the
 * life of the instance, and its tokenizer keeps whole any word it finds there: once it has read
 * "Name’s," (kept whole before a comma), it no longer splits "Name’s" into "Name" + "’s" in any
 * later document, and the tags change with the tokens. So that a document reads the same whatever
 * was read before, the words learned while reading it are taken out of the look-up hash again:
 * their entries stay in wink's lists (its private per-lexeme features are indexed by position
 * there and cannot be truncated), so the instance is rebuilt when the lists have grown large, or
 * when a feature table nears the width of its packed field.
 *
 * Words of ASCII letters alone ("Hannity", "hannity") learned as ordinary words are kept: split
 * or not, the tokenizer reads them as one word, and the entry wink learns for one is a function of
 * its spelling and its token category alone, so knowing it changes nothing but the time spent
 * learning it again (a fifth of wink's reading time goes to learning words, most of them names
 * that recur from one article to the next). The category makes the exceptions: inside "5USD" the
 * splitter's currency rule reads "USD" (currency, tagged SYM, where "the USD" is a PROPN word),
 * and a run of Kelvin signs "\u212A\u212A\u212A\u212A" is an unknown token whose lower-case form,
 * "kkkk" in ASCII letters, is learned with it (tagged X). So a plain word is kept only when wink
 * learned it as an ordinary word and no splitter rule of another category reads the same letters
 * whole, in any case (else a kept "GBP" read as a word would be the entry of the "GBP" of "5GBP").
 */
function forgetLearned(from: number): void {
  const table = lexemes;
  if (!table) return;
  const { list, hash } = table;
  for (let k = from; k < list.length; k++) {
    const word = list[k]!;
    if (!observed || !PLAIN_WORD.test(word) || learnedAsOther.has(word) || readByOtherRule(word)) delete hash[word];
  }
  learnedAsOther.clear();
  if (list.length - table.intrinsicSize! > MOST_LEARNED || grown.some((t) => t.list.length * 2 > t.maxIndex!)) {
    instance = undefined;
    lexemes = undefined;
    grown = [];
  }
}

/**
 * Whether a splitter rule of another category reads the word whole, remembered by word: the same
 * names are learned and forgotten again in article after article, and each look-up ran every rule.
 */
function readByOtherRule(word: string): boolean {
  let known = otherRuleReads.get(word);
  if (known === undefined) {
    if (otherRuleReads.size >= MOST_REMEMBERED) otherRuleReads.clear();
    otherRuleReads.set(word, (known = otherRules.some((rule) => rule.test(word))));
  }
  return known;
}

/**
 * wink's lemma of a contraction read whole ("cannot" before a comma is one token, not "can" +
 * "not") is the lexeme at the position its packed expansion pointer names, which lies past the
 * model's lexicon: nothing in a fresh instance, and whatever word was learned there in an old
 * one. These words (some 860 contractions, all spellings) are listed once from the model, and
 * their lemma is their lower-case form, as in a fresh instance.
 */
function unreadableLemmas(m: CoreModel): Set<string> {
  const out = new Set<string>();
  const { lexicon, packing } = m;
  const list = m.features['lexeme']?.list ?? [];
  const size = m.features['lexeme']?.intrinsicSize ?? 0;
  const field = (k: number, name: string): number => {
    const f = packing.layout[name];
    return f ? (lexicon[f[0] + k * packing.size]! & f[1]) >>> f[2] : 0;
  };
  for (let k = 0; k < size; k++) {
    const read = field(k, 'isSpellingMapped') === 1 ? field(k, 'lemma') : k;
    if (field(read, 'isSLemma') === 1 && field(read, 'lemma') >= size) out.add(list[k]!);
  }
  return out;
}

/**
 * wink ends a sentence after an abbreviation closing a bracket: "Sen. Ann Price (D-Vt.) said …"
 * becomes two sentences. A break after "….)" followed by a lower-case word is no break.
 */
function mergeBracketBreaks(spans: readonly [number, number][], values: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const b = prev?.[1] ?? -1;
    if (prev && values[b] === ')' && values[b - 1] === '.' && /^\p{Ll}/u.test(values[span[0]] ?? '')) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/** Tokenises, tags and splits `text` into sentences in one pass of wink-nlp. */
export function readTokens(text: string): TokenDoc {
  if (text.length === 0) return { text, tokens: [], sentences: [] };
  const nlp = wink();
  // wink's tokenizer slows down more than linearly on very long runs without spaces (a base64
  // blob, a 100,000-letter "word"), so it reads a copy of the same length in which such runs are
  // broken by spaces. Offsets are found in that copy and token values taken from the original.
  const view = breakLongRuns(text);
  const learnedFrom = lexemes?.list.length ?? 0;
  try {
    return tokenDoc(text, view, nlp.readDoc(view), nlp.its);
  } finally {
    forgetLearned(learnedFrom);
  }
}

type WinkDoc = ReturnType<Wink['readDoc']>;

/** wink's document as plain tokens and sentences with offsets into `text` (`view` is what wink read). */
function tokenDoc(text: string, view: string, doc: WinkDoc, its: Wink['its']): TokenDoc {
  // Compared once: comparing two long strings per token would make the loop below quadratic.
  const unchanged = view === text;
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const lemmas = (all.out as (f: unknown) => unknown)(its.lemma) as string[];
  const pos = all.out(its.pos) as string[];
  const negation = all.out(its.negationFlag) as unknown as boolean[];
  const sentenceSpans = mergeBracketBreaks(doc.sentences().out(its.span) as unknown as [number, number][], values);

  const sentenceOf = new Int32Array(values.length);
  sentenceSpans.forEach(([a, b], s) => {
    for (let k = a; k <= b && k < values.length; k++) sentenceOf[k] = s;
  });

  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const seen = values[k]!;
    let start = cursor + (spaces[k]?.length ?? 0);
    if (view.startsWith(seen, start) === false) {
      const found = view.indexOf(seen, cursor);
      start = found >= 0 ? found : cursor;
    }
    const end = Math.min(text.length, start + seen.length);
    cursor = end;
    const value = unchanged ? seen : text.slice(start, end);
    const lower = value.toLowerCase();
    const lemma = lemmas[k];
    tokens[k] = {
      i: k,
      start,
      end,
      value,
      lower,
      // A lemma that is the word itself shares the lower-case string (one string, hashed once).
      lemma: lemma === undefined || lemma === value || lemma === lower || noLemma.has(seen) ? lower : lemma.toLowerCase(),
      pos: pos[k] ?? 'X',
      negated: negation[k] === true,
      sentence: sentenceOf[k] ?? 0,
      classes: 0,
      classEpoch: -1,
    };
  }
  postpositiveGeneral(tokens);
  const sentences: SentenceSpan[] = sentenceSpans.map(([a, b]) => ({
    start: tokens[a]?.start ?? 0,
    end: tokens[Math.min(b, tokens.length - 1)]?.end ?? text.length,
    first: a,
    last: Math.min(b, tokens.length - 1) + 1,
  }));
  return { text, tokens, sentences };
}

/**
 * "the attorney general said", "the UN secretary general": a "general" after a noun that no noun
 * follows is the head of a title, a noun; the tagger reads it as the adjective of "general
 * election", and the noun phrase would end before it.
 */
function postpositiveGeneral(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'general' || t.pos !== 'ADJ') continue;
    const before = tokens[k - 1]!;
    const after = tokens[k + 1];
    if (before.pos !== 'NOUN' || before.sentence !== t.sentence) continue;
    if (after && after.sentence === t.sentence && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')) continue;
    tokens[k] = { ...t, pos: 'NOUN' };
  }
}

/** Runs of non-space characters longer than this are broken for wink. Real words and most URLs are shorter. */
const LONGEST_RUN = 80;

/** The text with a space in place of every LONGEST_RUN-th character of over-long runs; the same text when there are none. */
export function breakLongRuns(text: string): string {
  let run = 0;
  let parts: string[] | undefined;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 10 || c === 13 || c === 9) { run = 0; continue; }
    if (++run > LONGEST_RUN) {
      // Break before a low surrogate's pair would split: replace only a BMP character or step one on.
      if (c >= 0xdc00 && c <= 0xdfff) continue;
      (parts ??= []).push(text.slice(from, k), ' ');
      from = k + 1;
      run = 0;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
