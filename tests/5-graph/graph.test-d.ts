import { expectTypeOf, test } from 'vitest';
import {
  asymmetries,
  asymmetry,
  bootstrapAsymmetry,
  oneSided,
  praiseGraph,
  rankings,
  reciprocity,
  type Analysis,
  type Asymmetry,
  type PairAsymmetry,
  type AsymmetryInterval,
  type GraphNode,
  type OneSidedRelation,
  type PraiseGraph,
  type PraiseGraphOptions,
  type Rankings,
  type Reciprocity,
  type Stance,
} from '../../src/index.js';
import { buildPraiseGraph } from '../../src/5-graph/buildPraiseGraph.js';
import { findNode } from '../../src/5-graph/findNode.js';
import { toCsv, toDot, toGraphML, toJSON, toMermaid } from '../../src/export.js';

test('praiseGraph takes an analysis, analyses or stances, and returns the plain PraiseGraph type', () => {
  expectTypeOf(praiseGraph).parameter(0).toEqualTypeOf<Analysis | readonly Analysis[] | readonly Stance[]>();
  expectTypeOf(praiseGraph).parameter(1).toEqualTypeOf<PraiseGraphOptions | undefined>();
  expectTypeOf(praiseGraph).returns.toEqualTypeOf<PraiseGraph>();
  expectTypeOf(buildPraiseGraph).returns.toEqualTypeOf<PraiseGraph>();
  expectTypeOf<PraiseGraphOptions>().toEqualTypeOf<{ from?: string | undefined; to?: string | undefined; dropUndated?: boolean | undefined }>();
});

test('measures return their documented shapes', () => {
  expectTypeOf(asymmetry).returns.toEqualTypeOf<Asymmetry>();
  expectTypeOf(asymmetries).returns.toEqualTypeOf<PairAsymmetry[]>();
  expectTypeOf<PairAsymmetry>().toExtend<Asymmetry & { a: string; b: string }>();
  expectTypeOf<Asymmetry['index']>().toEqualTypeOf<number | null>();
  expectTypeOf<Asymmetry['aToB']['tone']>().toEqualTypeOf<number | null>();
  expectTypeOf<Asymmetry['verdict']>().toEqualTypeOf<string | null>();
  expectTypeOf<Asymmetry['summary']>().toBeString();
  expectTypeOf<PraiseGraph>().toExtend<Parameters<typeof bootstrapAsymmetry>[0]>();
  expectTypeOf<readonly Analysis[]>().toExtend<Parameters<typeof bootstrapAsymmetry>[0]>();
  expectTypeOf(bootstrapAsymmetry).returns.toEqualTypeOf<AsymmetryInterval>();
  expectTypeOf(reciprocity).returns.toEqualTypeOf<Reciprocity>();
  expectTypeOf(oneSided).returns.toEqualTypeOf<OneSidedRelation[]>();
  expectTypeOf(rankings).returns.toEqualTypeOf<Rankings>();
  expectTypeOf(findNode).returns.toEqualTypeOf<GraphNode | undefined>();
});

test('exports are strings', () => {
  for (const f of [toDot, toGraphML, toMermaid, toCsv, toJSON]) expectTypeOf(f).returns.toBeString();
});
