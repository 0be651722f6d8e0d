import { describe, expect, test } from 'vitest';
import { segment } from '../../src/1-segment/segment.js';
import { analyze } from '../../src/analyze.js';
import { findParagraphs } from '../../src/1-segment/paragraphs.js';
import { findTurns } from '../../src/1-segment/transcript.js';

function turnsOf(text: string): { label: string; content: string }[] {
  return findTurns(text, findParagraphs(text)).map((t) => ({ label: text.slice(t.label.start, t.label.end), content: text.slice(t.content.start, t.content.end) }));
}

describe('transcript turns', () => {
  test('White House style: upper-case labels, a bare Q, stage notes and time stamps', () => {
    const text = [
      '2:14 P.M. EDT',
      'PRESIDENT BIDEN:  Thank you all for coming.  (Applause.)',
      'Q    Mr. President, will you sign the bill?',
      'PRESIDENT BIDEN:  (Laughter.)  Yes, I will sign it this week.',
      '(Laughter.)',
      'END 2:31 P.M. EDT',
    ].join('\n\n');
    expect(turnsOf(text)).toEqual([
      { label: 'PRESIDENT BIDEN', content: 'Thank you all for coming.' },
      { label: 'Q', content: 'Mr. President, will you sign the bill?' },
      { label: 'PRESIDENT BIDEN', content: 'Yes, I will sign it this week.' },
    ]);
  });

  test('labels with titles and colons; a turn runs over unlabelled paragraphs', () => {
    const text = 'MS. JEAN-PIERRE: Good afternoon, everyone.\n\nWe have a busy week ahead.\n\nQ: Does the president support the bill?\n\nMS. JEAN-PIERRE: He has been very clear.';
    expect(turnsOf(text)).toEqual([
      { label: 'MS. JEAN-PIERRE', content: 'Good afternoon, everyone.\n\nWe have a busy week ahead.' },
      { label: 'Q', content: 'Does the president support the bill?' },
      { label: 'MS. JEAN-PIERRE', content: 'He has been very clear.' },
    ]);
  });

  test.each([
    ['a quote the writer attributes', 'The governor left without taking more questions. “We are done here,” an aide said.'],
    ['a quote and a pronoun cue', '"That was the last question," she said after the briefing.'],
    ['a wire dateline', 'WASHINGTON (AP) — The Senate passed the bill on Friday.'],
    ['a named writer and a colon before a quote', 'In a post on Sunday, Marrow wrote: “The bill is a disgrace.”'],
    ['a name, a verb and a colon', 'Senator Okoye said: "We will block it."'],
  ])('an excerpt ends at the writer’s prose: %s', (_, prose) => {
    const text = `Q: Will you sign the bill?\n\nGOV. REYES: Yes, this week.\n\n${prose}\n\nThe vote is set for Monday.`;
    expect(turnsOf(text)).toEqual([
      { label: 'Q', content: 'Will you sign the bill?' },
      { label: 'GOV. REYES', content: 'Yes, this week.' },
    ]);
  });

  test('a turn goes on over the speaker retelling a quote', () => {
    const text = 'THE PRESIDENT: Thank you all.\n\nI called him and he told me, "We are ready," and I said great.\n\nQ: Thank you, sir.';
    expect(turnsOf(text)[0]).toEqual({ label: 'THE PRESIDENT', content: 'Thank you all.\n\nI called him and he told me, "We are ready," and I said great.' });
  });

  test('a turn goes on over the speaker retelling what someone wrote', () => {
    const text = 'Q: Did you read it?\n\nMS. LOPEZ: I did.\n\nAnd then Marrow wrote: "We are ready," which surprised me.\n\nQ: Thank you.';
    expect(turnsOf(text)[1]).toEqual({ label: 'MS. LOPEZ', content: 'I did.\n\nAnd then Marrow wrote: "We are ready," which surprised me.' });
  });

  test('between two labels, a paragraph that opens a quote after a name is still the speaker quoting', () => {
    const text = 'Q: What happened?\n\nMS. LOPEZ: It was chaos.\n\nThen Marrow said: "Sit down." Nobody did.\n\nQ: Thank you.';
    expect(turnsOf(text)[1]).toEqual({ label: 'MS. LOPEZ', content: 'It was chaos.\n\nThen Marrow said: "Sit down." Nobody did.' });
  });

  test('a turn goes on over paragraphs of speech that quote someone', () => {
    const text = 'Q: What did he tell you?\n\nMS. LOPEZ: He called me on Monday.\n\nAnd he told me that we would win.\n\nQ: Thank you.';
    expect(turnsOf(text)[1]).toEqual({ label: 'MS. LOPEZ', content: 'He called me on Monday.\n\nAnd he told me that we would win.' });
  });

  test('an interview with repeated title-case labels', () => {
    const text = 'Jane Smith: Thank you for joining us.\n\nJohn Rivera: Glad to be here.\n\nJane Smith: Let us start with the budget.';
    expect(turnsOf(text).map((t) => t.label)).toEqual(['Jane Smith', 'John Rivera', 'Jane Smith']);
  });

  test.each([
    ['a dateline', 'WASHINGTON: The Senate passed the bill on Friday.\n\nLawmakers will return in January.'],
    ['one label only', 'SENATOR WARNER: The committee will come to order.\n\nThe hearing lasted four hours.'],
    ['an editor’s note and an update', 'NOTE: This story has been updated.\n\nUPDATE: The vote was delayed.\n\nThe Senate adjourned.'],
    ['one title-case label', 'Note: The figures are preliminary.\n\nThe ministry said the deficit had narrowed.'],
    ['ordinary prose with colons', 'The plan has two parts: taxes and spending.\n\nCritics say: not enough.'],
    // A results box: its headings are capitalised words before a colon, but no heading comes back as a speaker would.
    ['a box of results', 'Results: Okafor won 54 percent of the vote.\n\nDelegates: The party will send 40 to the convention.\n\nTotal: Turnout rose to 61 percent.\n\nThe count ended at midnight.'],
  ])('not a transcript: %s', (_name, text) => {
    expect(turnsOf(text)).toEqual([]);
  });
});

describe('labels inside a quotation', () => {
  test('a label inside an open quotation is quoted text, not a turn (its utterances do not overlap)', () => {
    const text = 'ANN LEE: We will hold the line.\n\nKerr said ‹we will hold it. TOM KERR: We will hold it too.\n\n‹We hold,› Kerr said. ANN LEE: Thank you.';
    const { turns, quotes } = segment(text);
    const inQuote = quotes.find((q) => text.slice(q.start, q.end).includes('TOM KERR'));
    expect(inQuote).toBeDefined();
    expect(turns.map((t) => text.slice(t.label.start, t.label.end))).not.toContain('TOM KERR');
    const spans = analyze(text).utterances.map((u) => [u.start, u.end] as const).sort((a, b) => a[0] - b[0]);
    spans.slice(1).forEach(([start], k) => expect(start).toBeGreaterThanOrEqual(spans[k]![1]));
  });
});
