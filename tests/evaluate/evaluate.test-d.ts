import { describe, expectTypeOf, test } from 'vitest';
import {
  evaluate,
  evaluateCorpus,
  formatEvaluation,
  GoldArticle,
  parseGoldArticle,
  type ArticleEvaluation,
  type CorpusEvaluation,
  type GoldArticleInput,
} from '../../src/evaluate.js';
import type { Analysis } from '../../src/index.js';

describe('evaluate types', () => {
  test('GoldArticle: type and schema share the name; defaults are filled in the output type', () => {
    expectTypeOf<GoldArticle['stances']>().toBeArray();
    expectTypeOf<GoldArticleInput['stances']>().toEqualTypeOf<GoldArticleInput['stances'] | undefined>();
    expectTypeOf(parseGoldArticle).returns.toEqualTypeOf<GoldArticle>();
    expectTypeOf<GoldArticle['utterances'][number]['speaker']>().toEqualTypeOf<string | null>();
    expectTypeOf<GoldArticle['stances'][number]['polarity']>().toEqualTypeOf<'praise' | 'criticism'>();
    expectTypeOf(GoldArticle.parse).returns.toEqualTypeOf<GoldArticle>();
  });
  test('evaluate takes a gold article and an Analysis', () => {
    expectTypeOf(evaluate).parameter(0).toEqualTypeOf<GoldArticleInput | GoldArticle>();
    expectTypeOf(evaluate).parameter(1).toEqualTypeOf<Analysis>();
    expectTypeOf(evaluate).returns.toEqualTypeOf<ArticleEvaluation>();
    expectTypeOf<ArticleEvaluation['quoteAttribution']>().toEqualTypeOf<{ precision: number; recall: number; f1: number }>();
  });
  test('evaluateCorpus pools a readonly list; formatEvaluation prints it', () => {
    expectTypeOf(evaluateCorpus).parameter(0).toEqualTypeOf<readonly ArticleEvaluation[]>();
    expectTypeOf(evaluateCorpus).returns.toEqualTypeOf<CorpusEvaluation>();
    expectTypeOf(formatEvaluation).returns.toBeString();
    // @ts-expect-error a string is not a gold article
    evaluate('gold', {} as Analysis);
  });
});
