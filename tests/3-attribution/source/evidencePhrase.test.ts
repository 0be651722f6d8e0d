/**
 * The whole subject of a finding is its source (source/evidencePhrase.ts): "A blend of the weekly
 * surveys by the Ledger shows …" credits the blend of surveys, not the Ledger after "by", and "as
 * polls show …" credits the polls after a subordinator the tagger reads as a preposition (sieve
 * 07 uncreditedFinding). Issue 13: on PolNeAR train such findings stood unsourced. All sentences
 * are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** [report, speaker name, the words of the speaker's mention] of the report whose cue is `cue`. */
function finding(text: string, cue: string): [string, string | null, string | null] | null {
  const u = analyze(text).utterances.find((x) => x.kind === 'indirect' && x.cue?.text === cue);
  if (!u) return null;
  const m = u.speaker?.mention;
  return [u.text, u.speaker?.name ?? null, m ? text.slice(m.start, m.end) : null];
}

describe('the evidence phrase of a finding', () => {
  test.each([
    ['A blend of the weekly surveys by the Ledger shows Vale leading Reyes.', 'shows', ['Vale leading Reyes', 'blend of the weekly surveys', 'A blend of the weekly surveys by the Ledger']],
    ['The newest polling in Ohio shows Vale closing the gap.', 'shows', ['Vale closing the gap', 'newest polling', 'The newest polling in Ohio']],
    ['Exit polls taken in Ohio found that most voters backed the levy.', 'found', ['most voters backed the levy', 'Exit polls', 'Exit polls taken in Ohio']],
    ['A survey by the union in March found that most nurses want shorter shifts.', 'found', ['most nurses want shorter shifts', 'survey', 'A survey by the union']],
    // A subordinator the tagger reads as a preposition does not hide the finding's subject.
    ['The debate began as polls show Vale surging in the north.', 'show', ['Vale surging in the north', 'polls', 'polls']],
  ])('%s', (text, cue, expected) => {
    expect(finding(text, cue)).toEqual(expected);
  });

  test.each([
    // A recording: sieve 07 decides (unsourced here, as before).
    ['A video of the rally shows her waving to the crowd.', 'shows', ['her waving to the crowd', null, null]],
    // The phrase itself after a preposition: no subject of the verb; the voters find.
    ['In a poll by the Ledger, voters found the plan too costly.', 'found', ['the plan too costly', 'voters', 'voters']],
    // A person who finds: no evidence phrase.
    ['The inspector from the county found that the levee was sound.', 'found', ['the levee was sound', null, null]],
  ])('unchanged: %s', (text, cue, expected) => {
    expect(finding(text, cue)).toEqual(expected);
  });
});
