/**
 * A quote that runs over paragraphs (no closing mark before the next paragraph's opening one) is
 * one attribution: the part with the cue lends its source phrase to the other parts, both ways,
 * as a floating quote takes the phrase of the quote before it. Issue 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

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
