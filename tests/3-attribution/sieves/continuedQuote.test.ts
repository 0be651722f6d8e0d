/**
 * A quote that runs over paragraphs (no closing mark before the next paragraph's opening one) is
 * one attribution: the part with the cue lends its source phrase to the other parts, both ways,
 * as a floating quote takes the phrase of the quote before it. Issue 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';
import { analyze } from '../../../src/analyze.js';

describe('the parts of a quote that runs over paragraphs share the source phrase', () => {
  test.each([
    // The cue after the last part names the speaker of the earlier part too.
    ['“We checked the dam twice.\n\n“We will keep checking it every week,” Mayor Ann Lowe said.', 'We checked the dam twice', 'Mayor Ann Lowe'],
    ['“We checked the dam twice.\n\n“We will keep checking it every week,” said a city engineer.', 'We checked the dam twice', 'a city engineer'],
    // The cue on the first part names the speaker of the later part.
    ['“The dam is safe,” said Mayor Ann Lowe. “We checked it twice.\n\n“We will keep checking it every week.”', 'We will keep checking', 'Mayor Ann Lowe'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // Two closed quotes in two paragraphs with their own cues keep their own phrases.
    ['“We checked the dam twice,” Mayor Ann Lowe said.\n\n“It leaks,” said a city engineer.', 'It leaks', 'a city engineer'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

/**
 * A quote inside a quote that keeps the outer speaker (sieves/06-embeddedQuotes.ts) is named by the
 * words that name the outer quote's speaker, as the parts of a split quote share theirs (`backfill`).
 * Issue 13, PolNeAR train / dev content + source F1 68.67 / 71.51 → 68.79 / 71.63 (the scorer reads a
 * speaker by its mention, and an embedded quote without one never matched a pronoun source).
 * All sentences are invented.
 */

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
