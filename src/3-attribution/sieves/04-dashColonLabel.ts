// A label with no verb: `“…” — Senator Smith`, `Smith: “…”`, a transcript label inside the quote `"WALLACE: …"`.
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Quote } from '../../1-segment/quotes.js';
import { displayName, mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import { lowerBound, DASH } from '../scan.js';
import { type Found } from '../draft.js';

/** "“…” — Senator Smith" or "Smith: “…”" with no verb. */
export function dashOrColonLabel(seg: Segmentation, ents: EntityIndex, q: Quote): Found | null {
  const tokens = seg.doc.tokens;
  let after = lowerBound(tokens, q.close + 1);
  // The label may stand on its own line: '"…"\n\n-Michelle Marks, Philadelphia.'
  if (tokens[after]?.pos === 'SPACE' && tokens[after + 1] && DASH.test(tokens[after + 1]!.value) && labelLine(ents, tokens, after + 2)) after++;
  const a = tokens[after];
  if (a && DASH.test(a.value) && tokens[after + 1] && mentionIndex(ents, after + 1) >= 0) {
    const mi = mentionIndex(ents, after + 1);
    const m = ents.mentions[mi]!;
    if (m.kind !== 'pronoun') return { source: { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'after' }, confidence: 0.8 };
  }
  const open = lowerBound(tokens, q.open);
  const colon = tokens[open - 1];
  if (colon && colon.value === ':' && mentionIndex(ents, open - 2) >= 0) {
    const mi = mentionIndex(ents, open - 2);
    const m = ents.mentions[mi]!;
    if (m.kind !== 'pronoun' || m.key === 'he' || m.key === 'she' || m.key === 'they') return { source: { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'subject' }, confidence: 0.75 };
  }
  return null;
}

/** A name and nothing but a place or description after a comma, on a line of its own: "-Michelle Marks, Philadelphia." (not "- Trump said …"). */
export function labelLine(ents: EntityIndex, tokens: readonly Token[], k: number): boolean {
  const mi = mentionIndex(ents, k);
  if (mi < 0) return false;
  const next = tokens[ents.mentions[mi]!.last];
  return !next || next.value === ',' || next.value === '.' || next.pos === 'SPACE';
}

/** A speaker label opening the quote's words ("WALLACE: …", "MR. SMITH: …"), as a mention. */
export function labelInside(seg: Segmentation, ents: EntityIndex, q: Quote): (Found & { contentStart: number }) | null {
  const head = seg.doc.text.slice(q.start, Math.min(q.end, q.start + 50));
  const m = /^((?:[A-Z][A-Z'’.-]*\s){0,3}[A-Z][A-Z'’.-]+):\s/.exec(head);
  if (!m) return null;
  const k = lowerBound(seg.doc.tokens, q.start);
  const mi = mentionIndex(ents, k);
  if (mi < 0) return null;
  const mention = ents.mentions[mi]!;
  if (mention.end > q.start + m[1]!.length) return null;
  // A label names a speaker: an unknown name in capitals ("BRANDT") is a person, written "Brandt".
  const e = ents.entityOf[mi]!;
  const entity = e >= 0 ? ents.entities[e]! : undefined;
  if (entity && !entity.kb && !/\p{Ll}/u.test(entity.name)) {
    entity.aliases.add(entity.name);
    entity.name = displayName(entity.name, true);
    entity.type = 'person';
  }
  return { source: { span: { start: mention.start, end: mention.end }, mention: mi, first: mention.first, last: mention.last, how: 'subject' }, confidence: 0.9, contentStart: q.start + m[0].length };
}
