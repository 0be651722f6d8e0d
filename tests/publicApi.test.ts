import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as evaluateEntry from '../src/evaluate.js';
import * as exportEntry from '../src/export.js';
import * as plaudit from '../src/index.js';
import * as presentEntry from '../src/present.js';
import { ensureBuilt, root } from './cli/ensureBuilt.js';

/**
 * The public entries, pinned: adding an export is a deliberate change to these lists; removing or
 * renaming one breaks users and must fail here first. Keys are the package's "exports" subpaths;
 * the lists hold the runtime names (types without a zod schema are pinned by the .test-d files).
 */
const ENTRIES = {
  plaudit: {
    source: plaudit,
    dist: 'index',
    names: [
      'Analysis', 'AnalysisIssue', 'AnalyzeManyOptions', 'AnalyzeOptions', 'DEFAULT_MAX_LENGTH', 'DirectedStance', 'Entity',
      'EntityRef', 'EntityType', 'Evidence', 'GraphEdge', 'GraphNode', 'IssueCode', 'KnowledgeBase', 'KnowledgeEntry', 'Office',
      'PlauditError', 'PraiseGraph', 'PraiseGraphOptions', 'SentimentScore', 'Span', 'Speaker', 'Stance', 'StancePolarity',
      'TargetSentiment', 'TextSpan', 'Utterance', 'UtteranceForm', 'UtteranceKind', 'analyze', 'analyzeMany', 'asymmetries', 'asymmetry',
      'bootstrapAsymmetry', 'builtinKnowledge', 'mergeKnowledge', 'oneSided', 'praiseGraph', 'rankings', 'reciprocity',
      'sentimentToward', 'stanceBetween',
    ],
  },
  'plaudit/export': { source: exportEntry, dist: 'export', names: ['toCsv', 'toDot', 'toGraphML', 'toJSON', 'toMermaid'] },
  'plaudit/present': {
    source: presentEntry,
    dist: 'present',
    names: ['analysisToHtml', 'asymmetriesToHtml', 'formatAnalysis', 'formatAsymmetries', 'formatGraph', 'graphToHtml', 'graphToSvg', 'heatmapSvg', 'withDisplay', 'withGraphDisplay'],
  },
  'plaudit/evaluate': {
    source: evaluateEntry,
    dist: 'evaluate',
    names: [
      'GoldArticle', 'GoldAsymmetry', 'GoldEntity', 'GoldNotSpeech', 'GoldStance', 'GoldUtterance', 'evaluate', 'evaluateCorpus',
      'formatEvaluation', 'parseGoldArticle',
    ],
  },
} as const;

type Lib = typeof plaudit;
const loadEsm = async (name: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(root, `dist/${name}.js`)).href)) as Record<string, unknown>;
const loadCjs = (name: string): Record<string, unknown> => createRequire(import.meta.url)(join(root, `dist/${name}.cjs`)) as Record<string, unknown>;

describe('public exports', () => {
  test.each(Object.entries(ENTRIES))('the sorted list of exports of %s', (_, entry) => {
    expect(Object.keys(entry.source).sort()).toEqual(entry.names);
  });

  test('the helpers stay private: no entry exports them', () => {
    const all = Object.values(ENTRIES).flatMap((e) => Object.keys(e.source));
    for (const name of ['escapeXml', 'normalizeName', 'findNode', 'jupyterDisplay', 'scoreSentiment', 'scoreStances', 'buildPraiseGraph']) {
      expect(all).not.toContain(name);
    }
  });

  test('the contract of issue 2 is exported', () => {
    for (const name of ['analyze', 'sentimentToward', 'stanceBetween', 'praiseGraph', 'asymmetry']) expect(typeof (plaudit as Record<string, unknown>)[name]).toBe('function');
    // zod schemas under the names of their types
    for (const name of ['Analysis', 'Utterance', 'UtteranceKind', 'Entity', 'Stance', 'Span', 'AnalysisIssue', 'AnalyzeOptions']) {
      expect(typeof ((plaudit as Record<string, unknown>)[name] as { safeParse?: unknown }).safeParse).toBe('function');
    }
  });

  test('the built package exports the same names from every entry, as ESM and as CJS', async () => {
    ensureBuilt();
    for (const entry of Object.values(ENTRIES)) {
      expect(Object.keys(await loadEsm(entry.dist)).sort()).toEqual(entry.names);
      expect(Object.keys(loadCjs(entry.dist)).filter((k) => k !== '__esModule').sort()).toEqual(entry.names);
    }
  });

  test('analyze works in the built package, and the entries share one PlauditError', async () => {
    ensureBuilt();
    const builds: [Record<string, unknown>, Record<string, unknown>][] = [
      [await loadEsm('index'), await loadEsm('present')],
      [loadCjs('index'), loadCjs('present')],
    ];
    for (const [main, present] of builds) {
      const lib = main as unknown as Lib;
      const a = lib.analyze('“We are open to dialogue,” Vladimir Putin said.');
      expect(a.utterances.map((u) => [u.text, u.kind, u.speaker?.name])).toEqual([['We are open to dialogue,', 'direct', 'Vladimir Putin']]);
      expect(() => lib.analyze(7 as never)).toThrow(lib.PlauditError);
      const graphToSvg = present.graphToSvg as typeof presentEntry.graphToSvg;
      expect(() => graphToSvg(lib.praiseGraph(a), { maxNodes: 0 })).toThrow(lib.PlauditError);
    }
  });
});

/** Every TypeScript file under a folder of src/, with its path relative to src/. */
function sources(dir: string): string[] {
  const path = join(root, 'src', dir);
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => relative(join(root, 'src'), join(path, f)));
}

describe('layers', () => {
  const pipeline = ['1-segment', '2-entities', '3-attribution', '4-stance', '5-graph', 'model', 'adapters', 'batch'].flatMap(sources).concat('analyze.ts');
  const outside = /^(present|export|evaluate|cli)\/|^(index|displayed|present|export|evaluate|cli)\.js$/;
  test.each(pipeline)('%s imports neither presentation, exports, evaluation nor an entry point', (file) => {
    const imports = [...readFileSync(join(root, 'src', file), 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => relative(join(root, 'src'), join(root, 'src', file, '..', m[1]!)));
    expect(imports.filter((i) => outside.test(i))).toEqual([]);
  });
});
