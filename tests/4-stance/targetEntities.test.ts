/**
 * Stance targets are the entities the entity stage resolves: "he" in a tribute is the person,
 * not the legislature typed by its shape; a hyphenated adjective, a thing or a document is
 * nobody's target (src/4-stance/scoring/targets.ts, src/2-entities/mention/nameType.ts).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const polar = (text: string) => analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.source.name}>${s.target.name}:${s.polarity}`);
const targets = (text: string) => analyze(text).stances.map((s) => s.target.name);

describe('a pronoun target is the person, not a body typed by its shape', () => {
  test.each([
    { text: 'Mark Hollis, a former member of the Folk Sabha, died on Monday. Jane Doe, who sat in the Folk Sabha with him, said: "He was a kind and brilliant man."', expected: 'Jane Doe>Mark Hollis:praise', not: 'Folk Sabha' },
    { text: 'Mark Hollis spoke to the Marsh Courier on Friday. "He is a liar and a coward," Jane Doe said.', expected: 'Jane Doe>Mark Hollis:criticism', not: 'Marsh Courier' },
  ])('$text', ({ text, expected, not }) => {
    const found = polar(text);
    expect(found).toContain(expected);
    expect(found.some((s) => s.includes(`>${not}:`))).toBe(false);
  });
});

describe('no stance toward an adjective, a thing or a document', () => {
  test.each([
    { text: '"The Ruritania-based firm is corrupt and cruel," Jane Doe said.', not: /-based/ },
    { text: '"A Saudi-led force committed terrible crimes," Jane Doe said.', not: /-led/ },
    { text: '"The report is a shameful disgrace," Jane Doe said.', not: /report/ },
  ])('$text', ({ text, not }) => {
    expect(targets(text).some((t) => not.test(t))).toBe(false);
  });
});
