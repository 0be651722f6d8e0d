/**
 * A quote that no cue attributes takes its speaker from the frame right after it, whatever the
 * verb (sieves/quoteVerbFrame.ts): "“…!” beamed Dana Holt.", "“…,” Hannity started." Issue 13:
 * on PolNeAR train such quotes went to a speaker guessed from the conversation. All sentences
 * are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** [speaker name, the words of the speaker's mention] of the utterance with these words. */
function speakerOf(text: string, words: string): [string | null, string | null] | null {
  const u = analyze(text).utterances.find((x) => x.text === words);
  if (!u) return null;
  const m = u.speaker?.mention;
  return [u.speaker?.name ?? null, m ? text.slice(m.start, m.end) : null];
}

describe('the verb-and-mention frame after a quote', () => {
  test.each([
    ['Ann Lee spoke first. “This is fantastic!” beamed Dana Holt of Dayton.', 'This is fantastic!', ['Dana Holt', 'Dana Holt']],
    ['Ann Lee spoke first. “The paper is wrong today,” Tom Ashe grinned. “Really.”', 'The paper is wrong today,', ['Tom Ashe', 'Tom Ashe']],
    ['Ann Lee spoke first. “We will see,” Tom Ashe piped up, and the room laughed.', 'We will see,', ['Tom Ashe', 'Tom Ashe']],
    // The frame before the quote (quoteVerbFrameBefore): a mention opening its clause, a verb, a comma.
    ['Ann Lee spoke first. During the debate, Dana Holt cracked, “I am a builder, not a talker.”', 'I am a builder, not a talker.', ['Dana Holt', 'Dana Holt']],
  ])('%s', (text, words, expected) => {
    expect(speakerOf(text, words)).toEqual(expected);
  });

  test.each([
    // The verb has an object: the clause after the quote is no attribution frame.
    ['Ann Lee spoke first. “Stop,” Tom Ashe won the vote.', 'Stop,'],
    // The quote ends with a full stop: a new sentence follows, no frame.
    ['Ann Lee spoke first. “It is late.” Tom Ashe smiled.', 'It is late.'],
  ])('no frame: %s', (text, words) => {
    const u = analyze(text).utterances.find((x) => x.text === words);
    expect(u?.speaker?.name === 'Tom Ashe' && u.speaker.mention !== undefined).toBe(false);
  });
});
