import { describe, expect, test } from 'vitest';
import { analyzeMany } from '../../src/batch/analyzeMany.js';
import { analyze } from '../../src/analyze.js';
import { PlauditError } from '../../src/model/errors.js';
import { DEFAULT_MAX_LENGTH } from '../../src/model/options.js';

const article = '"We will win," Senator Maria Lopez said on Tuesday.';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('maxLength', () => {
  test('the default is 5,000,000 code units', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(5_000_000);
    const e = thrown(() => analyze('a'.repeat(DEFAULT_MAX_LENGTH + 1)));
    expect(e).toBeInstanceOf(PlauditError);
    expect(e).toMatchObject({ code: 'input-too-long', message: expect.stringMatching(/^plaudit: .*5000000/) });
  });

  test.each([
    [10, article.slice(0, 11)],
    [50, article],
    [1, '  '],
  ])('a text over maxLength %i throws input-too-long naming the limit', (maxLength, text) => {
    expect(() => analyze(text, { maxLength })).toThrow(PlauditError);
    expect(() => analyze(text, { maxLength })).toThrow(new RegExp(`^plaudit: .*${maxLength}`));
  });

  test.each([
    [article.length, article],
    [1, 'a'],
    [1, ''],
  ])('a text of at most maxLength %i is analysed', (maxLength, text) => {
    expect(analyze(text, { maxLength }).length).toBe(text.length);
  });

  test.each([0, -1, 1.5, Number.NaN, '100'])('maxLength %s is rejected as invalid options', (maxLength) => {
    expect(() => analyze(article, { maxLength } as never)).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });
});

describe('options are validated strictly', () => {
  test.each([
    [{ colour: 'red' }, 'colour'],
    [{ maxlength: 100 }, 'maxlength'],
    [{ id: 'a', extra: true }, 'extra'],
    [{ knowledgeBase: [{ id: 'maria-lopez', name: 'Maria Lopez', type: 'person', party: 'x' }] }, 'party'],
  ])('unknown keys are rejected with a message naming them: %o', (options, key) => {
    const e = thrown(() => analyze(article, options as never));
    expect(e).toBeInstanceOf(PlauditError);
    // A bad entry of options.knowledgeBase is a bad knowledge base; anything else, bad options.
    expect((e as PlauditError).code).toBe('knowledgeBase' in options ? 'invalid-knowledge-base' : 'invalid-options');
    expect((e as PlauditError).message).toMatch(/^plaudit: /);
    expect((e as PlauditError).message).toContain(key);
  });

  test.each([
    [{}],
    [{ id: 'a1', date: '2024-02-20', includeWriter: true, outlet: 'The Daily', maxLength: 1_000 }],
    [{ knowledgeBase: [{ id: 'maria-lopez', name: 'Maria Lopez', type: 'person' }] }],
    [undefined],
  ])('known keys are accepted: %o', (options) => {
    expect(() => analyze(article, options as never)).not.toThrow();
  });
});

describe('__proto__ and constructor keys cannot pollute prototypes', () => {
  const hostile = [
    ['__proto__ in options (JSON)', () => JSON.parse('{"__proto__": {"polluted": "yes"}}') as object],
    ['constructor.prototype in options', () => ({ constructor: { prototype: { polluted: 'yes' } } })],
    ['__proto__ in a knowledge-base entry', () => ({ knowledgeBase: [JSON.parse('{"id":"x","name":"X","type":"person","__proto__":{"polluted":"yes"}}')] })],
    ['__proto__ inside a nested option', () => ({ knowledgeBase: [{ id: 'x', name: 'X', type: 'person', offices: [JSON.parse('{"role":"mayor","__proto__":{"polluted":"yes"}}')] }] })],
  ] as const;

  test.each(hostile)('%s', (_, make) => {
    const options = make();
    const error = thrown(() => analyze(article, options as never));
    if (error !== undefined) {
      expect(error).toBeInstanceOf(PlauditError);
      expect((error as PlauditError).code).toBe('knowledgeBase' in options ? 'invalid-knowledge-base' : 'invalid-options');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  test('__proto__ in an analyzeMany article does not pollute either', async () => {
    const item = JSON.parse(`{"id":"a","text":${JSON.stringify(article)},"__proto__":{"polluted":"yes"}}`) as { text: string };
    for await (const a of analyzeMany([item, item], { concurrency: 1 })) expect(a.id).toBe('a');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('PlauditError', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { text: article }],
    ['an array', [article]],
    ['a String object', new String(article)],
    ['a Buffer', Buffer.from(article)],
    ['a symbol', Symbol('text')],
  ])('is thrown for text that is %s, with a code and a plaudit: message', (_, text) => {
    const e = thrown(() => analyze(text as never));
    expect(e).toBeInstanceOf(PlauditError);
    expect(e).toBeInstanceOf(TypeError);
    expect(e).toMatchObject({ name: 'PlauditError', code: 'invalid-argument', message: expect.stringMatching(/^plaudit: /) });
  });

  test.each([
    ['a string', 'x'],
    ['a number', 3],
    ['an array', []],
    ['null', null],
    ['a date that is not ISO 8601', { date: 'Tuesday' }],
    ['includeWriter as a string', { includeWriter: 'yes' }],
  ])('is thrown for options that are %s', (_, options) => {
    const e = thrown(() => analyze(article, options as never));
    expect(e).toBeInstanceOf(PlauditError);
    expect(e).toMatchObject({ code: 'invalid-options', message: expect.stringMatching(/^plaudit: /) });
  });

  test.each([
    ['an empty string', ''],
    ['a lone surrogate', '\uD800'],
    ['only quotation marks', '"“”«»'],
    ['a NUL', '\u0000'],
    ['binary-looking text', String.fromCharCode(...Array.from({ length: 256 }, (_, k) => k))],
    ['a very long word', 'x'.repeat(10_000)],
  ])('is never thrown for odd text: %s', (_, text) => {
    expect(() => analyze(text)).not.toThrow();
  });
});
