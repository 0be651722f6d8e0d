import type { AnalysisIssue } from '../model/issue.js';
import type { Span } from '../model/span.js';
import { isSpace, trimSpan } from './paragraphs.js';
import { QUOTE_CHARS } from '../vocabulary/punctuation.js';

export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'angle' | 'corner';

/** A pair of quotation marks and what lies between them. */
export interface Quote {
  /** Index in the array of quotes (text order of the opening mark). */
  readonly index: number;
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  readonly close: number;
  /** The words inside the marks, whitespace trimmed. */
  readonly start: number;
  readonly end: number;
  readonly family: QuoteFamily;
  /** 0 for a top-level quote, 1 for a quote inside it, … */
  readonly depth: number;
  /** The quote this one is inside. */
  readonly parent?: number;
  /** The paragraph ends without a closing mark and the next paragraph opens again. */
  readonly runsOn: boolean;
  /** This quote continues the one before it from the previous paragraph. */
  readonly continues?: number;
}

export interface QuoteScan {
  readonly quotes: Quote[];
  readonly issues: AnalysisIssue[];
}

type Role = 'open' | 'close' | 'either' | 'none';
interface Mark {
  readonly at: number;
  readonly family: QuoteFamily;
  readonly role: Role;
  /** German „…“: an opening low-9 mark is closed by “ or ”. */
  readonly low9?: boolean;
}

/** Deepest nesting followed; deeper marks are ignored (2,000 unclosed quotes stay linear). */
const MAX_DEPTH = 6;
/** Words that start with an apostrophe of elision, not an opening quote: 'n', 'em, 'til … */
const ELISIONS = new Set(['n', 'em', 'til', 'cause', 'bout', 'tis', 'twas', 'round', 'cept', 'ol', 'nuff', 'sup', 'fraid', 'kay', 'neath', 'bye']);

/**
 * Finds every pair of quotation marks, in one left-to-right pass per paragraph with a stack.
 *
 * Curly marks say which way they face; straight marks, primes and the right single mark (which
 * is also the apostrophe) are decided by what touches them: a mark after a space and before a
 * letter opens, one after a letter and before a space or punctuation closes, one between two
 * letters is an apostrophe (Putin's, rock'n'roll). A single mark that closes nothing is an
 * apostrophe too (the leaders' meeting). A double quote left open at the end of a paragraph runs
 * on when the next paragraph opens again (the newspaper convention); otherwise it is dropped
 * with an issue, so one stray mark never swallows the rest of the article.
 */
export function findQuotes(text: string, paragraphs: readonly Span[]): QuoteScan {
  const quotes: MutableQuote[] = [];
  const issues: AnalysisIssue[] = [];
  let runOnFrom: MutableQuote | undefined;
  paragraphs.forEach((p, pi) => {
    const carried = runOnFrom;
    const marks = scanMarks(text, p.start, p.end);
    const stack: { mark: Mark; quote?: MutableQuote }[] = [];
    const closeEntry = (depthIndex: number, closeAt: number): void => {
      const entry = stack[depthIndex]!;
      // Everything above it never closed: apostrophes or stray marks.
      for (let k = stack.length - 1; k > depthIndex; k--) dropUnclosed(stack[k]!.mark, issues);
      stack.length = depthIndex;
      const inner = trimSpan(text, entry.mark.at + 1, closeAt);
      if (inner.end > inner.start) {
        // The parent is the innermost quote still open; its record is made when it closes, so its
      // opening offset stands in for it and is mapped to an index at the end.
      const parent = stack[stack.length - 1]?.mark.at;
        quotes.push({
          index: -1,
          open: entry.mark.at,
          close: closeAt,
          start: inner.start,
          end: inner.end,
          family: entry.mark.family,
          depth: stack.length,
          ...(parent !== undefined ? { parent } : {}),
          runsOn: false,
          ...(runOnFrom && stack.length === 0 && entry.mark.at === firstMarkAt(marks) ? { continues: runOnFrom.open } : {}),
        });
      }
    };
    for (const mark of marks) {
      const top = topOf(stack, mark.family);
      if (mark.role === 'open') {
        if (stack.length < MAX_DEPTH) stack.push({ mark });
        continue;
      }
      if (mark.role === 'close') {
        const low9Top = stack.length > 0 && stack[stack.length - 1]!.mark.low9 === true;
        if (top >= 0) closeEntry(top, mark.at);
        else if (low9Top) closeEntry(stack.length - 1, mark.at);
        else if (mark.family === 'double' || mark.family === 'guillemet') {
          issues.push({ code: 'unbalanced-quote', message: 'a closing quotation mark that closes nothing', span: { start: mark.at, end: mark.at + 1 } });
        }
        continue;
      }
      if (mark.role === 'either') {
        if (top >= 0) closeEntry(top, mark.at);
        else if (stack.length < MAX_DEPTH) stack.push({ mark });
      }
    }
    // The paragraph ends: a top-level double quote may run on into the next paragraph.
    runOnFrom = undefined;
    if (stack.length > 0) {
      const bottom = stack[0]!.mark;
      const next = paragraphs[pi + 1];
      const reopens = next !== undefined && opensWith(text, next.start, bottom.family);
      for (let k = stack.length - 1; k >= 1; k--) dropUnclosed(stack[k]!.mark, issues);
      if (reopens && (bottom.family !== 'single' || stack.length === 1)) {
        const inner = trimSpan(text, bottom.at + 1, p.end);
        if (inner.end > inner.start) {
          const middle = carried !== undefined && bottom.at === firstMarkAt(marks);
          const q: MutableQuote = { index: -1, open: bottom.at, close: p.end, start: inner.start, end: inner.end, family: bottom.family, depth: 0, runsOn: true, ...(middle ? { continues: carried.open } : {}) };
          quotes.push(q);
          runOnFrom = q;
        }
      } else {
        dropUnclosed(bottom, issues);
      }
    }
  });
  quotes.sort((a, b) => a.open - b.open);
  const byOpen = new Map<number, number>();
  quotes.forEach((q, i) => { q.index = i; byOpen.set(q.open, i); });
  for (const q of quotes) {
    if (q.parent !== undefined) q.parent = byOpen.get(q.parent);
    if (q.continues !== undefined) q.continues = byOpen.get(q.continues);
  }
  return { quotes, issues };
}

type MutableQuote = { -readonly [K in keyof Quote]: Quote[K] };


function firstMarkAt(marks: readonly Mark[]): number {
  return marks[0]?.at ?? -1;
}

function topOf(stack: readonly { mark: Mark }[], family: QuoteFamily): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.mark.family === family) return k;
  return -1;
}

function dropUnclosed(mark: Mark, issues: AnalysisIssue[]): void {
  if (mark.family === 'single') return; // an apostrophe, most likely
  issues.push({ code: 'unbalanced-quote', message: 'a quotation mark that is never closed; its text is left unattributed', span: { start: mark.at, end: mark.at + 1 } });
}

function opensWith(text: string, at: number, family: QuoteFamily): boolean {
  const marks = scanMarks(text, at, Math.min(text.length, at + 2));
  const m = marks[0];
  return m !== undefined && m.at === at && m.family === family && m.role !== 'close';
}

const OPENING_PUNCT = new Set(['(', '[', '{', '<', '—', '–', '-', '/', ':', '\u2014', '\u2013']);
const CLOSING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/', '>']);
const QUOTE_CLASS = `[${QUOTE_CHARS.replace(/[\\\]^-]/g, '\\$&')}]`;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Classifies every quotation mark of text[from, to) by which way it can face. */
function scanMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  // Jump from mark to mark with one native search instead of testing every character.
  const find = new RegExp(QUOTE_CLASS, 'g');
  find.lastIndex = from;
  for (let hit = find.exec(text); hit !== null && hit.index < to; hit = find.exec(text)) {
    const k = hit.index;
    const ch = text[k]!;
    const prev = k > from ? text[k - 1] : undefined;
    const next = k + 1 < to ? text[k + 1] : undefined;
    const before = prev === undefined || isSpace(prev.charCodeAt(0)) || OPENING_PUNCT.has(prev) || QUOTE_CHARS.includes(prev);
    const after = next === undefined || isSpace(next.charCodeAt(0)) || CLOSING_PUNCT.has(next) || QUOTE_CHARS.includes(next);
    const canOpen = before && !after;
    const canClose = !before && after;
    switch (ch) {
      case '\u201c': marks.push({ at: k, family: 'double', role: canClose && !canOpen ? 'close' : 'open' }); break;
      case '\u201e': case '\u201f': marks.push({ at: k, family: 'double', role: 'open', low9: ch === '\u201e' }); break;
      case '\u201d': marks.push({ at: k, family: 'double', role: canOpen && !canClose ? 'either' : 'close' }); break;
      case '"': case '\u2033':
        marks.push({ at: k, family: 'double', role: canOpen ? 'open' : canClose ? 'close' : 'either' });
        break;
      case '\u00ab': marks.push({ at: k, family: 'guillemet', role: 'open' }); break;
      case '\u00bb': marks.push({ at: k, family: 'guillemet', role: canOpen ? 'either' : 'close' }); break;
      case '\u2039': marks.push({ at: k, family: 'angle', role: 'open' }); break;
      case '\u203a': marks.push({ at: k, family: 'angle', role: 'close' }); break;
      case '\u300c': case '\u300e': marks.push({ at: k, family: 'corner', role: 'open' }); break;
      case '\u300d': case '\u300f': marks.push({ at: k, family: 'corner', role: 'close' }); break;
      case '\u201a': case '\u201b': marks.push({ at: k, family: 'single', role: 'open', low9: ch === '\u201a' }); break;
      default: {
        // ' ‘ ’ ′ : quote or apostrophe.
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) break; // Putin's, rock'n'roll
        if (canOpen || (ch === '\u2018' && !canClose)) {
          if (next !== undefined && /\p{N}/u.test(next)) break; // '90s
          if (ELISIONS.has(wordAt(text, k + 1, to))) break; // rock 'n' roll
          marks.push({ at: k, family: 'single', role: 'open' });
        } else if (canClose) {
          // rock ’n’ roll: the mark after an elided "n" is part of it.
          if (ELISIONS.has(elidedWordBefore(text, k, from))) break;
          marks.push({ at: k, family: 'single', role: 'close' });
        }
      }
    }
  }
  return marks;
}

/** The word between an apostrophe and position k ("’n" → "n"), or "". */
function elidedWordBefore(text: string, k: number, from: number): string {
  let start = k;
  while (start > from && k - start < 8 && /\p{L}/u.test(text[start - 1]!)) start--;
  const mark = text[start - 1];
  return start < k && (mark === "'" || mark === '\u2019' || mark === '\u2018') ? text.slice(start, k).toLowerCase() : '';
}

function wordAt(text: string, at: number, to: number): string {
  let end = at;
  while (end < to && end - at < 8 && /\p{L}/u.test(text[end]!)) end++;
  return text.slice(at, end).toLowerCase();
}
