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
});
