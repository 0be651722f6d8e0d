import type { Span } from '../model/span.js';
import { findInlineLabels, labelKey, type InlineLabel } from './inlineLabels.js';
import { isSpace } from './paragraphs.js';
import { EDITORIAL_LABELS, QUESTION_LABELS } from '../vocabulary/editorialLabels.js';
import { firstAtOrAfter } from '../util/sorted.js';

/** One speaker's turn in a transcript: the label ("PRESIDENT BIDEN") and the words that follow. */
export interface Turn {
  readonly label: Span;
  /** The turn's words, paragraphs included, label and leading/trailing stage notes left out. */
  readonly content: Span;
}

/** "PRESIDENT BIDEN:", "MR. SMITH:", "Q:" — upper-case labels, colon optional only for Q and A. */
const UPPER_LABEL = /^((?:[A-Z][A-Z'’.\-]*\s){0,5}[A-Z][A-Z'’.\-]+|Q|A)\s*:\s+/;
/** White House style: "Q    Mr. President …" */
const BARE_Q = /^(Q)\s{2,}|^(Q)\s(?=[A-Z])/;
/** Stage notes and times that are not speech: "(Laughter.)", "(As interpreted.)", "2:18 P.M. EDT", "END". */
const STAGE_NOTE = /^(?:\([^()]{1,60}\)\s*)+/;
const NOT_SPEECH_LINE = /^(?:\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?|END(?:\s+\d{1,2}:\d{2}.*)?|\([^()]{1,60}\))\s*$/;
/** A quotation closed and attributed by the writer: "…,” Smith said", "…," an aide added". */
const NEWS_PROSE = /[,!?][”"][ \t]+((?:[\p{L}.'’-]+[ \t]+){0,4})(?:said|says|told|added|asked|wrote|tweeted|noted)\b/u;
/** A quotation opened by the writer after a named speaker and a colon: "In a post, Vetter wrote: “…”". */
const NEWS_PROSE_OPENING = /^((?:[\p{L}\d.'’-]+[ \t,]+){0,6})\p{Lu}[\p{L}'’-]+[ \t]+(?:said|says|wrote|writes|tweeted|posted|added)[ \t]*:[ \t]*[“"]/u;
/** Words between the quote and the verb that make it the speaker's own retelling ("…," and I said). */
const RETOLD = /(?:^|[ \t])(?:i|we|and|then|so|but|you)[ \t]/iu;
/** A wire dateline opening a paragraph: "WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -". */
const DATELINE = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [\p{L}.]+(?: [\p{L}.]+){0,2})? \((?:AP|Reuters|AFP|UPI)\) ?[—–-]/u;

/** Marks of a cut or a section break at the end of a turn. */
const CUT_MARK = /(?:<(?:…|\.\.\.)>|\[(?:…|\.\.\.)\]|\*(?:[ \t]*\*){2})$/u;

/** Datelines of the capitals that open wire copy ("WASHINGTON: …"): upper-case words before a colon that are no speaker. */
const DATELINE_CITIES = new Set(['WASHINGTON', 'LONDON', 'MOSCOW', 'KYIV', 'BEIJING', 'PARIS', 'BERLIN']);

/** A label made of editors' words only ("NOTE", "READ MORE", "Photo Credit"). */
const editorial = (name: string) => name.split(/\s+/u).every((w) => EDITORIAL_LABELS.has(w.replace(/[^\p{L}']/gu, '').toLowerCase()));


/** True for a label that names no one but the one who asks ("Q", "QUESTION", "Journalist"). */
export function isQuestionLabel(label: string): boolean {
  return QUESTION_LABELS.has(label.replace(/[.\s]+$/u, '').toLowerCase());
}

interface Label { p: number; label: Span; body: number }

/**
 * Finds transcript turns. A text is a transcript when at least two of its paragraphs open with an
 * upper-case speaker label, or when title-case labels ("Ann Lee:", "President of Freedonia Ann
 * Lee:") make a conversation: three or more, one speaker labelled twice. Title-case labels may
 * also stand inside a paragraph after a sentence end (merged paragraphs of a scraped page).
 * A turn runs from its label to the next label, over any paragraphs between; stage notes
 * ("(Laughter.)") and time stamps at the edges of a turn are not speech.
 */
export function findTurns(text: string, paragraphs: readonly Span[], quotes: readonly Span[] = []): Turn[] {
  const upper = labelParagraphs(text, paragraphs, (line) => UPPER_LABEL.exec(line) ?? BARE_Q.exec(line));
  const inline = () => outsideQuotes(findInlineLabels(text, paragraphs), quotes);
  const labelled = upper.length >= 2 ? withInline(text, paragraphs, upper, inline()) : titleLabels(text, paragraphs, inline());
  if (labelled.length < 2) return [];
  const turns: Turn[] = [];
  labelled.forEach((l, k) => {
    const next = labelled[k + 1];
    const nextP = next?.p ?? paragraphs.length;
    let start = l.body;
    let end = next && next.p === l.p ? next.label.start : paragraphs[l.p]!.end;
    // Extend over following unlabelled paragraphs that are speech, stopping at the next label
    // or at the writer's own prose ("“…,” she said", a dateline): a transcript excerpt inside
    // an article does not swallow the rest of it.
    // (Words before a label inside a later paragraph are left to the writer: who said them is unclear.)
    for (let q = l.p + 1; q < nextP; q++) {
      const para = paragraphs[q]!;
      const line = text.slice(para.start, para.end);
      if (NOT_SPEECH_LINE.test(line)) continue;
      // (The writer's opening of a quote ends only the last turn: between two labels the speaker is quoting someone.)
      const prose = NEWS_PROSE.exec(line) ?? (next === undefined ? NEWS_PROSE_OPENING.exec(line) : null);
      if ((prose && !RETOLD.test(` ${prose[1] ?? ''}`)) || DATELINE.test(line)) break;
      end = para.end;
    }
    start = skipStageNotes(text, start, end);
    end = trimTrailingNotes(text, start, end);
    if (end > start) turns.push({ label: l.label, content: { start, end } });
  });
  return turns;
}

/** Labels of a transcript whose paragraphs open with upper-case labels, plus the same speakers' labels inside merged paragraphs. */
function withInline(text: string, paragraphs: readonly Span[], upper: Label[], inline: readonly InlineLabel[]): Label[] {
  const keys = new Set(upper.map((l) => labelKey(text.slice(l.label.start, l.label.end))));
  const extra = inline
    .filter((c) => !c.paragraphStart && (keys.has(c.key) || isQuestionLabel(c.key)) && isUpper(text.slice(c.label.start, c.label.end)) && usable(text, c.label))
    .map((c) => ({ p: paragraphIndex(paragraphs, c.label.start), label: c.label, body: c.body }));
  return extra.length === 0 ? upper : [...upper, ...extra].sort((a, b) => a.label.start - b.label.start);
}

/**
 * Title-case labels count only when they make a conversation: three or more, some speaker
 * labelled twice ("Note:" once is no interview). Inside a paragraph a label needs two words or
 * the surname of a longer label ("Ann Lee: … Lee: …"): one capitalised word before a colon is
 * too often a headline ("Breaking: …").
 */
function titleLabels(text: string, paragraphs: readonly Span[], inline: readonly InlineLabel[]): Label[] {
  const found = inline.filter((c) => usable(text, c.label));
  if (found.length < 3) return [];
  const longKeys = new Set(found.filter((c) => c.words >= 2).map((c) => c.key));
  const kept = found.filter((c) => c.paragraphStart || c.words >= 2 || longKeys.has(c.key) || isQuestionLabel(c.key));
  const counts = new Map<string, number>();
  for (const c of kept) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  if (kept.length < 3 || ![...counts.values()].some((n) => n >= 2) || counts.size < 2) return [];
  return kept.map((c) => ({ p: paragraphIndex(paragraphs, c.label.start), label: c.label, body: c.body }));
}

/**
 * Inline labels outside the quotations: a label inside a paragraph that stands within quotation
 * marks ("… said ‹we will win. ANN LEE: We will …") is quoted text, not a turn of the transcript.
 * Labels that open a paragraph are kept: a quotation that runs on across paragraphs does not
 * hold the next speaker's label. Both lists are in text order; top-level quotes do not overlap.
 */
function outsideQuotes(labels: readonly InlineLabel[], quotes: readonly Span[]): InlineLabel[] {
  if (quotes.length === 0) return [...labels];
  let q = 0;
  return labels.filter((c) => {
    if (c.paragraphStart) return true;
    while (q < quotes.length && quotes[q]!.end <= c.label.start) q++;
    const quote = quotes[q];
    return !(quote && quote.start <= c.label.start && c.label.start < quote.end);
  });
}

function usable(text: string, label: Span): boolean {
  const name = text.slice(label.start, label.end);
  if (DATELINE_CITIES.has(name)) return false;
  return !name.split(/\s+/u).some((w) => EDITORIAL_LABELS.has(w.replace(/[^\p{L}]/gu, '').toLowerCase()));
}

const isUpper = (label: string) => !/\p{Ll}/u.test(label);

/** The index of the last paragraph starting at or before `offset` (0 when none does). */
function paragraphIndex(paragraphs: readonly Span[], offset: number): number {
  return Math.max(0, firstAtOrAfter(paragraphs, offset + 1, (p) => p.start) - 1);
}

function labelParagraphs(text: string, paragraphs: readonly Span[], match: (line: string) => RegExpExecArray | null): Label[] {
  const out: Label[] = [];
  paragraphs.forEach((para, p) => {
    const line = text.slice(para.start, Math.min(para.end, para.start + 80));
    const m = match(line);
    if (!m) return;
    const name = (m[1] ?? m[2] ?? '').trim();
    if (name.length === 0 || DATELINE_CITIES.has(name) || editorial(name)) return;
    out.push({ p, label: { start: para.start, end: para.start + name.length }, body: para.start + m[0].length });
  });
  return out;
}

function skipStageNotes(text: string, start: number, end: number): number {
  for (;;) {
    const m = STAGE_NOTE.exec(text.slice(start, Math.min(end, start + 200)));
    if (!m || m[0].length === 0) break;
    start += m[0].length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  return start;
}

function trimTrailingNotes(text: string, start: number, end: number): number {
  for (;;) {
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    // A cut or a break marked by the page ("<…>", "* * *") is not speech.
    const mark = CUT_MARK.exec(text.slice(Math.max(start, end - 12), end));
    if (mark) { end -= mark[0].length; continue; }
    if (end <= start || text[end - 1] !== ')') return end;
    const open = text.lastIndexOf('(', end - 1);
    if (open < start || end - open > 62) return end;
    const before = text.slice(Math.max(start, open - 2), open);
    // Only a note that stands on its own (after a sentence end or a line break) is cut.
    if (open > start && !/[.!?\s]$/.test(before)) return end;
    end = open;
  }
}
