import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as plaudit from '../src/index.js';
import { ensureBuilt, root } from './cli/ensureBuilt.js';

/**
 * The public entry, pinned: adding an export is a deliberate change to this list; removing or
 * renaming one breaks users and must fail here first.
 */
const EXPORTS = [
  'Analysis', 'AnalysisIssue', 'AnalyzeManyOptions', 'AnalyzeOptions', 'DEFAULT_MAX_LENGTH', 'DirectedStance',
  'Entity', 'EntityRef', 'EntityType', 'Evidence', 'GoldArticle', 'GoldAsymmetry', 'GoldEntity', 'GoldNotSpeech',
  'GoldStance', 'GoldUtterance', 'GraphEdge', 'GraphNode', 'IssueCode', 'KnowledgeBase', 'KnowledgeEntry', 'Office',
  'PlauditError', 'PraiseGraph', 'PraiseGraphOptions', 'SentimentScore', 'Span', 'Speaker', 'Stance', 'StancePolarity',
  'TargetSentiment', 'TextSpan', 'Utterance', 'UtteranceKind', 'analysisToHtml', 'analyze', 'analyzeMany',
  'asymmetries', 'asymmetry', 'bootstrapAsymmetry', 'buildPraiseGraph', 'builtinKnowledge', 'escapeXml', 'evaluate',
  'evaluateCorpus', 'findNode', 'formatAnalysis', 'formatEvaluation', 'formatGraph', 'graphToHtml', 'graphToSvg',
  'heatmapSvg', 'jupyterDisplay', 'mergeKnowledge', 'normalizeName', 'oneSided', 'parseGoldArticle', 'praiseGraph',
  'rankings', 'reciprocity', 'scoreSentiment', 'scoreStances', 'sentimentToward', 'stanceBetween', 'toCsv', 'toDot',
  'toGraphML', 'toJSON', 'toMermaid', 'withDisplay', 'withGraphDisplay',
];

describe('public exports', () => {
  test('the sorted list of exports of src/index.ts', () => {
    expect(Object.keys(plaudit).sort()).toEqual(EXPORTS);
  });

  test('the contract of issue 2 is exported', () => {
    for (const name of ['analyze', 'sentimentToward', 'stanceBetween', 'praiseGraph', 'asymmetry']) expect(typeof (plaudit as Record<string, unknown>)[name]).toBe('function');
    // zod schemas under the names of their types
    for (const name of ['Analysis', 'Utterance', 'UtteranceKind', 'Entity', 'Stance', 'Span', 'AnalysisIssue', 'AnalyzeOptions']) {
      expect(typeof ((plaudit as Record<string, unknown>)[name] as { safeParse?: unknown }).safeParse).toBe('function');
    }
  });

  test('the built package exports the same names, as ESM and as CJS, and analyze works there', async () => {
    ensureBuilt();
    const esm = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof plaudit;
    expect(Object.keys(esm).sort()).toEqual(EXPORTS);
    const cjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs')) as typeof plaudit;
    expect(Object.keys(cjs).filter((k) => k !== '__esModule').sort()).toEqual(EXPORTS);
    for (const lib of [esm, cjs]) {
      const a = lib.analyze('“We are open to dialogue,” Vladimir Putin said.');
      expect(a.utterances.map((u) => [u.text, u.kind, u.speaker?.name])).toEqual([['We are open to dialogue,', 'direct', 'Vladimir Putin']]);
      expect(() => lib.analyze(7 as never)).toThrow(lib.PlauditError);
    }
  });
});
