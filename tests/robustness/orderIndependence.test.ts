import { describe, expect, test, vi } from 'vitest';

/**
 * analyze(), stanceBetween() and the tokens under them are functions of their input alone: what
 * the same process read before must not change them. wink-nlp learns every unknown word it reads
 * and its tokenizer keeps whole a word it knows, so "Quorvath’s," (kept whole before a comma) in
 * one article used to make "Quorvath’s" one token in every later one, where a fresh process
 * splits it into "Quorvath" + "’s".
 *
 * Each case reads the probe in a fresh copy of the modules (a new wink instance), then reads the
 * history and the probe again in another fresh copy, and compares.
 */
type Index = typeof import('../../src/index.js');
type Wink = typeof import('../../src/adapters/wink.js');

async function freshIndex(): Promise<Index> {
  vi.resetModules();
  return import('../../src/index.js');
}

async function freshWink(): Promise<Wink> {
  vi.resetModules();
  return import('../../src/adapters/wink.js');
}

const span = (text: string, part: string) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};

const cases: { name: string; before: string; probe: string; a: string; b: string }[] = [
  {
    name: 'curly possessives read whole before a comma',
    before: 'The plan was Quorvath’s, not Dastrup’s. Velbrin’s; Mirela Oskent’s.',
    probe: 'Quorvath’s aide said Dastrup’s budget “is a disgrace,” and Velbrin praised Mirela Oskent’s courage.',
    a: 'Velbrin',
    b: 'Mirela Oskent',
  },
  {
    name: 'straight possessives and a quoted name',
    before: "It was Harlund's, then Pekkari's. (Tovesen's) \"Brannagh's\"",
    probe: "Senator Tovesen's office said Harlund's remarks were shameful, while Pekkari's allies thanked Brannagh's team.",
    a: 'Pekkari',
    b: 'Brannagh',
  },
  {
    // wink keeps the plain words it learns (ASCII letters only): they must read as in a fresh process.
    name: 'plain unknown names read before, in every position',
    before: 'Quorvath, (Dastrup) “Velbrin” OSKENT. Mirela-Oskent said quorvath; Dastrup. Velbrin’s',
    probe: 'Quorvath said Dastrup’s plan “is a disgrace,” and OSKENT praised Velbrin, (Mirela Oskent) and quorvath.',
    a: 'Velbrin',
    b: 'Mirela Oskent',
  },
  {
    name: 'nothing unknown read before',
    before: 'The committee met on Tuesday and the vote was close.',
    probe: 'Governor Ilsabet Varn’s spokesman said the mayor “betrayed the city.”',
    a: 'Ilsabet Varn',
    b: 'the mayor',
  },
];

/**
 * wink learns a word with the category its tokenizer gave it, and a word of ASCII letters is not
 * always an ordinary word: its splitting rules read "USD", "AUD", "INR" and "GBP" inside "5USD" as
 * currency (tagged SYM), and a run of Kelvin signs is an unknown token whose lower-case form is
 * plain letters (tagged X). Neither entry may outlive the document, nor may the ordinary word's
 * entry be used for the currency of a later "5GBP".
 */
const categoryCases: { name: string; before: string; probe: string; word: string; pos: string }[] = [
  { name: 'a currency code read inside an amount, then as a name', before: 'The fee was 5USD per head.', probe: 'Traders sold the USD after the report.', word: 'USD', pos: 'PROPN' },
  { name: 'a currency code read as a name, then inside an amount', before: 'Traders sold the GBP after the report.', probe: 'The fee was 5GBP per head.', word: 'GBP', pos: 'SYM' },
  { name: 'a currency code before a comma, read in an amount before', before: 'Tickets cost 12AUD, or less.', probe: 'Dealers bought AUD, then sold it.', word: 'AUD', pos: 'PROPN' },
  { name: 'Kelvin signs (an unknown token) before the same letters', before: 'The gauge read \u212A\u212A\u212A\u212A at noon.', probe: 'The kkkk group met on Friday.', word: 'kkkk', pos: 'NOUN' },
  { name: 'an ordinary word read before', before: 'Traders sold the Zorvex after the report.', probe: 'The Zorvex fee was 5USD per head.', word: 'Zorvex', pos: 'PROPN' },
];

describe('analysis does not depend on what was read before', () => {
  test.each(categoryCases)('tokens and tags: $name', async ({ before, probe, word, pos }) => {
    const expected = (await freshWink()).readTokens(probe);
    expect(expected.tokens.find((t) => t.value === word)?.pos).toBe(pos);
    const used = await freshWink();
    used.readTokens(before);
    expect(used.readTokens(probe)).toEqual(expected);
  });

  test('analyze: a currency code read in an amount before it is criticised', async () => {
    const probe = '"USD is a disaster for our farmers," Senator Ann Price said on Monday. USD has failed us, she said.';
    const analysis = (await freshIndex()).analyze(probe);
    expect(analysis.entities.map((e) => e.name)).toContain('USD');
    expect(analysis.stances.map((s) => [s.source.name, s.target.name, s.polarity])).toEqual([
      ['Ann Price', 'USD', 'criticism'],
      ['Ann Price', 'USD', 'criticism'],
    ]);
    const used = await freshIndex();
    used.analyze('The fee was 5USD per head, the council said.');
    expect(used.analyze(probe)).toEqual(analysis);
  });

  // Fresh copies of the whole pipeline cost half a second each: two cases for analyze() suffice,
  // and one fresh copy gives both expected results, read in the other order than the used copy
  // reads them: a trace that either call leaves for the other shows as well as one of `before`.
  test.each(cases.slice(0, 2))('analyze and stanceBetween: $name', async ({ before, probe, a, b }) => {
    const fresh = await freshIndex();
    const stance = fresh.stanceBetween(probe, span(probe, a), span(probe, b));
    const analysis = fresh.analyze(probe);
    const used = await freshIndex();
    used.analyze(before);
    expect(used.analyze(probe)).toEqual(analysis);
    expect(used.stanceBetween(probe, span(probe, a), span(probe, b))).toEqual(stance);
  });

  test.each(cases)('tokens: $name', async ({ before, probe }) => {
    const expected = (await freshWink()).readTokens(probe);
    const used = await freshWink();
    used.readTokens(before);
    const got = used.readTokens(probe);
    expect(got).toEqual(expected);
    // A possessive followed by a word is two tokens, as wink reads it fresh.
    expect(got.tokens.some((t) => t.value === '’s' || t.value === "'s")).toBe(true);
  });

  test('a contraction read whole keeps its own lemma after many unknown words', async () => {
    const probe = 'They cannot, and they won’t, accept it.';
    const expected = (await freshWink()).readTokens(probe);
    expect(expected.tokens.find((t) => t.value === 'cannot')?.lemma).toBe('cannot');
    // wink's lemma of "cannot" read whole points past its lexicon, where it keeps the words it
    // learns: some 44,000 new lexemes (a capitalised word adds two) reach that position.
    const used = await freshWink();
    const letters = 'bcdfghjklmnpqrstvwxz';
    const name = (k: number) => `Zy${letters[k % 20]}${letters[Math.floor(k / 20) % 20]}${letters[Math.floor(k / 400) % 20]}${letters[Math.floor(k / 8000) % 20]}ov`;
    for (let part = 0; part < 5; part++) {
      used.readTokens(Array.from({ length: 5_000 }, (_, k) => name(part * 5_000 + k)).join(' '));
    }
    expect(used.readTokens(probe)).toEqual(expected);
  });
});
