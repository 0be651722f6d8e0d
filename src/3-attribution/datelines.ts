// Wire datelines: "TULCEA, Romania (Wire) — Floods swept …, officials said." reports the floods, not the dateline.
import type { Segmentation } from '../1-segment/segment.js';
import { isCommonWord, nameTags } from '../adapters/compromise.js';
import { NOT_NAMES } from '../vocabulary/notNames.js';
import type { KnowledgeIndex } from '../2-entities/knowledgeIndex.js';
import type { UtteranceDraft } from './draft.js';

/**
 * A dateline opening a paragraph: a place in capitals ("WASHINGTON", "SAN JUAN, Puerto Rico"),
 * a region or a date after a comma ("DUBAI, March 3"), an agency or a date in brackets if any,
 * and a dash: "KYIV (Reuters) —", "TULCEA, Romania —", "SEOUL, Dec 7 (Newswire) -".
 * Groups: the capitals, the region after a comma, the brackets.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]+){0,3})(, \p{Lu}[\p{L}.]*(?: (?:\p{Lu}[\p{L}.]*|\d{1,4}))(?: \p{Lu}[\p{L}.]*){0,1}|, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?( \([^()\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]*/u;

/**
 * Where the words after a dateline start, by the start of each paragraph that opens with one. One
 * word in capitals must be a place (the knowledge base's or the tagger's) unless a region or
 * brackets follow it: "NATO - the alliance is strong, she said" and "OK - we are done" open with
 * none. Two or more words in capitals before the dash are a place line whatever they name
 * ("PORT ELWYN —", a town no list knows), unless all are ordinary words ("NO WAY - we …").
 */
export function datelineEnds(text: string, paragraphs: Segmentation['paragraphs'], kb: KnowledgeIndex): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of paragraphs) {
    const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (!m || p.start + m[0].length >= p.end) continue;
    if (m[2] || m[3] || (/[ -]/.test(m[1]!) && !ordinaryWords(m[1]!)) || isPlace(m[1]!, kb)) out.set(p.start, p.start + m[0].length);
  }
  return out;
}

/** Are all the words ordinary English ones ("NO WAY", "BREAKING NEWS"): a shout, not a town? */
function ordinaryWords(capitals: string): boolean {
  return capitals.toLowerCase().split(/[ -]+/).every((w) => isCommonWord(w) || NOT_NAMES.has(w));
}

function isPlace(capitals: string, kb: KnowledgeIndex): boolean {
  const lower = capitals.toLowerCase();
  if ((kb.byName.get(lower) ?? []).some((e) => e.type === 'place' || e.type === 'country')) return true;
  return nameTags(lower).some((tag) => tag === 'city' || tag === 'place' || tag === 'region' || tag === 'country');
}

/** The drafts, those that open with a paragraph's dateline starting after it (the writer's place line is nobody's words). */
export function withoutDatelines(seg: Segmentation, kb: KnowledgeIndex, drafts: readonly UtteranceDraft[]): UtteranceDraft[] {
  const ends = datelineEnds(seg.doc.text, seg.paragraphs, kb);
  if (ends.size === 0) return [...drafts];
  return drafts.map((d) => {
    const end = ends.get(d.start);
    return end !== undefined && end < d.end ? { ...d, start: end } : d;
  });
}
