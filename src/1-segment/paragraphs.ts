import type { Span } from '../model/span.js';

/**
 * Splits text into paragraphs: maximal runs of non-blank lines are one paragraph when the text
 * uses blank lines between paragraphs; when it never does (one paragraph per line, as most
 * scraped news is), every non-blank line is a paragraph. Spans exclude surrounding whitespace.
 */
export function findParagraphs(text: string): Span[] {
  const lines: Span[] = [];
  let lineStart = 0;
  let sawBlank = false;
  // Line by line: indexOf finds each line feed (a native scan, where a loop read every character).
  while (lineStart <= text.length) {
    const found = text.indexOf('\n', lineStart);
    const k = found < 0 ? text.length : found;
    const span = trim(text, lineStart, k);
    if (span) lines.push(span);
    else if (lines.length > 0) sawBlank = true;
    lineStart = k + 1;
  }
  if (!sawBlank) return lines;
  // Blank-line separated: join consecutive non-blank lines.
  const paragraphs: Span[] = [];
  for (const line of lines) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && !hasBlankLine(text, last.end, line.start)) last.end = line.end;
    else paragraphs.push({ ...line });
  }
  return paragraphs;
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) newlines++;
  return newlines >= 2;
}

function trim(text: string, start: number, end: number): Span | null {
  const span = trimSpan(text, start, end);
  return span.end > span.start ? span : null;
}

/** The span from `start` to `end` without the white space at its edges (empty where all of it is space). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Is the character code white space, as `\s` reads it? */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
