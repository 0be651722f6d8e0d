#!/usr/bin/env node
// Trains plaudit's directed stance model (src/data/directedModel.json) on the directed sentiment
// data of Park, Pan and Joo (Findings of ACL 2021): ../shared/directed/train.txt, chosen on
// valid.txt. Usage, from the project root:
//
//   node scripts/train-directed.mjs            train with the shipped settings, report valid, write the JSON
//   node scripts/train-directed.mjs --try      train, report valid, write nothing (for experiments)
//
// Multinomial logistic regression over src/4-stance/directedFeatures.ts (imported through tsx, so
// training and inference share one code path), five classes relative to the mention that comes
// first in the text: 0 none, 1 first praises second, 2 second praises first, 3 first criticises
// second, 4 second criticises first. Averaged SGD with L2 and class weights (for macro F1), RUNS
// runs from seeds SEED, SEED+1, … averaged (scripts/lib/linearModel.mjs). Experiments override
// SETS, EPOCHS, L2, MIN_COUNT, RUNS, CWP (class-weight power) through the environment; the
// shipped model uses the defaults below. The target model (scripts/train-stance.mjs) reads this
// model's decisions as features: retrain it after this one (its fingerprint test says so).
//
// What was tried (valid macro-F1, seed 20241, 3 runs; class F1 of the small classes 2 and 4, 29 and
// 43 sentences, moves several points with one sentence, and other seeds give 62–63 for the shipped
// settings): words only (w) 55.2 / 62.5 / 63.3 with class-weight power 1 / 0.5 / 0.25; + structure
// (ws) 55.2 / 62.8 / 62.2; + lexicons (wsx) 55.4 / 62.1 / 61.2; + conjunctions (wsxc) 54.5 / 63.7 /
// 62.4; wsxc with negated words marked 64.5 (shipped). Not kept: the hand-written stance rules as
// features 64.7, a sentence-wide bag of words 64.9, the mentions' own words 62.2, 20 epochs 65.1,
// min count 3 62.4, 5 runs 63.4: within the noise, or worse.
// Fifth session: distributional word classes (scripts/learn-word-classes.mjs) of the words between
// and around the mentions, with their induced polarity summed by region: 57.8 (seeds 20241–20243
// 57.8 / 58.6 / 59.4 against 65.0 / 64.2 / 63.9); the polarity sums alone 63.9 / 63.3. Not kept.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { registerTs } from './lib/registerTs.mjs';
import { readDirected } from './lib/directedData.mjs';
import { f1Scores, predict, quantise, trainLinear, writeModel } from './lib/linearModel.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const SEED = Number(process.env.SEED ?? 20241);
const EPOCHS = Number(process.env.EPOCHS ?? 10);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const L2 = Number(process.env.L2 ?? 3e-4);
const RUNS = Number(process.env.RUNS ?? 3);
const CWP = Number(process.env.CWP ?? 0.5);
const PRUNE = Number(process.env.PRUNE ?? 0.002);
// Weights are shipped as integers × SCALE. 300 scores as 1000 did on directed valid (64.5, the same
// per-class F1 but one within 0.1) and keeps the JSON 73 KB smaller, room for the target model's
// word vectors (src/data/wordVectors.json); 200 and 100 gave 64.3 and 64.4. The shipped file was
// requantised from the × 1000 weights of its training, not retrained.
const SCALE = Number(process.env.SCALE ?? 300);

registerTs();
const { readTokens } = await import('../src/adapters/wink.ts');
const { directedFeatures, DIRECTED_SETS } = await import('../src/4-stance/directedFeatures.ts');
const { tokenRange } = await import('../src/4-stance/tokenRange.ts');
const { directedFingerprint } = await import('../src/4-stance/model/probes.ts');
const SETS = process.env.SETS ?? DIRECTED_SETS;

const CLASSES = ['none', 'firstPraisesSecond', 'secondPraisesFirst', 'firstCriticisesSecond', 'secondCriticisesFirst'];
const K = CLASSES.length;

/** The sentences of ../shared/directed/<name>, tokenised, with their two mentions' token ranges and label. */
function load(name) {
  return readDirected(join(root, '../shared/directed', name)).map(({ text, spans, y }) => {
    const doc = readTokens(text);
    return { y, doc, a: tokenRange(doc, spans[0]), b: tokenRange(doc, spans[1]) };
  });
}
const featurise = (rows) => rows.map((r) => ({ y: r.y, x: [...directedFeatures(r.doc, r.a, r.b, SETS).values] }));

const t0 = performance.now();
// valid first: wink's tags of unseen words depend a little on what it has read before, and the
// figure recorded must be the one a fresh process (the scorer) gets.
const valid = featurise(load('valid.txt'));
const train = featurise(load('train.txt'));
const secs = (performance.now() - t0) / 1000;
const hp = { epochs: EPOCHS, l2: L2, minCount: MIN_COUNT, runs: RUNS, seed: SEED, classWeightPower: CWP, K };
const W = quantise(trainLinear(train, hp), { scale: SCALE, prune: PRUNE });
const pred = valid.map((ex) => { const p = predict(W, ex.x, K); return p.indexOf(Math.max(...p)); });
const { f1, macro } = f1Scores(valid.map((e) => e.y), pred, K);
const pct = (v) => Math.round(v * 1000) / 10;
console.log(`sets ${SETS} epochs ${EPOCHS} l2 ${L2} minCount ${MIN_COUNT} runs ${RUNS} cwp ${CWP}: ${W.size} features; read+featurise ${secs.toFixed(1)} s`);
console.log(`valid macro-F1 ${pct(macro)}  per class ${f1.map(pct).join(' / ')}`);

if (!args.includes('--try')) {
  const file = join(root, 'src/data/directedModel.json');
  const { bytes, features } = writeModel(file, {
    name: 'directed-stance',
    classes: CLASSES,
    extractor: { name: `directedFeatures:${SETS}`, fingerprint: directedFingerprint() },
    origin: {
      script: 'scripts/train-directed.mjs',
      data: 'directed/train.txt (13,144 sentences) of Park, Pan and Joo, "Who Blames or Endorses Whom?", Findings of ACL 2021 (bywords/directed_sentiment_analysis)',
      licence: 'data usable with a citation of the paper',
      date: new Date().toISOString().slice(0, 10),
      seeds: Array.from({ length: RUNS }, (_, i) => SEED + i),
      hyperParameters: { method: 'averaged SGD, bagged over seeds', epochs: EPOCHS, l2: L2, minCount: MIN_COUNT, classWeightPower: CWP, learningRate: '0.1/(1+epoch)', prune: PRUNE, scale: SCALE, sets: SETS },
      validation: { data: 'directed/valid.txt (1,461 sentences)', macroF1: pct(macro), f1: Object.fromEntries(CLASSES.map((c, i) => [c, pct(f1[i])])) },
    },
    W,
    scale: SCALE,
    prune: PRUNE,
  });
  console.log(`wrote ${features} features, ${(bytes / 1024).toFixed(0)} KB to ${file}`);
}
