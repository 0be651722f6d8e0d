/**
 * The prepObject check (prepObject.ts) on invented sentences: a speaker after a preposition inside
 * a subject phrase counts; the constructions whose prepositional object is itself the speaker do not.
 */
import { describe, expect, test } from 'vitest';
import { prepObjectSpeaker } from './prepObject.js';

/** The utterance of `text` whose speaker mention is the words in [brackets] and whose cue is in {braces}. */
function at(marked: string, kind = 'indirect'): [string, { mention: { start: number; end: number }; cue: { start: number; end: number }; kind: string }] {
  const text = marked.replace(/[[\]{}]/g, '');
  const plain = (i: number) => marked.slice(0, i).replace(/[[\]{}]/g, '').length;
  const ms = marked.indexOf('['), me = marked.indexOf(']'), cs = marked.indexOf('{'), ce = marked.indexOf('}');
  return [text, { mention: { start: plain(ms), end: plain(me) }, cue: { start: plain(cs), end: plain(ce) }, kind }];
}

describe('prepObjectSpeaker', () => {
  test.each([
    ['It is unclear whether the clerks in [the county offices] will {say} that the count was fair.'],
    ['In a meeting with the board of [the Harbor Gazette] Smith {said} that the treaty may change.'],
    ['The policy helps farmers, {according to a recent county survey} of [grain dealers].'],
    ['Many in [the party] are {ready} to drop the bill.'],
    // Not an absolute "with": the phrase is the object of a verb before it.
    ['The mayor met with [officials] on Monday, {saying} the bridge would close.'],
    // Not a hand-over: the turn is not the object's.
    ['I went to [Ohio] last week. Q {Mr. Mayor}, is the bridge safe?', 'turn'],
  ])('%s → counted', (marked, kind?: string) => {
    const [text, u] = at(marked, kind);
    expect(prepObjectSpeaker(text, u)).toBe(true);
  });

  test.each([
    // The absolute construction: its noun phrase speaks the participle.
    ['The port closed on Monday, with [aides] {insisting} the storm was to blame.'],
    ['With [the union] {worried} about jobs, the mayor changed course.'],
    // A recording of someone speaking.
    ['The clip shows footage of [the senator] {saying} that the bridge is safe.'],
    // A host hands the floor to the next questioner.
    ['Let me go to [Dana Reyes] of the Courier. Q {Mr. Mayor}, one question.', 'turn'],
    // The cue is the prepositional phrase itself.
    ['{In [the latest survey]}, the mayor leads by five points.'],
    // A possessor.
    ['The list of [Lee]’s {remarks} grew.'],
  ])('%s → not counted', (marked, kind?: string) => {
    const [text, u] = at(marked, kind);
    expect(prepObjectSpeaker(text, u)).toBe(false);
  });
});
