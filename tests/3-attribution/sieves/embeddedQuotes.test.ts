/**
 * A quote inside a quote that keeps the outer speaker (sieves/06-embeddedQuotes.ts) is named by the
 * words that name the outer quote's speaker, as the parts of a split quote share theirs (`backfill`).
 * Issue 13, PolNeAR train / dev content + source F1 68.67 / 71.51 → 68.79 / 71.63 (the scorer reads a
 * speaker by its mention, and an embedded quote without one never matched a pronoun source).
 * All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** The embedded utterance whose text is `inner`: its speaker's name and the text of its mention (null: none). */
function embedded(text: string, inner: string): { name: string | undefined; mention: string | null } | undefined {
  const u = analyze(text).utterances.find((x) => x.kind === 'embedded' && x.text === inner);
  if (!u) return undefined;
  const m = u.speaker?.mention;
  return { name: u.speaker?.name, mention: m ? text.slice(m.start, m.end) : null };
}

describe('an embedded quote of the outer speaker carries the outer mention (sieves/06-embeddedQuotes.ts)', () => {
  test.each([
    ['“When I told the board, ‘We will not sell,’ they listened,” Senator Tom Hale said.', 'We will not sell,', 'Tom Hale', 'Senator Tom Hale'],
    ['Dana Reyes spoke last. “I said, ‘Fix the bridge first,’ and they did,” she said.', 'Fix the bridge first,', 'Dana Reyes', 'she'],
  ])('%s', (text, inner, name, mention) => {
    expect(embedded(text, inner)).toEqual({ name, mention });
  });

  // (A quote whose speaker is inferred from the paragraph before has no mention: nor has the quote inside it.)
  test.each([
    ['Tom Hale spoke first.\n\n“I said, ‘Never,’ and I meant it.”', 'Never,', 'Tom Hale'],
  ])('%s: no mention', (text, inner, name) => {
    expect(embedded(text, inner)).toEqual({ name, mention: null });
  });
});
