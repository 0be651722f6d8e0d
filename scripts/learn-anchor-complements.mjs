#!/usr/bin/env node
// Learns which cues report the complement right after them when no construction read their clause.
// Usage, from the project's root:
//   node scripts/learn-anchor-complements.mjs [--data DIR] [--min-support N] [--out FILE] [--print]
// It bundles plaudit from src/ with an empty table (src/data/anchorComplements.json) and reads
// every training article with it. For every cue (anchor) that sieve 07 would report but whose
// clause `reportedClause` reads nothing, it asks `readAnchorComplement`
// (src/3-attribution/reported/anchorComplement.ts) what follows the cue, and counts per cue lemma
// and kind of complement: the occurrences (support), those whose words lie at least half in a
// gold Content (hits, as the scorer's precision counts), and those that bring a gold Content
// plaudit covered less than half to at least half (found, as the scorer's recall counts).
// A row is kept when it has at least N occurrences and reading it raises content F1 to first order
// at the baseline's own precision P and recall R over its predictions (pred) and gold (gold):
//   R² (hits − P·support) / pred + P² · found / gold > 0.
// Constructions seen fewer than N times are pooled by the cue's kind and form ("speech/verb") and
// the kind of complement, as back-off rows kept by the same rule (lexicon cues strong enough on their
// own whose row takes no quote only, not cues only the learned cues or the lifted rows made).
// It writes the kept rows with their counts and origin to src/data/anchorComplements.json.
// Counts only: no sentence of the data is written anywhere.
// The committed file: --min-support 5 (chosen on PolNeAR dev).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFromSource, STAGE_EXPORTS } from './lib/bundleSource.mjs';
import { readAttributions } from './lib/polnearData.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dataDir = resolve(opt('--data', join(root, '..', 'shared', 'polnear', 'train')));
const minSupport = Number(opt('--min-support', 5));
const outFile = resolve(opt('--out', join(root, 'src', 'data', 'anchorComplements.json')));

// The table the run learns is empty: what plaudit reads without it.
const emptyTable = { name: 'empty-anchor-complements', setup(b) {
  b.onLoad({ filter: /anchorComplements\.json$/ }, () => ({ contents: JSON.stringify({ origin: { generatedBy: '', data: '' }, rows: [], lifted: [], classes: [], counted: [] }), loader: 'json' }));
} };
const L = await importFromSource('learn-anchor-complements', { plugins: [emptyTable], exports: [
  ...STAGE_EXPORTS,
  ['inTurn', '3-attribution/state.ts'],
  ['reportedClause', '3-attribution/reported/reportedClause.ts'],
  ['readAnchorComplement, complementAt', '3-attribution/reported/anchorComplement.ts'],
  ['cueAt', '3-attribution/cues/matchCue.ts'],
  ['RAISING_VERBS', '3-attribution/cues/verbClasses.data.ts'],
  ['MIN_CUE_CONFIDENCE', '3-attribution/anchors.ts'],
  ['clauseContext', '3-attribution/reported/clauseReader.ts'],
  ['subjectBefore, inRestrictiveRelative, fallsBack, UNSOURCED_MIN_CONFIDENCE', '3-attribution/sieves/07-reportedSpeech.ts'],
] });

const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const kb = L.indexKnowledge(L.builtinKnowledge());
const stats = new Map(); // 'lemma|kind' → { support, hits, found }
const classOf = new Map(); // 'lemma|kind' → 'cueKind/form|kind' of its back-off class (a lemma's kind and form are its row's)
const base = { pred: 0, predHit: 0, gold: 0, found: 0 };
let docs = 0;
const seen = new Set();
const weak = new Map(); // 'lemma|kind' of weak lexicon rows no anchor holds → { support, hits, found }
const docsSeen = []; // per article: its file, the baseline coverage of its gold contents, its weak candidates
for (const f of readdirSync(join(dataDir, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
  const doc = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (seen.has(doc)) continue; // the first annotator, as the scorer reads
  seen.add(doc); docs++;
  const text = readFileSync(join(dataDir, 'text', `${doc}.txt`), 'utf8');
  const seg = L.segment(text);
  const ents = L.resolveEntities(seg, L.mentionsAndDatelines(seg, kb).mentions, kb, null);
  const { st } = L.prepareAttribution(seg, ents);
  const made = L.attributeUtterances(seg, ents).utterances;
  const found = made.filter((u) => u.end > u.start).map((u) => [u.start, u.end]);
  const cueSpans = made.filter((u) => u.cue).map((u) => u.cue);
  const tokens = seg.doc.tokens;
  const gold = readAttributions(readFileSync(join(dataDir, 'attributions', f), 'utf8'), text);
  const inGold = (sp) => gold.reduce((n, g) => n + g.content.reduce((m, r) => m + overlap(r, sp), 0), 0);
  const size = gold.map((g) => g.content.reduce((n, [a, b]) => n + b - a, 0) || 1);
  const covered = gold.map((g) => g.content.reduce((n, r) => n + found.reduce((m, u) => m + overlap(r, u), 0), 0));
  // Weak lexicon rows that are no anchor, with the kind of complement after them: candidates to lift.
  const candidates = [];
  for (let i = 0; i < tokens.length; i++) {
    if (st.anchors.some((a) => a.first <= i && i < a.last) || (seg.quoteOf[i] >= 0 && st.speech.has(seg.quoteOf[i]))) continue;
    const row = L.cueAt(tokens, i);
    if (!row || row.first !== i || row.confidence >= L.MIN_CUE_CONFIDENCE || row.evaluative !== 0 || L.RAISING_VERBS.has(row.lemma) || !/^[a-z][a-z' -]*$/.test(row.lemma)) continue;
    const sentence = seg.doc.sentences[tokens[i].sentence];
    const at = sentence && L.complementAt(tokens, row.last, sentence.last);
    if (!at) continue;
    const key = `${row.lemma}|${at.kind}`;
    let w = weak.get(key);
    if (!w) weak.set(key, w = { support: 0, made: 0, hits: 0, found: 0 });
    w.support++;
    candidates.push({ first: tokens[row.first].start, end: tokens[row.last - 1].end, key });
    i = row.last - 1;
  }
  docsSeen.push({ f, doc, covered: [...covered], size, candidates });
  base.gold += gold.length; base.found += covered.filter((c, i) => c / size[i] >= 0.5).length;
  base.pred += found.length; base.predHit += found.filter((u) => inGold(u) / (u[1] - u[0]) >= 0.5).length;
  st.anchors.forEach((a, ai) => {
    // (A cue that made an utterance anywhere in the pipeline, its words overlapping the anchor's, reads its clause already.)
    const from = tokens[a.first].start; const to = tokens[a.last - 1].end;
    if (cueSpans.some((u) => u.start < to && from < u.end) || L.inTurn(st, from)) return;
    // Sieve 07's gates: a source, or a subject before a cue sure enough, or a cue surer still.
    const source = st.sources[ai];
    if (!source && (!L.fallsBack(a) || L.inRestrictiveRelative(tokens, a.first))) return;
    const fallback = source ? null : a.source === 'after' ? null : L.subjectBefore(seg, ents, a);
    if (!source && !fallback && a.confidence < L.UNSOURCED_MIN_CONFIDENCE) return;
    const used = source ?? fallback ?? { span: { start: tokens[a.first].start, end: tokens[a.first].start }, mention: -1, first: a.first, last: a.first, how: 'subject' };
    if (L.reportedClause(seg, a, used, st.anchors, st.speech)) return;
    const ctx = L.clauseContext(seg, a, used, st.anchors, st.speech);
    const c = ctx && L.readAnchorComplement(ctx);
    if (!c || !/^[a-z][a-z' -]*$/.test(a.lemma)) return;
    const key = `${a.lemma}|${c.kind}`;
    // (Only a lexicon cue strong enough on its own that takes no quote has a class: a learned cue's is its
    // learned table's, and a say-verb's rare complement is no report: "said to the crowd", "told the paper".)
    if (a.learned !== true && !a.complement.includes('quote') && !classOf.has(key)) classOf.set(key, `${a.kind}/${a.form}|${c.kind}`);
    let s = stats.get(key);
    if (!s) stats.set(key, s = { support: 0, hits: 0, found: 0 });
    s.support++;
    const sp = [c.span.start, c.span.end];
    if (inGold(sp) / (sp[1] - sp[0]) >= 0.5) s.hits++;
    gold.forEach((g, gi) => {
      if (covered[gi] / size[gi] >= 0.5) return;
      const more = g.content.reduce((m, r) => m + overlap(r, sp), 0);
      if ((covered[gi] + more) / size[gi] >= 0.5) { s.found++; covered[gi] = size[gi]; }
    });
  });
}

const P = base.predHit / base.pred; const R = base.found / base.gold;
const gain = (s) => (R * R * (s.hits - P * s.support)) / base.pred + (P * P * s.found) / base.gold;
const rows = [...stats].filter(([, s]) => s.support >= minSupport && gain(s) > 0)
  .sort((a, b) => gain(b[1]) - gain(a[1]) || a[0].localeCompare(b[0]))
  .map(([key, s]) => ({ lemma: key.slice(0, key.lastIndexOf('|')), complement: key.slice(key.lastIndexOf('|') + 1), ...s }));

// Back-off rows: the constructions seen fewer than minSupport times, pooled by the cue's kind and
// form and the kind of complement ("speech/verb|np"), kept by the same rule. The constructions seen
// at least minSupport times are listed (`counted`): their own count decides, kept or not.
const pooled = new Map();
for (const [key, s] of stats) {
  const ck = classOf.get(key);
  if (s.support >= minSupport || ck === undefined) continue;
  let p = pooled.get(ck);
  if (!p) pooled.set(ck, p = { support: 0, hits: 0, found: 0 });
  p.support += s.support; p.hits += s.hits; p.found += s.found;
}
const classes = [...pooled].filter(([, s]) => s.support >= minSupport && gain(s) > 0)
  .sort((a, b) => gain(b[1]) - gain(a[1]) || a[0].localeCompare(b[0]))
  .map(([key, s]) => ({ lemma: key.slice(0, key.lastIndexOf('|')), complement: key.slice(key.lastIndexOf('|') + 1), ...s }));
const counted = [...stats].filter(([, s]) => s.support >= minSupport).map(([key]) => key).sort();

// Second pass: every weak row seen often enough lifted at once (with the rows kept above); each
// utterance whose cue is such a row counts for it, against the first pass's coverage.
const tried = [...weak].filter(([, w]) => w.support >= minSupport).map(([key]) => ({ lemma: key.slice(0, key.lastIndexOf('|')), complement: key.slice(key.lastIndexOf('|') + 1), support: 1, hits: 0, found: 0 }));
const liftAll = { name: 'lift-all-weak-rows', setup(b) {
  b.onLoad({ filter: /anchorComplements\.json$/ }, () => ({ contents: JSON.stringify({ origin: { generatedBy: '', data: '' }, rows, lifted: tried, classes, counted }), loader: 'json' }));
} };
const lifted = await importFromSource('learn-anchor-complements', { entry: 'index.ts', file: 'lifted.mjs', plugins: [liftAll] });
for (const { f, doc, covered, size, candidates } of docsSeen) {
  if (candidates.length === 0) continue;
  const text = readFileSync(join(dataDir, 'text', `${doc}.txt`), 'utf8');
  const gold = readAttributions(readFileSync(join(dataDir, 'attributions', f), 'utf8'), text);
  const inGold = (sp) => gold.reduce((n, g) => n + g.content.reduce((m, r) => m + overlap(r, sp), 0), 0);
  for (const u of (await lifted.analyze(text)).utterances) {
    if (!u.cue || !(u.end > u.start)) continue;
    const c = candidates.find((x) => x.first < u.cue.end && u.cue.start < x.end);
    const w = c && weak.get(c.key);
    if (!w) continue;
    w.made++;
    const sp = [u.start, u.end];
    if (inGold(sp) / (sp[1] - sp[0]) >= 0.5) w.hits++;
    gold.forEach((g, gi) => {
      if (covered[gi] / size[gi] >= 0.5) return;
      const more = g.content.reduce((m, r) => m + overlap(r, sp), 0);
      if ((covered[gi] + more) / size[gi] >= 0.5) { w.found++; covered[gi] = size[gi]; }
    });
  }
}
// (What costs precision is the utterances a lifted row makes, not its occurrences: its support here is those utterances.)
const liftedRows = [...weak].map(([key, w]) => [key, { support: w.made, hits: w.hits, found: w.found }]).filter(([, w]) => w.support >= minSupport && gain(w) > 0)
  .sort((a, b) => gain(b[1]) - gain(a[1]) || a[0].localeCompare(b[0]))
  .map(([key, w]) => ({ lemma: key.slice(0, key.lastIndexOf('|')), complement: key.slice(key.lastIndexOf('|') + 1), ...w }));

const round = (x) => Math.round(x * 1000) / 1000;
const origin = {
  generatedBy: `node scripts/learn-anchor-complements.mjs --min-support ${minSupport}`,
  data: 'PolNeAR train split (../shared/polnear/train), first annotator of each article',
  docs, goldAttributions: base.gold,
  baseline: { predictions: base.pred, precision: round(P), recall: round(R) },
  definition: 'per cue lemma | complement kind (readAnchorComplement) of the cues sieve 07 would report whose clause reportedClause reads nothing: support = occurrences, hits = complements at least half inside a gold Content, found = gold Contents covered < 50% by plaudit that the complement brings to >= 50%; kept when support >= minSupport and R^2 (hits - P support) / predictions + P^2 found / gold > 0',
  minSupport,
  entries: rows.length,
  liftedDefinition: 'per lemma | complement kind (complementAt) of the weak lexicon rows (confidence < MIN_CUE_CONFIDENCE) that neither praise nor criticise, are no raising verb (seem, appear) and no anchor holds: support = occurrences; with every such construction of support >= minSupport lifted at once (and the rows above), support = the utterances whose cue is one of them, hits and found among those, counted as above; kept by the same rule',
  liftedEntries: liftedRows.length,
  classesDefinition: 'per cue kind/form | complement kind, pooled over the lemma | complement constructions of support < minSupport (counted as the rows), kept by the same rule; a cue uses its class row only when its own construction is not in `counted` (support >= minSupport)',
  classEntries: classes.length,
};
writeFileSync(outFile, JSON.stringify({ origin, rows, lifted: liftedRows, classes, counted }, null, 1) + '\n');
const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
console.log(`docs ${docs}, gold ${base.gold}, baseline P ${round(P)} R ${round(R)}; ${stats.size} constructions, kept ${rows.length}: support ${sum('support')}, hits ${sum('hits')}, found ${sum('found')} -> ${outFile}`);
console.log(`back-off classes: ${pooled.size}, kept ${classes.length}: support ${classes.reduce((n, r) => n + r.support, 0)}, hits ${classes.reduce((n, r) => n + r.hits, 0)}, found ${classes.reduce((n, r) => n + r.found, 0)}`);
console.log(`weak rows: ${weak.size} constructions, ${tried.length} tried, lifted ${liftedRows.length}: support ${liftedRows.reduce((n, r) => n + r.support, 0)}, hits ${liftedRows.reduce((n, r) => n + r.hits, 0)}, found ${liftedRows.reduce((n, r) => n + r.found, 0)}`);
if (args.includes('--print')) for (const r of [...rows, { lemma: '-- back-off classes --', complement: '', hits: '', found: '', support: '' }, ...classes, { lemma: '-- lifted weak rows --', complement: '', hits: '', found: '', support: '' }, ...liftedRows]) console.log(`${String(r.hits).padStart(4)} ${String(r.found).padStart(4)} / ${String(r.support).padEnd(4)} ${r.lemma} (${r.complement})`);
