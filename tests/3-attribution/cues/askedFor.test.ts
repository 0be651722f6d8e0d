/**
 * A bare word right after "for" names what was asked for, not words said (cues/notAVerbHere.ts,
 * askedFor): "a request for comment on Friday" reports no comment about Friday. A plural, a
 * determiner or a gerund after "for" keeps its cue ("fired for saying …"). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

const reports = (text: string) => analyze(text).utterances.map((u) => `${u.cue?.text ?? ''}|${u.text}`);

describe('"for comment" is asked for, not said', () => {
  test.each([
    'Dana Pike did not respond to a request for comment on Friday.',
    'Dana Pike could not be reached for comment on the report.',
    'The firm did not reply to emails seeking comment on the deal.',
  ])('no comment reported: %s', (text) => {
    expect(reports(text).filter((r) => r.startsWith('comment|'))).toEqual([]);
  });

  test.each([
    ['Dana Pike was fired for saying that the mayor lied.', 'saying|the mayor lied'],
    ['Dana Pike was criticized for comments about the mayor.', 'comments|the mayor'],
    // "request" as the subject noun, not a verb of asking.
    ['The request said the payments were illegal.', 'said|the payments were illegal'],
  ])('kept: %s', (text, expected) => {
    expect(reports(text)).toContain(expected);
  });
});
