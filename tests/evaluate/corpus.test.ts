// Accuracy is a test: every corpus annotation is valid, and analyze() scores on the corpus at or
// above the thresholds recorded in thresholds.json. Thresholds only ever move up: after an
// improvement, raise them with
//   PLAUDIT_RAISE_THRESHOLDS=1 npx vitest run tests/evaluate/corpus.test.ts
// (it writes each threshold as max(old, new score rounded down to 3 decimals)) and commit
// thresholds.json with the change that earned it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { loadGoldDir } from '../../src/cli/loadGoldDir.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { evaluateCorpus, type CorpusEvaluation } from '../../src/evaluate/evaluateCorpus.js';
import { parseGoldArticle } from '../../src/evaluate/goldArticle.js';
import type { Stance, Utterance } from '../../src/index.js';

const root = resolve(import.meta.dirname, '../..');
const corpusDir = join(root, 'corpus');
const thresholdsFile = join(import.meta.dirname, 'thresholds.json');
const jsonFiles = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort();

describe('corpus annotations', () => {
  test('the corpus has articles', () => {
    expect(jsonFiles.length).toBeGreaterThanOrEqual(8);
  });

  test.each(jsonFiles)('%s is a valid GoldArticle whose utterances are all in its text', (file) => {
    const gold = parseGoldArticle(JSON.parse(readFileSync(join(corpusDir, file), 'utf8')), file);
    expect(`${gold.id}.json`).toBe(file);
    const text = readFileSync(join(corpusDir, gold.textFile ?? ''), 'utf8');
    for (const u of gold.utterances) {
      let at = -1;
      for (let k = 0; k < (u.occurrence ?? 1); k++) at = text.indexOf(u.text, at + 1);
      expect(at, `${file} ${u.id} not found: ${u.text.slice(0, 50)}`).toBeGreaterThanOrEqual(0);
    }
  });

  test('every article is in corpus/README.md with its source and licence', () => {
    const readme = readFileSync(join(corpusDir, 'README.md'), 'utf8');
    for (const file of jsonFiles) expect(readme).toMatch(new RegExp(`^\\| \`${file.replace('.json', '')}\` \\| .+ \\| .+ \\|`, 'm'));
  });

  test.each(loadGoldDir(corpusDir).map(({ gold }) => [gold.id, gold] as const))(
    '%s: an analysis that says exactly what the gold says scores 1 (names resolve to their own entity)',
    (_id, gold) => {
      const name = (id: string | null) => gold.entities.find((e) => e.id === id)?.name ?? '';
      const utterances: Utterance[] = gold.utterances.map((u) => {
        let start = -1;
        for (let k = 0; k < (u.occurrence ?? 1); k++) start = gold.text.indexOf(u.text, start + 1);
        const speaker = u.speaker === null ? null : { entityId: u.speaker, name: name(u.speaker) };
        return { id: u.id, start, end: start + u.text.length, text: u.text, kind: u.kind, speaker, sentiment: { score: 0, comparative: 0 }, confidence: 1 };
      });
      const stances: Stance[] = gold.stances.flatMap((s, i) =>
        (s.evidence.length > 0 ? s.evidence : ['none']).map((utteranceId) => ({
          id: `s${i}-${utteranceId}`, utteranceId, polarity: s.polarity, score: s.polarity === 'praise' ? 0.5 : -0.5, evidence: [],
          source: { entityId: s.source, name: name(s.source) }, target: { entityId: s.target, name: name(s.target) },
        })));
      const e = evaluate(gold, { length: gold.text.length, entities: [], utterances, stances, issues: [] });
      expect(e.missed).toEqual([]);
      expect(e.spurious).toEqual([]);
      expect([e.quoteAttribution.f1, e.indirectSpeech.recall, e.stance.f1, e.stanceEvidence.recall]).toEqual([1, 1, 1, 1]);
    },
  );

  test('every text file belongs to an annotation', () => {
    const texts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
    const used = jsonFiles.map((f) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8')).textFile).sort();
    expect(texts).toEqual(used);
  });
});

/** The figures held at or above their thresholds, by name in thresholds.json. */
const FIGURES: Record<string, (e: CorpusEvaluation) => number> = {
  'quoteAttribution.f1': (e) => e.quoteAttribution.f1,
  'quoteAttribution.recall': (e) => e.quoteAttribution.recall,
  'indirectSpeech.recall': (e) => e.indirectSpeech.recall,
  'stance.f1': (e) => e.stance.f1,
  'stance.recall': (e) => e.stance.recall,
  'stanceEvidence.recall': (e) => e.stanceEvidence.recall,
  'asymmetry.right': (e) => e.asymmetry.right,
};

describe('corpus scores', () => {
  const corpus = evaluateCorpus(loadGoldDir(corpusDir).map(({ gold }) => evaluate(gold, analyze(gold.text, { id: gold.id }))));
  const recorded = JSON.parse(readFileSync(thresholdsFile, 'utf8')) as { thresholds: Record<string, number> };

  if (process.env.PLAUDIT_RAISE_THRESHOLDS === '1') {
    const raised = { ...recorded, thresholds: { ...recorded.thresholds } };
    for (const [name, figure] of Object.entries(FIGURES)) {
      raised.thresholds[name] = Math.max(recorded.thresholds[name] ?? 0, Math.floor(figure(corpus) * 1000) / 1000);
    }
    writeFileSync(thresholdsFile, `${JSON.stringify(raised, null, 2)}\n`);
    recorded.thresholds = raised.thresholds;
  }

  test('every figure has a threshold', () => {
    expect(Object.keys(recorded.thresholds).sort()).toEqual(Object.keys(FIGURES).sort());
  });

  test.each(Object.keys(FIGURES))('%s at or above its threshold', (name) => {
    const value = (FIGURES[name] as (e: CorpusEvaluation) => number)(corpus);
    const threshold = recorded.thresholds[name] ?? 0;
    expect(
      value,
      `${name} is ${value.toFixed(3)}, below ${threshold} recorded in tests/evaluate/thresholds.json: a change made the corpus ` +
        'scores worse. See what is missed with `npm run build && npm run eval -- --details`. Thresholds only move up: ' +
        'raise them after an improvement with `PLAUDIT_RAISE_THRESHOLDS=1 npx vitest run tests/evaluate/corpus.test.ts`.',
    ).toBeGreaterThanOrEqual(threshold);
  });
});
