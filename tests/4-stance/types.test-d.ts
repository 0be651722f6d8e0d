import { expectTypeOf, test } from 'vitest';
import { scoreSentiment, scoreStances, type StanceInput } from '../../src/4-stance/stance.js';
import { sentimentToward, stanceBetween } from '../../src/index.js';
import type { DirectedStance, SentimentScore, Span, Stance, TargetSentiment } from '../../src/index.js';
import type { TokenDoc } from '../../src/adapters/wink.js';

test('public signatures of the stance stage', () => {
  expectTypeOf(sentimentToward).parameters.toEqualTypeOf<[string, Span]>();
  expectTypeOf(sentimentToward).returns.toEqualTypeOf<TargetSentiment>();
  expectTypeOf(stanceBetween).parameters.toEqualTypeOf<[string, Span, Span]>();
  expectTypeOf(stanceBetween).returns.toEqualTypeOf<DirectedStance | null>();
  expectTypeOf(scoreSentiment).parameters.toEqualTypeOf<[TokenDoc, Span]>();
  expectTypeOf(scoreSentiment).returns.toEqualTypeOf<SentimentScore>();
  expectTypeOf(scoreStances).parameters.toEqualTypeOf<[StanceInput]>();
  expectTypeOf(scoreStances).returns.toEqualTypeOf<Stance[]>();
});
