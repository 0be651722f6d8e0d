#!/usr/bin/env node
// Measures the stances analyze() emits between the two marked entities of the directed sentiment
// data (../shared/directed/*.txt): each sentence (brackets stripped) goes through analyze() alone,
// the two marked mentions are matched to analyze()'s entities (a mention of the entity overlapping
// the marked span, else a name match), and the polar stances between those two entities (holder =
// either, target = the other) are compared with the label (0 none, 1 p praises q, 2 q praises p,
// 3 p criticises q, 4 q criticises p). Prints counts only (never sentences).
//   recall     labelled polar relations that analyze() emits with the same holder, target and sign
//   precision  polar relations analyze() emits between the pair that the label holds
// With --misses, classifies the missed polar relations by construction (the cue words around the
// pair) and by failure (no entity for a name, no stance at all, a stance between other entities,
// the reverse direction, the opposite sign).
// The directed model that analyze() reads reported acts with (src/4-stance/scoring/learnedActs.ts)
// was trained on train.txt, so the data measured by default is valid.txt; --train measures the
// train split, whose figures are then flattered by the model's own training (it says so).
// Usage, from the project's root (scores dist/, so build first):
//   node scripts/survey-analyze-stances.mjs [--data FILE | --train] [--misses] [--dist DIR]
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { readDirected } from './lib/directedData.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const data = resolve(opt('--data', join(root, args.includes('--train') ? '../shared/directed/train.txt' : '../shared/directed/valid.txt')));
const dist = resolve(opt('--dist', join(root, 'dist')));
const showMisses = args.includes('--misses');
const { analyze } = await import(join(dist, 'index.js'));

/** The relation a label states: [holder index, target index, polarity], or null for none. */
const LABELS = { 1: [0, 1, 'praise'], 2: [1, 0, 'praise'], 3: [0, 1, 'criticism'], 4: [1, 0, 'criticism'] };

const norm = (s) => s.toLowerCase().replace(/[’']s?$/u, '').replace(/[^\p{L}\p{N} ]/gu, ' ').trim();
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** The entity of analyze() that a marked span names: one with a mention overlapping it, else a name match. */
function entityOf(analysis, text, span) {
  const byMention = analysis.entities.find((e) => e.mentions.some((m) => overlaps(m, span)));
  if (byMention) return byMention;
  const marked = norm(text.slice(span.start, span.end));
  if (marked.length < 3) return undefined;
  return analysis.entities.find((e) => { const n = norm(e.name); return n.includes(marked) || marked.includes(n); });
}

// Construction classes of a missed relation: the first whose pattern the sentence shows (the
// target's possessive is read from the marked span: "[Y]'s plan").
const EVALUATIVE_VERB = /\b(slam|hail|prais|criticiz|criticis|condemn|denounc|attack|lambast|blast|rebuk|endors|support|back(ed|s|ing)?\b|welcom|laud|mock|ridicul|decr|assail|chastis|scold|admir|defend|oppos|reject)/i;
const SPEECH = /[“"]|\b(said|says|say|told|tells|argued|argues|wrote|writes|called|calls|claimed|claims|insisted|warned|added|stated)\b/i;
const CLASSES = [
  ['accuse/blame', (text) => /\b(accus|blam|charg(ed|es|ing) \S+ with|fault)/i.test(text)],
  ['thank/credit', (text) => /\b(thank|credit|grateful|gratitude|applaud|commend|congratulat)/i.test(text)],
  ['possessive target', (text, target) => /^\S*\s?(['’]s?|s['’])/u.test(text.slice(target.end - 1, target.end + 3)) || /^[’']/u.test(text.slice(target.end, target.end + 1))],
  ['eval verb + speech', (text) => EVALUATIVE_VERB.test(text) && SPEECH.test(text)],
  ['eval verb, no speech', (text) => EVALUATIVE_VERB.test(text)],
  ['speech/quote', (text) => SPEECH.test(text)],
];

const counts = {};
const bump = (k, n = 1) => { counts[k] = (counts[k] ?? 0) + n; };
let gold = 0, found = 0, emitted = 0, right = 0, anyPolarOnPolar = 0;
const t0 = Date.now();
for (const { text, spans, y } of readDirected(data)) {
  let a;
  try { a = analyze(text); } catch { bump('threw'); continue; }
  const ents = spans.map((s) => entityOf(a, text, s));
  const ids = ents.map((e) => e?.id);
  const between = (ids[0] && ids[1] && ids[0] !== ids[1])
    ? a.stances.filter((s) => s.polarity !== 'neutral' && ((s.source.entityId === ids[0] && s.target.entityId === ids[1]) || (s.source.entityId === ids[1] && s.target.entityId === ids[0])))
    : [];
  const rels = new Set(between.map((s) => `${s.source.entityId === ids[0] ? 0 : 1}${s.polarity}`));
  const want = LABELS[y];
  emitted += rels.size;
  if (want && rels.has(`${want[0]}${want[2]}`)) right++;
  if (!want) { bump(rels.size ? 'none labelled: relation emitted' : 'none labelled: nothing emitted'); continue; }
  gold++;
  if (rels.size) anyPolarOnPolar++;
  if (rels.has(`${want[0]}${want[2]}`)) { found++; continue; }
  if (!showMisses) continue;
  const cls = CLASSES.find(([, test]) => test(text, spans[want[1]]))?.[0] ?? 'other';
  let why;
  if (!ents[want[0]]) why = 'no entity for holder';
  else if (!ents[want[1]]) why = 'no entity for target';
  else if (ids[0] === ids[1]) why = 'both names one entity';
  else if (rels.has(`${want[1]}${want[2]}`)) why = 'reverse direction';
  else if (rels.has(`${want[0]}${want[2] === 'praise' ? 'criticism' : 'praise'}`)) why = 'opposite sign';
  else if (rels.size) why = 'reverse + opposite';
  else {
    const holderSpeaks = a.utterances.some((u) => u.speaker?.entityId === ids[want[0]]);
    const other = a.stances.filter((s) => s.polarity !== 'neutral');
    const toTarget = other.some((s) => s.target.entityId === ids[want[1]]);
    const fromHolder = other.some((s) => s.source.entityId === ids[want[0]]);
    const targetSpan = spans[want[1]];
    const inside = a.utterances.some((u) => u.speaker?.entityId === ids[want[0]] && u.start <= targetSpan.start && targetSpan.end <= u.end);
    const neutral = a.stances.some((s) => s.source.entityId === ids[want[0]] && s.target.entityId === ids[want[1]]);
    why = toTarget ? 'target judged by another holder'
      : fromHolder ? 'holder judges another target'
      : other.length ? 'polar stances, neither entity'
      : !holderSpeaks ? 'no polar stance (holder not a speaker)'
      : !inside ? 'no polar stance (target outside the holder\'s words)'
      : neutral ? 'no polar stance (target in the holder\'s words, neutral)' : 'no polar stance (target in the holder\'s words, no stance)';
  }
  bump(`miss ${want[2].padEnd(9)} ${cls.padEnd(20)} ${why}`);
  bump(`miss by failure: ${why}`);
  bump(`miss by class: ${cls}`);
}
const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) : '-');
console.log(`data ${data.split('/').slice(-2).join('/')}  ${((Date.now() - t0) / 1000).toFixed(0)} s`);
if (data.endsWith('train.txt')) console.log('note: analyze() reads reported acts with a model trained on this split: measure on valid.txt');
console.log(`labelled polar relations ${gold}, found ${found}: recall ${pct(found, gold)}`);
console.log(`relations emitted between the pair ${emitted}, labelled ${right}: precision ${pct(right, emitted)}`);
const p = right / emitted, r = found / gold;
console.log(`F1 ${pct(2 * p * r, p + r)}   polar-labelled sentences with any polar relation ${anyPolarOnPolar} (${pct(anyPolarOnPolar, gold)})`);
for (const k of Object.keys(counts).sort()) console.log(`${k.padEnd(72)} ${counts[k]}`);
