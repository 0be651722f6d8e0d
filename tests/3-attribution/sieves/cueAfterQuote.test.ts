import { describe, expect, test } from 'vitest';
import { cueAfter, cueAfterTail } from '../../../src/3-attribution/sieves/02-cueAfterQuote.js';
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
    // A possessor before the name belongs to the source phrase.
    ['“Voters will judge the record,” Harbor Poll’s Dana M. Reyes wrote in April.', 'Dana M. Reyes'],
    ['“The vote was never close,” the council’s clerk Tom Ellis said.', 'Tom Ellis'],
    // A longer noun phrase opens right after the quote; the source is a part of it.
    ['“The levy is a mistake,” Tom Ellis and Dana Reyes wrote.', 'Dana Reyes'],
    ['“The levy is a mistake,” the Dover senator and Harbor Party candidate said in a statement.', 'Harbor Party candidate'],
    ['“The levy is a mistake,” Harbor Party organizing director Tom Ellis told Channel 6.', 'Tom Ellis'],
    // A label closing the quote before is no frame: the next quote's label still counts.
    ['“We were never asked.” ― Rosa Kim\n“The vote was rushed.” ― Tom Ellis', 'Rosa Kim'],
    // A quote that opens its sentence is no frame's: the cue after it may claim it.
    ['“We will win.” Tom Ellis said it twice.', 'Tom Ellis'],
    // A quote inside the writer's clause, then a cue with no clause of its own: the quote's cue.
    ['Mayor Lena Ortiz called the deal “a fair bargain,” Tom Ellis said.', 'Tom Ellis'],
    // A quote inside an opening participle phrase: the main clause's subject speaks it, whatever the cue reports.
    ['Citing the storm as a warning to the town and its “long winter of neglect,” Mayor Lena Ortiz urged voters to back the levy.', 'Lena Ortiz'],
    // "that" opens no clause of the cue's own, nor does the addressee of "told".
    ['Mayor Lena Ortiz called the deal “a fair bargain,” Tom Ellis said that night.', 'Tom Ellis'],
    ['Mayor Lena Ortiz called the deal “a fair bargain,” Tom Ellis said in a statement that was released on Monday.', 'Tom Ellis'],
    ['Mayor Lena Ortiz called the deal “a fair bargain,” Tom Ellis told the Tembury Herald.', 'Tom Ellis'],
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
    // A title inside a sentence, before the sentence's own subject and cue: no run of a phrase after it.
    ['On Monday’s episode of “The Harbor Hour,” the former mayor and current county judge said she would run.'],
    // A quote that ends a sentence a cue before it frames is that cue's; the next sentence's cue has its own words.
    ['The ferry company said it was “proud to serve the islands.” Dana Reyes added that fares would rise.'],
    ['According to Hal Brenner, a port economist, the deal is “fine on paper but risky.” Others warned that costs would grow.'],
    ['Mayor Lena Ortiz told the council on Monday “A veto is possible if needed.” Ortiz also said that she hoped for a compromise.'],
    // A quote inside the writer's clause, then a cue that reports a clause of its own.
    ['Even as Senator Hale claimed that “the port is safe,” one of the inspectors said the cranes were rusting.'],
    ['Mayor Lena Ortiz called the deal “a fair bargain,” Tom Ellis said that nobody agreed.'],
  ])('no cue after the quote: %s', (text) => {
    expect(after(text)).toBeNull();
  });
});

/** The source phrase the run-on reading gives the first quote of `text`, or null. */
function afterTail(text: string): string | null {
  const st = prepare(text);
  const q = st.seg.quotes[0]!;
  return words(st, cueAfterTail(st.seg, q, st.anchors, st.sources, st.speech)?.source.span);
}

describe('sieve 02: a quote that runs on, unquoted, to the cue closing its sentence', () => {
  test.each([
    ['“The bridge can wait” until the harbor is dredged, said Mayor Lena Ortiz.', 'Mayor Lena Ortiz'],
    ['“It is not likely” that the levy passes this year, said Tom Ellis, a county strategist.', 'Tom Ellis'],
    ['The vote was close. “It would settle the race” because her lead would grow, Tom Ellis said.', 'Tom Ellis'],
    ['“Nobody asked the farmers” about the new rules, the union leader said on Monday.', 'union leader'],
    // An apposition with no verb may follow the source.
    ['“It is late” for the harbor, says Tom Ellis, a media consultant with Harbor Media in Dover.', 'Tom Ellis'],
  ])('%s → %s', (text, source) => {
    expect(afterTail(text)).toContain(source.split(' ').at(-1));
  });

  test.each([
    // The quote ends its sentence: the next sentence's cue is not its.
    ['“The bridge can wait.” The harbor needs dredging, said Mayor Lena Ortiz.'],
    // The quote does not open its sentence: its lead-in is the writer's.
    ['The mayor called it “a bridge too far” for the town, Tom Ellis said.'],
    // The cue has a clause of its own after it.
    ['“The bridge can wait” until spring, Tom Ellis said, and the board agreed.'],
    // No comma closes the run-on part: the cue is the clause's own verb.
    ['“The bridge can wait” is what Tom Ellis said.'],
  ])('no run-on attribution: %s', (text) => {
    expect(afterTail(text)).toBeNull();
  });
});

describe('sieve 02: a label closing the quote before frames no later quote', () => {
  test('the second of two labelled quotes keeps its own label', () => {
    const st = prepare('“We were never asked.” ― Rosa Kim\n“The vote was rushed, and the council knew it.” ― Tom Ellis');
    const q = st.seg.quotes[1]!;
    expect(words(st, cueAfter(st.seg, q, st.anchors, st.sources, st.speech)?.source.span)).toContain('Ellis');
  });
});
