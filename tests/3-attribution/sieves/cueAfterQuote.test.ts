import { describe, expect, test } from 'vitest';
import { cueAfter } from '../../../src/3-attribution/sieves/02-cueAfterQuote.js';
import { prepare, words } from './prepare.js';

/** The source phrase sieve 02 gives the first quote of `text`, or null. */
function after(text: string): string | null {
  const st = prepare(text);
  const q = st.seg.quotes[0]!;
  return words(st, cueAfter(st.seg, q, st.anchors, st.sources, st.speech)?.source.span);
}

describe('sieve 02: a cue right after the quote', () => {
  test.each([
    ['“We will rebuild the bridge,” Mayor Lena Ortiz said on Tuesday.', 'Mayor Lena Ortiz'],
    ['“The budget is a disgrace,” said Senator Paul Adeyemi.', 'Senator Paul Adeyemi'],
    ['“Nobody asked the farmers,” the union leader, Rosa Kim, told reporters.', 'Rosa Kim'],
    ['“We are ready,” according to Governor Hal Brenner.', 'Governor Hal Brenner'],
  ])('%s → %s', (text, source) => {
    expect(after(text)).toContain(source.split(' ').at(-1));
  });

  test.each([
    // The cue after the sentence end opens the next quote: it is that quote's.
    ['“The talks are over.” Mayor Lena Ortiz said, “We start again Monday.”'],
    // Nothing attributes the quote.
    ['“We will rebuild the bridge.” The river rose again on Friday.'],
    // A verb stands between quote and cue: the cue is no attribution of the quote.
    ['“Fair trade” is a phrase Senator Paul Adeyemi likes, and he said so often.'],
  ])('no cue after the quote: %s', (text) => {
    expect(after(text)).toBeNull();
  });
});
