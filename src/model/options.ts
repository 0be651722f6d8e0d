import { z } from 'zod';
import { PlauditError, type PlauditErrorCode } from './errors.js';
import { KnowledgeEntry } from './knowledge.js';

export const DEFAULT_MAX_LENGTH = 5_000_000;

/** Options of `analyze()`; every field optional. */
export const AnalyzeOptions = z.strictObject({
  /** Article id, copied to the analysis and its stances (for corpus graphs). */
  id: z.string().optional().describe('Article id, copied to the analysis and its stances (for corpus graphs).'),
  /** Publication date, ISO 8601 (`2024-02-20`): resolves roles ("the president") by date. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?/, 'an ISO 8601 date such as 2024-02-20').optional().describe('Publication date, ISO 8601 (2024-02-20): resolves roles ("the president") by date.'),
  /** Also attribute sentences in the writer's own voice to the outlet. Default false. */
  includeWriter: z.boolean().optional().describe("Also attribute sentences in the writer's own voice to the outlet. Default false."),
  /** The outlet that wrote the article, for `includeWriter`. */
  outlet: z.string().optional().describe('The outlet that wrote the article, for includeWriter.'),
  /** Longest accepted input in UTF-16 code units. Default 5,000,000. */
  maxLength: z.number().int().positive().optional().describe('Longest accepted input in UTF-16 code units. Default 5,000,000.'),
  /** Extra knowledge-base entries, merged over the built-in ones (same id replaces). */
  knowledgeBase: z.array(KnowledgeEntry).optional().describe('Extra knowledge-base entries, merged over the built-in ones (same id replaces).'),
  /** Use only `knowledgeBase`, without the built-in entries. Default false. */
  replaceKnowledgeBase: z.boolean().optional().describe('Use only knowledgeBase, without the built-in entries. Default false.'),
});
/**
 * Options of `analyze()`; every field optional.
 * @useDeclaredType
 */
export type AnalyzeOptions = z.input<typeof AnalyzeOptions>;
export type ResolvedOptions = z.infer<typeof AnalyzeOptions> & { maxLength: number; includeWriter: boolean };

/** Parses user data with a zod schema; on failure throws one PlauditError listing every bad field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string, code: PlauditErrorCode): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => ({
    path: i.path.length ? i.path.map(String).join('.') : '(root)',
    message: i.message,
  }));
  const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new PlauditError(code, `invalid ${what}: ${list}`, problems);
}

export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return { maxLength: DEFAULT_MAX_LENGTH, includeWriter: false };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new PlauditError('invalid-options', `plaudit: options must be an object, got ${describe(options)}`);
  }
  const result = AnalyzeOptions.safeParse(options);
  // A bad knowledge base is reported as such, with every bad field.
  if (!result.success && result.error.issues.every((i) => i.path[0] === 'knowledgeBase')) {
    parseOrThrow(AnalyzeOptions, options, 'knowledge base in options.knowledgeBase', 'invalid-knowledge-base');
  }
  const parsed = parseOrThrow(AnalyzeOptions, options, 'options', 'invalid-options');
  return { ...parsed, maxLength: parsed.maxLength ?? DEFAULT_MAX_LENGTH, includeWriter: parsed.includeWriter ?? false };
}

/** A short description of a value for error messages: `a number (42)`, `null`, `an array`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  if (t === 'string') return 'a string';
  if (t === 'number' || t === 'boolean' || t === 'bigint') return `a ${t} (${String(value)})`;
  if (t === 'undefined') return 'undefined';
  return `${t === 'object' ? 'an' : 'a'} ${t}`;
}
