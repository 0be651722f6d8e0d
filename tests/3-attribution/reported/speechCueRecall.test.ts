/**
 * Plain speech cues and the boundaries of their reports (src/3-attribution/reported/*), for the
 * misses of issue 13 classified on PolNeAR train: a trailing cue after a subject longer than its
 * mention, "say" followed by words the tagger gives no verb, a name given in quotes after a naming
 * verb, a dash or bracketed aside inside a report, a prepositional phrase that modifies an object,
 * and "according to" with an apposition or opening the sentence. Each table pairs sentences where
 * the construction fires with sentences where it must not. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** The text of the reported clause whose cue starts with `cue`, or null when that cue reports none. */
function reportOf(text: string, cue: string): string | null {
  const u = analyze(text).utterances.find((x) => x.kind === 'indirect' && x.cue !== undefined && x.cue.text.split(/\s+/)[0] === cue);
  return u ? u.text : null;
}

describe('a trailing cue after a subject phrase longer than its mention (clauseReader.ts subjectPhraseStart)', () => {
  test.each([
    ['The talks will resume next week, the news site Politico reported.', 'reported', 'The talks will resume next week'],
    ['The board will likely skip the vote, union director Ann Lee told.', 'told', 'The board will likely skip the vote'],
    ['The bridge will close for repairs in May, city engineer Tom Brandt said.', 'said', 'The bridge will close for repairs in May'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // No comma before the subject: the cue is not trailing.
    ['The new city engineer Tom Brandt said nothing.', 'said'],
    ['Costs rose, Lee said.', 'said'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('"say" reports the words after it when no clause opens there (clauseOpening.ts saidObject)', () => {
  test.each([
    ['Reyes said the ferry crews earned a raise.', 'said', 'the ferry crews earned a raise'],
    ['The mayor said their speeches, already full of references to defense, would focus on the harbor.', 'said', 'their speeches, already full of references to defense, would focus on the harbor'],
    ['The candidate says some very strange things about the harbor.', 'says', 'some very strange things about the harbor'],
    // The object ends at its comma.
    ['When the chair has said her few words, the vote can start.', 'said', 'her few words'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    ['Reyes did not say much.', 'say'],
    ['The mayor said goodbye.', 'said'],
    ['The mayor said it on Friday.', 'said'],
    // An imperative tell-verb has no subject to report for.
    ['Just tell me the bus is late!', 'tell'],
    ['The mayor said on Friday.', 'said'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('a name given in quotes after a naming verb: the thing named and its name (objectReports.ts namedAs)', () => {
  test.each([
    ['Smith called both the mayor and the governor “reckless.”', 'called', 'both the mayor and the governor “reckless.”', 'reckless.'],
    ['Lee called the senator a “loser.”', 'called', 'the senator a “loser.”', 'loser.'],
  ])('%s', (text, cue, report, quote) => {
    expect(reportOf(text, cue)).toBe(report);
    // The quoted name stays a quote of its own, a child of the report.
    const a = analyze(text);
    const q = a.utterances.find((u) => u.kind === 'partial');
    expect(q?.text).toBe(quote);
    expect(a.utterances.find((u) => u.id === q?.parentId)?.kind).toBe('indirect');
  });

  test.each([
    // No name after the object: no report.
    ['Smith called the police on Friday.', 'called'],
    ['Lee called her mother.', 'called'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('a cue set off by commas between a fronted clause and the main one reports both (aside.ts)', () => {
  test.each([
    ['Unless the city acts soon, the engineers say, the bridge will close.', 'say', 'Unless the city acts soon, the engineers say, the bridge will close'],
    ['The economy, the minister said, is growing.', 'said', 'The economy, the minister said, is growing'],
    // After a relative word the report is the relative clause.
    ['The port keeps the old boats which, the report said, no other town will buy.', 'said', 'no other town will buy'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // A predicate quoted after the aside: one report, the quote a child of it.
    ['These rulings, the lawyers said, “all point the same way” on the question.', 'said', 'These rulings, the lawyers said, “all point the same way” on the question'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
    expect(analyze(text).utterances.find((u) => u.kind === 'partial')?.text).toBe('all point the same way');
  });

  test.each([
    // Words with a verb of their own before the aside set the scene: the quote is the report.
    ['Pressed on the fares on Friday, Ortiz said, “We will see what the board does.”', 'said'],
    // An adjunct before the aside is no subject.
    ['In a long interview with the paper, Governor Tom Reed said, “We have done our part.”', 'said'],
    // A quoted sentence after the aside (capitalised) is a quote of its own.
    ['Her brother, a harbor pilot, Tom Lee wrote, “The summer was a good one for the boats.”', 'wrote'],
    // A participle set off by commas reports its quote, not the sentence before it.
    ['During a speech on Monday, Lee attacked Vale for his record, saying, “He is unfit.”', 'saying'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });

  test.each([
    // Two words before the aside set the time; the report is the clause after it.
    ['On Monday, the mayor said, the bridge will close.', 'said', 'the bridge will close'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a paired dash or a bracketed aside inside a report is read through (clauseReader.ts closedAside)', () => {
  test.each([
    ['Lee said the funds — about two million dollars — were spent on roads.', 'said', 'the funds — about two million dollars — were spent on roads'],
    ['Vale said the plan (first drafted in the spring) would cut fares.', 'said', 'the plan (first drafted in the spring) would cut fares'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // A dash that opens no closed aside still ends the report.
    ['Lee said the funds were spent on roads — a claim Vale disputed.', 'said', 'the funds were spent on roads'],
    ['Lee said the funds were spent (a claim Vale disputed.', 'said', 'the funds were spent'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a prepositional phrase that modifies the object stays in it (clauseReader.ts nounModifier)', () => {
  test.each([
    ['The senator repeated her worry about the price of bread in Ohio.', 'repeated', 'her worry about the price of bread in Ohio'],
    ['The senator criticized the rules common in the northern states.', 'criticized', 'the rules common in the northern states'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // A time after "in" is the cue's adjunct.
    ['The governor announced a new plan in March.', 'announced', 'a new plan'],
    ['The governor announced a new plan in 2019.', 'announced', 'a new plan'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('"according to" (accordingTo.ts)', () => {
  test.each([
    // Sentence-initial "According to X," is no opening participle: the report runs past a fronted adjunct.
    ['According to the survey, in a crowded primary, Lee is leading the field by ten points.', 'According', 'in a crowded primary, Lee is leading the field by ten points'],
    // An apposition to the source belongs to the aside; the predicate after it is the report's.
    ['Behind the delay, according to Ann Lee, a retired engineer, was a shortage of steel for the bridge.', 'according', 'Behind the delay, according to Ann Lee, a retired engineer, was a shortage of steel for the bridge'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // A new clause after the aside is not the report.
    ['Prices rose sharply in the spring, according to the agency, and the mayor resigned.', 'according', 'Prices rose sharply in the spring'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a tell-verb reports the clause after its addressee; an ask-verb its object and what about (clauseOpening.ts)', () => {
  test.each([
    ['Lee told them the bridge would close in May.', 'told', 'the bridge would close in May'],
    ['Lee told reporters the plan was dead.', 'told', 'the plan was dead'],
    // "her" is the one told, not the start of the clause.
    ['Lee told her the plan was dead.', 'told', 'the plan was dead'],
    ['Lee had told him the vote was lost.', 'told', 'the vote was lost'],
    ['Vale asked the governor about statements he had made the night before.', 'asked', 'the governor about statements he had made the night before'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // An addressee and a thing told, no clause.
    ['Lee told him the news.', 'told'],
    ['Lee told the board a long story.', 'told'],
    // Asked about nothing.
    ['Vale asked the governor for a meeting.', 'asked'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('a say-verb, an aside set off by commas, then its clause (clauseOpening.ts clauseAfterAside)', () => {
  test.each([
    ['Lee says, rain or shine on Sunday, she is opening the market.', 'says', 'rain or shine on Sunday, she is opening the market'],
    ['Lee said, however, the bridge would close.', 'said', 'however, the bridge would close'],
    // "that" after the aside opens the clause as before.
    ['Lee said, in a statement, that the bridge would close.', 'said', 'the bridge would close'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // No clause after the aside.
    ['Lee said, however, nothing at all.', 'said'],
    ['Lee did not say, however, the bridge would close.', 'say'],
    // ", and …" after the cue joins a new clause; it is no aside.
    ['“We did it,” Nora said, and soon, the band was playing.', 'said'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('a say-verb and a colon report the words after it, unless a quote follows (reportedClause.ts)', () => {
  test.each([
    ['The mayor said: the bridge will close in May.', 'said', 'the bridge will close in May'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // The quote after the colon is the quote's own utterance.
    ['The mayor said: “The bridge will close in May.”', 'said'],
    ['The mayor did not say: the bridge will close.', 'say'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});
