/**
 * A participle cue right after a common noun phrase that is the object of a preposition or a
 * verb: a reduced relative clause of the phrase, which is its source when it names people, a body
 * or a document (source/reducedRelative.ts). Issue 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { sourceOf } from '../../helpers.js';

describe('the phrase before the participle is its source', () => {
  test.each([
    ['The fund spent $2 million on ads attacking Mayor Hale.', 'Mayor Hale', 'ads'],
    ['The board met to read over the pages outlining the merger.', 'the merger', 'the pages'],
    ['Despite posters demanding a recount, the council certified the vote.', 'a recount', 'posters'],
    ['The mayor ignored warnings from unions demanding a recount.', 'a recount', 'unions'],
    // After "of": the phrase after it, unless the noun before "of" is a quantity or an object.
    ['After the release of a fresh survey showing his support slipping, Senator Hale stayed home.', 'his support slipping', 'a fresh survey'],
    // The same phrase opening the text or a later sentence.
    ['The release of a memo urging calm angered Hale.', 'calm', 'a memo'],
    ['Hale spoke first. The release of a memo urging calm angered him.', 'calm', 'a memo'],
    ['Lane quoted from the text of a memo urging the council to delay the vote.', 'the council to delay', 'a memo'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('the clause’s subject keeps the participle', () => {
  test.each([
    // A document its subject puts out, or speaks in: the subject's words.
    ['The union put out a statement saying the strike would go on.', 'the strike would go on', 'The union'],
    ['Lane shot back in an article stating that the port was safe.', 'the port was safe', 'Lane'],
    // An addressee after "to".
    ['Reyes sent a letter to the council urging a vote.', 'a vote', 'Reyes'],
    ['A group of nurses sent a letter to the Ostland board of governors urging a vote.', 'a vote', 'A group of nurses'],
    // A document the verb's subject puts out, behind "a series of".
    ['Governor Lane posted a series of tweets attacking Senator Hale.', 'Senator Hale', 'Governor Lane'],
    // A place or an outlet where the subject speaks.
    ['Hale was on the radio saying the port was safe.', 'the port was safe', 'Hale'],
    ['Hale appeared on the network arguing the port was safe.', 'the port was safe', 'Hale'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // A time names no one: nothing is reported from the object.
    ['Lane spent the week attacking Hale.'],
  ])('no source phrase but the subject: %s', (text) => {
    for (const u of analyze(text).utterances) expect(u.speaker?.mention ? text.slice(u.speaker.mention.start, u.speaker.mention.end) : null).not.toBe('the week');
  });
});
