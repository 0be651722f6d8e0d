#!/usr/bin/env node
// Learns distributional word classes from UNLABELLED news text (issue 14, fifth session) and writes
// them as data: word → one class id per size, and a polarity −10..10 (no text, no vectors).
//
//   node scripts/learn-word-classes.mjs       learn, write scratch/wordClasses.json (OUT=file to change)
//
// NOT SHIPPED: nothing in src/ reads the classes, because no feature built on them moved the
// target model out of fold (figures below). The script stays so that the experiment can be
// repeated, e.g. on a larger unlabelled corpus.
//
// Why it was tried: the target model's words are sparse one-hot features, so a word never seen
// with a label gets no weight; every feature set and learner had landed within 68.1–68.7 out of
// fold (scripts/train-stance.mjs). A class is shared with the words used in the same contexts.
//
// How (pure JS, fixed seeds: the same input always gives the same file):
// 1. Text: the raw sentences of NewsMTSC rw-train, the directed sentiment train split (brackets
//    stripped) and the PolNeAR train articles (labels never read): 20,100 texts, 1.36 M tokens,
//    tokenised by wink and encoded as the models encode words (featureWord: lemma, `<name>`, `<num>`).
// 2. Vocabulary: words seen ≥ MIN_COUNT (5) times, 7,085; contexts: the CONTEXTS (2,000) most
//    frequent words and the sentence edges at each offset ±1 … ±WINDOW (2), position-marked.
// 3. Positive PMI with context-distribution smoothing (α 0.75, Levy, Goldberg and Dagan 2015),
//    randomized truncated SVD to DIM (100) dimensions (Halko, Martinsson and Tropp 2011: Gaussian
//    sketch, POWER (2) power iterations, Jacobi on the small matrix), singular values ^½, rows
//    normalised.
// 4. Polarity: the lexicon's (src/4-stance/lexicon.ts) where the word itself scores in most of its
//    uses, else induced from the lexicon hits within SO_WINDOW (5) tokens in the unlabelled text
//    (Turney's orientation by association, the corpus-wide balance removed, shrunk for rare words).
//    Appended × BETA (1) as one more coordinate: without it antonyms share a class ("praise" with
//    "criticise", "good" with "bad"); with it the classes split by sign.
// 5. Spherical k-means++ (ITER 25, seed SEED) at each size of KS (64, 256, 1024).
//
// Results (target model, scripts/train-stance.mjs --try: rw-train 5-fold out-of-fold macro F1
// without / with offsets; fold seed 20211, and 7 where given; ±0.5 is noise). Baseline (the shipped
// features) 68.3 / 68.3, seed 7 68.2 / 68.4. Features tried, each class id at every size: class of
// the content words within four of the target by side (like `w:`), of the clause words at ½ (like
// `c:`), of the two neighbours and the class bigrams on each side (like `n1:`, `b2:`); summed
// polarity of the near words by side, of the clause and of the rest of the sentence.
//   classes without the polarity coordinate: 67.7 / 68.2; without neighbours and bigrams 67.8 / 68.1;
//   only the 1,024 size 68.7 / 68.7; without it 67.8 / 68.1.
//   classes with the polarity coordinate, and the polarity sums: 68.1 / 68.3 (seed 7 67.9 / 68.0);
//   polarity sums only 68.2 / 68.4; classes only 68.2 / 68.2; only the 1,024 size 68.4 / 68.6 (seed
//   7 68.4 / 68.5); without neighbours and bigrams 68.2 / 68.5 (seed 7 68.1 / 68.1); + role × side ×
//   class of the near words, the class of the target's verb by role, polarity × role × side in the
//   clause 67.7 / 67.9. Trained once on all of rw-train with all of these: rw-dev 67.9 (neg 74.8 neu
//   74.3 pos 54.7; shipped 69.1), mt-dev 64.5 (shipped 66.2), 17,905 features, 394 KB plus a 185 KB
//   class table.
//   Class features only for words seen fewer than 3 / 10 / 30 / 100 times in rw-train's sentences
//   (back-off for rare words): 68.1 / 68.2, 68.9 / 68.9 (seed 7 68.1 / 68.3), 68.1 / 68.4 (seed 7
//   68.3 / 68.7), 68.0 / 68.1 (seed 7 67.8 / 67.8).
//   Dense instead of classes (DUMP=file writes the 100-dimensional vectors): the mean vector of the
//   clause words and of the near words on each side, 300 features, beside the word features: 68.6 /
//   68.7 (seed 7 68.3 / 68.5); × 3 68.2 / 68.4; clause mean or side means alone 68.4 / 68.5.
//   What it says about the cap: the classes carry the words' information (classes instead of the
//   words, neighbours and bigrams 67.4 / 67.4; no word or class features at all 63.5), but add
//   nothing beside them. A log-linear product of a words model and a classes-only model: 69.0 (seed 7
//   68.5) without offsets, the gain of any two-model ensemble here. Out of fold 687 of the 8,739
//   targets flip polarity and 2,064 confuse polar and neutral; the model fits its training folds
//   to 83 % only: what is missing is composition (who does what to whom), not vocabulary.
// Directed model (scripts/train-directed.mjs --try, valid macro F1, seeds 20241 / 20242 / 20243:
// baseline 65.0 / 64.2 / 63.9): class ids of the words between the mentions and in the ±5 windows
// (negated verbs and adjectives marked) with polarity sums by region 57.8 / 58.6 / 59.4 (the small
// classes 2 and 4 fall); polarity sums alone 63.9 / 63.3.
//
// Environment overrides: MIN_COUNT, CONTEXTS, WINDOW, DIM, POWER, KS (comma list), ITER, SEED,
// BETA, SO_WINDOW, OUT, SHOW (words whose class to print, comma list), DUMP (write the vectors to
// this file, before the polarity coordinate, and stop).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { registerTs } from './lib/registerTs.mjs';
import { mulberry32 } from './lib/linearModel.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '../shared');
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 5);
const CONTEXTS = Number(process.env.CONTEXTS ?? 2000);
const WINDOW = Number(process.env.WINDOW ?? 2);
let DIM = Number(process.env.DIM ?? 100);
const POWER = Number(process.env.POWER ?? 2);
const KS = (process.env.KS ?? '64,256,1024').split(',').map(Number);
const ITER = Number(process.env.ITER ?? 25);
const SEED = Number(process.env.SEED ?? 20261206);
const OUT = process.env.OUT ?? join(root, 'scratch/wordClasses.json');
const ALPHA = 0.75;

registerTs();
const { readTokens } = await import('../src/adapters/wink.ts');
const { featureWord } = await import('../src/4-stance/featureWords.ts');
const { lexiconHits } = await import('../src/4-stance/lexicon.ts');
const BETA = Number(process.env.BETA ?? 1);
const SO_WINDOW = Number(process.env.SO_WINDOW ?? 5);

/** The unlabelled texts: one string per sentence or article. */
function texts() {
  const out = [];
  const seen = new Set();
  for (const line of readFileSync(join(shared, 'newsmtsc/rw-train.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const s = JSON.parse(line).sentence;
    if (!seen.has(s)) { seen.add(s); out.push(s); }
  }
  const newsmtsc = out.length;
  for (const line of readFileSync(join(shared, 'directed/train.txt'), 'utf8').split('\n')) {
    const s = line.split('\t')[0]?.replace(/[[\]]/g, '');
    if (s && !seen.has(s)) { seen.add(s); out.push(s); }
  }
  const directed = out.length - newsmtsc;
  const dir = join(shared, 'polnear/train/text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) out.push(readFileSync(join(dir, f), 'utf8'));
  return { out, counts: { newsmtsc, directed, polnear: files.length } };
}

const t0 = performance.now();
const { out: docs, counts: sourceCounts } = texts();
/** Every text as a sequence of encoded words, sentence by sentence (contexts never cross a sentence). */
const sentences = [];
/** Per word: the lexicon's weights it carried itself, and the weights of the lexicon hits near it. */
const own = new Map();
const near = new Map();
const bump = (m, w, v) => { const e = m.get(w) ?? [0, 0, 0]; e[0]++; if (v > 0) e[1] += v; else e[2] -= v; m.set(w, e); };
for (const text of docs) {
  const doc = readTokens(text);
  for (const s of doc.sentences) {
    const ws = [];
    const hits = lexiconHits(doc.tokens, s.first, s.last);
    for (let i = s.first; i < s.last; i++) {
      const t = doc.tokens[i];
      if (t.pos === 'SPACE') continue;
      const w = featureWord(t);
      ws.push(w);
      const inHit = hits.find((h) => i >= h.first && i < h.last);
      bump(own, w, inHit ? Math.max(-5, Math.min(5, inHit.weight)) : 0);
      let pos = 0, neg = 0;
      for (const h of hits) {
        if (h === inHit || h.last <= i - SO_WINDOW || h.first > i + SO_WINDOW) continue;
        const v = Math.max(-5, Math.min(5, h.weight));
        if (v > 0) pos += v; else neg -= v;
      }
      bump(near, w, pos - neg);
    }
    if (ws.length) sentences.push(ws);
  }
}
const freq = new Map();
let tokens = 0;
for (const ws of sentences) for (const w of ws) { freq.set(w, (freq.get(w) ?? 0) + 1); tokens++; }
const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
const vIndex = new Map(vocab.map((w, i) => [w, i]));
const ctxWords = ['<s>', '</s>', ...byFreq.slice(0, CONTEXTS - 2).map(([w]) => w)];
const cIndex = new Map(ctxWords.map((w, i) => [w, i]));
const offsets = [];
for (let o = -WINDOW; o <= WINDOW; o++) if (o !== 0) offsets.push(o);
const C = CONTEXTS * offsets.length;
const V = vocab.length;
console.log(`${docs.length} texts (${JSON.stringify(sourceCounts)}), ${sentences.length} sentences, ${tokens} tokens, ${V} words ≥ ${MIN_COUNT}, ${C} contexts (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

// Co-occurrence counts, row by row (word → Map context → count).
const rows = Array.from({ length: V }, () => new Map());
for (const ws of sentences) {
  for (let i = 0; i < ws.length; i++) {
    const r = vIndex.get(ws[i]);
    if (r === undefined) continue;
    for (let k = 0; k < offsets.length; k++) {
      const j = i + offsets[k];
      const c = j < 0 ? '<s>' : j >= ws.length ? '</s>' : ws[j];
      const ci = cIndex.get(c);
      if (ci === undefined) continue;
      const col = ci * offsets.length + k;
      rows[r].set(col, (rows[r].get(col) ?? 0) + 1);
    }
  }
}

// PPMI as CSR.
const rowSum = new Float64Array(V);
const colSum = new Float64Array(C);
let total = 0;
rows.forEach((m, r) => { for (const [c, n] of m) { rowSum[r] += n; colSum[c] += n; total += n; } });
let colAlpha = 0;
const colPow = Float64Array.from(colSum, (n) => Math.pow(n, ALPHA));
for (const v of colPow) colAlpha += v;
const rowPtr = new Int32Array(V + 1);
const colIdx = [];
const vals = [];
rows.forEach((m, r) => {
  for (const [c, n] of [...m].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log((n / total) / ((rowSum[r] / total) * (colPow[c] / colAlpha)));
    if (pmi > 0) { colIdx.push(c); vals.push(pmi); }
  }
  rowPtr[r + 1] = colIdx.length;
});
const ci32 = Int32Array.from(colIdx);
const v64 = Float64Array.from(vals);
console.log(`PPMI: ${v64.length} non-zero cells`);

/** A (V×C) times dense X (C×L, row-major) → V×L. */
function mulA(X, L) {
  const Y = new Float64Array(V * L);
  for (let r = 0; r < V; r++) {
    const o = r * L;
    for (let p = rowPtr[r]; p < rowPtr[r + 1]; p++) {
      const v = v64[p], xo = ci32[p] * L;
      for (let l = 0; l < L; l++) Y[o + l] += v * X[xo + l];
    }
  }
  return Y;
}
/** Aᵀ (C×V) times dense Y (V×L) → C×L. */
function mulAt(Y, L) {
  const X = new Float64Array(C * L);
  for (let r = 0; r < V; r++) {
    const o = r * L;
    for (let p = rowPtr[r]; p < rowPtr[r + 1]; p++) {
      const v = v64[p], xo = ci32[p] * L;
      for (let l = 0; l < L; l++) X[xo + l] += v * Y[o + l];
    }
  }
  return X;
}
/** Orthonormalises the L columns of the n×L row-major matrix M in place (modified Gram–Schmidt, twice). */
function orthonormalise(M, n, L) {
  for (let pass = 0; pass < 2; pass++)
    for (let j = 0; j < L; j++) {
      for (let k = 0; k < j; k++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += M[i * L + j] * M[i * L + k];
        for (let i = 0; i < n; i++) M[i * L + j] -= d * M[i * L + k];
      }
      let s = 0;
      for (let i = 0; i < n; i++) s += M[i * L + j] ** 2;
      s = Math.sqrt(s) || 1;
      for (let i = 0; i < n; i++) M[i * L + j] /= s;
    }
}
/** Eigen-decomposition of the symmetric L×L matrix S by cyclic Jacobi: eigenvalues and eigenvectors (columns). */
function jacobi(S, L) {
  const A = Float64Array.from(S);
  const E = new Float64Array(L * L);
  for (let i = 0; i < L; i++) E[i * L + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < L; p++) for (let q = p + 1; q < L; q++) off += A[p * L + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < L; p++)
      for (let q = p + 1; q < L; q++) {
        const apq = A[p * L + q];
        if (Math.abs(apq) < 1e-15) continue;
        const theta = (A[q * L + q] - A[p * L + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < L; k++) {
          const akp = A[k * L + p], akq = A[k * L + q];
          A[k * L + p] = c * akp - s * akq; A[k * L + q] = s * akp + c * akq;
        }
        for (let k = 0; k < L; k++) {
          const apk = A[p * L + k], aqk = A[q * L + k];
          A[p * L + k] = c * apk - s * aqk; A[q * L + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < L; k++) {
          const ekp = E[k * L + p], ekq = E[k * L + q];
          E[k * L + p] = c * ekp - s * ekq; E[k * L + q] = s * ekp + c * ekq;
        }
      }
  }
  return { values: Array.from({ length: L }, (_, i) => A[i * L + i]), vectors: E };
}

// Randomized SVD: Q spans A's top singular space; B = Qᵀ A; B Bᵀ = U Σ² Uᵀ; word vectors Q U Σ^½.
const rand = mulberry32(SEED);
const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
const SVD_DIM = DIM;
const L = DIM + 20;
let Q = mulA(Float64Array.from({ length: C * L }, gauss), L);
orthonormalise(Q, V, L);
for (let it = 0; it < POWER; it++) {
  const Z = mulAt(Q, L);
  orthonormalise(Z, C, L);
  Q = mulA(Z, L);
  orthonormalise(Q, V, L);
}
const Bt = mulAt(Q, L); // C×L = (Qᵀ A)ᵀ
const BBt = new Float64Array(L * L);
for (let c = 0; c < C; c++) {
  const o = c * L;
  for (let i = 0; i < L; i++) { const x = Bt[o + i]; if (x) for (let j = 0; j < L; j++) BBt[i * L + j] += x * Bt[o + j]; }
}
const { values, vectors } = jacobi(BBt, L);
const order = values.map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]).slice(0, DIM);
let vec = new Float64Array(V * DIM);
for (let r = 0; r < V; r++) {
  for (let d = 0; d < DIM; d++) {
    const [ev, col] = order[d];
    let s = 0;
    for (let l = 0; l < L; l++) s += Q[r * L + l] * vectors[l * L + col];
    vec[r * DIM + d] = s * Math.pow(Math.max(ev, 0), 0.25); // Σ^½ = (eigenvalue)^¼
  }
  let n = 0;
  for (let d = 0; d < DIM; d++) n += vec[r * DIM + d] ** 2;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < DIM; d++) vec[r * DIM + d] /= n;
}
console.log(`SVD: top singular values ${order.slice(0, 5).map(([v]) => Math.sqrt(v).toFixed(1)).join(' ')} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

// Polarity of each word, from the lexicon where the word itself scores (most of its uses are hits),
// else induced from the lexicon hits around it in the unlabelled text (Turney's semantic
// orientation by association, with the corpus-wide balance of positive and negative hits removed,
// shrunk toward 0 for rare words). Distributional vectors put antonyms together ("praise" and
// "criticise" share their contexts); a polarity coordinate weighted BETA splits the classes by it.
let nearP = 0, nearN = 0;
for (const [, e] of near) { nearP += e[1]; nearN += e[2]; }
const prior = Math.log(nearP / nearN);
const polarity = new Float64Array(V);
vocab.forEach((w, r) => {
  const o = own.get(w), n = near.get(w);
  if (o && o[1] + o[2] > 0 && (o[1] + o[2]) / o[0] >= 1) polarity[r] = Math.max(-1, Math.min(1, (o[1] - o[2]) / o[0] / 3));
  else if (n) polarity[r] = Math.max(-1, Math.min(1, (Math.log((n[1] + 1) / (n[2] + 1)) - prior) * (n[0] / (n[0] + 20))));
});
if (BETA > 0) {
  const D1 = DIM + 1;
  const ext = new Float64Array(V * D1);
  for (let r = 0; r < V; r++) {
    let n = 0;
    for (let d = 0; d < DIM; d++) { ext[r * D1 + d] = vec[r * DIM + d]; n += vec[r * DIM + d] ** 2; }
    ext[r * D1 + DIM] = BETA * polarity[r];
    n = Math.sqrt(n + (BETA * polarity[r]) ** 2) || 1;
    for (let d = 0; d < D1; d++) ext[r * D1 + d] /= n;
  }
  vec = ext;
  DIM = D1;
}

if (process.env.DUMP) {
  const o = {};
  vocab.forEach((w, r) => { o[w] = Array.from(vec.subarray(r * DIM, r * DIM + DIM), (x) => Math.round(x * 1000) / 1000); });
  writeFileSync(process.env.DUMP, JSON.stringify(o));
  process.exit(0);
}

/** Spherical k-means with k-means++ seeding, weighted by nothing (every word counts once). */
function kmeans(K, seed) {
  const rnd = mulberry32(seed);
  const cent = new Float64Array(K * DIM);
  const dist = new Float64Array(V).fill(Infinity);
  let pick = Math.floor(rnd() * V);
  for (let k = 0; k < K; k++) {
    for (let d = 0; d < DIM; d++) cent[k * DIM + d] = vec[pick * DIM + d];
    let sum = 0;
    for (let r = 0; r < V; r++) {
      let dot = 0;
      for (let d = 0; d < DIM; d++) dot += vec[r * DIM + d] * cent[k * DIM + d];
      dist[r] = Math.min(dist[r], Math.max(0, 1 - dot));
      sum += dist[r];
    }
    let x = rnd() * sum;
    pick = V - 1;
    for (let r = 0; r < V; r++) { x -= dist[r]; if (x <= 0) { pick = r; break; } }
  }
  const label = new Int32Array(V).fill(-1);
  for (let it = 0; it < ITER; it++) {
    let moved = 0;
    for (let r = 0; r < V; r++) {
      let best = -Infinity, bk = 0;
      for (let k = 0; k < K; k++) {
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += vec[r * DIM + d] * cent[k * DIM + d];
        if (dot > best) { best = dot; bk = k; }
      }
      if (label[r] !== bk) { label[r] = bk; moved++; }
    }
    cent.fill(0);
    for (let r = 0; r < V; r++) for (let d = 0; d < DIM; d++) cent[label[r] * DIM + d] += vec[r * DIM + d];
    for (let k = 0; k < K; k++) {
      let n = 0;
      for (let d = 0; d < DIM; d++) n += cent[k * DIM + d] ** 2;
      n = Math.sqrt(n);
      if (n === 0) { const r = Math.floor(rnd() * V); for (let d = 0; d < DIM; d++) cent[k * DIM + d] = vec[r * DIM + d]; continue; }
      for (let d = 0; d < DIM; d++) cent[k * DIM + d] /= n;
    }
    if (moved === 0) break;
  }
  return label;
}

const labels = KS.map((K, i) => kmeans(K, SEED + 1 + i));
console.log(`k-means ${KS.join(', ')} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
const words = vocab.map((w, r) => [w, labels.map((l) => l[r])]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const data = {
  format: 'plaudit-word-classes/1',
  origin: {
    script: 'scripts/learn-word-classes.mjs',
    data: 'raw text only (no labels): NewsMTSC rw-train sentences (MIT, Hamborg and Donnay 2021), directed sentiment train sentences (Park, Pan and Joo 2021), PolNeAR train articles (Newell, Margolin and Ruths 2018)',
    texts: sourceCounts,
    tokens,
    method: `PPMI (α ${ALPHA}) over the ${CONTEXTS} most frequent words at offsets ±1…±${WINDOW}, randomized truncated SVD to ${SVD_DIM} dimensions, a polarity coordinate × ${BETA} (${POWER} power iterations, singular values ^½), spherical k-means++ (${ITER} iterations)`,
    minCount: MIN_COUNT,
    seed: SEED,
    date: new Date().toISOString().slice(0, 10),
  },
  sizes: KS,
  words: Object.fromEntries(words.map(([w, ids]) => [w, [...ids, Math.round(polarity[vIndex.get(w)] * 10)]])),
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(data).replace(/\],"/g, '],\n"')}\n`);
console.log(`wrote ${V} words to ${OUT}`);
// A few classes to look at (the words of the class of some common words), for the log only.
if (process.env.SHOW) {
  const k = KS.length - 1;
  for (const w of process.env.SHOW.split(',')) {
    const r = vIndex.get(w);
    if (r === undefined) continue;
    const mates = vocab.filter((_, i) => labels[k][i] === labels[k][r]).slice(0, 25);
    console.log(`${w} (${polarity[r].toFixed(2)}): ${mates.join(' ')}`);
  }
}
