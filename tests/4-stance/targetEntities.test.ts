/**
 * Stance targets are the entities the entity stage resolves: "he" in a tribute is the person,
 * not the legislature typed by its shape; a hyphenated adjective, a thing or a document is
 * nobody's target (src/4-stance/scoring/targets.ts, src/2-entities/mention/nameType.ts).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { polarStances as polar } from './helpers.js';

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

describe('"it" names a thing just spoken of, not a body named in another speaker\'s sentence', () => {
  const all = (text: string) => analyze(text).stances.map((s) => `${s.source.name}>${s.target.name}`);
  test.each([
    {
      text: 'Mara Lind of Westfield College wrote, "The ruling is careless." Acme Corp. answered in a short note: "This decision leaves our clients worse off." Acme Corp. later added, "It hurts small shops most."',
      not: 'Acme Corp.>Westfield College',
    },
    { text: 'Dana Reyes spoke to the Harbor Institute on Monday. "The plan is late. It hurts the families of the valley," Paul Kern said.', not: 'Paul Kern>Harbor Institute' },
  ])('$text', ({ text, not }) => {
    expect(all(text)).not.toContain(not);
  });

  test.each([
    // No thing in between: "it" is the company.
    { text: 'Acme Corp. cut the wages of its workers again. "It cheats its workers," Mara Lind said.', expected: 'Mara Lind>Acme Corp.:criticism' },
    // "the network", a body's description, may be the body itself.
    { text: 'Orbit Media lost its licence last week after the network refused to pay. "It cheats its viewers," Mara Lind said.', expected: 'Mara Lind>Orbit Media:criticism' },
  ])('kept: $text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});
