import type { AnalysisIssue } from '../model/issue.js';

/**
 * English function words: frequent in any English prose (about four words in ten of a news
 * article), rare in other languages. Words that are also common function words of French,
 * German, Spanish, Italian or Dutch ("a", "in", "an", "on", "was", "die", "he", "so", "no",
 * "do", "me") are left out, so that a paragraph in one of them scores near zero.
 */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'that', 'for', 'it', 'with', 'is', 'are', 'were', 'be', 'been', 'being',
  'by', 'at', 'from', 'his', 'her', 'their', 'they', 'them', 'this', 'these', 'those', 'which',
  'who', 'whom', 'whose', 'would', 'will', 'could', 'should', 'have', 'has', 'had', 'not', 'but',
  'or', 'if', 'than', 'then', 'there', 'what', 'when', 'where', 'about', 'after', 'into', 'over',
  'its', 'our', 'we', 'you', 'your', 'she', 'him', 'my', 'said', 'says', 'also', 'because', 'while',
]);

/** Below this many words a text is too short to judge its language (a headline, a caption). */
const MIN_WORDS_FOR_LANGUAGE = 25;
/** English news has 15–50 % of its words in the list; French, German or Spanish under 5 %. */
const MIN_ENGLISH_RATIO = 0.08;

/** One letter, as the words of `countWords` are made of. */
const LETTER = /^\p{L}$/u;

/** Longer words are none of ENGLISH_FUNCTION_WORDS: their keys (see `keyOf`) fit in a double exactly. */
const LONGEST_FUNCTION_WORD = 10;

/**
 * A number for a word of ASCII letters in any case: five bits a letter, 1 to 26, read as lower
 * case. Counting compares these numbers, so that no word of the text is cut out and lower-cased.
 */
function keyOf(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 32 + ((word.charCodeAt(i) | 0x20) - 0x60);
  return key;
}

const FUNCTION_WORD_KEYS: ReadonlySet<number> = new Set([...ENGLISH_FUNCTION_WORDS].map(keyOf));
if ([...ENGLISH_FUNCTION_WORDS].some((w) => !/^[a-z]+$/.test(w) || w.length > LONGEST_FUNCTION_WORD)) {
  throw new Error('plaudit: ENGLISH_FUNCTION_WORDS holds lower-case ASCII words of at most ten letters');
}

/**
 * The words of `text` (maximal runs of letters, as /\p{L}+/gu finds them) and how many are English
 * function words. A scan of the characters: a regex over the text built a match object per word,
 * the most memory `analyze` spent on any one line.
 *
 * A word counts when its letters lower-case to a listed word: ASCII letters, and the Kelvin sign,
 * the one letter outside ASCII whose lower case is one ("k"). Any other letter outside ASCII makes
 * the word none of them ("thé").
 *
 * Returns `undefined` as soon as so many words are function words that the rest of the text,
 * even if every other character started a word, could not bring their share under
 * MIN_ENGLISH_RATIO: English prose is known for English after half of it or so.
 */
function countWords(text: string): { words: number; english: number } | undefined {
  let words = 0;
  let english = 0;
  let start = -1;
  // The key of the word being read, -1 once it holds a letter that lower-cases to no ASCII letter.
  let key = 0;
  for (let i = 0; i <= text.length; ) {
    let letter = false;
    let width = 1;
    let code = -1;
    if (i < text.length) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
        code = (c | 0x20) - 0x60;
      } else {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) width = 2;
        letter = LETTER.test(String.fromCodePoint(cp));
        if (cp === 0x212a) code = 11;
      }
    }
    if (letter) {
      if (start < 0) {
        start = i;
        key = 0;
      }
      key = key >= 0 && code > 0 && i - start < LONGEST_FUNCTION_WORD ? key * 32 + code : -1;
    } else if (start >= 0) {
      words++;
      if (key >= 0 && FUNCTION_WORD_KEYS.has(key)) english++;
      start = -1;
      // (A tenth, above the ratio: the comparison needs no care for rounding.)
      if (english > (MIN_ENGLISH_RATIO + 0.02) * (words + Math.ceil((text.length - i) / 2))) return undefined;
    }
    i += width;
  }
  return { words, english };
}

/** The characters the count of `inputQuality` takes for control characters (whitespace controls excepted) or U+FFFD. */
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]/;

/** Share of characters that are control characters or U+FFFD above which the input is not text. */
const MAX_NOT_TEXT_RATIO = 0.01;

/**
 * What is wrong with the input itself, before any reading: `empty` (nothing but whitespace),
 * `not-text` (control characters other than whitespace, NUL bytes, or U+FFFD, which is what
 * invalid UTF-8 becomes when a file is decoded: a binary file or another encoding), and
 * `not-english` (too few English function words for a text long enough to tell). At most one
 * issue, the most basic one: a binary file is reported as such, not also as a foreign language.
 *
 * Why ratios: one stray control character or one mis-encoded quotation mark in a long article
 * says nothing; a share of them does. Why function words: they are the cheapest signal of a
 * language that does not depend on the topic, and every English sentence has them.
 *
 * Pure and linear in the length of the text.
 */
export function inputQuality(text: string): AnalysisIssue[] {
  if (text.trim().length === 0) {
    return [{ code: 'empty', message: text.length === 0 ? 'the text is empty: nothing to analyse' : 'the text is whitespace only: nothing to analyse', ...(text.length > 0 && { span: { start: 0, end: text.length } }) }];
  }
  let bad = 0;
  let first = -1;
  // (Most texts have no control character at all: one native search says so before the count.)
  for (let i = CONTROL.test(text) ? 0 : text.length; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
    if (!control) continue;
    bad++;
    if (first < 0) first = i;
  }
  if (bad > 0 && bad / text.length > MAX_NOT_TEXT_RATIO) {
    const pct = ((100 * bad) / text.length).toFixed(bad / text.length < 0.1 ? 1 : 0);
    return [{
      code: 'not-text',
      message: `${bad} of ${text.length} characters (${pct} %) are control characters, NUL bytes or invalid UTF-8 (U+FFFD): a binary file, or text in another encoding than UTF-8`,
      span: { start: first, end: first + 1 },
    }];
  }
  const counted = countWords(text);
  if (counted === undefined) return [];
  const { words, english } = counted;
  if (words >= MIN_WORDS_FOR_LANGUAGE && english / words < MIN_ENGLISH_RATIO) {
    return [{
      code: 'not-english',
      message: `${english} of ${words} words (${((100 * english) / words).toFixed(0)} %) are English function words such as "the", "of", "and": plaudit reads English only`,
      span: { start: 0, end: text.length },
    }];
  }
  return [];
}
