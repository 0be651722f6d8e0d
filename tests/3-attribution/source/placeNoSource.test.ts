/**
 * A town, a region or a natural feature says nothing (issue 13: no utterance whose speaker is a
 * place): when the subject of a cue is a phrase no name stands for ("dozens of nurses"), the
 * place before it in the sentence, or the town of a dateline, is not taken instead
 * (source/placeNoSource.ts, sieves/07-reportedSpeech.ts subjectBefore), nor is the town of a
 * dateline the antecedent of a pronoun (resolution/salience.ts), whatever it stands for ("WASHINGTON"
 * for the United States, "BRUSSELS" for the Union). All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('a place is no source', () => {
  test.each([
    // The subject no name stands for speaks when the reader can name it, else no one does; never the town.
    ['In Orvelle, hundreds of farmers blocked the road on Tuesday, saying the deal was unfair.', 'the deal was unfair', 'Orvelle'],
    ['ORVELLE, May 2 (Wire) — Hundreds of farmers blocked the road on Tuesday, saying the deal was unfair.', 'the deal was unfair', 'ORVELLE'],
    ['FORT MALLORY, Ost. — Dozens of nurses walked out on Monday, demanding better pay.', 'better pay', 'FORT MALLORY'],
    // A town the knowledge base knows, and one whose name it knows only as a person's.
    ['LONDON (Wire) — Dozens of nurses walked out on Monday, demanding better pay.', 'better pay', 'London'],
    ['JACKSON, Miss. (Wire) — Dozens of nurses walked out on Monday, demanding better pay.', 'better pay', 'JACKSON'],
  ])('not the place: %s', (text, words, place) => {
    const { speaker, type } = sourceOf(text, words);
    expect(speaker).not.toBe(place);
    expect(type).not.toBe('place');
  });

  test.each([
    // The person who speaks in the place is still the speaker, before or after it.
    ['In Orvelle, Senator Ann Hale told reporters the levy was reckless.', 'the levy was reckless', 'Ann Hale'],
    ['ORVELLE, May 2 (Wire) — Senator Ann Hale blocked the bill on Tuesday, saying the deal was unfair.', 'the deal was unfair', 'Ann Hale'],
    // A country speaks for its government.
    ['France warned on Friday that the levy was reckless.', 'the levy was reckless', 'France'],
  ])('%s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test.each([
    // A story that opens on a pronoun whose antecedent is in the headline: the dateline is no antecedent.
    ['WASHINGTON (Wire) — It said on Monday that the talks had stalled.', 'the talks had stalled', null],
    ['BRUSSELS (Wire) — Ministers met late into the night. It said the deal was close.', 'the deal was close', null],
    // The body named in the story still is.
    ['BRUSSELS (Wire) — The Ostland Commission met late on Monday. It said the deal was close.', 'the deal was close', 'Ostland Commission'],
    ['WASHINGTON (Wire) — Acme Corp. lost a bid on Monday. It said the ruling was unfair.', 'the ruling was unfair', 'Acme Corp.'],
  ])('a dateline is no antecedent: %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test.each([
    // Nor the body a spokesperson speaks for.
    ['BRUSSELS (Wire) — A spokesperson said the deal was close.', 'the deal was close', 'European Union'],
    ['WASHINGTON (Wire) — A spokesperson said the talks had stalled.', 'the talks had stalled', 'United States'],
  ])('a dateline is no body a voice speaks for: %s', (text, words, body) => {
    expect(sourceOf(text, words).speaker).not.toBe(body);
  });
});
