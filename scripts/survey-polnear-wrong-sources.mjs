#!/usr/bin/env node
// Where plaudit gives the PolNeAR attributions it finds the wrong source: each gold attribution whose
// content plaudit covers at least half (the scorer's recall test) but whose source the scorer does not
// match on the utterance that overlaps it most (ties: the first listed) is put at one stage:
//   no gold source          the annotation names no source: no speaker can match it
//   same cue                the winning utterance stands at the gold's cue: the speaker is wrong
//                           (gold a pronoun such as "who", plaudit no speaker, or another name)
//   anchor, other utterance an anchor stands at the gold's cue, but another utterance covers the
//                           gold more: the anchor made none (inside or outside the winner), or its
//                           own overlaps the winner, or lies apart from it
//   no anchor               no anchor at the gold's cue (`quoted cue`, `listed weak` below
//                           MIN_CUE_CONFIDENCE, `unlisted` by tag and cue model), by where the winner
//                           starts: at or after the gold, in the gold's sentence before it, or earlier
// Usage, from the project's root, after `npx tsup` (the utterances are dist/'s, as the scorer reads them):
//   node scripts/survey-polnear-wrong-sources.mjs [--data DIR] [--top N]
// Counts and cue words only: no sentence of the data is printed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importFromSource, STAGE_EXPORTS } from './lib/bundleSource.mjs';
import { normName, overlap, readAttributions, SOURCE_PRONOUNS, sourceMatches, stageTally, firstAnnotatorFiles } from './lib/polnearData.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dataDir = resolve(opt('--data', join(root, '..', 'shared', 'polnear', 'train')));
const top = Number(opt('--top', 40));

const L = await importFromSource('survey-wrong-sources', { exports: [
  ...STAGE_EXPORTS,
  ['cueAt', '3-attribution/cues/matchCue.ts'],
  ['cueProbability, cueModel, learnedKey', '3-attribution/cues/cueModel.ts'],
] });
const plaudit = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);


const kb = L.indexKnowledge(L.builtinKnowledge());
const { count, print } = stageTally();
let gold = 0; let found = 0; let wrong = 0;
for (const { doc, file: f } of firstAnnotatorFiles(dataDir)) {
  const text = readFileSync(join(dataDir, 'text', `${doc}.txt`), 'utf8');
  const utterances = (await plaudit.analyze(text)).utterances.filter((u) => typeof u.start === 'number' && u.end > u.start);
  let stages = null; // the stages' state, read only for an article with a wrong source
  for (const g of readAttributions(readFileSync(join(dataDir, 'attributions', f), 'utf8'), text)) {
    gold++;
    const size = g.content.reduce((n, [a, b]) => n + b - a, 0) || 1;
    const covers = (u) => g.content.reduce((n, c) => n + overlap(c, [u.start, u.end]), 0);
    if (utterances.reduce((n, u) => n + covers(u), 0) / size < 0.5) continue;
    found++;
    const winner = utterances.map((u) => ({ u, n: covers(u) })).sort((a, b) => b.n - a.n)[0].u;
    if (sourceMatches(g.source, winner, text)) continue;
    wrong++;
    if (!g.source) { count('no gold source', '-'); continue; }
    if (!g.cue) { count('no gold cue', '-'); continue; }
    const cue = g.cue.map(([a, b]) => text.slice(a, b)).join(' ').toLowerCase().replace(/\s+/g, ' ');
    const words = cue.split(' ').slice(0, 3).join(' ');
    if (winner.cue && g.cue.some((r) => overlap(r, [winner.cue.start, winner.cue.end]) > 0)) {
      const goldSource = normName(g.source.map(([a, b]) => text.slice(a, b)).join(' '));
      count(`same cue: ${SOURCE_PRONOUNS.has(goldSource) ? 'gold a pronoun' : !winner.speaker ? 'plaudit no speaker' : 'another speaker'}`, words);
      continue;
    }
    if (stages === null) {
      const seg = L.segment(text);
      const ents = L.resolveEntities(seg, L.mentionsAndDatelines(seg, kb).mentions, kb, null);
      const tokens = seg.doc.tokens;
      const tokenAt = (offset) => { let lo = 0, hi = tokens.length; while (lo < hi) { const m = (lo + hi) >> 1; if (tokens[m].end <= offset) lo = m + 1; else hi = m; } return lo; };
      stages = { seg, tokens, tokenAt, anchors: L.prepareAttribution(seg, ents).st.anchors };
    }
    const { seg, tokens, tokenAt, anchors } = stages;
    const at = [];
    for (const [a, b] of g.cue) for (let k = tokenAt(a); k < tokens.length && tokens[k].start < b; k++) at.push(k);
    const anchor = anchors.find((an) => at.some((k) => k >= an.first && k < an.last));
    if (anchor) {
      const own = utterances.find((u) => u.cue && u.cue.start === tokens[anchor.first].start);
      const inside = tokens[anchor.first].start >= winner.start && tokens[anchor.first].start < winner.end;
      count(`anchor, other utterance: ${!own ? `no own utterance, anchor ${inside ? 'inside' : 'outside'} the winner` : own.start < winner.end && winner.start < own.end ? 'own overlaps the winner' : 'own apart from the winner'}`, words);
      continue;
    }
    const k = at.find((x) => tokens[x].pos === 'VERB') ?? at.find((x) => tokens[x].pos === 'NOUN') ?? at[0];
    if (k === undefined) { count('no token', words); continue; }
    const before = winner.start >= g.content[0][0] ? 'winner at or after the gold' : tokens[tokenAt(winner.start)]?.sentence === tokens[k].sentence ? 'winner earlier in the sentence' : 'winner from an earlier sentence';
    let why;
    if (seg.quoteOf[k] >= 0) why = 'quoted cue';
    else {
      const row = L.cueAt(tokens, k);
      if (row) why = `listed weak (${row.kind} ${row.confidence})`;
      else {
        const key = L.learnedKey(tokens, k);
        const p = L.cueProbability(tokens, k);
        why = `unlisted ${tokens[k].pos}, ${key === null ? 'no candidate form' : !L.cueModel().lemmas.has(key.lemma) ? 'lemma unknown to the model' : `model p ${p >= 0.6 ? '≥ .6' : p >= 0.3 ? '.3–.6' : '< .3'}`}`;
      }
    }
    count(`no anchor: ${why}; ${before}`, words);
  }
}
console.log(`${dataDir}: ${gold} gold attributions, ${found} found (covered >= 50%), ${wrong} of them with a source the scorer does not match`);
print(['no gold source', 'same cue', 'anchor, other utterance', 'no anchor'], top);
