import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** The speaker of the utterance whose text contains `words`. */
const speakerOf = (text: string, words: string) => analyze(text).utterances.find((u) => u.text.includes(words))?.speaker?.name ?? null;

describe('a definite voice or unnamed source takes up the one introduced before', () => {
  test.each([
    ['Mara Quill spoke in Dunmere. A government spokesperson rejected the charge. The spokesperson said the pension plan was sound.', 'the pension plan was sound', 'government spokesperson'],
    ['Tom Hale lost the vote on Friday. A senior aide said the team was tired. The aide added that the campaign would go on.', 'the campaign would go on', 'senior aide'],
    ['Governor Ann Lisle toured the port. The ferries were late, a source said. The source added that the captain had quit.', 'the captain had quit', 'source'],
    // Not the body named last: the spokesperson still speaks for the Commission.
    ['A European Commission spokesperson said the rules were clear and the EU would act. The spokesperson declined to say whether the funds would be frozen.', 'whether the funds', 'European Commission'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  test.each([
    // A voice whose body is named speaks for that body, not for the voice before.
    ['A spokesperson for the Dockworkers Union said the strike would go on. The spokesperson for the Port Authority said the offer stood.', 'the offer stood', 'Port Authority'],
    // A role named before in the same sentence is not taken up.
    ['Senator Ivo Marsh said the spokesperson had been fired.', 'the spokesperson had been fired', 'Ivo Marsh'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('"he" and "she" prefer a person to the body a voice speaks for', () => {
  test.each([
    ['Mayor Ilse Varga defended the fare rise. A European Commission spokesperson said the fare rules would be checked in May. Councillor Tom Brandt, who has feuded with Varga for years, accused her of misleading commuters.', 'Ilse Varga'],
    ['Governor Piet Aalders signed the order. A Kremlin spokesperson said the talks would go on. Senator Nell Hart, a longtime rival of Aalders, accused him of ignoring drivers.', 'Piet Aalders'],
  ])('%s', (text, target) => {
    const accused = analyze(text).stances.filter((s) => s.polarity === 'criticism').map((s) => s.target.name);
    expect(accused).toEqual([target]);
  });
});

describe('"it wrote" after a paper described in apposition is the paper', () => {
  test('not the capital the apposition names', () => {
    const text = 'The Harlow Gazette, an independent newspaper based in the capital, Tarvik, called the law a disgrace. In an editorial, it wrote that the minister feared questions.';
    expect(speakerOf(text, 'the minister feared questions')).toBe('Harlow Gazette');
  });
});

describe('the nearest holder of the role is taken up, named or not', () => {
  test('a named spokesperson in between is the one "the spokesperson" means', () => {
    const text = 'A government spokesperson said the talks had failed. Ann Marsh, the ministry’s spokesperson, later said the talks would resume. The spokesperson said the delegates were tired.';
    expect(speakerOf(text, 'the delegates were tired')).toBe('Ann Marsh');
  });
});
