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
