import { expectTypeOf, test } from 'vitest';
import { analyzeMany, type Analysis, type AnalyzeManyOptions, type ArticleInput } from '../../src/index.js';

test('analyzeMany takes sync or async iterables of strings or articles and yields analyses', () => {
  expectTypeOf(analyzeMany(['a'])).toMatchTypeOf<AsyncIterable<Analysis>>();
  expectTypeOf(analyzeMany([{ id: 'a', text: 'b', date: '2024-01-01' }], { concurrency: 2 })).toMatchTypeOf<AsyncIterable<Analysis>>();
  async function* lines(): AsyncGenerator<ArticleInput> {
    yield 'x';
  }
  expectTypeOf(analyzeMany(lines())).toMatchTypeOf<AsyncIterable<Analysis>>();
  expectTypeOf<{ text: string }>().toMatchTypeOf<ArticleInput>();
  expectTypeOf<{ concurrency: number; maxLength: number; includeWriter: boolean }>().toMatchTypeOf<AnalyzeManyOptions>();
  // @ts-expect-error text must be a string
  analyzeMany([{ text: 3 }]);
  // @ts-expect-error unknown options are rejected by the type too
  analyzeMany([], { concurency: 2 });
});
