import { describe, expect, test } from 'vitest';
import { reportedSpeech } from '../../../src/3-attribution/sieves/07-reportedSpeech.js';
import { reportedClause } from '../../../src/3-attribution/reported/reportedClause.js';
import { prepare, words } from './prepare.js';

/** The reported clause of the cue whose first word is `cue`, read with the source `findSource` gave it. */
function clause(text: string, cue: string): string | null {
  const st = prepare(text);
  const ai = st.anchors.findIndex((a) => st.tokens[a.first]!.lower === cue);
  const a = st.anchors[ai]!;
  const source = st.sources[ai];
  if (!source) return 'no source';
  return words(st, reportedClause(st.seg, a, source, st.anchors, st.speech));
}

/** The indirect reports sieve 07 makes on a text with no quotes: [source phrase, words]. */
function reports(text: string): [string | null, string | null][] {
  const st = prepare(text);
  reportedSpeech(st);
  return st.drafts.filter((d) => d.kind === 'indirect').map((d) => [words(st, d.mention), words(st, d)]);
}

describe('reported clauses by construction', () => {
  test.each([
    // clause-opening.ts: "that", an addressee, a bare clause
    ['Mayor Lena Ortiz said that the bridge would reopen in May.', 'said', 'the bridge would reopen in May'],
    ['Governor Hal Brenner told reporters that the levee would hold.', 'told', 'the levee would hold'],
    ['Senator Paul Adeyemi said the budget was a disgrace.', 'said', 'the budget was a disgrace'],
    // clause-opening.ts: asked whether
    ['Rosa Kim asked the minister whether the farms would be paid.', 'asked', 'whether the farms would be paid'],
    // according-to.ts: the report before and after the aside
    ['The bridge will reopen in May, according to Mayor Lena Ortiz.', 'according', 'The bridge will reopen in May'],
    ['According to Mayor Lena Ortiz, the bridge will reopen in May.', 'according', 'the bridge will reopen in May'],
    // a trailing cue reports what came before it
    ['The levee will hold, Governor Hal Brenner said on Friday.', 'said', 'The levee will hold'],
    // object-reports.ts: a verb whose object is the report
    ['Senator Paul Adeyemi criticized the new farm subsidies.', 'criticized', 'the new farm subsidies'],
    // pro-form.ts: "said so"
    ['Most of the farmers said so.', 'said', 'so'],
    // declined-comment.ts
    ['A spokesman for the governor declined to comment on the report.', 'declined', 'to comment on the report'],
  ])('%s (%s) → %s', (text, cue, expected) => {
    expect(clause(text, cue)).toBe(expected);
  });

  test.each([
    // A cue that reports nothing: its object is no speech.
    ['Mayor Lena Ortiz said goodbye.', 'said'],
    // "a cue of perception" with no clause.
    ['Senator Paul Adeyemi told nobody.', 'told'],
  ])('no reported clause: %s (%s)', (text, cue) => {
    expect(clause(text, cue)).toBeNull();
  });
});

describe('sieve 07: reported speech', () => {
  test('each cue with a source reports its clause', () => {
    expect(reports('Mayor Lena Ortiz said the bridge would reopen in May, and Governor Hal Brenner said the levee would hold.')).toEqual([
      ['Mayor Lena Ortiz', 'the bridge would reopen in May'],
      ['Governor Hal Brenner', 'the levee would hold'],
    ]);
  });
  test.each([
    ['The bridge will reopen in May.'],
    ['Voters who said they were undecided made up a fifth of the sample.'],
    ['The river rose and the farms flooded.'],
  ])('no report: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });
});
