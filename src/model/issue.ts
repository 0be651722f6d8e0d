import { z } from 'zod';
import { Span } from './span.js';

/**
 * Something the analysis could not decide, or found wrong with the input, reported instead of guessed:
 * - `unbalanced-quote`: a quotation mark without its partner
 * - `unknown-speaker`: words attributed to nobody that can be named
 * - `ambiguous-speaker`: several candidates, none clearly the speaker (reserved: not emitted at present)
 * - `input-truncated`: only part of the input was read (reserved: not emitted at present)
 * - `not-english`: too few English function words ("the", "of", "and") for a text long enough to tell
 * - `not-text`: control characters, NUL bytes or invalid UTF-8 (U+FFFD): a binary file or another encoding
 * - `empty`: nothing but whitespace
 */
export const IssueCode = z.enum([
  'unbalanced-quote',
  'unknown-speaker',
  'ambiguous-speaker',
  'input-truncated',
  'not-english',
  'not-text',
  'empty',
]);
export type IssueCode = z.infer<typeof IssueCode>;

/** One problem found while reading a text. */
export const AnalysisIssue = z.object({
  /** What kind of problem (see {@link IssueCode}). */
  code: IssueCode.describe('What kind of problem: unbalanced-quote, unknown-speaker, ambiguous-speaker, input-truncated, not-english, not-text or empty.'),
  /** One sentence for a reader, saying what was found. */
  message: z.string().describe('One sentence for a reader, saying what was found.'),
  /** Where, in UTF-16 code units, end exclusive; absent when the problem has no place (an empty text). */
  span: Span.optional().describe('Where, in UTF-16 code units, end exclusive; absent when the problem has no place (an empty text).'),
});
/**
 * One problem found while reading a text: a code, a message and where.
 * @useDeclaredType
 */
export type AnalysisIssue = z.infer<typeof AnalysisIssue>;
