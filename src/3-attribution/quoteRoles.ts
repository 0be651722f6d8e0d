import type { Segmentation } from '../1-segment/segment.js';
import type { Quote } from '../1-segment/quotes.js';

/** What a pair of quotation marks holds: speech, or words the writer only marks. */
export type QuoteRole = 'speech' | 'title' | 'nickname' | 'scare';

/** Nouns of a work that a title may follow ("the musical “Lanterns.”"), and "titled". */
const WORKS = 'show|programme|program|book|film|movie|song|album|series|titled|entitled|podcast|documentary|column|exhibition|play|opera|novel|memoir|poem|episode|musical|thriller|drama|sitcom|comedy|miniseries|anthem|hymn|ballad';
const TITLE_INTRO = new RegExp(`\\b(?:${WORKS}|called|named|dubbed|op-ed|headline|slogan|hashtag|segment|campaign|tune of)\\s*[,:]?\\s*$`, 'i');
/** A work's noun or "titled": after it even one title-cased word is a name ("the musical “Lanterns.”"); not "called", where one word is often someone's ("what she called “Nonsense.”"). */
const WORK_NOUN = new RegExp(`\\b(?:${WORKS})\\s*,?\\s*$`, 'i');
/** A naming verb and its object right before a quote: "called the show", "labelled his book". */
const NAMED_WORK = /\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?)\s+(?:(?:the|this|that|his|her|their|its|a|an)\s+)?\S+\s*$/i;
const TITLE_AFTER = /^\s*(?:show|programme|program|podcast|series|documentary|album|song|book|film|movie|segment|episode|campaign|slogan|hashtag)\b/i;
const NICKNAME_INTRO = /\b(?:nicknamed|dubbed|known as|so-called|aka|a\.k\.a\.|alias|moniker|nickname|branded|styled)\s*$/i;
/** "described as", "called it", "what he termed": a short quote there is someone's word, not the writer's. */
const SPEECH_INTRO = /(?:\b(?:it|him|her|them|this|that|termed|called|labell?ed|described|branded|dubbed|deemed|saying|said|says|say|is|was|are|were|be|been|being|a|an|the|very|so|too|more|most|of|his|her|their|its|our|my)|\b(?:described|labell?ed|characteri[sz]ed|branded|dismissed|referred to|portrayed|painted|cast|saw|sees|seen|viewed|regarded|denounced|condemned|praised|hailed)\s+(?:[\p{L}'’-]+\s+){0,4}as)\s*[,:]?\s*$/iu;
/**
 * "said on “Harbor Hour.”", "told KBTV’s “Morning Hour” that …", "an appearance on Friday’s
 * “Evening Report,”": a title-cased quote right after "on" or "to" (past an outlet's or a day's
 * possessive), after "interview with" or right after an outlet's capitals with a possessive is a
 * programme's name, even with the sentence's full stop or comma inside the marks; so is one after
 * a work's noun ("her memoir, “Open Doors.”", `TITLE_INTRO`). A capitalised "On" only opens a
 * sentence: in a title-cased headline ("Mayor Asks Voters To ‘Keep the Faith.’") it says nothing.
 */
const BROADCAST_VENUE = /(?:(?:\bon|\bto|(?:^|[.!?]\s+)On|interview with)\s+(?:(?:[\p{Lu}][\p{L}\p{N}.&-]*\s+){0,3}[\p{Lu}][\p{L}\p{N}.&-]*(?:['\u2019]s|s['\u2019])?\s*)?|\b\p{Lu}{2,}[\p{L}]*(?:['\u2019]s|['\u2019])\s*)$/u;
/** Opening marks left in the text before a quote (the first of two apostrophes, ''Title''). */
const OPENING_MARKS = /['\u2018\u2019\u201c"`]+$/u;
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'but', 'nor', 'as', 'vs', 'vs.', 'de', 'la', 'le']);

/**
 * Decides whether a quote is speech. Titles of shows, books and films are title-cased words
 * (often after "the" or before "Show"); nicknames stand between the parts of a name or after
 * "dubbed"; scare quotes are one to three words the writer marks, with nothing around them
 * that says anyone uttered them. Everything else is speech. `hasCueBefore` tells whether an
 * attribution cue stands earlier in the same sentence: then even one quoted word is a partial
 * quote ("Trump said the report was “fake”").
 */
export function classifyQuote(seg: Segmentation, q: Quote, hasCueBefore: boolean): QuoteRole {
  const text = seg.doc.text;
  const inner = text.slice(q.start, q.end);
  // (A quote opened with two apostrophes, ''Title'', leaves the first of them before it.)
  const before = text.slice(Math.max(0, q.open - 40), q.open).replace(OPENING_MARKS, '');
  const after = text.slice(q.close + 1, Math.min(text.length, q.close + 30)).replace(/^['\u2019\u201d"]+/u, '');
  const words = inner.split(/\s+/).filter(Boolean);
  const endsSentence = /[.!?,;:\u2026]$/.test(inner);
  const endsClause = /[.!?;:\u2026]$/.test(inner);
  if (words.length <= 4 && NICKNAME_INTRO.test(before)) return 'nickname';
  if (words.length <= 4 && /\p{Lu}[\p{L}.]*\s$/u.test(before) && /^\s\p{Lu}/u.test(after) && !endsSentence && /^\p{Lu}/u.test(inner)) return 'nickname';
  const titleCased = words.length <= 10 && words.length >= 1 && /^[\p{Lu}\p{N}]/u.test(words[0]!) &&
    words.every((w, i) => i === 0 || MINOR.has(w.toLowerCase()) || /^[\p{Lu}\p{N}&]/u.test(w) || w.length <= 2);
  // "Her memoir, “Against the Tide,” sold well", "the series “Scandal,” thanked": a title may carry
  // the sentence's comma inside the marks.
  const titleWords = inner.endsWith(',') ? inner.slice(0, -1).split(/\s+/).filter(Boolean) : words;
  const commaOnly = inner.endsWith(',') && (/,\s*$/.test(before) || TITLE_INTRO.test(before));
  if (titleCased && !endsClause && (!endsSentence || commaOnly) && titleWords.length >= 1 && (titleWords.length >= 2 || TITLE_INTRO.test(before) || TITLE_AFTER.test(after))) {
    if (TITLE_INTRO.test(before) || TITLE_AFTER.test(after) || /\bthe\s*$/i.test(before) || words.length >= 3) return 'title';
  }
  // "the author of “River Towns,” said", "star of “Harbor Nights,” thanked": a title-cased name
  // of two words or more right after "of" is a work's title, even with the sentence's comma
  // inside the marks (one word, "spoke of “Hope,” said Lane", may be speech).
  if (titleCased && !endsClause && titleWords.length >= 2 && /\bof\s*$/i.test(before) && (!endsSentence || inner.endsWith(','))) {
    return 'title';
  }
  // "the host of “The Late Hour.”", "the strains of “Old River Road.”": with the sentence's full
  // stop inside the marks too, unless a cue stands earlier in the sentence ("proclaimed a future
  // of “Peace and Plenty.”" quotes what was proclaimed).
  if (titleCased && !hasCueBefore && words.length >= 2 && /\bof\s*$/i.test(before) && /[^.!?]\.$/.test(inner) && !/[.!?;:]\s/.test(inner)) {
    return 'title';
  }
  const venueWords = inner.replace(/[.,]$/, '').split(/\s+/).filter(Boolean);
  // (One word only after a work's noun that no naming verb takes, nor a cue before its comma:
  // "Hale called the show “Disgraceful.”" judges the show, "said of the series, “Brilliant.”" is
  // speech, "appeared on Reed's show, “Sidebar.”" names it.)
  const oneWordTitle = WORK_NOUN.test(before) && !NAMED_WORK.test(before) && !(hasCueBefore && /,\s*$/.test(before));
  if (titleCased && venueWords.length >= (oneWordTitle ? 1 : 2) && venueWords.length <= 6 && !/[!?;:\u2026]$/.test(inner) && !/[.!?]\s/.test(inner) && (BROADCAST_VENUE.test(before) || TITLE_INTRO.test(before))) return 'title';
  if (q.depth === 0 && words.length <= 3 && !endsSentence && !hasCueBefore && !SPEECH_INTRO.test(before)) return 'scare';
  return 'speech';
}
