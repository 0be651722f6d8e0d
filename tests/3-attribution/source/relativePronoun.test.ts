/**
 * "Officials who said …": in a restrictive relative clause whose cue follows the pronoun, the
 * pronoun is the source phrase (the speaker's mention) and its antecedent names the speaker
 * (source/relativePronoun.ts), as for "Nora Vance, who said …". Issue 13: PolNeAR marks the
 * pronoun as the source there. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** [speaker name, the words of the speaker's mention] of the report whose cue is `cue`. */
function source(text: string, cue: string): [string | null, string | null] | null {
  const u = analyze(text).utterances.find((x) => x.kind === 'indirect' && x.cue?.text === cue);
  if (!u) return null;
  const m = u.speaker?.mention;
  return [u.speaker?.name ?? null, m ? text.slice(m.start, m.end) : null];
}

describe('the relative pronoun as the source phrase', () => {
  test.each([
    ['The senator met voters who say the bridge is unsafe.', 'say', ['voters', 'who']],
    ['Lane met officials who had repeatedly said the port would close.', 'said', ['officials', 'who']],
    // A common noun the entity stage left alone names the people (sieve 07's commonNounAntecedent).
    ['The mayor met farmers who said the levee was too low.', 'said', ['farmers', 'who']],
    ['Hale visited the nurse who had warned that the ward was full.', 'warned', ['nurse', 'who']],
    // Past a preposition, "who" still names the people of the phrase it follows.
    ['Ostland added its name to a long list of foreign leaders who have criticized the tariff.', 'criticized', ['foreign leaders', 'who']],
    ['Lane won by 60 points among the voters who said the harbour was unsafe.', 'said', ['voters', 'who']],
    // The object of another preposition, with no one named before it: "who" stands for the people it names.
    ['In Ostland she campaigned with a popular governor who had endorsed her.', 'endorsed', ['popular governor', 'who']],
    ['The levy drew fresh criticism from Democrats who said it was unfair.', 'said', ['Democratic Party', 'who']],
    // "which" after a comma: the pronoun is the source phrase, the body before it the speaker.
    ['The levy was opposed by the Ostland Treasury, which said it would cost jobs.', 'said', ['Ostland Treasury', 'which']],
  ])('%s', (text, cue, expected) => {
    expect(source(text, cue)).toEqual(expected);
  });

  test.each([
    // The cue is the main clause's verb, after the relative clause: the antecedent speaks.
    ['Many economists who favor the levy say it is fair.', 'say', ['economists', 'Many economists']],
    // A comma before "who": unchanged (source.ts), the pronoun already the source phrase.
    ['Nora Vance, who runs the ferry, said the fares would rise.', 'said', ['Nora Vance', 'Nora Vance']],
    // No relative pronoun.
    ['Officials said the port would close.', 'said', ['Officials', 'Officials']],
  ])('unchanged: %s', (text, cue, expected) => {
    expect(source(text, cue)).toEqual(expected);
  });

  test.each([
    // "that" after a preposition's object may stand for the thing before it: no one is credited.
    ['Hale read a letter from the agency that said the port was safe.', 'said', null],
    // A place before "who" is no antecedent.
    ['Hale spoke at a rally in Dayton who said the port was safe.', 'said', null],
    // Nor a programme: its callers speak, whom the sentence does not name before "who".
    ['Hale took calls from listeners to his radio program who said the port was unsafe.', 'said', null],
    // Nor the organisation after "at": "who" is the staffer's, named before it.
    ['Dana Lowe, a clerk at the Ostland Treasury who told her staff to stay silent, resigned.', 'told', null],
    // Nor a thing after a verb's preposition: a letter to a clinic, "which" the clinic's or the letter's.
    ['Hale sent a letter to the clinic which said the ward was full.', 'said', null],
  ])('no speaker: %s', (text, cue, expected) => {
    const got = source(text, cue);
    expect(got === null ? null : got[0]).toEqual(expected);
  });

});
