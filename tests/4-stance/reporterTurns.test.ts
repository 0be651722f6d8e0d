/**
 * A reporter's turn in a transcript ("Q  …") puts questions and the claims of others to the
 * speaker: it holds no stance, polar or neutral (src/4-stance/scoring/targets.ts, asksOnly). The
 * answers are the speaker's own and keep theirs.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const stances = (text: string) => analyze(text).stances.map((s) => `${s.source.name}>${s.target.name}:${s.polarity}`);

describe("a reporter's question turn holds no stance", () => {
  test.each([
    {
      text: 'PRESIDENT LEE:  Good morning.\n\nQ    Thank you. Senator Hale was dishonest and cruel last night. Will you answer him?\n\nPRESIDENT LEE:  Yes, Senator Hale is a good man.',
      expected: ['Lee>Hale:praise'],
    },
    {
      text: 'PRESIDENT LEE:  Good morning.\n\nQ    Mr. President, critics say Senator Hale is a corrupt liar and a coward. Do you agree?\n\nPRESIDENT LEE:  No.',
      expected: [],
    },
    {
      text: 'GOVERNOR MARA VOSS:  We are glad to be here.\n\nQ    Governor, is Mayor Ortiz a brilliant leader or a failure?\n\nGOVERNOR MARA VOSS:  Mayor Ortiz is a brilliant leader.',
      expected: ['Mara Voss>Ortiz:praise'],
    },
  ])('$text', ({ text, expected }) => {
    const found = stances(text);
    expect(found.filter((s) => s.startsWith('unnamed reporters>'))).toEqual([]);
    for (const e of expected) expect(found).toContain(e);
  });
});
