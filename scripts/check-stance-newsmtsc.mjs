#!/usr/bin/env node
// The stance stage checked on NewsMTSC's labelled targets through the whole pipeline: each sentence
// is read by analyze(sentence, { includeWriter: true }), and the polar stances (any holder, the
// writer included) toward the entity whose mention covers the labelled target are summed. Prints
// counts only: predicted polar, right, opposite sign, polar on a neutral label, precision, recall.
// Usage, from the project's root, after `npx tsup`:
//   node scripts/check-stance-newsmtsc.mjs [--data FILE] [--lib dist/index.js] [--out FILE]
// --out writes each row's predicted sign (-1, 0, 1) as JSON, to compare two builds row by row.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const lib = await import(pathToFileURL(resolve(opt('--lib', join(root, 'dist/index.js')))).href);
const rows = readFileSync(resolve(opt('--data', join(root, '../shared/newsmtsc/rw-train.jsonl'))), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const out = opt('--out', null);

const t = { polarGold: 0, predicted: 0, right: 0, opposite: 0, onNeutral: 0 };
const signs = [];
for (const r of rows) {
  const a = lib.analyze(r.sentence, { includeWriter: true });
  const entity = a.entities.find((e) => e.mentions.some((m) => m.start < r.to && m.end > r.from));
  let sum = 0;
  if (entity) for (const s of a.stances) if (s.target.entityId === entity.id && s.polarity !== 'neutral') sum += s.polarity === 'praise' ? 1 : -1;
  const p = Math.sign(sum);
  signs.push(p);
  if (r.polarity !== 0) t.polarGold++;
  if (p === 0) continue;
  t.predicted++;
  if (p === r.polarity) t.right++;
  else if (r.polarity === 0) t.onNeutral++;
  else t.opposite++;
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(`rows ${rows.length}, polar labels ${t.polarGold}; predicted polar ${t.predicted}: right ${t.right}, opposite ${t.opposite}, on neutral ${t.onNeutral}; P ${pct(t.right, t.predicted)} R ${pct(t.right, t.polarGold)}`);
if (out) writeFileSync(out, JSON.stringify(signs));
