import { z } from 'zod';

/** A range of UTF-16 code units in the original input: `text.slice(start, end)`, end exclusive. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/** A span together with the text it covers, for evidence that a reader can check. */
export const TextSpan = Span.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpan>;

/** Words that carried a score: the span, its text and its signed weight. */
export const Evidence = TextSpan.extend({ weight: z.number() });
export type Evidence = z.infer<typeof Evidence>;
