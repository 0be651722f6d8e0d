/**
 * A programme's or a work's name in quotation marks is no one's words (quoteRoles.ts
 * BROADCAST_VENUE and the marks of a quote opened with two apostrophes), and a report's "that"
 * clause is found past it (reported/clauseReader.ts thatAhead). Issue 13: on PolNeAR train such
 * titles were read as speech and the clause after them was lost. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** [text, kind, speaker name] of each utterance. */
function utterances(text: string): [string, string, string | null][] {
  return analyze(text).utterances.map((u) => [u.text, u.kind, u.speaker?.name ?? null]);
}

describe('a title after "on", "to" or an outlet is no quote; the clause after it is reported', () => {
  test.each([
    ['Ms. Lorne said on CBS "Morning Hour" that the mayor had misled the council.', [['the mayor had misled the council', 'indirect', 'Lorne']]],
    ["Ms. Lorne said on KBTV's ''Morning Hour'' on Friday that the mayor had misled the council.", [['the mayor had misled the council', 'indirect', 'Lorne']]],
    ['Dana Ruiz said on Sunday’s “Harbor Report” that the ferry would be sold.', [['the ferry would be sold', 'indirect', 'Dana Ruiz']]],
    // (The title opened with two apostrophes: the first one is no word before the title.)
    ["Tom Ashe told the radio program ''Night Desk'' after the vote that he regretted nothing.", [['he regretted nothing', 'indirect', 'Tom Ashe']]],
    // The sentence's full stop inside the marks, then a real quote.
    ['“We are not done,” Vera Holm said on “Evening Talk.” “The port stays open.”', [['We are not done,', 'direct', 'Vera Holm'], ['The port stays open.', 'direct', 'Vera Holm']]],
    ['Vera Holm made her case on WKLM’s “Valley Morning,” where she spoke for an hour.', []],
    ['On Channel Nine’s “Week in Review,” Vera Holm said the ferry would be sold.', [['the ferry would be sold', 'indirect', 'Vera Holm']]],
    // After a work's noun, with the full stop inside the marks.
    ['She told the story in her memoir, “Open Doors.” Tom Ashe read it twice.', []],
  ])('%s', (text, expected) => {
    expect(utterances(text)).toEqual(expected);
  });

  test.each([
    // Speech after "on" with its own cue and punctuation: still a quote.
    ['Vera Holm went on: “We Will Win.”', 'We Will Win.'],
    ['Vera Holm said on Monday, “Thank You All.”', 'Thank You All.'],
    // One title-cased word, or a sentence inside the marks, is not a programme's name.
    ['Vera Holm said on the radio: “Never.”', 'Never.'],
    ['Vera Holm said to the crowd, “Stay Home. Vote Early.”', 'Stay Home. Vote Early.'],
    // A title-cased headline: its capitalised "To" is no venue.
    ['Mayor Asks Voters To ‘Keep the Faith.’', 'Keep the Faith.'],
  ])('still a quote: %s', (text, words) => {
    expect(analyze(text).utterances.some((u) => u.text === words && (u.kind === 'direct' || u.kind === 'partial'))).toBe(true);
  });
});

describe('a title after a work noun or after "of", with the full stop inside the marks, is no quote', () => {
  // Issue 13: on PolNeAR train such titles (a song, a musical, a show someone hosts) were read
  // as partial quotes of the nearest name.
  test.each([
    ['The show aired the scene to the tune of “Quiet Harbour Nights.” Tom Ashe, a critic, called it cruel.', [['it cruel', 'indirect', 'Tom Ashe']]],
    ['Lena Moss, who stars in the medical drama, “Night Ward,” and the thriller, “Cold Pier,” spoke on Monday.', []],
    ['She wrote the musical “Lanterns.” Tom Ashe loved it.', []],
    ['Ann Vale appeared this month on Tom Reed’s show, “Sidebar.” Others stayed away.', []],
    ['Tom Ashe is the new host of “Morning with the Valley Crew.” He starts in May.', []],
    ['The evening closed with the strains of “Old River Road.” Vera Holm wept.', []],
  ])('%s', (text, expected) => {
    expect(utterances(text)).toEqual(expected);
  });

  test.each([
    // A cue earlier in the sentence: the title-cased words after "of" are what was said.
    ['Senator Hale proclaimed a future of “Peace and Plenty.”', 'Peace and Plenty.'],
    ['Senator Hale spoke of “Dark Days Ahead.”', 'Dark Days Ahead.'],
    // One word after "of" may be speech.
    ['Vera Holm made her case on WKLM’s “Valley Morning,” then spoke of “Hope.”', 'Hope.'],
    // One word after a work's noun, with a cue before it: a judgement, not a title.
    ['Senator Hale called the show “Disgraceful.”', 'Disgraceful.'],
    ['Hale said of the series, “Brilliant.”', 'Brilliant.'],
  ])('still a quote: %s', (text, words) => {
    expect(analyze(text).utterances.some((u) => u.text === words && (u.kind === 'direct' || u.kind === 'partial'))).toBe(true);
  });
});

test.each([
  ['The mayor’s plan is what Vera Holm called “Madness.”', 'Madness.'],
  ['Vera Holm gave the plan a name: “Recovery.”', 'Recovery.'],
])('one title-cased word after "called" or a colon stays a quote: %s', (text, words) => {
  expect(analyze(text).utterances.some((u) => u.text === words)).toBe(true);
});
