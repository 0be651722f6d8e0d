// evaluate() re-implements the shared scorer (../shared/eval/score.mjs); this test runs both on
// the corpus with a deliberately imperfect analyzer and requires the same numbers. The shared
// scorer lives outside the repository: set PLAUDIT_SCORE_MJS to its path when it is elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadGoldDir } from '../../src/cli/loadGoldDir.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { evaluateCorpus, type CorpusEvaluation } from '../../src/evaluate/evaluateCorpus.js';
import { removeSnapshot, snapshotCli } from '../cli/ensureBuilt.js';
import { analyze as noisyAnalyze } from './fixtures/noisyOracle.mjs';

const root = resolve(import.meta.dirname, '../..');
const scorer = process.env.PLAUDIT_SCORE_MJS ?? resolve(root, '../shared/eval/score.mjs');
const oracle = resolve(root, 'tests/evaluate/fixtures/noisyOracle.mjs');

describe.skipIf(!existsSync(scorer))(`evaluate() agrees with the shared scorer (${scorer})`, () => {
  // A skipped describe still runs its body to collect the tests: the work goes in beforeAll.
  let theirs: any;
  let ours: CorpusEvaluation;
  beforeAll(() => {
    theirs = JSON.parse(execFileSync(process.execPath, [scorer, '--gold', 'corpus', '--lib', oracle, '--json'], { cwd: root, encoding: 'utf8' }));
    ours = evaluateCorpus(loadGoldDir(resolve(root, 'corpus')).map(({ gold }) => evaluate(gold, noisyAnalyze(gold.text))));
  });

  test('the noisy analyzer leaves every figure strictly between 0 and 1', () => {
    for (const x of [ours.quoteAttribution.f1, ours.indirectSpeech.recall, ours.stance.f1, ours.stanceEvidence.recall, ours.asymmetry.accuracy]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1);
    }
  });

  test.each([
    ['quote detection', () => ours.quoteDetection, () => theirs.quoteDetection],
    ['quote attribution', () => ({ ...ours.quoteAttribution, gold: ours.counts.quotesGold }), () => theirs.quoteAttribution],
    ['indirect speech', () => ({ ...ours.indirectSpeech, gold: ours.counts.indirectGold }), () => theirs.indirectAttribution],
    ['stance', () => ({ ...ours.stance, gold: ours.counts.stancesGold, predicted: ours.counts.stancesPredicted }), () => theirs.stance],
    ['stance evidence', () => ({ ...ours.stanceEvidence, gold: ours.counts.evidenceGold }), () => theirs.stanceEvidence],
    ['asymmetry', () => ({ right: ours.asymmetry.right, of: ours.asymmetry.of }), () => theirs.asymmetry],
  ])('%s', (_name, mine, shared) => {
    expect(mine()).toEqual(shared());
  });

  test('per-article counts', () => {
    expect(ours.articles.map((a) => ({
      id: a.id, qGold: a.counts.quotesGold, qRight: a.counts.quotesRight, qPred: a.counts.quotesPredicted, qTP: a.counts.quotesCorrect,
      sGold: a.counts.stancesGold, sTP: a.counts.stancesCorrect, sPred: a.counts.stancesPredicted,
    }))).toEqual(theirs.perDoc);
  });

  test('spurious quotes', () => {
    expect(ours.articles.flatMap((a) => a.spurious.map((s) => `${a.id}: ${s.text.slice(0, 70)}`))).toEqual(theirs.spurious);
  });

  test('plaudit eval and the shared scorer agree on the built analyze()', () => {
    const cliPath = snapshotCli();
    const lib = join(dirname(cliPath), 'index.js');
    let shared;
    let cli;
    try {
      shared = JSON.parse(execFileSync(process.execPath, [scorer, '--gold', 'corpus', '--lib', lib, '--json'], { cwd: root, encoding: 'utf8' }));
      cli = JSON.parse(execFileSync(process.execPath, [cliPath, 'eval', 'corpus', '--format', 'json'], { cwd: root, encoding: 'utf8' }));
    } finally {
      removeSnapshot(cliPath);
    }
    expect({ q: cli.quoteAttribution, i: cli.indirectSpeech.recall, s: cli.stance, e: cli.stanceEvidence.recall, a: [cli.asymmetry.right, cli.asymmetry.of] }).toEqual({
      q: { precision: shared.quoteAttribution.precision, recall: shared.quoteAttribution.recall, f1: shared.quoteAttribution.f1 },
      i: shared.indirectAttribution.recall,
      s: { precision: shared.stance.precision, recall: shared.stance.recall, f1: shared.stance.f1 },
      e: shared.stanceEvidence.recall,
      a: [shared.asymmetry.right, shared.asymmetry.of],
    });
  }, 120_000);
});
