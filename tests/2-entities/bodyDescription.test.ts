/**
 * A definite description of a body ("the company", "the court") is a mention of the organisation
 * the article named before it (src/2-entities/mention/readBodyDescription.ts, resolved by
 * resolution/organisationDescription.ts), so it can be a stance target like the name.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

/** The entity the first occurrence of `phrase` at or after `from` is a mention of, or undefined. */
function entityAt(text: string, phrase: string, from = 0): string | undefined {
  const at = text.indexOf(phrase, from);
  return analyze(text).entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + phrase.length))?.name;
}

const linked: ReadonlyArray<{ text: string; phrase: string; from?: number; entity: string }> = [
  { text: 'The regulator fined Harwick Motors last week. Senator Jane Doe said the company had hidden the faults.', phrase: 'the company', entity: 'Harwick Motors' },
  { text: 'The Supreme Court of Dorland met on Monday. Jane Doe said the court had failed the country.', phrase: 'the court', entity: 'Supreme Court of Dorland' },
  { text: 'The Ministry of Water Affairs closed the dam. "The ministry lied to us," Jane Doe said.', phrase: 'The ministry', entity: 'Ministry of Water Affairs' },
  { text: 'The Green Valley Party won the seat. Jane Doe praised the party for its campaign.', phrase: 'the party', entity: 'Green Valley Party' },
];

const unlinked: ReadonlyArray<{ text: string; phrase: string; not?: string }> = [
  // No body of the kind named: the description is no one of the article.
  { text: 'Jane Doe said the court had failed the country.', phrase: 'the court' },
  // Two bodies of the kind, none named with the word: no guess.
  { text: 'Harwick Motors and Nordwind Holdings were fined. Jane Doe said the company had lied.', phrase: 'the company' },
  // A head that modifies a noun is no description of the body.
  { text: 'The regulator fined Harwick Motors last week. Jane Doe said the company cars had failed.', phrase: 'the company', not: 'Harwick Motors' },
  // Never a person, even the only one near.
  { text: 'Judge Mary Holt heard the case. Jane Doe said the court was wrong.', phrase: 'the court', not: 'Mary Holt' },
];

describe('a description of a body is a mention of the body named before', () => {
  test.each(linked)('$phrase in "$text"', ({ text, phrase, from, entity }) => {
    expect(entityAt(text, phrase, from)).toBe(entity);
  });
});

describe('a description no named body fits stays no one', () => {
  test.each(unlinked)('$phrase in "$text"', ({ text, phrase, not }) => {
    const e = entityAt(text, phrase);
    if (not) expect(e).not.toBe(not);
    else expect(e).toBeUndefined();
  });
});

describe('a body of a place', () => {
  test('a body of a place not named alone stays whole', () => {
    const text = 'The Harwick Academy of Letters gave a prize to Jane Doe.';
    expect(analyze(text).entities.map((e) => e.name)).toContain('Harwick Academy of Letters');
  });
});

describe('the body described can be a stance target', () => {
  test.each([
    { text: 'The regulator fined Harwick Motors last week. "The company is a menace and a disgrace," Senator Jane Doe said.', target: 'Harwick Motors', polarity: 'criticism' },
    { text: 'The Supreme Court of Dorland ruled on Monday. "The court was brave and wise," Jane Doe said.', target: 'Supreme Court of Dorland', polarity: 'praise' },
  ])('$text', ({ text, target, polarity }) => {
    const s = analyze(text).stances.filter((x) => x.target.name === target);
    expect(s.map((x) => x.polarity)).toContain(polarity);
  });
});

/**
 * A plural possessive before a body noun names the body, not a group of its members: "the transit
 * workers' union said" is the union speaking (src/2-entities/mention/readBodyDescription.ts,
 * `ownerAndBody`; without a determiner, readRole.ts for group nouns: "Teachers’ union …").
 */

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
