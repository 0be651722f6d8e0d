// Training side of plaudit's one linear-model format (src/4-stance/model/linearModel.ts): averaged
// SGD or Adagrad for multinomial logistic regression with L2 and class weights (for macro F1),
// bagged over several seeds so that the same data always gives the same weights, and the writer of
// the JSON model data. Shared by scripts/train-stance.mjs and scripts/train-directed.mjs.
import { writeFileSync } from 'node:fs';

export function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains on `examples` ({y: class index, x: [[feature, value], …]}) and returns
 * Map feature → Float64Array(K). Features seen in fewer than minCount examples are dropped.
 * classWeightPower: 1 = fully balanced class weights, 0 = none.
 *
 * optimiser 'averaged-sgd' (the default): SGD with step lr/(1+epoch), the weights averaged over
 * all steps. 'adagrad': each weight's step is lr ÷ the root of its summed squared gradients, no
 * averaging, so that a rare feature moves as far on its few examples as a common one on its many,
 * and the number of epochs (few) does the regularising that L2 does for SGD.
 */
export function trainLinear(examples, { K, epochs = 12, l2 = 3e-4, minCount = 2, runs = 5, seed = 1, lr = 0.1, classWeightPower = 1, optimiser = 'averaged-sgd' }) {
  if (optimiser !== 'averaged-sgd' && optimiser !== 'adagrad') throw new Error(`trainLinear: unknown optimiser ${optimiser}`);
  const adagrad = optimiser === 'adagrad';
  const counts = new Map();
  for (const ex of examples) for (const [k] of ex.x) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= minCount).map(([k]) => k).sort();
  const index = new Map(names.map((k, i) => [k, i]));
  const data = examples.map((ex) => {
    const ids = [], vals = [];
    for (const [k, v] of ex.x) { const i = index.get(k); if (i !== undefined) { ids.push(i); vals.push(v); } }
    return { y: ex.y, ids: Int32Array.from(ids), vals: Float64Array.from(vals) };
  });
  const freq = new Array(K).fill(0);
  for (const ex of data) freq[ex.y]++;
  const cw = freq.map((n) => Math.pow(data.length / (K * Math.max(n, 1)), classWeightPower));
  const F = names.length;
  const total = new Float64Array(F * K);
  for (let r = 0; r < runs; r++) {
    const W = new Float64Array(F * K);
    const U = new Float64Array(F * K); // Daumé's trick: the average of all weights seen is W − U / steps
    const G = adagrad ? new Float64Array(F * K).fill(1e-8) : null; // Adagrad's summed squared gradients
    let steps = 1;
    const rand = mulberry32(seed + r);
    const order = data.map((_, i) => i);
    const z = new Float64Array(K), g = new Float64Array(K);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const eta = lr / (1 + epoch);
      for (const idx of order) {
        const ex = data[idx];
        z.fill(0);
        for (let n = 0; n < ex.ids.length; n++) { const o = ex.ids[n] * K, v = ex.vals[n]; for (let c = 0; c < K; c++) z[c] += W[o + c] * v; }
        let m = -Infinity; for (let c = 0; c < K; c++) m = Math.max(m, z[c]);
        let s = 0; for (let c = 0; c < K; c++) { g[c] = Math.exp(z[c] - m); s += g[c]; }
        for (let c = 0; c < K; c++) g[c] = (g[c] / s - (c === ex.y ? 1 : 0)) * cw[ex.y];
        for (let n = 0; n < ex.ids.length; n++) {
          const o = ex.ids[n] * K, v = ex.vals[n];
          if (G) for (let c = 0; c < K; c++) { const gr = g[c] * v + l2 * W[o + c]; G[o + c] += gr * gr; W[o + c] -= (lr * gr) / Math.sqrt(G[o + c]); }
          else for (let c = 0; c < K; c++) { const d = eta * (g[c] * v + l2 * W[o + c]); W[o + c] -= d; U[o + c] -= steps * d; }
        }
        steps++;
      }
    }
    for (let i = 0; i < F * K; i++) total[i] += (G ? W[i] : W[i] - U[i] / steps) / runs;
  }
  const out = new Map();
  names.forEach((k, i) => out.set(k, total.slice(i * K, i * K + K)));
  return out;
}

/** Class probabilities of [[feature, value], …] under weights W (Map feature → Float64Array). */
export function predict(W, x, K) {
  const z = new Array(K).fill(0);
  for (const [k, v] of x) { const w = W.get(k); if (w) for (let c = 0; c < K; c++) z[c] += w[c] * v; }
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Per-class F1 and macro F1 from gold and predicted class indices. */
export function f1Scores(gold, pred, K) {
  const conf = Array.from({ length: K }, () => new Array(K).fill(0));
  gold.forEach((g, i) => conf[g][pred[i]]++);
  const f1 = conf.map((row, c) => {
    const tp = conf[c][c], p = conf.reduce((s, r) => s + r[c], 0), gsum = row.reduce((a, b) => a + b, 0);
    const P = p ? tp / p : 0, R = gsum ? tp / gsum : 0;
    return P + R ? (2 * P * R) / (P + R) : 0;
  });
  return { f1, macro: f1.reduce((a, b) => a + b, 0) / K };
}

/**
 * The weights as shipped: × scale rounded to integers and back, rows that round to zeros (or whose
 * largest |weight| is below `prune`) left out. Evaluate this, not the raw weights.
 */
export function quantise(W, { scale = 1000, prune = 0 } = {}) {
  const out = new Map();
  for (const k of [...W.keys()].sort()) {
    const w = W.get(k);
    if (Math.max(...w.map(Math.abs)) < prune) continue;
    const r = w.map((v) => Math.round(v * scale) / scale);
    if (r.some((v) => v !== 0)) out.set(k, r);
  }
  return out;
}

/**
 * Writes the JSON model data: weights × scale rounded to integers, features whose row rounds to
 * zeros (or whose largest |weight| is below `prune`) left out. Returns the number of bytes.
 */
export function writeModel(file, { name, classes, extractor, origin, W, scale = 1000, prune = 0 }) {
  const features = [];
  const weights = [];
  for (const k of [...W.keys()].sort()) {
    const w = W.get(k);
    const r = [...w].map((v) => Math.round(v * scale));
    if (r.every((v) => v === 0) || Math.max(...w.map(Math.abs)) < prune) continue;
    features.push(k);
    weights.push(...r);
  }
  const json = `{"format":"plaudit-linear-model/1","name":${JSON.stringify(name)},"classes":${JSON.stringify(classes)},` +
    `"extractor":${JSON.stringify(extractor)},\n"origin":${JSON.stringify(origin, null, 1)},\n"scale":${scale},\n` +
    `"features":${JSON.stringify(features)},\n"weights":${JSON.stringify(weights)}}\n`;
  writeFileSync(file, json);
  return { bytes: Buffer.byteLength(json), features: features.length };
}
