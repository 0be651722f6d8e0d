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

describe('a name opened by a country’s own adjective or a body’s word in another language is a body', () => {
  test.each([
    ['Deutsche Kabelwerk said it would build the line.', 'Deutsche Kabelwerk', 'organization'],
    ['Svenska Malmverken and Danske Frakt said they would leave the market.', 'Svenska Malmverken', 'organization'],
    ['Banco Ferrer said the loan was safe.', 'Banco Ferrer', 'organization'],
    ['Groupe Valmont said the plant would close.', 'Groupe Valmont', 'organization'],
    // No such word: a person's name shape stays a person's.
    ['Dieter Kabel said he would build the line.', 'Dieter Kabel', 'person'],
    ['Bianca Ferrer said the loan was safe.', 'Bianca Ferrer', 'person'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  test('two such bodies named together both speak', () => {
    const [u] = analyze('Deutsche Kabelwerk and Deutsche Frachtpost said they would leave the market.').utterances;
    expect(u?.speaker?.name).toBe('Deutsche Frachtpost');
    expect(u?.coSpeakers?.map((s) => s.name)).toEqual(['Deutsche Kabelwerk']);
  });
});
