import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** The type of the entity named by `name` in the text. */
function typeOf(text: string, name: string) {
  return analyze(text).entities.find((e) => e.name === name)?.type;
}

describe('a name that ends in a trade word is a business', () => {
  test.each([
    ['Meridian Logistics said it would invest in the port.', 'Meridian Logistics', 'organization'],
    ['Harwick Therapeutics said the trial had failed.', 'Harwick Therapeutics', 'organization'],
    ['Shares of Coldwater Energy fell on Monday, the exchange said.', 'Coldwater Energy', 'organization'],
    // After a preposition of place a body's name stays a body's ("at Acme Corp.", "to Meridian Logistics").
    ['The contract went to Bluefin Consulting on Monday.', 'Bluefin Consulting', 'organization'],
    ['She spoke at Acme Corp. last year.', 'Acme Corp.', 'organization'],
    ['She flew to New Harwick on Monday.', 'New Harwick', 'place'],
    // A given name and one word more: a person's name, whatever the word.
    ['Michael Shipping said the plant would close.', 'Michael Shipping', 'person'],
    ['Grace Harbor Capital said the fund would close.', 'Grace Harbor Capital', 'organization'],
    // Not a trade word: the commonest case, a person.
    ['Orla Kestrel said the plant would close.', 'Orla Kestrel', 'person'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});
