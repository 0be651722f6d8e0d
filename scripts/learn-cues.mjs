#!/usr/bin/env node
// Learns attribution cues from PolNeAR's training split: the constructions whose complement is content.
// Usage, from the project's root:
//   node scripts/learn-cues.mjs [--data DIR] [--min-support N] [--min-precision P] [--out FILE] [--print]
// It first bundles plaudit from src/ with an empty learned table and reads every training article
// with it. Then, for every verb lemma (wink's tag VERB) and every noun + preposition pair
// ("support for", "criticism of"), each with the class of what follows it (`complementAfter` in
// src/3-attribution/reported/learnedComplement.ts: "to" + verb, "that", a wh-word, a preposition,
// a noun phrase), it counts the occurrences that are no cue of an utterance plaudit already made,
// and among them those that head a gold Cue whose Content, not yet covered by plaudit, starts
// within three tokens after the word. It keeps the constructions with at least N such
// occurrences and a share of at least P, and writes them with their figures and origin to
// src/data/learnedCues.json. Counts only: no sentence of the data is written anywhere.
// The thresholds of the committed file: --min-support 8 --min-precision 0.25 (chosen on PolNeAR dev,
// with MIN_LEARNED_PRECISION in learnedComplement.ts).
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readAttributions } from './lib/polnearData.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dataDir = resolve(opt('--data', join(root, '..', 'shared', 'polnear', 'train')));
const minSupport = Number(opt('--min-support', 8));
const minPrecision = Number(opt('--min-precision', 0.25));
const outFile = resolve(opt('--out', join(root, 'src', 'data', 'learnedCues.json')));
/** How far after the cue word the gold content may start (tokens). */
const REACH = 3;

const outDir = join(root, '.tmp', 'learn-cues');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'entry.ts'), `export { readTokens } from '${join(root, 'src/adapters/wink.ts')}';\nexport { complementAfter, learnedKey } from '${join(root, 'src/3-attribution/cues/cueModel.ts')}';\n`);
await build({ entryPoints: [join(outDir, 'entry.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(outDir, 'bundle.mjs'),
  external: ['wink-nlp', 'wink-eng-lite-web-model'], logLevel: 'error', nodePaths: [join(root, 'node_modules')] });
const { readTokens, complementAfter, learnedKey } = await import(pathToFileURL(join(outDir, 'bundle.mjs')).href + `?t=${Date.now()}`);
// plaudit itself, bundled from source with an empty learned table: what it finds without the learned cues.
const emptyTable = { name: 'empty-learned-cues', setup(b) {
  b.onLoad({ filter: /learnedCues\.json$/ }, () => ({ contents: JSON.stringify({ origin: { generatedBy: '', data: '', thresholds: { minSupport: 0, minPrecision: 0 } }, cues: [] }), loader: 'json' }));
} };
await build({ entryPoints: [join(root, 'src/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(outDir, 'plaudit.mjs'), plugins: [emptyTable],
  packages: 'external', logLevel: 'error', nodePaths: [join(root, 'node_modules')] });
const plaudit = await import(pathToFileURL(join(outDir, 'plaudit.mjs')).href + `?t=${Date.now()}`);


const stats = new Map(); // 'lemma|complement' → { form, n, hits }
const bump = (key, form) => { let s = stats.get(key); if (!s) stats.set(key, s = { form, n: 0, hits: 0 }); return s; };
const annFiles = readdirSync(join(dataDir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const seen = new Set();
let docs = 0; let tokenCount = 0; let goldCount = 0;
for (const f of annFiles) {
  const doc = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (seen.has(doc)) continue; // first annotator only, as the scorer reads
  seen.add(doc); docs++;
  const text = readFileSync(join(dataDir, 'text', `${doc}.txt`), 'utf8');
  const { tokens } = readTokens(text);
  tokenCount += tokens.length;
  const tokenAt = (offset) => { let lo = 0, hi = tokens.length; while (lo < hi) { const m = (lo + hi) >> 1; if (tokens[m].end <= offset) lo = m + 1; else hi = m; } return lo; };
  // For each token: the first token of the content of a gold cue that covers it (or -1).
  const contentAfter = new Int32Array(tokens.length).fill(-1);
  const found = (await plaudit.analyze(text)).utterances.filter((u) => typeof u.start === 'number' && u.end > u.start);
  const used = new Uint8Array(tokens.length);
  for (const u of found) if (u.cue) for (let k = tokenAt(u.cue.start); k < tokens.length && tokens[k].start < u.cue.end; k++) used[k] = 1;
  const overlap = (r, u) => Math.max(0, Math.min(r[1], u.end) - Math.max(r[0], u.start));
  for (const g of readAttributions(readFileSync(join(dataDir, 'attributions', f), 'utf8'), text).filter((x) => x.cue)) {
    goldCount++;
    // A content plaudit already covers (as the scorer counts it) teaches nothing new.
    const size = g.content.reduce((n, r) => n + r[1] - r[0], 0);
    if (g.content.reduce((n, r) => n + found.reduce((m, u) => m + overlap(r, u), 0), 0) >= size / 2) continue;
    const from = tokenAt(g.content[0][0]);
    for (const [a, b] of g.cue) for (let k = tokenAt(a); k < tokens.length && tokens[k].start < b; k++) if (from > k && (contentAfter[k] < 0 || from < contentAfter[k])) contentAfter[k] = from;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (used[i]) continue;
    const key = learnedKey(tokens, i);
    if (key === null || !/^[a-z][a-z -]*$/.test(key.lemma)) continue;
    const { lemma, head } = key;
    const form = head === i ? 'verb' : 'noun';
    const complement = complementAfter(tokens, head);
    if (complement === null) continue;
    const s = bump(`${lemma}|${complement}`, form);
    s.n++;
    const from = contentAfter[i];
    if (from >= 0 && from - head <= REACH) s.hits++;
  }
}

const round = (x) => Math.round(x * 1000) / 1000;
const rows = [...stats].filter(([, s]) => s.n >= minSupport && s.hits / s.n >= minPrecision)
  .sort((a, b) => b[1].hits / b[1].n - a[1].hits / a[1].n || a[0].localeCompare(b[0]))
  .map(([key, s]) => ({ lemma: key.split('|')[0], complement: key.split('|')[1], form: s.form, support: s.n, hits: s.hits, precision: round(s.hits / s.n) }));
const origin = {
  generatedBy: `node scripts/learn-cues.mjs --min-support ${minSupport} --min-precision ${minPrecision}`,
  data: 'PolNeAR train split (../shared/polnear/train), first annotator of each article',
  docs, tokens: tokenCount, goldAttributions: goldCount,
  definition: `per construction (lemma | complement class): occurrences that are no cue of an utterance plaudit (empty learned table) made; hits among them: the word lies in a gold Cue whose Content, covered < 50% by plaudit, starts 1..${REACH} tokens after the word (after the preposition for a noun + preposition pair); precision = hits / occurrences`,
  thresholds: { minSupport, minPrecision },
  entries: rows.length,
};
writeFileSync(outFile, JSON.stringify({ origin, cues: rows }, null, 1) + '\n');
console.log(`docs ${docs}, tokens ${tokenCount}, gold ${goldCount}; kept ${rows.length} of ${stats.size} (${rows.filter((r) => r.form === 'verb').length} verbs, ${rows.filter((r) => r.form === 'noun').length} noun pairs) -> ${outFile}`);
if (args.includes('--print')) for (const r of rows) console.log(`${r.precision.toFixed(2)} ${String(r.hits).padStart(5)}/${String(r.support).padEnd(5)} ${r.form} ${r.lemma} (${r.complement})`);
