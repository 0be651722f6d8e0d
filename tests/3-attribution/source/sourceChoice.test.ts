/**
 * Which phrase speaks (issue 13, the choice of the source mention, checked on PolNeAR train): one
 * table per mechanism of src/3-attribution/source/, each with sentences where it must not fire.
 * All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { sourceOf } from '../../helpers.js';


describe('a participle after the object of the main verb continues the main clause', () => {
  test.each([
    ['Mara Quist quickly sent a short note to the club, saying she was thrilled.', 'she was thrilled', 'Mara Quist'],
    ['Judge Tom Lund also wrote the guards knew to brace for it, saying they were ready.', 'they were ready', 'Judge Tom Lund'],
    ['Senator Ann Price questioned why the mayor had stayed away, implying that he was afraid.', 'he was afraid', 'Senator Ann Price'],
    ['Judge Tom Lund held off ruling on whether the union could speak but said the board could return later.', 'the board could return later', 'Judge Tom Lund'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // An adverbial or a relative clause goes on itself: its subject speaks the second verb.
    ['Dana Reyes quit the club after some of her fans attacked her accent and even questioned whether she was a local.', 'she was a local', 'some of her fans'],
    ['The nurses never trusted Governor Tom Reyes, because he favors the new law and opposes a raise for them.', 'a raise for them', 'he'],
  ])('not past a subordinator: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('a cue after "to": the one who controls the infinitive', () => {
  test.each([
    ['BOSTON (AP) — President Ann Lee will have a last turn at the dinner on Friday to mock her rivals.', 'her rivals', 'President Ann Lee'],
    ['DENVER, May 3 (UPI) — Fans of the band have gone online to complain about the tour.', 'the tour', 'Fans'],
    ['The new rule prompted Senator Ann Price to accuse the board of hypocrisy.', 'the board of hypocrisy', 'Senator Ann Price'],
    ['The closed session led the delegates to say that the vote was rigged.', 'the vote was rigged', 'the delegates'],
    // People the entity stage left unmarked, as the verb's object: a quantifier, a plural noun.
    ['The sudden closure of the ferry led some to guess that the mayor would resign.', 'the mayor would resign', 'some'],
    ['The verdict of the harbour court caused many to ask whether the port will close.', 'whether the port will close', 'many'],
    ['The new app allows users to tell friends that they are safe.', 'they are safe', 'users'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // A place or a body after a preposition does not control; nor does a copula make its subject speak.
    ['The mayor spoke at a meeting of the Harbor Council to discuss the levy.', 'the levy', 'Harbor Council'],
    ['The governor said the unions and the press are to blame for the delay.', 'for the delay', 'the unions'],
    ['The ministry published its figures. It is hard to say what they mean, she said.', 'what they mean', 'It'],
    // A thing as the object is no controller, nor a singular noun, nor the object of "promise".
    ['Hale gave the clerks a chance to say that the port was safe.', 'the port was safe', 'chance'],
    ['The mayor promised voters to explain that the port was safe.', 'the port was safe', 'voters'],
    // A verb that controls no object: the object only names where or with what.
    ['Senator Lee toured factories to announce that she would run again.', 'she would run again', 'factories'],
    ['Senator Lee used tweets to claim that the vote was rigged.', 'the vote was rigged', 'tweets'],
  ])('not: %s', (text, words, wrong) => {
    const a = analyze(text);
    const u = a.utterances.find((x) => x.text.includes(words));
    const m = u?.speaker?.mention;
    expect(m ? text.slice(m.start, m.end) : '').not.toContain(wrong);
  });
});

describe('after "according to": a phrase with an adverb or a conjunction among its modifiers', () => {
  test.each([
    ['The levy leads by three points, according to a new Harbor Institute poll.', 'The levy leads', 'a new Harbor Institute poll'],
    ['The town had two fires in 2019, according to the most recent data.', 'The town had two fires', 'the most recent data'],
    ['The mayor needs a big win, according to local and national pollsters.', 'The mayor needs', 'national pollsters'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // The phrase still ends where the noun phrase does.
    ['The levy leads, according to analysts, and quickly gains ground.', 'The levy leads', 'analysts'],
  ])('not past the phrase: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('an opening participle: the subject of the main clause, past a relative clause', () => {
  test.each([
    ['After thanking the crowd, which chanted her name, Senator Ann Price touted her record.', 'the crowd', 'Senator Ann Price'],
    ['In addition to arguing that the fee was unfair, Senator Ann Price vowed to repeal it.', 'the fee was unfair', 'Senator Ann Price'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    ['After the crowd, which chanted her name, had left, Senator Ann Price said the race was close.', 'the race was close', 'Senator Ann Price'],
  ])('the cue of the main clause keeps its subject: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('a sentence that starts after a paragraph break reads as one that starts the text', () => {
  // (A sentence's first token may be the space before it; that space is no word of the sentence.)
  const paragraph = 'The council met on Monday.\n\n';
  test.each([
    ['Promising that the bridge would reopen by spring, Mayor Ann Lee said the repairs were on schedule.', 'the bridge would reopen by spring', 'Mayor Ann Lee'],
    ['Having argued that the tax was unfair, Senator Tom Reyes voted against the budget.', 'the tax was unfair', 'Senator Tom Reyes'],
    ['When the vote was called, Senator Ann Price walked out, saying the count was rigged.', 'the count was rigged', 'Senator Ann Price'],
    ['Said Dana Holt, the union leader: “We will strike.”', 'We will strike.', 'Dana Holt'],
  ])('%s', (sentence, words, mention) => {
    const alone = sourceOf(sentence, words).mention;
    expect(sourceOf(paragraph + sentence, words).mention).toBe(mention);
    expect(alone).toBe(mention);
  });

  test.each([
    // A sentence that starts with a subject keeps it.
    ['Rising costs, the mayor said, would delay the bridge.', 'Rising'],
  ])('nothing new: %s', (sentence, wrong) => {
    const speakers = analyze(paragraph + sentence).utterances.map((u) => u.speaker?.name ?? '');
    expect(speakers.some((s) => s.includes(wrong))).toBe(false);
  });
});

describe('the possessor of a noun cue, past the adjectives that modify it (source/possessor.ts)', () => {
  test.each([
    ['Senator Ann Lee’s early pledge to cut taxes was soon forgotten.', 'to cut taxes', 'Senator Ann Lee'],
    ['Mayor Tom Reyes’s latest and boldest claim that crime was falling drew scrutiny.', 'crime was falling', 'Mayor Tom Reyes'],
    ['Senator Ann Lee spoke first. Her calm assurances that the bridge was safe fell apart.', 'the bridge was safe', 'Her'],
    // A common noun phrase the entity stage leaves unmarked, with "'s" or a plural's bare apostrophe.
    ['Prices held steady, defying grain traders’ warnings that they would climb.', 'they would climb', 'grain traders'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // No possessor: an article and adjectives before the noun name no one.
    ['The old promise to fix the roads was broken.', 'to fix the roads'],
    ['A bold new claim that the dam would hold was made.', 'the dam would hold'],
    // A time before "'s" owns nothing.
    ['Last year’s claim that the dam would hold was wrong.', 'the dam would hold'],
    ['Monday’s warning that the dam would fail went unheeded.', 'the dam would fail'],
  ])('no possessor: %s', (text, words) => {
    const u = analyze(text).utterances.find((x) => x.text.includes(words));
    expect(u?.speaker ?? null).toBeNull();
  });
});

describe('a second participle takes the source of the first, the subject of their clause (source/inherited.ts)', () => {
  test.each([
    ['WASHINGTON — Senator Ann Vale on Friday visited the port, thanking the crews and accusing the mayor of neglect.', 'the mayor of neglect', 'Senator Ann Vale'],
    ['DAYTON — Governor Tom Reyes spent the day in the north, praising the crews and urging voters to stay calm.', 'voters to stay calm', 'Governor Tom Reyes'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // The dateline is a place, never the speaker.
    ['WASHINGTON — Senator Ann Vale on Friday visited the port, thanking the crews and accusing the mayor of neglect.', 'WASHINGTON'],
  ])('no dateline speaker: %s', (text, wrong) => {
    const mentions = analyze(text).utterances.map((u) => (u.speaker?.mention ? text.slice(u.speaker.mention.start, u.speaker.mention.end) : ''));
    expect(mentions).not.toContain(wrong);
  });
});
