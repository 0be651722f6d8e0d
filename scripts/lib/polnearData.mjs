// The PolNeAR attribution annotations (BRAT standoff, ../shared/polnear/*/attributions/*.ann), read
// as the scorer reads them. Shared by scripts/learn-cues.mjs, learn-cue-model.mjs and
// survey-polnear-cues.mjs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** BRAT offsets count code points; JavaScript strings count UTF-16 units. Maps the first to the second. */
export function unitIndex(text) {
  const map = []; let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/**
 * The attributions of one .ann file that have a content: each with its content, cue and source as
 * lists of [start, end) ranges in UTF-16 units of the article's text (cue and source null when the
 * annotation has none).
 */
export function readAttributions(ann, text) {
  const toUnit = unitIndex(text);
  const spans = new Map(); const out = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      spans.set(id, body.slice(sp + 1).split(';').map((r) => r.split(' ').map(Number)).map(([a, b]) => [toUnit(a), toUnit(b)]));
    } else if (id.startsWith('E')) {
      const roles = Object.fromEntries(body.split(' ').map((kv) => kv.split(':')).map(([k, v]) => [k.replace(/\d+$/, ''), v]));
      if (!roles.Content || !spans.has(roles.Content)) continue;
      const span = (role) => (role && spans.has(role) ? spans.get(role) : null);
      out.push({ content: spans.get(roles.Content), cue: span(roles.Cue), source: span(roles.Source) });
    }
  }
  return out;
}

/** Pronouns a gold Source may be, which a speaker's name never matches. */
export const SOURCE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'him', 'her', 'them', 'you', 'which', 'that']);
export const normName = (s) => String(s ?? '').toLowerCase().normalize('NFKC').replace(/[\u2018\u2019]/g, "'")
  .replace(/'s\b/g, '').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/**
 * Whether utterance u's speaker is the gold Source `ranges` of text, as ../shared/eval/score-polnear.mjs
 * matches them: the speaker's mention overlaps the source, else the names agree (whole, or by the
 * speaker's last name among the source's words; never a pronoun source).
 */
export function sourceMatches(ranges, u, text) {
  if (!ranges) return false;
  const m = u.speaker?.mention;
  if (m && typeof m.start === 'number' && ranges.some((r) => Math.min(r[1], m.end) - Math.max(r[0], m.start) > 0)) return true;
  const name = normName(u.speaker?.name);
  const g = normName(ranges.map(([a, b]) => text.slice(a, b)).join(' '));
  if (!name || !g || SOURCE_PRONOUNS.has(g)) return false;
  if (name === g) return true;
  const last = name.split(' ').pop();
  return last.length > 2 && g.split(' ').includes(last);
}

/** Characters two [start, end) ranges share. */
export const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/**
 * A count of golds by stage with the cue words seen at each (the survey scripts' table): `count(stage,
 * cue)` adds one; `print(groups, top)` prints the total of each group of stages (by prefix), then the
 * `top` stages with their six commonest cue words.
 */
export function stageTally() {
  const byStage = new Map();
  const count = (stage, cue) => {
    const s = byStage.get(stage) ?? { n: 0, cues: new Map() };
    s.n++; s.cues.set(cue, (s.cues.get(cue) ?? 0) + 1);
    byStage.set(stage, s);
  };
  const print = (groups, top) => {
    const stages = [...byStage].sort((x, y) => y[1].n - x[1].n);
    const total = (prefix) => stages.filter(([k]) => k.startsWith(prefix)).reduce((n, [, s]) => n + s.n, 0);
    for (const p of groups) console.log(`${String(total(p)).padStart(6)}  ${p}`);
    console.log('');
    for (const [k, s] of stages.slice(0, top)) {
      const cues = [...s.cues].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([c, n]) => `${c} ${n}`).join(', ');
      console.log(`${String(s.n).padStart(6)}  ${k}  | ${cues}`);
    }
  };
  return { count, print };
}

/**
 * The annotation files of a PolNeAR split, one per article: the first annotator's, as the scorer
 * reads them. Yields { doc, file } in file-name order (`dir` holds attributions/ and text/).
 */
export function* firstAnnotatorFiles(dir) {
  const seen = new Set();
  for (const file of readdirSync(join(dir, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
    const doc = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(doc)) continue;
    seen.add(doc);
    yield { doc, file };
  }
}
