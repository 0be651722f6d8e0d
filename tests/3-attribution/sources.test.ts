import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

const said = (text: string) => analyze(text).utterances.map((u) => [u.kind, u.speaker?.name ?? null, u.text]);

describe('who speaks in recordings, quoted transcripts and participle clauses', () => {
  test.each([
    [
      'The advertisement closes with footage of Senator Maria Lopez saying, “We will not back down.”',
      'Maria Lopez',
      'We will not back down.',
    ],
    [
      'A video of Governor Tom Reyes telling supporters, “This race is ours,” spread quickly.',
      'Tom Reyes',
      'This race is ours,',
    ],
    ['The station aired a partial transcript:\n\n"BRANDT: We will win this fight."', 'Brandt', 'We will win this fight.'],
    [
      'Dana Price, star of the television series “Capitol,” thanked the governor for “standing up for our schools.”',
      'Dana Price',
      'standing up for our schools.',
    ],
  ])('%s', (text, speaker, words) => {
    expect(said(text)).toContainEqual([expect.any(String), speaker, words]);
  });

  test.each([
    ['Senator Maria Lopez spent the week before the caucuses portraying her rival as out of touch.', 'Maria Lopez'],
    ['Governor Tom Reyes was heard on a microphone telling aides that the plan would fail.', 'Tom Reyes'],
  ])('a participle takes the subject of its clause, not the phrase before it: %s', (text, speaker) => {
    const speakers = analyze(text).utterances.map((u) => u.speaker?.name);
    expect(speakers).toContain(speaker);
    expect(speakers).not.toContain('caucuses');
    expect(speakers).not.toContain('microphone');
  });

  test.each([
    ['The footage shows the crowd outside the hall.'],
    ['A transcript of the hearing was released on Friday.'],
  ])('no speech: %s', (text) => {
    expect(analyze(text).utterances).toEqual([]);
  });
});

describe('headline labels', () => {
  test.each([
    ['Lopez: Governor’s plan ‘Not Fit For Our State’\n\nThe senator spoke on Sunday.', 'Lopez'],
    ['Senator Maria Lopez: the governor must resign before the vote\n\nShe spoke on Sunday.', 'Maria Lopez'],
  ])('a name and a colon opening a line report that person: %s', (text, speaker) => {
    expect(analyze(text).utterances[0]?.speaker?.name).toBe(speaker);
  });

  test.each([['Update: The vote was delayed until Friday.'], ['Note: this story has been corrected.'], ['Washington: a city of monuments and traffic.']])(
    'an editorial label or a place before a colon is nobody: %s',
    (text) => {
      expect(analyze(text).utterances).toEqual([]);
    },
  );
});
