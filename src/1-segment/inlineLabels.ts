import type { Span } from '../model/span.js';
import { TITLES } from '../vocabulary/titles.js';

/** A speaker label found at a sentence start: "Prime Minister of Freedonia Ann Lee:". */
export interface InlineLabel {
  /** The label's words, titles included, a trailing "(interpreted)" note left out. */
  readonly label: Span;
  /** Where the turn's words begin (after the colon and its spaces). */
  readonly body: number;
  /** The label's last name word, lower-cased ("lee"): the same speaker labelled twice has one key. */
  readonly key: string;
  /** Number of capitalised words in the label. */
  readonly words: number;
  /** True when the label opens its paragraph. */
  readonly paragraphStart: boolean;
}

/**
 * A label: capitalised words, with the small words of titles between them ("President of the
 * Republic", "Jean de Vries"), an optional note in brackets ("(retranslated)", "(via interpreter)"),
 * a colon, and the turn's first word in capitals or an opening quote/bracket.
 * Times ("10:30") and ordinary colons after lower-case words ("one thing: …") cannot match.
 */
const LABEL = /(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:(?:of|the|for|de|da|del|der|van|von|bin|al|le|la)[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’.\-]*){0,11})((?:[ \t]*\([^()\n]{1,30}\))?)[ \t]*:[ \t]+(?=[\p{Lu}"“‘'(\[])/uy;
/** A sentence end after which a label may open a turn: ". ", "! ", "?” ", "* * * ". */
const SENTENCE_END = /[.!?…*][”"’)\]]*[ \t]+(?=\p{Lu})/gu;

/**
 * Candidate speaker labels at paragraph starts and after sentence ends inside paragraphs
 * (scraped transcripts often merge a whole conversation into one paragraph). Candidates only:
 * findTurns decides whether the text is a transcript.
 */
export function findInlineLabels(text: string, paragraphs: readonly Span[]): InlineLabel[] {
  const out: InlineLabel[] = [];
  for (const para of paragraphs) {
    const at = (start: number, paragraphStart: boolean) => {
      LABEL.lastIndex = start;
      const m = LABEL.exec(text);
      if (!m || start + m[0].length > para.end) return;
      const name = m[1]!.replace(/[.\s]+$/u, '');
      const words = name.split(/[ \t]+/u).filter((w) => /^\p{Lu}/u.test(w));
      out.push({ label: { start, end: start + name.length }, body: start + m[0].length, key: labelKey(name), words: words.length, paragraphStart });
    };
    at(para.start, true);
    const slice = text.slice(para.start, para.end);
    // Only paragraphs with a colon before a space can hold a label: most have none (a linear test).
    if (!/:[ \t]/u.test(slice)) continue;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) {
      const start = para.start + m.index + m[0].length;
      if (m[0][0] === '.' && abbreviationBefore(slice, m.index)) continue;
      const last = out[out.length - 1];
      if (last && start < last.body) continue;
      at(start, false);
    }
  }
  return out;
}

/** The key of a label: its last capitalised word, lower-cased, without a closing period or apostrophe ("Ann Lee" → "lee"). */
export function labelKey(label: string): string {
  const words = label.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  return (words[words.length - 1] ?? '').replace(/[.’']+$/u, '').toLowerCase();
}

/**
 * The word that ends at the period `dot` of `slice` (read no further back than `from`), when it
 * is a title ("Mr.", "Gen."): such a period ends no sentence.
 */
export function titleEndsAt(slice: string, dot: number, from = 0): boolean {
  return TITLES.has(wordEndingAt(slice, dot, from).toLowerCase());
}

/** The word before a period, from a short window: a scan back over the whole paragraph would be quadratic. */
const wordEndingAt = (slice: string, dot: number, from: number): string => /\S+$/u.exec(slice.slice(Math.max(from, dot - 12), dot + 1))?.[0] ?? '';

/** "Mr." and "Gen." (titles) and "F." (an initial) end no sentence: "Mr. Lee: …" is one label. */
function abbreviationBefore(slice: string, dot: number): boolean {
  return titleEndsAt(slice, dot) || /^\p{Lu}\.$/u.test(wordEndingAt(slice, dot, 0));
}
