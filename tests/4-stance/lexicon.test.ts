import { describe, expect, test } from 'vitest';
import { afinnLexicon } from '../../src/adapters/sentiment.js';
import { readTokens } from '../../src/adapters/wink.js';
import { lexiconHits } from '../../src/4-stance/lexicon.js';

const hits = (text: string) => {
  const doc = readTokens(text);
  return lexiconHits(doc.tokens, 0, doc.tokens.length).map((h) => ({
    text: text.slice(doc.tokens[h.first]!.start, doc.tokens[h.last - 1]!.end),
    sign: Math.sign(h.weight),
    kind: h.kind,
  }));
};

describe('lexicon', () => {
  test('AFINN is handed out as a copy', () => {
    const a = afinnLexicon();
    const before = a.get('bad');
    a.set('bad', 5);
    a.delete('good');
    expect(afinnLexicon().get('bad')).toBe(before);
    expect(afinnLexicon().has('good')).toBe(true);
  });

  test.each([
    ['The senator slammed the decision.', 'slammed', -1, 'verb'],
    ['Critics lambasted the minister.', 'lambasted', -1, 'verb'],
    ['She lauded the volunteers.', 'lauded', 1, 'verb'],
    ['He congratulated the winner.', 'congratulated', 1, 'verb'],
    ['He is a strongman.', 'strongman', -1, 'eval'],
    ['She is a puppet of Moscow.', 'puppet', -1, 'eval'],
    ['That was a big mistake.', 'a big mistake', -1, 'phrase'],
    ['He is my best friend.', 'best friend', 1, 'phrase'],
    ['He isn’t a fan of the deal.', 'isn’t a fan of', -1, 'phrase'],
    // (The second word read with a typographic apostrophe, "n’t" for the lexicon's "n't".)
    ['I can’t stand the new rules.', 'can’t stand', -1, 'phrase'],
    ['She is a well educated woman.', 'well educated', 1, 'phrase'],
  ] as const)('%s', (text, word, sign, kind) => {
    expect(hits(text)).toContainEqual({ text: word, sign, kind });
  });

  // A phrase matches all its words, the straight apostrophe of the lexicon as a curly one of the text.
  test.each([
    ['He isn’t a fan.', 'isn’t'],
    ['He is a fan of the deal.', 'is'],
    ['That was a big step.', 'a'],
    // (Words that open many phrases, before a word that opens none of theirs, or at the end.)
    ['The talks went well on Monday.', 'well'],
    ['She said it went well.', 'well'],
    ['Prices stayed high for all of the year.', 'high'],
  ])('no phrase in %s from %j', (text, first) => {
    expect(hits(text).filter((h) => h.kind === 'phrase' && h.text.startsWith(`${first} `))).toEqual([]);
  });

  test.each([
    ['They will back the bill on Monday.', 'back'],
    ['The attack killed ten people.', 'attack'],
    ['He did not criticise the plan.', 'criticise'],
    ['The leaders met in Geneva.', 'met'],
  ])('no stance verb in %s', (text, word) => {
    expect(hits(text).filter((h) => h.text === word && h.kind === 'verb')).toEqual([]);
  });

  // "lay" and "lain" are never forms of "lie" (tell an untruth), whatever the lemmatiser says.
  test.each([
    ['She will lay out the budget of the election.', 'lay'],
    ['The papers had lain in a drawer for years.', 'lain'],
    ['He lay awake all night.', 'lay'],
  ])('no lie in %s', (text, word) => {
    expect(hits(text).filter((h) => h.text === word)).toEqual([]);
  });

  test.each([
    ['He lied to the committee.', 'lied'],
    ['They lie to the voters.', 'lie'],
  ])('a lie in %s', (text, word) => {
    expect(hits(text).filter((h) => h.text === word && h.sign === -1)).not.toEqual([]);
  });

  // A phrase of function words and news-neutral words judges no one ("did in" once scored -5).
  test.each([
    ['What the mayor did in Springfield was his own choice.', 'did in'],
    ['They met in order to settle the dispute.', 'in order'],
    ['The commander in chief spoke on Monday.', 'in chief'],
    ['We can do this together.', 'can do'],
  ])('no phrase in %s', (text, phrase) => {
    expect(hits(text).filter((h) => h.text === phrase)).toEqual([]);
  });

  test('a phrase with a negator is kept', () => {
    expect(hits('I do not like the plan.').some((h) => h.sign === -1)).toBe(true);
  });
});
