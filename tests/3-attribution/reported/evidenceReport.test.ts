/**
 * What a poll, a survey or a study shows or finds (issue 13, read on PolNeAR train: about 190
 * attributions with such a source were missed, most after "show" or "find"). The subject is a
 * piece of evidence, also behind auxiliaries ("polls have shown"), a reduced relative ("a poll
 * conducted by the paper last week found") or a capitalised plural that wink leaves as a proper
 * noun ("Polls show"); the report is the finding after the verb, a small clause or a noun phrase
 * whole, to the end of its clause. A person who shows or finds something is no such report.
 * All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { reportOf } from '../../helpers.js';
import { analyze } from '../../../src/analyze.js';


describe('a poll or a study as the source of what it shows (reported/evidenceReport.ts)', () => {
  test.each([
    ['Polls show Vale with a big lead in the north.', 'show', 'Vale with a big lead in the north'],
    ['One poll shows Vale ten points ahead of Reyes.', 'shows', 'Vale ten points ahead of Reyes'],
    ['Several polls show Vale within two points of Reyes.', 'show', 'Vale within two points of Reyes'],
    ['The poll showed Reyes leading Vale among women, 46 percent to 44 percent.', 'showed', 'Reyes leading Vale among women, 46 percent to 44 percent'],
    ['Recent polls have shown that voters trust Reyes more.', 'shown', 'voters trust Reyes more'],
    ['A poll conducted by the Ledger last week found that Vale leads.', 'found', 'Vale leads'],
    ['The survey also found broad support for the harbor plan among farmers.', 'found', 'broad support for the harbor plan among farmers'],
    // "polling", which wink tags a verb.
    ['The newest polling shows Vale leading the race.', 'shows', 'Vale leading the race'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // A person who finds or shows something; evidence shown to people; a negated finding.
    ['Smith found the keys under the mat.', 'found'],
    ['Mayor Lena Ortiz showed the visitors around the plant.', 'showed'],
    ['The guide showed them the new wing of the museum.', 'showed'],
    ['The report showed them the door.', 'showed'],
    ['The audit did not find any missing funds.', 'find'],
  ])('%s: nothing', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('any subject of "show", "find" or "demonstrate" before "that" (cues/matchCue.ts, EVIDENCE_THAT_CONFIDENCE)', () => {
  test.each([
    ['The inspectors found that the dam had been neglected for years.', 'found', 'the dam had been neglected for years'],
    ['The long wait at the border shows that the new rules are failing.', 'shows', 'the new rules are failing'],
    ['The turnout in the valley demonstrated that farmers still trust the mayor.', 'demonstrated', 'farmers still trust the mayor'],
    ['Senator Ada Brill found that the ferry fares had doubled.', 'found', 'the ferry fares had doubled'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // No "that" after the verb: a person who shows or finds a thing; "that" as a determiner across a sentence.
    ['The inspectors found the missing ledger in a drawer.', 'found'],
    ['The guide showed the farmers into the new barn.', 'showed'],
    ['The mayor showed up late. That angered the farmers.', 'showed'],
  ])('%s: nothing', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('"show" lifted by the counted table before a noun phrase (anchors.ts, anchorComplements.json `lifted`)', () => {
  // PolNeAR reads what a holder shows as held: an attitude, an interest, a lead.
  test.each([
    ['Senator Ada Brill showed little interest in the harbor plan.', 'showed', 'little interest in the harbor plan'],
    ['Governor Hal Brenner has shown great patience with the farmers.', 'shown', 'great patience with the farmers'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // A person or a thing shown somewhere, a person shown something: no report.
    ['Mayor Lena Ortiz showed the visitors around the new plant.', 'showed'],
    ['The clerk showed the reporters out of the hall.', 'showed'],
    ['Senator Ada Brill showed them the ledger.', 'showed'],
    ['Mayor Lena Ortiz showed the visitors the new plant.', 'showed'],
  ])('%s: nothing', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('who is credited with a finding of a subject that is no poll (sieves/07-reportedSpeech.ts)', () => {
  test.each([
    // A name, a group: credited; a common noun typed a person ("a federal judge"): the report stands unsourced.
    ['Senator Ada Brill found that the ferry fares had doubled.', 'Ada Brill'],
    ['A federal judge found that the new rule broke the law.', null],
  ])('%s', (text, speaker) => {
    const u = analyze(text).utterances.find((x) => x.kind === 'indirect' && x.cue?.text === 'found');
    expect(u?.speaker?.name ?? null).toBe(speaker);
    expect(u).toBeDefined();
  });
});

describe('a recording shows what it shows (sieves/07-reportedSpeech.ts)', () => {
  // Typed a document, it is credited; typed a person (the entity stage's mistake), the finding stays,
  // unsourced, unless a cue stands in it (then that cue's report speaks for the recording).
  test('the finding stays', () => {
    expect(reportOf('A 2012 video shows the dam leaking after the storm.', 'shows')).toBe('the dam leaking after the storm');
  });
});
