import { describe, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import {
  analyze,
  type Analysis,
  type AnalysisIssue,
  type AnalyzeOptions,
  type Entity,
  type IssueCode,
  type Span,
  type Speaker,
  type Utterance,
  type UtteranceForm,
  type UtteranceKind,
  Utterance as UtteranceSchema,
} from '../src/index.js';

describe('public types of analyze()', () => {
  test('signature', () => {
    expectTypeOf(analyze).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(analyze).parameter(1).toEqualTypeOf<AnalyzeOptions | undefined>();
    expectTypeOf(analyze).returns.toMatchTypeOf<Analysis>();
  });

  test('options: every field optional', () => {
    expectTypeOf<{}>().toMatchTypeOf<AnalyzeOptions>();
    expectTypeOf<{ date: string; id: string; includeWriter: boolean; outlet: string; maxLength: number }>().toMatchTypeOf<AnalyzeOptions>();
    // @ts-expect-error: unknown fields are rejected
    analyze('', { colour: 'blue' });
    // @ts-expect-error: text must be a string
    analyze(42);
  });

  test('utterances', () => {
    expectTypeOf<Analysis['utterances']>().toEqualTypeOf<Utterance[]>();
    expectTypeOf<UtteranceKind>().toEqualTypeOf<'direct' | 'partial' | 'embedded' | 'post' | 'turn' | 'indirect'>();
    expectTypeOf<Utterance['form']>().toEqualTypeOf<UtteranceForm | undefined>();
    expectTypeOf<UtteranceForm>().toEqualTypeOf<'topic'>();
    expectTypeOf<Utterance['speaker']>().toEqualTypeOf<Speaker | null>();
    expectTypeOf<Speaker>().toMatchTypeOf<{ entityId: string; name: string; mention?: Span }>();
    expectTypeOf<Utterance['cue']>().toEqualTypeOf<{ start: number; end: number; text: string } | undefined>();
    expectTypeOf<Utterance['parentId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Utterance>().toMatchTypeOf<Span & { id: string; text: string; confidence: number; sentiment: { score: number; comparative: number } }>();
    expectTypeOf<z.infer<typeof UtteranceSchema>>().toEqualTypeOf<Utterance>();
  });

  test('entities and issues', () => {
    expectTypeOf<Analysis['entities']>().toEqualTypeOf<Entity[]>();
    expectTypeOf<Entity['type']>().toEqualTypeOf<'person' | 'role' | 'organization' | 'group' | 'country' | 'place' | 'document' | 'thing'>();
    expectTypeOf<Analysis['issues']>().toEqualTypeOf<AnalysisIssue[]>();
    expectTypeOf<AnalysisIssue['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<'unbalanced-quote'>().toMatchTypeOf<IssueCode>();
    expectTypeOf<'unknown-speaker'>().toMatchTypeOf<IssueCode>();
  });
});
