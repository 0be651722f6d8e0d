#!/usr/bin/env node
// Where plaudit loses the PolNeAR attributions it misses: each gold attribution whose content
// plaudit's utterances cover less than half (the scorer's recall test) is put at the first stage
// of stage 3 that let it go, with the cue words most often found there.
// Usage, from the project's root:
//   node scripts/survey-polnear-misses.mjs [--data DIR] [--cue WORD] [--top N]
// The stages, in the order the attribution reads a cue:
//   no cue          the annotation has no cue
//   quoted cue      the cue stands inside a speech quote
//   no anchor       no anchor at the cue: `listed weak` (a lexicon row below MIN_CUE_CONFIDENCE
//                   that the learned cues did not lift) or `unlisted` (no row; by tag, whether the
//                   cue model knows the lemma and its probability, and what follows the word)
//   anchor, gated   an anchor, but sieve 07 gives it no report: no source and too weak
//                   (fallsBack), a restrictive relative, no subject at all
//   anchor, no clause   reportedClause reads nothing after or before the cue
//   anchor, dropped     a clause was read but a later check of sieve 07 gave it up
//   anchor, utterance   the anchor made an utterance, but over other words (content boundaries)
// --cue WORD keeps only the misses whose cue holds that word. Counts and cue words only: no
// sentence of the data is printed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFromSource, STAGE_EXPORTS } from './lib/bundleSource.mjs';
import { overlap, readAttributions, stageTally, firstAnnotatorFiles } from './lib/polnearData.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dataDir = resolve(opt('--data', join(root, '..', 'shared', 'polnear', 'train')));
const focus = opt('--cue', null);
const top = Number(opt('--top', 40));

// Bundle the stages from source, so the survey needs no full build.
const L = await importFromSource('survey-misses', { exports: [
  ...STAGE_EXPORTS,
  ['cueAt', '3-attribution/cues/matchCue.ts'],
  ['cueProbability, cueModel, learnedKey, complementAfter', '3-attribution/cues/cueModel.ts'],
  ['reportedClause', '3-attribution/reported/reportedClause.ts'],
  ['subjectBefore, inRestrictiveRelative, fallsBack, UNSOURCED_MIN_CONFIDENCE', '3-attribution/sieves/07-reportedSpeech.ts'],
] });

const kb = L.indexKnowledge(L.builtinKnowledge());
const { count, print } = stageTally();
let gold = 0; let missed = 0;
for (const { doc, file: f } of firstAnnotatorFiles(dataDir)) {
  const text = readFileSync(join(dataDir, 'text', `${doc}.txt`), 'utf8');
  const seg = L.segment(text);
  const ents = L.resolveEntities(seg, L.mentionsAndDatelines(seg, kb).mentions, kb, null);
  const { st } = L.prepareAttribution(seg, ents);
  const found = L.attributeUtterances(seg, ents).utterances.filter((u) => u.end > u.start);
  const tokens = seg.doc.tokens;
  const tokenAt = (offset) => { let lo = 0, hi = tokens.length; while (lo < hi) { const m = (lo + hi) >> 1; if (tokens[m].end <= offset) lo = m + 1; else hi = m; } return lo; };
  for (const g of readAttributions(readFileSync(join(dataDir, 'attributions', f), 'utf8'), text)) {
    gold++;
    const size = g.content.reduce((n, [a, b]) => n + b - a, 0) || 1;
    if (g.content.reduce((n, c) => n + found.reduce((m, u) => m + overlap(c, [u.start, u.end]), 0), 0) / size >= 0.5) continue;
    missed++;
    if (!g.cue) { count('no cue', '-'); continue; }
    const cue = g.cue.map(([a, b]) => text.slice(a, b)).join(' ').toLowerCase().replace(/\s+/g, ' ');
    if (focus && !cue.split(' ').includes(focus)) continue;
    const words = cue.split(' ').slice(0, 3).join(' ');
    const at = [];
    for (const [a, b] of g.cue) for (let k = tokenAt(a); k < tokens.length && tokens[k].start < b; k++) at.push(k);
    const side = g.cue[0][0] < g.content[0][0] ? 'content after' : 'content before';
    const ai = st.anchors.findIndex((an) => at.some((k) => k >= an.first && k < an.last));
    if (ai < 0) {
      const k = at.find((x) => tokens[x].pos === 'VERB') ?? at.find((x) => tokens[x].pos === 'NOUN') ?? at[0];
      if (k === undefined) { count('no token', words); continue; }
      if (seg.quoteOf[k] >= 0) { count('quoted cue', words); continue; }
      const row = L.cueAt(tokens, k);
      if (row) { count(`no anchor: listed weak (${row.kind} ${row.confidence})`, words); continue; }
      const key = L.learnedKey(tokens, k);
      const complement = key ? L.complementAfter(tokens, key.head) : null;
      const p = L.cueProbability(tokens, k);
      const model = key === null ? 'no candidate form' : !L.cueModel().lemmas.has(key.lemma) ? 'lemma unknown to the model' : `model p ${p >= 0.6 ? '≥ .6' : p >= 0.3 ? '.3–.6' : '< .3'}`;
      count(`no anchor: unlisted ${tokens[k].pos}, ${model}, complement ${complement}, ${side}`, words);
      continue;
    }
    const a = st.anchors[ai];
    const strength = a.confidence >= L.UNSOURCED_MIN_CONFIDENCE ? 'strong' : a.confidence >= 0.5 ? 'mid' : 'weak';
    const made = found.find((u) => u.cue && u.cue.start === tokens[a.first].start);
    if (made) { count(`anchor, utterance (${made.kind}) over other words, ${side}`, words); continue; }
    const source = st.sources[ai];
    if (!source && !L.fallsBack(a)) { count(`anchor, gated: no source, ${strength}${a.learned ? ' learned' : ''}`, words); continue; }
    if (!source && L.inRestrictiveRelative(tokens, a.first)) { count('anchor, gated: restrictive relative', words); continue; }
    const fallback = source ? null : a.source === 'after' ? null : L.subjectBefore(seg, ents, a);
    if (!source && !fallback && a.confidence < L.UNSOURCED_MIN_CONFIDENCE) { count('anchor, gated: no subject', words); continue; }
    const used = source ?? fallback ?? { span: { start: tokens[a.first].start, end: tokens[a.first].start }, mention: -1, first: a.first, last: a.first, how: 'subject' };
    const clause = L.reportedClause(seg, a, used, st.anchors, st.speech);
    if (!clause) { count(`anchor, no clause: ${strength}${a.learned ? ' learned' : ''}, ${side}`, words); continue; }
    const inGold = g.content.reduce((n, c) => n + overlap(c, [clause.start, clause.end]), 0) / (clause.end - clause.start);
    count(`anchor, dropped: clause ${inGold >= 0.5 ? 'in gold' : 'elsewhere'}, ${strength}`, words);
  }
}
console.log(`${dataDir}: ${gold} gold attributions, ${missed} missed (covered < 50%)${focus ? `; cue word "${focus}" only` : ''}`);
print(['no cue', 'quoted cue', 'no anchor: listed', 'no anchor: unlisted', 'anchor, gated', 'anchor, no clause', 'anchor, dropped', 'anchor, utterance'], top);
