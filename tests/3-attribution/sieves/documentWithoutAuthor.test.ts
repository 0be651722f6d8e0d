/**
 * A document whose text is quoted with "read" speaks itself when the text names no author
 * ("“…,” the editorial read", "The banner read, “…”"), as it does before "said"; with an author
 * in the text, the author speaks as before. Issue 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { sourceOf } from '../../helpers.js';

describe('a document with no author in the text speaks its quoted words itself', () => {
  test.each([
    ['“He should resign,” the editorial read.', 'He should resign', 'the editorial'],
    ['The banner over the stage read, “Stop the dam.”', 'Stop the dam', 'The banner'],
    ['“The mayor has failed,” reads a new editorial in the Ledger.', 'The mayor has failed', 'a new editorial'],
  ])('%s', (text, words, mention) => {
    const s = sourceOf(text, words);
    expect(s.mention).toBe(mention);
    expect(s.type).toBe('document');
  });

  test.each([
    // An author in the text speaks through the document, as before.
    ['Acme released a statement which read, “We regret the delay.”', 'We regret the delay', 'Acme'],
    ['A letter from Dana Reyes read, “The dam must close.”', 'The dam must close', 'Dana Reyes'],
  ])('the author speaks: %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test('"read" with a person as its subject is no cue', () => {
    const a = analyze('She read the report, “Dams of Ohio,” twice.');
    expect(a.utterances.every((u) => u.speaker?.name !== 'report')).toBe(true);
  });
});
