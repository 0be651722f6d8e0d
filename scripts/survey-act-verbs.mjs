#!/usr/bin/env node
// Surveys acts in the directed sentiment data (../shared/directed/train.txt): for every verb whose
// subject is one of the two marked entities (the entity right before the verb group: auxiliaries,
// adverbs, particles and the bridges of ACT_BRIDGES between), how the sentences are labelled,
// seen from the doer: the other entity judges the doer (praise / criticism), the doer judges the
// other (praise / criticism), or none. Prints only verb lemmas and counts (never sentences).
// Usage, from the project's root:
//   node scripts/survey-act-verbs.mjs [--data FILE] [--min N] [--check]
// --check prints, for each verb of the act classes of src/vocabulary/stanceVerbs.ts (DOER_ACTS),
// its counts and whether the data agrees with its sign (share of polar labels of that sign).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { registerTs } from './lib/registerTs.mjs';
import { readDirected } from './lib/directedData.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const data = resolve(opt('--data', join(root, '../shared/directed/train.txt')));
const news = resolve(opt('--newsmtsc', join(root, '../shared/newsmtsc/rw-train.jsonl')));
const MIN = Number(opt('--min', 8));

registerTs();
const { readTokens } = await import('../src/adapters/wink.ts');
const { tokenRange } = await import('../src/4-stance/tokenRange.ts');
const { ACT_BRIDGES, CAUSE_ACTS, DOER_ACTS, STRATAGEMS } = await import('../src/vocabulary/stanceVerbs.ts');
const { lexiconHits } = await import('../src/4-stance/lexicon.ts');
const { OBJECT_REACH } = await import('../src/4-stance/scoring/implicitActs.ts');

/**
 * Per verb lemma followed within OBJECT_REACH tokens (same clause) by a negative word of the
 * lexicon ("fuelled the violence"): [none, praise, criticism] labels of the sentence.
 */
const withBadObject = new Map();
const badObjectBump = (doc, c) => {
  const bad = new Set(lexiconHits(doc.tokens, 0, doc.tokens.length).filter((h) => h.weight < 0 && h.kind !== 'verb').map((h) => h.first));
  const seen = new Set();
  doc.tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || t.negated || seen.has(t.lemma)) return;
    for (let k = i + 1; k <= i + OBJECT_REACH && k < doc.tokens.length; k++) {
      const u = doc.tokens[k];
      if (u.pos === 'PUNCT' || u.pos === 'VERB' || u.pos === 'SCONJ') break;
      if (bad.has(k)) { seen.add(t.lemma); const a = withBadObject.get(t.lemma) ?? [0, 0, 0]; a[c]++; withBadObject.set(t.lemma, a); break; }
    }
  });
};

/**
 * The act of the verb group after a mention ending at token `last`: the first verb past
 * auxiliaries, adverbs, particles and bridges, as its lemma, "not-" before it when negated.
 */
function actAfter(doc, last) {
  let k = last;
  let negated = false;
  while (k < doc.tokens.length) {
    const t = doc.tokens[k];
    if (t.negated) negated = true;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || (ACT_BRIDGES.has(t.lemma) && t.pos !== 'NOUN')) { k++; continue; }
    break;
  }
  const v = doc.tokens[k];
  if (!v || v.pos !== 'VERB') return undefined;
  return `${negated || v.negated ? 'not-' : ''}${v.lemma}`;
}

/** Per lemma anywhere in a sentence (any part of speech, not negated): [none, praise, criticism] labels of both data sets. */
const anywhere = new Map();
const anyBump = (doc, c) => {
  // Verbs keyed "v:lemma" as well: an act is checked on its verb uses ("block" the noun is another word).
  const lemmas = new Set(doc.tokens.filter((t) => !t.negated).flatMap((t) => (t.pos === 'VERB' ? [t.lemma, `v:${t.lemma}`] : [t.lemma])));
  for (const l of lemmas) { const a = anywhere.get(l) ?? [0, 0, 0]; a[c]++; anywhere.set(l, a); }
};

/** NewsMTSC: per verb key, sentiment toward the doer [negative, neutral, positive]. */
const toward = new Map();
for (const line of readFileSync(news, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  const doc = readTokens(r.sentence);
  const [, last] = tokenRange(doc, { start: r.from, end: r.to });
  anyBump(doc, r.polarity === 0 ? 0 : r.polarity > 0 ? 1 : 2);
  badObjectBump(doc, r.polarity === 0 ? 0 : r.polarity > 0 ? 1 : 2);
  const key = actAfter(doc, last);
  if (!key) continue;
  const a = toward.get(key) ?? [0, 0, 0];
  a[r.polarity + 1]++;
  toward.set(key, a);
}

/** Per verb key ("lemma" or "not-lemma"): counts of [none, other praises doer, doer praises other, other criticises doer, doer criticises other]. */
const counts = new Map();
const bump = (k, c) => { const a = counts.get(k) ?? [0, 0, 0, 0, 0]; a[c]++; counts.set(k, a); };

for (const { text, spans, y } of readDirected(data)) {
  const doc = readTokens(text);
  const ranges = spans.map((s) => tokenRange(doc, s));
  anyBump(doc, y === 0 ? 0 : y <= 2 ? 1 : 2);
  badObjectBump(doc, y === 0 ? 0 : y <= 2 ? 1 : 2);
  const seen = new Set();
  ranges.forEach(([, last], which) => {
    const key = actAfter(doc, last);
    if (!key || seen.has(key)) return;
    seen.add(key);
    // Relative to the doer (which = 0: p is the doer).
    const c = y === 0 ? 0 : which === 0 ? [0, 2, 1, 4, 3][y] : y;
    bump(key, c);
  });
}

const row = (k, a) => {
  const n = a.reduce((s, x) => s + x, 0);
  const neg = a[3] + a[4];
  const pos = a[1] + a[2];
  const t = toward.get(k) ?? [0, 0, 0];
  return `${k.padEnd(18)} newsmtsc neg ${String(t[0]).padStart(3)} neu ${String(t[1]).padStart(3)} pos ${String(t[2]).padStart(3)} | directed n ${String(n).padStart(4)}  none ${String(a[0]).padStart(4)}  otherPraises ${String(a[1]).padStart(3)}  doerPraises ${String(a[2]).padStart(3)}  otherCriticises ${String(a[3]).padStart(3)}  doerCriticises ${String(a[4]).padStart(3)}  polar-neg share ${pos + neg ? (neg / (pos + neg)).toFixed(2) : '-'}  neg share ${(neg / n).toFixed(2)}  pos share ${(pos / n).toFixed(2)}`;
};
if (args.includes('--bad-object')) {
  const words = opt('--bad-object', '').split(',');
  const sum = [0, 0, 0];
  for (const w of words) {
    const a = withBadObject.get(w) ?? [0, 0, 0];
    a.forEach((x, i) => { sum[i] += x; });
    console.log(`${w.padEnd(14)} none ${String(a[0]).padStart(4)} praise ${String(a[1]).padStart(3)} criticism ${String(a[2]).padStart(3)}  criticism share of polar ${a[1] + a[2] ? (a[2] / (a[1] + a[2])).toFixed(2) : '-'}`);
  }
  console.log(`class          none ${sum[0]} praise ${sum[1]} criticism ${sum[2]}  criticism share of polar ${(sum[2] / (sum[1] + sum[2])).toFixed(2)}`);
  const tot = [...withBadObject.values()].reduce((s, a) => [s[0] + a[0], s[1] + a[1], s[2] + a[2]], [0, 0, 0]);
  console.log('every verb before a negative word', tot.join(' '), (tot[2] / (tot[1] + tot[2])).toFixed(2));
} else if (args.includes('--anywhere')) {
  const words = opt('--anywhere', '').split(',');
  for (const w of words) {
    const a = anywhere.get(w) ?? [0, 0, 0];
    console.log(`${w.padEnd(14)} n ${String(a[0] + a[1] + a[2]).padStart(4)} none ${String(a[0]).padStart(4)} praise ${String(a[1]).padStart(3)} criticism ${String(a[2]).padStart(3)}  criticism share of polar ${a[1] + a[2] ? (a[2] / (a[1] + a[2])).toFixed(2) : '-'}`);
  }
  const tot = [...anywhere.values()].reduce((s, a) => [s[0] + a[0], s[1] + a[1], s[2] + a[2]], [0, 0, 0]);
  console.log('all verbs', tot.join(' '), (tot[2] / (tot[1] + tot[2])).toFixed(2));
} else if (args.includes('--check')) {
  // The rule of src/vocabulary/stanceVerbs.ts: a member with >= 4 polar sentences passes on its
  // own share; with 2 or 3 on its class's; with fewer it fails (the data cannot vouch for it).
  let failed = 0;
  const check = (name, words, table, sideOf, min) => {
    const cls = [0, 0, 0];
    for (const w of words) (table.get(w) ?? [0, 0, 0]).forEach((x, i) => { cls[i] += x; });
    const clsShare = sideOf(cls);
    console.log(`${name}: class share ${clsShare.toFixed(2)} (needs ${min})`);
    for (const w of words) {
      const a = table.get(w) ?? [0, 0, 0];
      const polar = a[1] + a[2];
      const ok = polar >= 4 ? sideOf(a) >= min : polar >= 2 && clsShare >= min;
      if (!ok) failed++;
      console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${w.padEnd(12)} praise ${a[1]} criticism ${a[2]} share ${polar ? sideOf(a).toFixed(2) : '-'}`);
    }
  };
  const crit = (a) => a[2] / Math.max(1, a[1] + a[2]);
  const praise = (a) => a[1] / Math.max(1, a[1] + a[2]);
  const verbs = new Map([...anywhere].filter(([k]) => k.startsWith('v:')).map(([k, a]) => [k.slice(2), a]));
  check('harm acts', Object.keys(DOER_ACTS).filter((w) => DOER_ACTS[w] < 0), verbs, crit, 0.7);
  check('care acts', Object.keys(DOER_ACTS).filter((w) => DOER_ACTS[w] > 0), verbs, praise, 0.5);
  check('cause acts (before a negative word)', [...CAUSE_ACTS], withBadObject, crit, 0.84);
  check('stratagems', [...STRATAGEMS], anywhere, crit, 0.7);
  console.log(failed ? `${failed} members fail` : 'every member passes');
} else {
  for (const k of toward.keys()) if (!counts.has(k)) counts.set(k, [0, 0, 0, 0, 0]);
  const list = [...counts].filter(([k, a]) => a.reduce((s, x) => s + x, 0) + (toward.get(k) ?? [0, 0, 0]).reduce((s, x) => s + x, 0) >= MIN);
  list.sort((x, y) => (y[1][3] + y[1][4]) / y[1].reduce((s, v) => s + v, 0) - (x[1][3] + x[1][4]) / x[1].reduce((s, v) => s + v, 0));
  for (const [k, a] of list) console.log(row(k, a));
}
