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
let instance: Wink | undefined;

/**
 * wink is loaded lazily: importing plaudit costs nothing until the first analysis. Only the
 * pipes plaudit reads run (sentences, negation, part of speech; lemmas come from the POS tags):
 * wink's named-entity and sentiment pipes would cost a third more and plaudit finds entities
 * and scores sentiment itself.
 */
export function wink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return instance;
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
  const its = nlp.its;
  // wink's tokenizer slows down more than linearly on very long runs without spaces (a base64
  // blob, a 100,000-letter "word"), so it reads a copy of the same length in which such runs are
  // broken by spaces. Offsets are found in that copy and token values taken from the original.
  const view = breakLongRuns(text);
  // Compared once: comparing two long strings per token would make the loop below quadratic.
  const unchanged = view === text;
  const doc = nlp.readDoc(view);
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
    tokens[k] = {
      i: k,
      start,
      end,
      value,
      lower,
      lemma: (lemmas[k] ?? lower).toLowerCase(),
      pos: pos[k] ?? 'X',
      negated: negation[k] === true,
      sentence: sentenceOf[k] ?? 0,
    };
  }
  const sentences: SentenceSpan[] = sentenceSpans.map(([a, b]) => ({
    start: tokens[a]?.start ?? 0,
    end: tokens[Math.min(b, tokens.length - 1)]?.end ?? text.length,
    first: a,
    last: Math.min(b, tokens.length - 1) + 1,
  }));
  return { text, tokens, sentences };
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
