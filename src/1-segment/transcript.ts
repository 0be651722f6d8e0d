import type { Span } from '../model/span.js';
import { isSpace } from './paragraphs.js';

/** One speaker's turn in a transcript: the label ("PRESIDENT BIDEN") and the words that follow. */
export interface Turn {
  readonly label: Span;
  /** The turn's words, paragraphs included, label and leading/trailing stage notes left out. */
  readonly content: Span;
}

/** "PRESIDENT BIDEN:", "MR. SMITH:", "Q:" — upper-case labels, colon optional only for Q and A. */
const UPPER_LABEL = /^((?:[A-Z][A-Z'’.\-]*\s){0,5}[A-Z][A-Z'’.\-]+|Q|A)\s*:\s+/;
/** "Vladimir Putin:" — title-case labels count only when the article has several of them. */
const TITLE_LABEL = /^((?:[A-Z][\p{L}'’.\-]*\s){0,3}[A-Z][\p{L}'’.\-]+)\s*:\s+/u;
/** White House style: "Q    Mr. President …" */
const BARE_Q = /^(Q)\s{2,}|^(Q)\s(?=[A-Z])/;
/** Stage notes and times that are not speech: "(Laughter.)", "(As interpreted.)", "2:18 P.M. EDT", "END". */
const STAGE_NOTE = /^(?:\([^()]{1,60}\)\s*)+/;
const NOT_SPEECH_LINE = /^(?:\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?|END(?:\s+\d{1,2}:\d{2}.*)?|\([^()]{1,60}\))\s*$/;
/** A quotation closed and attributed by the writer: "…,” Smith said", "…," an aide added". */
const NEWS_PROSE = /[,!?][”"][ \t]+((?:[\p{L}.'’-]+[ \t]+){0,4})(?:said|says|told|added|asked|wrote|tweeted|noted)\b/u;
/** Words between the quote and the verb that make it the speaker's own retelling ("…," and I said). */
const RETOLD = /(?:^|[ \t])(?:i|we|and|then|so|but|you)[ \t]/iu;
/** A wire dateline opening a paragraph: "WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -". */
const DATELINE = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [\p{L}.]+(?: [\p{L}.]+){0,2})? \((?:AP|Reuters|AFP|UPI)\) ?[—–-]/u;

/** Upper-case words that open ordinary paragraphs and are not speaker labels. */
const NOT_LABELS = new Set(['NOTE', 'UPDATE', 'WASHINGTON', 'LONDON', 'MOSCOW', 'KYIV', 'BEIJING', 'PARIS', 'BERLIN', 'EDITOR', 'CORRECTION', 'WARNING', 'BREAKING', 'PHOTO', 'VIDEO', 'READ MORE', 'RELATED', 'SOURCE', 'SOURCES', 'WATCH']);

/**
 * Finds transcript turns. A text is a transcript when at least two of its paragraphs open with a
 * speaker label; a turn then runs from its label to the next label, over any paragraphs between.
 * Stage notes ("(Laughter.)") and time stamps at the edges of a turn are not speech.
 */
export function findTurns(text: string, paragraphs: readonly Span[]): Turn[] {
  const labelled: { p: number; label: Span; body: number }[] = [];
  const upper = labelParagraphs(text, paragraphs, (line) => UPPER_LABEL.exec(line) ?? BARE_Q.exec(line));
  const title = upper.length >= 2 ? [] : labelParagraphs(text, paragraphs, (line) => TITLE_LABEL.exec(line));
  const chosen = upper.length >= 2 ? upper : distinctRepeated(text, title);
  if (chosen.length < 2) return [];
  labelled.push(...chosen);
  const turns: Turn[] = [];
  labelled.forEach((l, k) => {
    const nextP = labelled[k + 1]?.p ?? paragraphs.length;
    let start = l.body;
    let end = paragraphs[l.p]!.end;
    // Extend over following unlabelled paragraphs that are speech, stopping at the next label
    // or at the writer's own prose ("“…,” she said", a dateline): a transcript excerpt inside
    // an article does not swallow the rest of it.
    for (let q = l.p + 1; q < nextP; q++) {
      const para = paragraphs[q]!;
      const line = text.slice(para.start, para.end);
      if (NOT_SPEECH_LINE.test(line)) continue;
      const prose = NEWS_PROSE.exec(line);
      if ((prose && !RETOLD.test(` ${prose[1] ?? ''}`)) || DATELINE.test(line)) break;
      end = para.end;
    }
    start = skipStageNotes(text, start, end);
    end = trimTrailingNotes(text, start, end);
    if (end > start) turns.push({ label: l.label, content: { start, end } });
  });
  return turns;
}

function labelParagraphs(text: string, paragraphs: readonly Span[], match: (line: string) => RegExpExecArray | null) {
  const out: { p: number; label: Span; body: number }[] = [];
  paragraphs.forEach((para, p) => {
    const line = text.slice(para.start, Math.min(para.end, para.start + 80));
    const m = match(line);
    if (!m) return;
    const name = (m[1] ?? m[2] ?? '').trim();
    if (NOT_LABELS.has(name) || name.length === 0) return;
    out.push({ p, label: { start: para.start, end: para.start + name.length }, body: para.start + m[0].length });
  });
  return out;
}

/** Title-case labels count only when some label repeats (an interview), not for one "Note:". */
function distinctRepeated(text: string, found: { p: number; label: Span; body: number }[]) {
  const counts = new Map<string, number>();
  for (const f of found) {
    const key = text.slice(f.label.start, f.label.end);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = [...counts.values()].some((n) => n >= 2);
  return repeated && found.length >= 3 ? found : [];
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
    if (end <= start || text[end - 1] !== ')') return end;
    const open = text.lastIndexOf('(', end - 1);
    if (open < start || end - open > 62) return end;
    const before = text.slice(Math.max(start, open - 2), open);
    // Only a note that stands on its own (after a sentence end or a line break) is cut.
    if (open > start && !/[.!?\s]$/.test(before)) return end;
    end = open;
  }
}
