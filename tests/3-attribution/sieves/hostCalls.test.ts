import { describe, expect, test } from 'vitest';
import { findParagraphs } from '../../../src/1-segment/paragraphs.js';
import { findTurns } from '../../../src/1-segment/transcript.js';
import { callIn, questionersOf } from '../../../src/3-attribution/sieves/hostCalls.js';
import { analyze } from '../../../src/analyze.js';
import { describeUtterances } from '../../helpers.js';

/** The call that closes a host's words: the name, null for a call without one, undefined for none. */
function callOf(words: string): string | null | undefined {
  return callIn(words, { start: 0, end: words.length })?.name;
}

describe('a host calls on the next questioner', () => {
  test.each([
    ['Go ahead, Darlene.', 'Darlene'],
    ['Okay. Yes, Steve.', 'Steve'],
    ['Michael, go ahead.', 'Michael'],
    ['We have time for one more. I’ll take Maria from The Courier.', 'Maria'],
    ['That is all I have. I’m going to go to — I’m going to go to Harry Lund from the Evening Star.', 'Harry Lund'],
    ['Let’s go to Priya.', 'Priya'],
    ['Go ahead, Mr. Okafor.', 'Okafor'],
    ['Yes, Zoë.', 'Zoë'],
    ['Next question. Tom Ashe from the Morning Ledger.', 'Tom Ashe'],
    ['Okay, that is it for me. Maria with Reuters.', 'Maria'],
  ])('%s → %s', (words, name) => {
    expect(callOf(words)).toBe(name);
  });

  test.each([
    ['Go ahead.'],
    ['Yes, sir.'],
    ['Yeah, go ahead.'],
    ['Go ahead, ma’am.'],
    ['You, in the back.'],
  ])('a call without a name: %s', (words) => {
    expect(callOf(words)).toBeNull();
  });

  test.each([
    ['Thank you, Darlene.'],
    ['We will go to Brussels next week.'],
    ['I think the answer is yes.'],
    ['Go ahead and ask the governor, not me.'],
    ['Let me take a step back.'],
    ['Yes, Mr. President.'],
    ['Ann Lee of the Treasury.'],
    ['Hello from Kyiv.'],
    ['More from Reuters.'],
    ['Greetings from the White House.'],
    ['The minister from the north.'],
  ])('no call: %s', (words) => {
    expect(callOf(words)).toBeUndefined();
  });

  test('the named questioner asks until a host calls again; before any call the questioner is unnamed', () => {
    const text = [
      'Q    Good afternoon.',
      'MS. ORTEGA:  Good afternoon. Go ahead, Lena.',
      'Q    Will the governor sign the bill?',
      'MS. ORTEGA:  She will.',
      'Q    And when?',
      'MS. ORTEGA:  This week. Go ahead.',
      'Q    Is the budget balanced?',
    ].join('\n\n');
    const turns = findTurns(text, findParagraphs(text));
    expect(questionersOf(text, turns).map((q) => (q === undefined ? '-' : q.name))).toEqual([null, '-', 'Lena', '-', 'Lena', '-', null]);
  });
});

describe('question turns get their speakers', () => {
  const text = [
    'MS. ORTEGA:  Good afternoon, everyone. Go ahead, Lena.',
    'Q    Will the governor sign the bill?',
    'MS. ORTEGA:  She will. Go ahead.',
    'Q    Is the budget balanced?',
    'MS. ORTEGA:  It is.',
    'Q    And next year?',
  ].join('\n\n');

  test.each([
    ['Will the governor sign the bill?', 'Lena', 'person'],
    ['Is the budget balanced?', 'unnamed reporters', 'group'],
    ['And next year?', 'unnamed reporters', 'group'],
  ])('%s ← %s', (words, speaker, type) => {
    const a = analyze(text);
    const u = a.utterances.find((x) => x.text === words);
    expect(u, describeUtterances(text, a.utterances)).toBeDefined();
    expect(u!.kind).toBe('turn');
    expect(u!.speaker?.name).toBe(speaker);
    expect(a.entities.find((e) => e.name === speaker)?.type).toBe(type);
  });

  test('one unnamed-reporters entity for all unnamed questions', () => {
    const a = analyze(text);
    expect(a.entities.filter((e) => e.name === 'unnamed reporters')).toHaveLength(1);
  });

  test('the named questioner’s mention is the name in the call', () => {
    const a = analyze(text);
    const u = a.utterances.find((x) => x.text === 'Will the governor sign the bill?')!;
    expect(text.slice(u.speaker!.mention!.start, u.speaker!.mention!.end)).toBe('Lena');
  });
});

describe('inline labels name their speakers', () => {
  const text = 'Talks in the capital\n\nThe two leaders met on Monday. * * * President of Freedonia Ann Lee: Mr Prime Minister, welcome. We have much to discuss. Prime Minister of Ruritania Tom Berg: Thank you, Madam President. Ann Lee: Let us begin with trade. Tom Berg: Gladly.';
  test.each([
    ['Mr Prime Minister, welcome. We have much to discuss.', 'Ann Lee'],
    ['Thank you, Madam President.', 'Tom Berg'],
    ['Let us begin with trade.', 'Ann Lee'],
    ['Gladly.', 'Tom Berg'],
  ])('%s ← %s', (words, speaker) => {
    const a = analyze(text);
    const u = a.utterances.find((x) => x.text === words);
    expect(u, describeUtterances(text, a.utterances)).toBeDefined();
    expect(u!.kind).toBe('turn');
    expect(u!.speaker?.name).toBe(speaker);
  });

  test('the writer’s prose before the first label is no turn', () => {
    const a = analyze(text);
    expect(a.utterances.some((u) => u.text.includes('two leaders met'))).toBe(false);
  });
});

describe('an interviewer’s label names whoever asks', () => {
  test.each([
    ['INTERVIEWER: Why did you resign?\n\nADA VALE: Because the plan failed.\n\nINTERVIEWER: And Ostland?\n\nADA VALE: Ostland lied.'],
    ['REPORTER: Why did you resign?\n\nADA VALE: Because the plan failed.\n\nREPORTER: And Ostland?\n\nADA VALE: Ostland lied.'],
  ])('%s', (text) => {
    const speakers = analyze(text).utterances.map((u) => u.speaker?.name);
    expect(speakers).toEqual(['unnamed reporters', 'Ada Vale', 'unnamed reporters', 'Ada Vale']);
  });
});
