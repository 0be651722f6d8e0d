/**
 * The question of "ask" read past the adjuncts after it (reported/askedAbout.ts; issue 13: on
 * PolNeAR train, "asked" was the commonest strong cue whose clause nothing read). All sentences
 * are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** [text, speaker] of the report whose cue is a form of "ask", or null. */
function question(text: string): [string, string | null] | null {
  const u = analyze(text).utterances.find((x) => x.kind === 'indirect' && /^asked$/i.test(x.cue?.text ?? ''));
  return u ? [u.text, u.speaker?.name ?? null] : null;
}

describe('"asked", its adjuncts, then the question (reported/askedAbout.ts)', () => {
  test.each([
    ['Asked on Monday whether she would run again, Ortiz said she had not decided.', 'whether she would run again', null],
    // The "by" agent of an opening "asked" asks (source/passiveAgent.ts openingQuestionPassive).
    ['When asked by a journalist whether the port would close, the mayor smiled.', 'whether the port would close', 'journalist'],
    ['Asked by Tom Ashe on Friday about the strike, Ortiz declined to comment.', 'the strike', 'Tom Ashe'],
    ['Asked at a rally on Friday in Porto about the strike, Ortiz declined to comment.', 'the strike', null],
    ['Ortiz was asked by a listener why the ferry fares had doubled.', 'why the ferry fares had doubled', 'listener'],
    ['Asked later specifically what the council should do, Ortiz shrugged.', 'what the council should do', null],
  ])('%s', (text, words, speaker) => {
    expect(question(text)).toEqual([words, speaker]);
  });

  test.each([
    // No question after the adjuncts: a request, a person asked, a time alone.
    ['Ortiz asked on Monday for a recount of the ballots.'],
    ['Asked on Monday, Ortiz said nothing new.'],
    // "about" right after "Asked" sets the scene (see attribute.test.ts): no adjunct, not read here.
    ['Asked about the harbor plan, Ortiz said, “It costs too much.”'],
    ['Lee asked in vain, and the council moved on.'],
  ])('nothing: %s', (text) => {
    expect(question(text)).toBeNull();
  });
});
