#!/usr/bin/env node
// Training and data generation for plaudit's stance stage (src/4-stance).
//
//   node scripts/train-stance.mjs --wink-lexicon   regenerate src/data/wink-sentiment-lexicon.json (+ .origin.json)
//   node scripts/train-stance.mjs                  train src/4-stance/targetModel.ts on NewsMTSC rw-train
//   node scripts/train-stance.mjs --eval           train, then report on rw-dev and mt-dev (never trained on)
//
// The model is a multinomial logistic regression over the features of
// src/4-stance/targetFeatures.ts (lexicon hits in windows around the target, words near the target
// with their side, whether the target is subject or object, negation, quotes …), trained by averaged
// SGD with L2 and class weights (for macro F1), RUNS times from seeds SEED, SEED+1, … and averaged,
// so that the same data always gives the same weights. Only features seen at least MIN_COUNT times
// are kept. Hyper-parameters can be overridden for experiments (SEED, EPOCHS, L2, MIN_COUNT, RUNS
// environment variables); the shipped model uses the defaults below. Needs `tsx` (a dev dependency)
// to read the TypeScript feature extractor, so that training and inference share one code path.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const SEED = Number(process.env.SEED ?? 20211);
const EPOCHS = Number(process.env.EPOCHS ?? 12);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const L2 = Number(process.env.L2 ?? 3e-4);
const RUNS = Number(process.env.RUNS ?? 5);

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
  const file = join(root, 'src/data/wink-sentiment-lexicon.json');
  writeFileSync(file, `${JSON.stringify(lexicon, null, 0).replace(/,"/g, ',\n"')}\n`);
  const pkg = (name) => require(`${name}/package.json`);
  const origin = {
    file: 'wink-sentiment-lexicon.json',
    description: "wink's sentiment lexicon (phrases of up to three words), scaled from -1000..1000 to AFINN's -5..5 in steps of 0.5; zero scores and entries that are not lower-case words dropped.",
    generatedBy: 'node scripts/train-stance.mjs --wink-lexicon',
    source: [
      { package: 'wink-eng-lite-web-model', version: pkg('wink-eng-lite-web-model').version, license: pkg('wink-eng-lite-web-model').license },
      { package: 'wink-nlp', version: pkg('wink-nlp').version, license: pkg('wink-nlp').license },
    ],
    entries: entries.length,
    schema: 'src/adapters/winkSentimentLexicon.ts (WinkSentimentLexicon)',
  };
  writeFileSync(join(root, 'src/data/wink-sentiment-lexicon.origin.json'), `${JSON.stringify(origin, null, 2)}\n`);
  console.log(`wrote ${entries.length} entries to ${file}`);
}

register();
const { readTokens } = await import('../src/adapters/wink.ts');
const { targetFeatures } = await import('../src/4-stance/targetFeatures.ts');
const { tokenRange } = await import('../src/4-stance/tokenRange.ts');

const CLASSES = [-1, 0, 1];
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

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t0 = performance.now();
const train = featurise(load('rw-train.jsonl'));
const ms = performance.now() - t0;
const counts = new Map();
for (const ex of train) for (const [k] of ex.x) counts.set(k, (counts.get(k) ?? 0) + 1);
const keep = new Set([...counts].filter(([, c]) => c >= MIN_COUNT).map(([k]) => k));
const freq = [0, 0, 0];
for (const ex of train) freq[ex.y]++;
const classWeight = freq.map((n) => train.length / (3 * n));

/** One averaged-SGD run from one seed: feature → [neg, neu, pos] weights. */
function trainOnce(seed) {
  const W = new Map([...keep].map((k) => [k, new Float64Array(3)]));
  // Averaged SGD: U accumulates step × update so that the average of all weight vectors seen is
  // W − U / steps (Daumé's trick); averaging makes the model far less sensitive to the seed.
  const U = new Map([...keep].map((k) => [k, new Float64Array(3)]));
  let steps = 1;
  const rand = mulberry32(seed);
  const order = train.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = 0.1 / (1 + epoch);
    for (const idx of order) {
      const ex = train[idx];
      const z = [0, 0, 0];
      for (const [k, v] of ex.x) { const w = W.get(k); if (w) for (let c = 0; c < 3; c++) z[c] += w[c] * v; }
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const s = e[0] + e[1] + e[2];
      const g = e.map((v, c) => (v / s - (c === ex.y ? 1 : 0)) * classWeight[ex.y]);
      for (const [k, v] of ex.x) {
        const w = W.get(k);
        if (!w) continue;
        const u = U.get(k);
        for (let c = 0; c < 3; c++) {
          const d = lr * (g[c] * v + L2 * w[c]);
          w[c] -= d;
          u[c] -= steps * d;
        }
      }
      steps++;
    }
  }
  for (const [k, w] of W) { const u = U.get(k); for (let c = 0; c < 3; c++) w[c] -= u[c] / steps; }
  return W;
}

// A bagged average of RUNS runs with seeds SEED, SEED+1, …: one model of the same size, whose
// scores move far less with the seed than a single run's.
const W = new Map([...keep].map((k) => [k, new Float64Array(3)]));
for (let r = 0; r < RUNS; r++) {
  for (const [k, w] of trainOnce(SEED + r)) { const t = W.get(k); for (let c = 0; c < 3; c++) t[c] += w[c] / RUNS; }
}
const weights = {};
for (const [k, w] of [...W].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const r = [...w].map((v) => Math.round(v * 1000) / 1000);
  if (r.some((v) => v !== 0)) weights[k] = r;
}
const file = join(root, 'src/4-stance/targetModel.ts');
const body = JSON.stringify(weights);
writeFileSync(
  file,
  `// Generated by scripts/train-stance.mjs (seeds ${SEED}..${SEED + RUNS - 1} averaged, averaged SGD, ${EPOCHS} epochs, L2 ${L2}, features seen >= ${MIN_COUNT} times)\n` +
    `// from NewsMTSC rw-train (MIT licence, Hamborg and Donnay 2021): do not edit.\n` +
    `// Multinomial logistic regression: feature → weights for [negative, neutral, positive].\n` +
    `export const TARGET_MODEL: Readonly<Record<string, readonly [number, number, number]>> = ${body};\n`,
);
console.log(`trained on ${train.length} targets (${(ms * 1000 / train.length).toFixed(0)} µs per target to featurise), ${Object.keys(weights).length} features, ${(body.length / 1024).toFixed(0)} KB`);

if (args.includes('--eval')) {
  for (const name of ['rw-dev.jsonl', 'mt-dev.jsonl']) {
    const rows = featurise(load(name));
    const conf = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
    for (const ex of rows) {
      const z = [0, 0, 0];
      for (const [k, v] of ex.x) { const w = W.get(k); if (w) for (let c = 0; c < 3; c++) z[c] += w[c] * v; }
      conf[ex.y][z.indexOf(Math.max(...z))]++;
    }
    const f1 = [0, 1, 2].map((c) => {
      const tp = conf[c][c], pred = conf[0][c] + conf[1][c] + conf[2][c], gold = conf[c][0] + conf[c][1] + conf[c][2];
      const P = pred ? tp / pred : 0, R = gold ? tp / gold : 0;
      return P + R ? (2 * P * R) / (P + R) : 0;
    });
    console.log(`${name}: F1m ${((100 * (f1[0] + f1[1] + f1[2])) / 3).toFixed(1)}  (neg ${(100 * f1[0]).toFixed(1)} neu ${(100 * f1[1]).toFixed(1)} pos ${(100 * f1[2]).toFixed(1)})`);
  }
}
