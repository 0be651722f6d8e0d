// A quote with no cue: the run-on part, the sentence before, the conversation's last speaker, the paragraph's only person.
import type { Segmentation } from '../../1-segment/segment.js';
import type { Quote } from '../../1-segment/quotes.js';
import type { Anchor } from '../anchors.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import { type Source } from '../source.js';
import { lowerBound, firstAnchorFrom, SENTENCE_END, QUOTE_MARK } from '../scan.js';
import { round, type UtteranceDraft, type Found } from '../draft.js';
import type { Span } from '../../model/span.js';
import { speakerOf } from '../speaker.js';
import { RELATIVE_PRONOUNS } from '../../vocabulary/pronouns.js';

export function backfill(drafts: UtteranceDraft[], draftOf: Map<number, number>, quotes: readonly Quote[], from: number, speaker: number, confidence: number, mention?: Span): void {
  let q: number | undefined = from;
  while (q !== undefined) {
    const d = draftOf.get(q);
    if (d === undefined) break;
    const dr = drafts[d]!;
    if (dr.speaker >= 0) break;
    // (The phrase that names the speaker after the last part names them for the earlier parts too.)
    drafts[d] = { ...dr, speaker, ...(mention ? { mention } : {}), confidence: round(confidence * 0.9) };
    q = quotes[q]!.continues;
  }
}

/** A quote that continues the writer's sentence (after a word, not after a colon, comma or sentence start) is partial. */
export function isPartial(seg: Segmentation, q: Quote): boolean {
  const text = seg.doc.text;
  let k = q.open - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  if (k < 0 || text[k] === '\n') return false;
  const ch = text[k]!;
  if (/[.!?:,;\u2014\u2013(\[\-"'\u201c\u201d\u2018\u2019]/.test(ch)) return false;
  return true;
}

/** Words that open a subordinate clause inside an attribution ("said after the mayor spoke", "as Lee looked on"). */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'until', 'since', 'because', 'once']);

/** The attribution of the sentence just before the quote, in the same paragraph, when nothing comes between. */
export function cueInSentenceBefore(seg: Segmentation, q: Quote, anchors: readonly Anchor[], sources: readonly (Source | null)[]): Found | null {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  const paragraph = seg.paragraphOf[open];
  let end = open - 1;
  while (end >= 0 && (tokens[end]!.pos === 'SPACE' || QUOTE_MARK.test(tokens[end]!.value))) end--;
  if (end < 0 || !SENTENCE_END.test(tokens[end]!.value) || seg.paragraphOf[end] !== paragraph || seg.quoteOf[end]! >= 0) return null;
  const sentence = tokens[end]!.sentence;
  for (let ai = firstAnchorFrom(anchors, end + 1) - 1; ai >= 0; ai--) {
    const a = anchors[ai]!;
    if (a.first > end) continue;
    if (tokens[a.first]!.sentence !== sentence) break;
    const s = sources[ai];
    // "…,” said Marsh, who covered the summit. “…”": a cue in a relative clause is an aside.
    if (RELATIVE_PRONOUNS.has(tokens[a.first - 1]?.lower ?? '')) continue;
    // '“…,” Dunmore said after the mayor spoke. “…”': nor is a cue in a subordinate clause.
    if (s && s.how === 'subject' && SUBORDINATORS.has(tokens[s.first - 1]?.lower ?? '')) continue;
    if (s && a.kind !== 'perception' && a.kind !== 'belief' && a.kind !== 'intention') return { source: s, anchor: a, confidence: 0.7 };
  }
  return null;
}

export function startsParagraph(seg: Segmentation, q: Quote): boolean {
  return seg.paragraphs.some((p) => p.start === q.open);
}

/**
 * A paragraph that is only a quote continues whoever the paragraph before it reported: the
 * speaker of its last attribution, else the subject of its last sentence (the floating-quote
 * rule of news quote extractors).
 */
export function lastSpeakerBefore(seg: Segmentation, ents: EntityIndex, anchors: readonly Anchor[], sources: readonly (Source | null)[], q: Quote, paragraph: number): number {
  if (paragraph === 0) return -1;
  const prev = seg.paragraphs[paragraph - 1]!;
  for (let ai = firstAnchorFrom(anchors, lowerBound(seg.doc.tokens, q.open)) - 1; ai >= 0; ai--) {
    const a = anchors[ai]!;
    const at = seg.doc.tokens[a.first]!.start;
    if (at >= q.open) continue;
    if (at < prev.start) break;
    const s = sources[ai];
    if (s && a.kind !== 'perception') return speakerOf(seg, ents, s);
  }
  // Else the person the paragraph's last sentence is about: its first person named outside a preposition.
  const tokens = seg.doc.tokens;
  let last = lowerBound(tokens, prev.end) - 1;
  while (last >= 0 && tokens[last]!.pos === 'SPACE') last--;
  if (last < 0) return -1;
  const sentence = tokens[last]!.sentence;
  let first = last;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  for (let k = first; k <= last; k++) {
    const mi = mentionIndex(ents, k);
    if (mi < 0 || seg.quoteOf[k]! >= 0) continue;
    const m = ents.mentions[mi]!;
    const e = ents.entityOf[mi]!;
    if (e >= 0 && ents.entities[e]!.type === 'person' && !m.afterPreposition && !m.possessive) return e;
  }
  return -1;
}

export function otherPersonBetween(seg: Segmentation, ents: EntityIndex, prevQuote: number, q: Quote, speaker: number): boolean {
  const tokens = seg.doc.tokens;
  const from = lowerBound(tokens, seg.quotes[prevQuote]!.close + 1);
  const to = lowerBound(tokens, q.open);
  // A new person named as the subject of a sentence between the two quotes breaks the conversation.
  for (let k = from; k < to; k++) {
    const mi = mentionIndex(ents, k);
    if (mi < 0 || seg.quoteOf[k]! >= 0) continue;
    const e = ents.entityOf[mi]!;
    const m = ents.mentions[mi]!;
    if (e >= 0 && e !== speaker && ents.entities[e]!.type === 'person' && m.kind === 'name' && !m.possessive) {
      // '“…,” Dunmore said after the mayor spoke. “…”': the subject of a subordinate clause in the
      // sentence that attributes the quote before is no new speaker.
      if (m.sentence === tokens[from - 1]?.sentence && SUBORDINATORS.has(tokens[m.first - 1]?.lower ?? '')) continue;
      const next = tokens[m.last];
      if (m.subject || (next && next.value === ',' && !m.afterPreposition)) return true;
    }
  }
  return false;
}

const peopleByParagraph = new WeakMap<EntityIndex, Map<number, Set<number>>>();

/** The only person the paragraph's own text (outside quotes) names, or -1. Indexed once per article. */
export function onlyPersonInParagraph(seg: Segmentation, ents: EntityIndex, paragraph: number): number {
  let index = peopleByParagraph.get(ents);
  if (!index) {
    index = new Map();
    ents.mentions.forEach((m, mi) => {
      const e = ents.entityOf[mi]!;
      if (m.quote >= 0 || e < 0 || ents.entities[e]!.type !== 'person') return;
      const p = seg.paragraphOf[m.first]!;
      let set = index!.get(p);
      if (!set) index!.set(p, (set = new Set()));
      set.add(e);
    });
    peopleByParagraph.set(ents, index);
  }
  const found = index.get(paragraph);
  return found && found.size === 1 ? [...found][0]! : -1;
}
