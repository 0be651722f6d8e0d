import { describe, expect, test } from 'vitest';
import { directQuotes } from '../../../src/3-attribution/directQuotes.js';
import { transcriptTurns } from '../../../src/3-attribution/sieves/01-transcriptTurns.js';
import { prepare } from './prepare.js';

/** Runs sieves 01–05 and gives, for each quote, its kind, the name of its speaker (null when none) and the words of its speaker mention. */
function speakers(text: string): [string, string | null, string | null][] {
  const st = prepare(text);
  transcriptTurns(st);
  directQuotes(st);
  return st.drafts
    .filter((d) => d.quote !== undefined)
    .map((d) => [d.kind, d.speaker >= 0 ? st.ents.entities[d.speaker]!.name : null, d.mention ? text.slice(d.mention.start, d.mention.end) : null]);
}

describe('a partial quote (or one after a comma) no cue claims: the subject of its sentence uses the words', () => {
  test.each([
    ['Governor Hal Brenner ended his speech with “a budget that is lean but not mean.”', 'Hal Brenner', 'Governor Hal Brenner'],
    ['The Riverside Tenants Union gave the new landlord the title of “the worst in the county.”', 'Riverside Tenants Union', 'Riverside Tenants Union'],
    ['Dana Whitlock ended the evening with “a cleaner harbor by spring for all of us.”', 'Dana Whitlock', 'Dana Whitlock'],
    // A pronoun subject names its referent; the mention is the pronoun. An opening phrase is no clause.
    ['Mara Quist won the seat in May. After the vote, she ended the evening with “a cleaner harbor by spring for all of us.”', 'Mara Quist', 'she'],
  ])('%s', (text, name, mention) => {
    expect(speakers(text)).toEqual([['partial', name, mention]]);
  });

  // A quote after a comma or a colon inside the writer's sentence reads the same way (midSentence).
  test('a quote after a comma in the writer\'s sentence', () => {
    expect(speakers('Mayor Ines Harwick ended her speech with a warning to the council, “Nobody leaves this room until the budget is done.”')).toEqual([['direct', 'Ines Harwick', 'Mayor Ines Harwick']]);
    expect(speakers('The ferry stopped running on Monday, “Nobody knows when it will come back.”')).toEqual([['direct', null, null]]);
  });

  test.each([
    // No person before the quote.
    ['The evening ended with “a cleaner harbor by spring for all of us.”'],
    // A subject inside a subordinate clause is not the sentence's.
    ['When Dana Whitlock arrived, the crowd wore shirts with “a cleaner harbor by spring” on them.'],
    ['The trouble was that Dana Whitlock ended the evening with “a cleaner harbor by spring for all of us.”'],
    // ("whether" opens a clause even where the tagger reads a preposition.)
    ['It is unclear whether Dana Whitlock ended the evening with “a cleaner harbor by spring for all of us.”'],
    // After a label, the label's words (sieve 10); the writer's "I" is left alone.
    ['Quist: Brenner needs to stop “all of this talk about the old harbor” now.'],
    ['I ended the evening with “a cleaner harbor by spring for all of us.”'],
    // A place uses no words.
    ['Ohio ended the season with “a team that nobody will forget soon.”'],
  ])('no subject gives the speaker: %s', (text) => {
    expect(speakers(text).map(([, , mention]) => mention)).toEqual([null]);
  });

  test.each([
    // A cue claims the quote first.
    ['Senator Mara Quist said the toll was “a gift to landlords and nobody else.”', 'Mara Quist', 'Senator Mara Quist'],
    ['The board met on Monday. “We will not raise the fares this year,” Ana Ruiz said.', 'Ana Ruiz', 'Ana Ruiz'],
  ])('unchanged: %s', (text, name, mention) => {
    expect(speakers(text)[0]!.slice(1)).toEqual([name, mention]);
  });
});
