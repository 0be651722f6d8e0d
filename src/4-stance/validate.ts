import type { Span } from '../model/index.js';
import { PlauditError } from '../model/errors.js';
import { describe } from '../model/options.js';

/** Throws a PlauditError unless `text` is a string. */
export function checkText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new PlauditError('invalid-argument', `plaudit: ${fn}(text) expects text to be a string, got ${describe(text)}`);
  }
}

/** Throws a PlauditError unless `span` is a {start, end} of integers with 0 ≤ start ≤ end ≤ length. */
export function checkSpan(fn: string, name: string, span: unknown, length: number): asserts span is Span {
  const s = span as Partial<Span> | null;
  const ok =
    typeof s === 'object' &&
    s !== null &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    (s.start as number) >= 0 &&
    (s.start as number) <= (s.end as number) &&
    (s.end as number) <= length;
  if (!ok) {
    throw new PlauditError(
      'invalid-argument',
      `plaudit: ${fn}(${name}) expects ${name} to be a {start, end} span inside the text (0 ≤ start ≤ end ≤ ${length}), got ${show(span)}`,
    );
  }
}

function show(span: unknown): string {
  if (typeof span === 'object' && span !== null && !Array.isArray(span)) {
    const s = span as Record<string, unknown>;
    return `{start: ${String(s.start)}, end: ${String(s.end)}}`;
  }
  return describe(span);
}
