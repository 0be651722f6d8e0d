#!/usr/bin/env node
// Surveys the attribution cues of PolNeAR against plaudit's cue lexicon.
// Usage, from the project's root:
//   node scripts/survey-polnear-cues.mjs [--data DIR] [--top N] [--all-annotators]
//   node scripts/survey-polnear-cues.mjs --check-forms
// Prints only counts and cue lemmas (never article sentences): the frequency of gold cue
// lemmas, the share of gold cues the lexicon covers (a cueAt match overlapping the cue), and
// the most frequent uncovered cues. --check-forms instead inflects every verb cue, reads it
// with wink-nlp in a sentence, and lists the forms whose lemma does not lead back to the cue
// (candidates for CUE_FORMS in src/3-attribution/cues/lexicon.ts).
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { unitIndex } from './lib/polnearData.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dataDir = resolve(opt('--data', join(root, '..', 'shared', 'polnear', 'train')));
const top = Number(opt('--top', 60));

// Bundle the matcher and the wink adapter from source, so the survey needs no full build.
const outDir = join(root, '.tmp', 'survey-cues');
mkdirSync(outDir, { recursive: true });
const entry = join(outDir, 'entry.ts');
const { writeFileSync } = await import('node:fs');
writeFileSync(entry, `export { cueAt, VERB_CUES, CUE_FORMS } from '${join(root, 'src/3-attribution/cues/matchCue.ts')}';\nexport { readTokens } from '${join(root, 'src/adapters/wink.ts')}';\n`);
const outFile = join(outDir, 'bundle.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: outFile,
  external: ['wink-nlp', 'wink-eng-lite-web-model'], logLevel: 'error', nodePaths: [join(root, 'node_modules')] });
const { cueAt, VERB_CUES, CUE_FORMS, readTokens } = await import(pathToFileURL(outFile).href + `?t=${Date.now()}`);

if (args.includes('--check-forms')) {
  const IRREGULAR = { say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], feel: ['felt'],
    know: ['knew', 'known'], see: ['saw', 'seen'], hear: ['heard'], find: ['found'], read: ['read'], speak: ['spoke', 'spoken'],
    swear: ['swore', 'sworn'], mean: ['meant'], seek: ['sought'], understand: ['understood'], show: ['showed', 'shown'],
    forecast: ['forecast'], bet: ['bet'], foresee: ['foresaw', 'foreseen'], learn: ['learned', 'learnt'], begin: ['began', 'begun'],
    lie: ['lied'], bid: ['bid'], withdraw: ['withdrew'] };
  const inflect = (v) => {
    const base = v;
    const s = /(s|sh|ch|x|z)$/.test(v) ? v + 'es' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ies' : v + 's';
    const stem = /e$/.test(v) ? v.slice(0, -1) : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'i' : v;
    const ed = IRREGULAR[v] ?? [/[^aeiou]y$/.test(v) ? stem + 'ed' : /e$/.test(v) ? v + 'd' : v + 'ed'];
    const ing = /ie$/.test(v) ? v.slice(0, -2) + 'ying' : /e$/.test(v) && !/ee$/.test(v) ? v.slice(0, -1) + 'ing' : v + 'ing';
    return [base, s, ...ed, ing];
  };
  const bad = [];
  for (const cue of VERB_CUES) {
    // wink tags some forms differently after a pronoun and after a name ("Tom Vale alleged/ADJ that …"): read both.
    for (const form of inflect(cue.lemma)) for (const [subject, at] of [['she', 2], ['Tom Vale', 3]]) {
      const doc = readTokens(`Yesterday ${subject} ${form} that taxes would rise.`);
      const t = doc.tokens[at];
      const key = CUE_FORMS[t.lower] ?? t.lemma;
      const m = cueAt(doc.tokens, at);
      if (key !== cue.lemma) bad.push(`${form} after "${subject}" -> ${t.lemma} (${t.pos}) want ${cue.lemma}`);
      else if (m === null) bad.push(`${form} after "${subject}" (${t.pos}): no cue found`);
    }
  }
  console.log(bad.length ? bad.join('\n') : 'every inflected form lemmatises to its cue');
  process.exit(0);
}


const annFiles = readdirSync(join(dataDir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const seen = new Set();
const freq = new Map(); const missed = new Map(); const context = new Map(); const byCue = new Map(); let matchHits = 0;
let total = 0; let covered = 0; let docs = 0; let matches = 0; let tokensSeen = 0;
for (const f of annFiles) {
  const doc = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (seen.has(doc) && !args.includes('--all-annotators')) continue;
  seen.add(doc); docs++;
  const text = readFileSync(join(dataDir, 'text', `${doc}.txt`), 'utf8');
  const toUnit = unitIndex(text);
  const { tokens } = readTokens(text);
  tokensSeen += tokens.length;
  // Every token once: the cue matches of the whole article.
  const hit = new Uint8Array(tokens.length);
  const found = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = cueAt(tokens, i);
    if (m) { matches++; found.push(m); for (let k = m.first; k < m.last; k++) hit[k] = 1; }
  }
  const gold = new Uint8Array(tokens.length);
  for (const line of readFileSync(join(dataDir, 'attributions', f), 'utf8').split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body?.startsWith('Cue ')) continue;
    const ranges = body.slice(4).split(';').map((r) => r.split(' ').map(Number)).map(([a, b]) => [toUnit(a), toUnit(b)]);
    const inCue = tokens.filter((t) => ranges.some(([a, b]) => t.start < b && t.end > a));
    if (inCue.length === 0) continue;
    total++;
    for (const t of inCue) gold[t.i] = 1;
    const lemma = inCue.map((t) => t.lemma).join(' ');
    freq.set(lemma, (freq.get(lemma) ?? 0) + 1);
    if (inCue.some((t) => hit[t.i])) covered++;
    else {
      missed.set(lemma, (missed.get(lemma) ?? 0) + 1);
      // --context: the cue lemma with the POS wink gave it and the next token's lemma (no sentences).
      if (args.includes('--context')) {
        const last = inCue[inCue.length - 1];
        const after = tokens[last.i + 1];
        const width = Number(opt('--context', '1')) || 1;
        const afterLemmas = tokens.slice(last.i + 1, last.i + 1 + width).map((t) => t.lemma).join(' ');
        const key = `${inCue.map((t) => `${t.lemma}/${t.pos}`).join(' ')} + ${afterLemmas}`;
        context.set(key, (context.get(key) ?? 0) + 1);
      }
    }
  }
  for (const m of found) {
    const key = `${m.lemma} (${m.form})`;
    const row = byCue.get(key) ?? [0, 0];
    row[0]++;
    for (let k = m.first; k < m.last; k++) if (gold[k]) { row[1]++; matchHits++; break; }
    byCue.set(key, row);
  }
}
const rows = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, n]) => `${String(n).padStart(6)}  ${k}`).join('\n');
console.log(`docs ${docs}, tokens ${tokensSeen}, gold cues ${total}, cue matches ${matches}`);
console.log(`covered ${covered} / ${total} = ${(100 * covered / Math.max(1, total)).toFixed(1)}%`);
console.log(`cue matches on a gold cue ${matchHits} / ${matches} = ${(100 * matchHits / Math.max(1, matches)).toFixed(1)}%`);
if (args.includes('--precision')) {
  const list = [...byCue].sort((a, b) => b[1][0] - a[1][0]).slice(0, top)
    .map(([k, [n, h]]) => `${String(n).padStart(6)} ${(100 * h / n).toFixed(0).padStart(4)}%  ${k}`).join('\n');
  console.log(`\nmatches by cue, with the share on a gold cue:\n${list}`);
}
console.log(`\nmost frequent gold cue lemmas:\n${rows(freq)}`);
console.log(`\nmost frequent uncovered gold cue lemmas:\n${rows(missed)}`);
if (args.includes('--context')) console.log(`\nuncovered cues with their POS and the next lemma:\n${rows(context)}`);
