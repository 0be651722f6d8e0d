import { z } from 'zod';
import { Span } from './span.js';

/** Something the analysis could not decide, reported instead of guessed. */
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

export const AnalysisIssue = z.object({ code: IssueCode, message: z.string(), span: Span.optional() });
export type AnalysisIssue = z.infer<typeof AnalysisIssue>;
