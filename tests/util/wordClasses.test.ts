import { describe, expect, test } from 'vitest';
import { readTokens } from '../../src/adapters/wink.js';
import { wordClass } from '../../src/util/wordClasses.js';

const isGreeting = wordClass('lower', () => ['hello', 'hi']);
const isSpeakingVerb = wordClass('lemma', () => new Set(['say', 'tell']));

/** The words of `text` for which `test` holds. */
function found(text: string, test: (t: ReturnType<typeof readTokens>['tokens'][number]) => boolean): string[] {
  return readTokens(text).tokens.filter(test).map((t) => t.value);
}

describe('wordClass', () => {
  test.each([
    ['Hello, she said, and hi again.', ['Hello', 'hi']],
    ['HI there.', ['HI']],
    ['Nothing to greet here.', []],
    ['Highlights of the hills.', []],
  ])('a class of lower-case forms: %s', (text, expected) => {
    expect(found(text, isGreeting)).toEqual(expected);
  });

  test.each([
    ['She said it and he tells it.', ['said', 'tells']],
    ['The sayings were told.', ['told']],
    ['No verb of speech here.', []],
  ])('a class of lemmas: %s', (text, expected) => {
    expect(found(text, isSpeakingVerb)).toEqual(expected);
  });

  test('a class defined after tokens were read classes them again', () => {
    const tokens = readTokens('Oak and elm grow here.').tokens;
    const isTree = wordClass('lower', () => ['oak', 'elm']);
    expect(tokens.filter(isTree).map((t) => t.value)).toEqual(['Oak', 'elm']);
    // The classes defined before still answer for the same tokens.
    expect(tokens.some(isGreeting)).toBe(false);
  });

  test('a list may be read from tokens itself (as the sentiment lexicon is)', () => {
    const isListed = wordClass('lower', () => readTokens('Maple, birch').tokens.filter((t) => t.pos !== 'PUNCT').map((t) => t.lower));
    expect(found('A maple and a Birch and a pine.', isListed)).toEqual(['maple', 'Birch']);
  });

  test('the empty text has no tokens to class', () => {
    expect(found('', isGreeting)).toEqual([]);
  });
});
