/**
 * A plural possessive before a body noun names the body, not a group of its members: "the transit
 * workers' union said" is the union speaking (src/2-entities/mention/readBodyDescription.ts,
 * `ownerAndBody`; without a determiner, readRole.ts for group nouns: "Teachers’ union …").
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const speakerOf = (text: string) => {
  const a = analyze(text);
  return a.utterances.map((u) => a.entities.find((e) => e.id === u.speaker?.entityId));
};

describe('a body owned by a plural possessive speaks as the body', () => {
  test.each([
    { text: "The transit workers' union said the fare rise would hurt night-shift staff.", speaker: "transit workers' union" },
    { text: 'The farmers’ association said the new quotas were unfair.', speaker: 'farmers’ association' },
    { text: "Teachers' union leaders met on Friday, and the nurses' federation said it would join the strike.", speaker: "nurses' federation" },
  ])('$text', ({ text, speaker }) => {
    const [first] = speakerOf(text);
    expect(first?.name).toBe(speaker);
    expect(first?.type).toBe('organization');
  });

  test('the body holds the praise it gives', () => {
    const a = analyze('The farmers’ association praised Minister Ana Ruiz for her courage.');
    const praise = a.stances.filter((s) => s.polarity === 'praise' && s.target.name === 'Ana Ruiz');
    expect(praise.map((s) => s.source.name)).toContain('farmers’ association');
  });
});

describe('a plural possessive before anything else names no body', () => {
  test.each([
    { text: "The workers' rights were ignored for years, Senator Lia Hale said.", speaker: 'Lia Hale' },
    { text: "The voters' party loyalty is fading, Professor Omar Katz said.", speaker: 'Omar Katz' },
    { text: "The leader of the dockworkers' union said the strike would go on.", not: "dockworkers' union" },
  ])('$text', ({ text, speaker, not }) => {
    const [first] = speakerOf(text);
    if (speaker) expect(first?.name).toBe(speaker);
    if (not) expect(first?.name).not.toBe(not);
    if (!not) expect(analyze(text).entities.filter((e) => e.type === 'organization').map((e) => e.name).join('|')).not.toMatch(/party|rights/);
  });
});

describe('the body is found again by "the union"', () => {
  test('one entity holds both stances', () => {
    const a = analyze("The teachers' union praised Senator Ada Vale. Later the union said she had misled parents.");
    const unions = a.entities.filter((e) => /union/.test(e.name));
    expect(unions.map((e) => e.name)).toEqual(["teachers' union"]);
    expect(a.stances.filter((s) => s.target.name === 'Ada Vale' && s.polarity !== 'neutral').map((s) => s.source.name)).toEqual(["teachers' union", "teachers' union"]);
  });
});

describe('a plural possessive inside a body’s name keeps the name whole', () => {
  test.each([
    ["In a rare statement, the Judges' Union said the minister had gone too far.", "Judges' Union"],
    ['The Dockers’ Federation called the strike off on Friday.', 'Dockers’ Federation'],
  ])('%s', (text, name) => {
    const e = analyze(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('organization');
  });

  test('a plural possessive before something else ends the name', () => {
    expect(analyze("Senator Ada Vale visited the Harlows' farm on Sunday.").entities.map((x) => x.name)).not.toContain("Harlows' farm");
  });

  test('a place’s possessive before a body’s word ends the name', () => {
    const names = analyze("Ostland's neighbours watched as the Philippines' Senate voted on Monday.").entities.map((x) => x.name);
    expect(names).toContain('Senate');
    expect(names).not.toContain("Philippines' Senate");
  });

  test('a person’s possessive before a body’s word ends the name', () => {
    const names = analyze('Lawmakers debated Senator Ada Rivers’ College Fund Act on Monday.').entities.map((x) => x.name);
    expect(names).toContain('Ada Rivers');
  });
});
