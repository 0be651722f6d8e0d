import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

const speakerOf = (text: string) => analyze(text).utterances.at(-1)?.speaker?.name ?? null;

describe('a title resolves first to the person of the article who holds it', () => {
  test.each([
    ['Prime Minister of Hungary Anna Kovacs opened the talks on Monday. Boris Johnson was not invited. “We agree on the main points,” said the Prime Minister.', 'Anna Kovacs'],
    ['Prime Minister of Freedonia Ann Lee opened the talks on Monday. She met Boris Johnson. “We agree on the main points,” said the Prime Minister.', 'Ann Lee'],
    ['Freedonian Prime Minister Ann Lee arrived late. Boris Johnson spoke first. “We are ready,” the Prime Minister said.', 'Ann Lee'],
    ['Prime Minister of Japan Kenji Sato met Prime Minister of Freedonia Ann Lee. “We will see,” said the Japanese Prime Minister.', 'Kenji Sato'],
  ])('%s → %s', (text, name) => {
    expect(speakerOf(text)).toBe(name);
  });

  test.each([
    ['Prime Minister of Freedonia Ann Lee opened the talks.', 'Ann Lee', 'Prime Minister of Freedonia'],
    ['President of Ruritania Piotr Nowak arrived on Monday.', 'Piotr Nowak', 'President of Ruritania'],
  ])('the title and its country are not part of the name: %s', (text, name, title) => {
    const names = analyze(text).entities.map((e) => e.name);
    expect(names).toContain(name);
    expect(names.some((n) => n.includes(title))).toBe(false);
  });

  test.each([
    ['The Bank of England said rates would rise.', 'Bank of England'],
    ['Jane Daskal, a law professor and contributor to Slate, wrote, “a single country can act.”', 'Slate'],
  ])('a body keeps its name and is no place: %s', (text, name) => {
    const e = analyze(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('organization');
  });
});
