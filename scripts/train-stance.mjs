#!/usr/bin/env node
// Training and data generation for plaudit's stance stage (src/4-stance).
//
//   node scripts/train-stance.mjs --wink-lexicon   regenerate src/data/winkSentimentLexicon.json (+ .origin.json)
//   node scripts/train-stance.mjs                  train src/data/targetModel.json on NewsMTSC rw-train, report rw-dev
//   node scripts/train-stance.mjs --eval           the same, and report mt-dev too (never trained on)
//
// The model is a multinomial logistic regression over the features of
// src/4-stance/targetFeatures.ts (lexicon hits in windows around the target, words near the target
// with their side, whether the target is subject or object, negation, quotes …), trained by averaged
// SGD with L2 and class weights (for macro F1), RUNS times from seeds SEED, SEED+1, … and averaged,
// so that the same data always gives the same weights (scripts/lib/linearModel.mjs, shared with
// scripts/train-directed.mjs, and the same JSON format). Only features seen at least MIN_COUNT times
// are kept. Hyper-parameters can be overridden for experiments (SEED, EPOCHS, L2, MIN_COUNT, RUNS, CWP
// environment variables); the shipped model uses the defaults below. Needs `tsx` (a dev dependency)
// to read the TypeScript feature extractor, so that training and inference share one code path.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { f1Scores, predict, quantise, trainLinear, writeModel } from './lib/linearModel.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const SEED = Number(process.env.SEED ?? 20211);
const EPOCHS = Number(process.env.EPOCHS ?? 12);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const L2 = Number(process.env.L2 ?? 3e-4);
const RUNS = Number(process.env.RUNS ?? 5);
const CWP = Number(process.env.CWP ?? 0.5);

if (args.includes('--wink-lexicon')) {
  winkLexicon();
  process.exit(0);
}

/**
 * wink's sentiment lexicon lives inside its model as a finite-state machine over vocabulary ids;
 * we walk it from the start state and write every path of up to three words that ends in a scored
 * state, scaled from wink's -1000..1000 to AFINN's -5..5.
 */
function winkLexicon() {
  const require = createRequire(import.meta.url);
  const model = require('wink-eng-lite-web-model');
  const Cache = require('wink-nlp/src/cache.js');
  const cache = Cache(model.core(), model.featureFn);
  const [, , fsm, terminal] = JSON.parse(model.sa().machines[0]);
  const out = new Map();
  const walk = (state, words) => {
    if (terminal[state] !== undefined && words.length > 0) out.set(words.join(' '), Number(terminal[state]));
    if (words.length >= 3) return;
    const next = fsm[state];
    if (!next) return;
    for (const [uid, to] of Object.entries(next)) if (to !== state && to !== 0) walk(to, [...words, cache.value(Number(uid))]);
  };
  walk(0, []);
  const entries = [...out].filter(([w, v]) => /^[a-z][a-z' -]*$/.test(w) && v !== 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const lexicon = Object.fromEntries(entries.map(([w, v]) => [w, Math.round(v / 100) / 2]));
  const file = join(root, 'src/data/winkSentimentLexicon.json');
  writeFileSync(file, `${JSON.stringify(lexicon, null, 0).replace(/,"/g, ',\n"')}\n`);
  const pkg = (name) => require(`${name}/package.json`);
  const origin = {
    file: 'winkSentimentLexicon.json',
    description: "wink's sentiment lexicon (phrases of up to three words), scaled from -1000..1000 to AFINN's -5..5 in steps of 0.5; zero scores and entries that are not lower-case words dropped.",
    generatedBy: 'node scripts/train-stance.mjs --wink-lexicon',
    source: [
      { package: 'wink-eng-lite-web-model', version: pkg('wink-eng-lite-web-model').version, license: pkg('wink-eng-lite-web-model').license },
      { package: 'wink-nlp', version: pkg('wink-nlp').version, license: pkg('wink-nlp').license },
    ],
    entries: entries.length,
    schema: 'src/adapters/winkSentimentLexicon.ts (WinkSentimentLexicon)',
  };
  writeFileSync(join(root, 'src/data/winkSentimentLexicon.origin.json'), `${JSON.stringify(origin, null, 2)}\n`);
  console.log(`wrote ${entries.length} entries to ${file}`);
}

register();
const { readTokens } = await import('../src/adapters/wink.ts');
const { targetFeatures } = await import('../src/4-stance/targetFeatures.ts');
const { tokenRange } = await import('../src/4-stance/tokenRange.ts');
const { targetFingerprint } = await import('../src/4-stance/model/probes.ts');

const CLASSES = [-1, 0, 1];
const K = CLASSES.length;
const load = (name) =>
  readFileSync(join(root, '../shared/newsmtsc', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const featurise = (rows) =>
  rows.map((r) => {
    const doc = readTokens(r.sentence);
    const [first, last] = tokenRange(doc, { start: r.from, end: r.to });
    return { y: CLASSES.indexOf(r.polarity), x: [...targetFeatures(doc, first, last).values] };
  });
const evaluate = (W, rows) => f1Scores(rows.map((r) => r.y), rows.map((r) => { const p = predict(W, r.x, K); return p.indexOf(Math.max(...p)); }), K);
const pct = (v) => Math.round(v * 1000) / 10;

// rw-dev first: wink's tags of unseen words depend a little on what it has read before, and the
// figure recorded must be the one a fresh process (the scorer) gets.
const dev = featurise(load('rw-dev.jsonl'));
const t0 = performance.now();
const train = featurise(load('rw-train.jsonl'));
const ms = performance.now() - t0;
// A bagged average of RUNS averaged-SGD runs with seeds SEED, SEED+1, … (scripts/lib/linearModel.mjs).
const W = quantise(trainLinear(train, { K, epochs: EPOCHS, l2: L2, minCount: MIN_COUNT, runs: RUNS, seed: SEED, classWeightPower: CWP }));
const { f1, macro } = evaluate(W, dev);
const file = join(root, 'src/data/targetModel.json');
const { bytes, features } = writeModel(file, {
  name: 'target-sentiment',
  classes: ['negative', 'neutral', 'positive'],
  extractor: { name: 'targetFeatures', fingerprint: targetFingerprint() },
  origin: {
    script: 'scripts/train-stance.mjs',
    data: 'NewsMTSC rw-train (8,739 targets; MIT licence, Hamborg and Donnay 2021)',
    licence: 'MIT',
    date: new Date().toISOString().slice(0, 10),
    seeds: Array.from({ length: RUNS }, (_, i) => SEED + i),
    hyperParameters: { method: 'averaged SGD, bagged over seeds', epochs: EPOCHS, l2: L2, minCount: MIN_COUNT, classWeightPower: CWP, learningRate: '0.1/(1+epoch)' },
    validation: { data: 'NewsMTSC rw-dev (343 targets)', macroF1: pct(macro), f1: { negative: pct(f1[0]), neutral: pct(f1[1]), positive: pct(f1[2]) } },
  },
  W,
});
console.log(`trained on ${train.length} targets (${(ms * 1000 / train.length).toFixed(0)} µs per target to featurise), ${features} features, ${(bytes / 1024).toFixed(0)} KB`);
console.log(`rw-dev.jsonl: F1m ${pct(macro)}  (neg ${pct(f1[0])} neu ${pct(f1[1])} pos ${pct(f1[2])})`);

if (args.includes('--eval')) {
  const rows = featurise(load('mt-dev.jsonl'));
  const { f1, macro } = evaluate(W, rows);
  console.log(`mt-dev.jsonl: F1m ${pct(macro)}  (neg ${pct(f1[0])} neu ${pct(f1[1])} pos ${pct(f1[2])})`);
}
