// A line opened by a name and a colon reports that person's words: `Vane: Ortiz's “Trust Is Gone”`.
import { onMap } from '../../util/onMap.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Span } from '../../model/span.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import { type Source } from '../source.js';
import { lowerBound } from '../scan.js';
import { speakerOf } from '../speaker.js';
import { type AttributionState } from '../state.js';
import { NOT_HEADLINE_SPEAKERS } from '../../vocabulary/editorialLabels.js';
import { OPENING_QUOTE } from '../../vocabulary/punctuation.js';
import { ARTICLES } from '../../vocabulary/determiners.js';


/** Labels of a headline that states a finding ("Poll: …", "Survey: …"): the document's words, though editors' labels otherwise. */
const FINDING_LABELS: ReadonlySet<string> = new Set(['poll', 'survey', 'study']);

/** "Twitter: @hale_news", "Web: www.example.org": a handle or an address alone is no one's words. */
const HANDLE_ONLY = /^(?:@\w+|https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+)[.\s]*$/u;
/**
 * The longest rest of a line read as a handle or an address: longer is words, and the pattern,
 * which backtracks over every split of a long run of dots, stays off a long paragraph.
 */
const MAX_HANDLE_LENGTH = 200;

/** Is `rest` (what follows a label's colon) a handle or an address alone? */
function handleOnly(rest: string): boolean {
  return rest.length <= MAX_HANDLE_LENGTH && HANDLE_ONLY.test(rest);
}

/** "Dr. Ben Carson: …" — a name (not a place) and a colon opening a paragraph, the words after it. */
export function colonLabel(seg: Segmentation, ents: EntityIndex, p: Span): { source: Source; cue: Span; contentStart: number } | null {
  const tokens = seg.doc.tokens;
  const k = lowerBound(tokens, p.start);
  const mi = mentionIndex(ents, k);
  if (mi < 0) {
    // A capitalised name the entity stage did not keep ("Issa:" opening a headline).
    // "The Latest: …", "The Big Picture: …": a label opened by an article is a section's name, not a person's.
    if (ARTICLES.has(tokens[k]?.lower ?? '')) return null;
    let end = k;
    while (end < k + 3 && tokens[end] && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.value) && tokens[end]!.pos !== 'VERB' && !NOT_HEADLINE_SPEAKERS.has(tokens[end]!.lower)) end++;
    // "Poll: Ortiz leads Reyes by ten points": a finding's headline, the poll's (not "Poll: Who won?", a page's question).
    if (end === k && FINDING_LABELS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.value === ':' && !/\?\s*$/u.test(seg.doc.text.slice(p.start, p.end))) end = k + 1;
    const colon = tokens[end];
    if (end === k || !colon || colon.value !== ':' || colon.start >= p.end) return null;
    let contentStart = colon.end;
    while (contentStart < p.end && /\s/.test(seg.doc.text[contentStart]!)) contentStart++;
    if (p.end - contentStart < 8) return null;
    return { source: { span: { start: tokens[k]!.start, end: tokens[end - 1]!.end }, mention: -1, first: k, last: end, how: 'subject' }, cue: { start: colon.start, end: colon.end }, contentStart };
  }
  const m = ents.mentions[mi]!;
  if (m.first !== k || m.kind === 'pronoun' || m.quote >= 0) return null;
  // "Recap: …", "Summary: …": an editor's label the entity stage kept as a name is no speaker either.
  if (tokens.slice(m.first, m.last).every((t) => NOT_HEADLINE_SPEAKERS.has(t.lower) && !FINDING_LABELS.has(t.lower))) return null;
  const colon = tokens[m.last];
  if (!colon || colon.value !== ':' || colon.start >= p.end) return null;
  const e = ents.entityOf[mi]!;
  if (e >= 0 && onMap(ents.entities[e]!.type)) return null;
  let contentStart = colon.end;
  while (contentStart < p.end && /\s/.test(seg.doc.text[contentStart]!)) contentStart++;
  if (p.end - contentStart < 8) return null;
  return { source: { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'subject' }, cue: { start: colon.start, end: colon.end }, contentStart };
}

/** Sieve 10: headline-style name-and-colon lines, outside transcripts (whose labels are turns). */
export function headlineLabels(st: AttributionState): void {
  const { seg, ents, drafts, topLevel } = st;
  // Headline style "Vane: Ortiz's 'Trust Is Gone'": a line opened by a name and a
  // colon reports that person's words (outside transcripts, whose labels are turns).
  if (seg.turns.length === 0) {
    for (const p of seg.paragraphs) {
      const label = colonLabel(seg, ents, p);
      // "Senator Smith: “…”" is a quote with its label, already attributed.
      if (!label || OPENING_QUOTE.test(seg.doc.text.slice(label.contentStart, label.contentStart + 1))) continue;
      if (handleOnly(seg.doc.text.slice(label.contentStart, p.end))) continue;
      const content = { start: label.contentStart, end: p.end };
      const overlapping = topLevel.overlapping(content).map((i) => ({ i, d: drafts[i]! }));
      if (overlapping.some(({ d }) => d.kind === 'indirect' || d.kind === 'turn' || d.start < content.start || d.end > content.end)) continue;
      const speaker = speakerOf(seg, ents, label.source);
      if (speaker < 0) continue;
      const parent = drafts.length;
      for (const { i, d } of overlapping) {
        // A quote inside the report is the reported person's unless a cue said otherwise.
        drafts[i] = { ...d, parent, kind: 'partial', speaker: d.speaker >= 0 && d.confidence >= 0.5 ? d.speaker : speaker };
        topLevel.remove(i);
      }
      drafts.push({ start: content.start, end: content.end, kind: 'indirect', speaker, mention: label.source.span, cue: label.cue, confidence: 0.6 });
      topLevel.add(drafts.length - 1);
    }
  }
}
