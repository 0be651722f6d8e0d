import { describe, expect, test } from 'vitest';
import { findParagraphs } from '../../src/1-segment/paragraphs.js';
import { findTurns, isQuestionLabel } from '../../src/1-segment/transcript.js';

function turnsOf(text: string): { label: string; content: string }[] {
  return findTurns(text, findParagraphs(text)).map((t) => ({ label: text.slice(t.label.start, t.label.end), content: text.slice(t.content.start, t.content.end) }));
}

describe('speaker labels inside one paragraph (merged paragraphs of a scraped transcript)', () => {
  test('titles before the name, a section break, a note after the label', () => {
    const text = 'Talks in the capital\n\nThe leaders met in the palace. * * * President of Freedonia Ann Lee: Mr Prime Minister, welcome! It is good to see you. Prime Minister of Ruritania Tom Berg (interpreted): Thank you. I am glad to be here. Ann Lee: Let us begin. Tom Berg: Gladly. <…>';
    expect(turnsOf(text)).toEqual([
      { label: 'President of Freedonia Ann Lee', content: 'Mr Prime Minister, welcome! It is good to see you.' },
      { label: 'Prime Minister of Ruritania Tom Berg', content: 'Thank you. I am glad to be here.' },
      { label: 'Ann Lee', content: 'Let us begin.' },
      { label: 'Tom Berg', content: 'Gladly.' },
    ]);
  });

  test('a label after a question mark, a closing quote or a stage note; a surname label after the full name', () => {
    const text = 'Dana Ruiz: Why now? Omar Haddad: Because “the time is right.” Ruiz: And the cost? (Laughter.) Haddad: Nobody knows.';
    expect(turnsOf(text).map((t) => t.label)).toEqual(['Dana Ruiz', 'Omar Haddad', 'Ruiz', 'Haddad']);
  });

  test('an honorific does not end a sentence: "Mr. Lee:" is one label', () => {
    const text = 'MR. LEE: Good morning.\n\nQ: Is the deal done?\n\nMR. LEE: Not yet. Q: When?';
    expect(turnsOf(text)).toEqual([
      { label: 'MR. LEE', content: 'Good morning.' },
      { label: 'Q', content: 'Is the deal done?' },
      { label: 'MR. LEE', content: 'Not yet.' },
      { label: 'Q', content: 'When?' },
    ]);
  });

  test.each([
    ['a colon in prose', 'The minister said one thing: the talks would go on. The opposition said another: they would not. The vote is on Monday.'],
    ['an editor’s note and times', 'Note: This story was updated at 10:30. The meeting starts at 9:15: it will run late. Update: The meeting ended.'],
    ['headlines', 'Breaking: Senate passes the bill. Analysis: What it means. Breaking: House to vote next.'],
    ['captions and credits', 'The rally drew thousands. Photo Credit: Jane Roe. Image Source: City Archive. Photo Credit: Jane Roe.'],
    ['a list of names with colons, no one labelled twice', 'Winners were named. Best Actor: Tom Berg. Best Actress: Ann Lee. Best Film: The River.'],
    ['one label only', 'The summit ended. President of Freedonia Ann Lee: We made progress. Reporters left the hall.'],
    ['form fields', 'Name: Ann Lee Age: 41 City: Northfield. Name: Tom Berg Age: 52 City: Southport.'],
  ])('no turns: %s', (_, text) => {
    expect(turnsOf(text)).toEqual([]);
  });

  test('a heading that says what the text is opens no turn', () => {
    const text = 'Transcript: Joint briefing by Minister Ann Lee and Minister Tom Berg\n\nMinister Lee: Welcome to Northfield.\n\nMinister Berg: Thank you, Ann.\n\nMinister Lee: Shall we begin?';
    expect(turnsOf(text).map((t) => t.label)).toEqual(['Minister Lee', 'Minister Berg', 'Minister Lee']);
  });

  test('a turn still ends at the writer’s prose in the next paragraph', () => {
    const text = 'The talks began. Ann Lee: Welcome. Tom Berg: Thank you. Ann Lee: Shall we start?\n\n“It went well,” an aide said later.';
    expect(turnsOf(text).at(-1)).toEqual({ label: 'Ann Lee', content: 'Shall we start?' });
  });
});

describe('question labels', () => {
  test.each([['Q', true], ['QUESTION', true], ['Question', true], ['Reporter', true], ['Journalist', true], ['Interviewer', true], ['Interview', true], ['Q.', true], ['A', false], ['THE PRESIDENT', false], ['Quinn', false]])('%s → %s', (label, expected) => {
    expect(isQuestionLabel(label)).toBe(expected);
  });
});
