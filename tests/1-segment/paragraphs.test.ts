import { describe, expect, test } from 'vitest';
import { findParagraphs } from '../../src/1-segment/paragraphs.js';
import { segment } from '../../src/1-segment/segment.js';
import { analyze } from '../../src/analyze.js';

const texts = (text: string) => findParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('paragraphs', () => {
  test.each([
    ['one per line', 'The Senate met.\nThe House adjourned.', ['The Senate met.', 'The House adjourned.']],
    ['blank-line separated, lines joined', 'The Senate met\non Monday.\n\nThe House adjourned.', ['The Senate met\non Monday.', 'The House adjourned.']],
    ['CRLF line ends', 'The Senate met.\r\n\r\nThe House adjourned.\r\n', ['The Senate met.', 'The House adjourned.']],
    ['surrounding spaces trimmed', '   The Senate met.   \n\n\t The House adjourned. ', ['The Senate met.', 'The House adjourned.']],
    ['non-breaking and thin spaces trimmed', '\u00a0The Senate met.\u2009', ['The Senate met.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test.each([[''], ['   '], ['\n\n\n'], ['\r\n\t \u00a0']])('no paragraphs in blank text %j', (text) => {
    expect(findParagraphs(text)).toEqual([]);
  });
});

describe('no sentence runs across a paragraph break (paragraphSentences.ts)', () => {
  // (A sentence keeps the white space after it, as wink reads it.)
  const sentences = (text: string) => segment(text).doc.sentences.map((s) => text.slice(s.start, s.end).trim());
  test.each([
    ['CRLF blank line', 'Mayor vetoes bus plan\r\n\r\nThe mayor signed the veto on Monday.'],
    ['blank line holding spaces', 'Mayor vetoes bus plan\n  \nThe mayor signed the veto on Monday.'],
    ['three line feeds', 'Mayor vetoes bus plan\n\n\nThe mayor signed the veto on Monday.'],
    ['the usual blank line', 'Mayor vetoes bus plan\n\nThe mayor signed the veto on Monday.'],
  ])('%s: the headline is a sentence of its own', (_name, text) => {
    expect(sentences(text)).toEqual(['Mayor vetoes bus plan', 'The mayor signed the veto on Monday.']);
  });

  test.each([
    ['a line broken inside a paragraph', 'The mayor signed\nthe veto on Monday.\n\nThe council objected.', ['The mayor signed\nthe veto on Monday.', 'The council objected.']],
    // No blank line anywhere: the lines may be hard-wrapped, so a single line feed cuts nothing.
    ['hard-wrapped lines', 'The finance minister, Ann Lee, said on Tuesday that the\nBudget Office would cut its forecast.', ['The finance minister, Ann Lee, said on Tuesday that the\nBudget Office would cut its forecast.']],
    ['two sentences in one paragraph', 'The mayor signed the veto. The council objected.', ['The mayor signed the veto.', 'The council objected.']],
  ])('%s: sentences as wink reads them', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('tokens carry the index of their sentence', () => {
    const { doc } = segment('Mayor vetoes bus plan\r\n\r\nThe mayor signed the veto.\r\n\r\nThe council objected.');
    doc.sentences.forEach((s, n) => {
      for (let k = s.first; k < s.last; k++) expect(doc.tokens[k]!.sentence).toBe(n);
    });
    expect(doc.sentences).toHaveLength(3);
  });

  test.each([
    'Council rejects stadium plan\r\n\r\nThe council met on Monday.',
    'Council rejects stadium plan\n \nThe council met on Monday.',
  ])('a report read from a headline stops at the headline: %j', (text) => {
    const contents = analyze(text).utterances.map((u) => u.text);
    expect(contents.filter((c) => /[\r\n]|\s$/.test(c))).toEqual([]);
  });
});
