import { describe, expect, test } from 'vitest';
import { cueBefore } from '../../../src/3-attribution/sieves/03-cueBeforeQuote.js';
import { prepare, words } from './prepare.js';

/** The source phrase sieve 03 gives the last quote of `text`, or null. */
function before(text: string): string | null {
  const st = prepare(text);
  const q = st.seg.quotes.at(-1)!;
  return words(st, cueBefore(st.seg, q, st.anchors, st.sources, st.speech)?.source.span);
}

describe('sieve 03: a cue before the quote in its sentence', () => {
  test.each([
    ['Governor Hal Brenner said: “The levee will hold.”', 'Governor Hal Brenner'],
    ['Senator Paul Adeyemi told the crowd, “We will not wait.”', 'Senator Paul Adeyemi'],
    ['Mayor Lena Ortiz said the plan was “a betrayal of the valley”.', 'Mayor Lena Ortiz'],
    ['Rosa Kim, speaking on the radio: “Nobody asked the farmers.”', 'Rosa Kim'],
    // A speech noun that a naming verb names is no cue: the quote is the name given to it.
    ['Maria Jensen called the mayor’s explanation “thin”.', 'Maria Jensen'],
    ['Tom Reyes labelled the minister’s latest statement “a fairy tale”.', 'Tom Reyes'],
    // The same noun heading its own quote keeps its possessor as the source.
    ['The mayor’s explanation: “The pumps failed.”', 'The mayor'],
  ])('%s → %s', (text, source) => {
    expect(before(text)).toBe(source);
  });

  test.each([
    // The cue is in the sentence before: not this sieve's.
    ['Governor Hal Brenner spoke last. “The levee will hold.”'],
    // The cue stands in a dash aside that closes before the quote.
    ['The levee — Governor Hal Brenner said it was safe — broke on Monday with “a roar like thunder.”'],
    // No cue at all.
    ['The sign on the door read “Closed for repairs.”'],
  ])('no cue before the quote: %s', (text) => {
    expect(before(text)).toBeNull();
  });
});
