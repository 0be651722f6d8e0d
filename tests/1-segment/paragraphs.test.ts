import { describe, expect, test } from 'vitest';
import { findParagraphs } from '../../src/1-segment/paragraphs.js';

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
