// Wire datelines: "TULCEA, Romania (Wire) — Floods swept …" opens with the place the story was filed from.
import type { Segmentation } from '../1-segment/segment.js';
import { isCommonWord, isGivenName, nameTags } from '../adapters/compromise.js';
import type { Span } from '../model/span.js';
import { NOT_NAMES } from '../vocabulary/notNames.js';
import { MONTHS, WEEKDAYS } from '../vocabulary/time.js';
import type { KnowledgeIndex } from './knowledgeIndex.js';
import type { Mention } from './mention/types.js';
import { findMentions } from './mentions.js';

/**
 * A dateline opening a paragraph: a place in capitals ("WASHINGTON", "SAN JUAN, Puerto Rico"),
 * a region or a date after a comma ("DUBAI, March 3"), an agency or a date in brackets if any,
 * and a dash: "KYIV (Reuters) —", "TULCEA, Romania —", "SEOUL, Dec 7 (Newswire) -", "OSLO--". A
 * single hyphen is a dash only before white space: "MS. JEAN-PIERRE: Thank you" (a transcript's
 * speaker) has none.
 * Groups: the capitals, the region after a comma, the brackets.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]+){0,3})(, \p{Lu}[\p{L}.]*(?: (?:\p{Lu}[\p{L}.]*|\d{1,4}))(?: \p{Lu}[\p{L}.]*){0,1}|, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?( \([^()\n]{1,40}\))?[ \t]*(?:[—–]{1,2}|--|-(?=\s))[ \t]*/u;

/** A paragraph's dateline: its place line (the capitals and the region after them, no date) and where the words after it start. */
export interface Dateline {
  /** Start of the paragraph, which the dateline opens. */
  readonly start: number;
  /**
   * The place line, when it surely names a place: a region or brackets follow it, the knowledge
   * base or the tagger knows it as one, or it has words apart that do not open with a given name
   * ("NORTH KELBY", not "DANA QUIST —" opening a candidate's paragraph). Absent when it is a
   * single word, hyphenated or not, that may be a body's name ("AFL-CIO —").
   */
  readonly place?: Span;
  /** Where the words after the dash start. */
  readonly end: number;
}

/**
 * The datelines of the text, one at most per paragraph. One word in capitals must be a place (the
 * knowledge base's or the tagger's) unless a region or brackets follow it: "NATO - the alliance
 * is strong, she said" and "OK - we are done" open with none. Two or more words in capitals
 * before the dash are a place line whatever they name ("PORT ELWYN —", a town no list knows),
 * unless all are ordinary words ("NO WAY - we …").
 */
function findDatelines(text: string, paragraphs: Segmentation['paragraphs'], kb: KnowledgeIndex): Dateline[] {
  const out: Dateline[] = [];
  for (const p of paragraphs) {
    const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (!m || p.start + m[0].length >= p.end) continue;
    const words = m[1]!.includes(' ') && !ordinaryWords(m[1]!);
    const sure = Boolean(m[2] || m[3] || isPlace(m[1]!, kb) || (words && !isGivenName(m[1]!.split(' ')[0]!.toLowerCase())));
    if (!sure && !words && !(m[1]!.includes('-') && !ordinaryWords(m[1]!))) continue;
    // The region is part of the place line ("SCRANTON, Pa.", "HALIFAX, Nova Scotia"), a date is not ("DUBAI, March 3", "OSLO, Sunday").
    const region = m[2] && !isDate(m[2].slice(2)) ? m[2] : '';
    const end = p.start + m[0].length;
    out.push(sure ? { start: p.start, place: { start: p.start, end: p.start + m[1]!.length + region.length }, end } : { start: p.start, end });
  }
  return out;
}

/** The words after a dateline's comma are a date: a number, or a month or a weekday first ("March 3", "Dec 7", "Sunday"). */
function isDate(words: string): boolean {
  const first = words.split(' ')[0]!.toLowerCase().replace(/\.$/, '');
  return /\d/.test(words) || MONTHS.has(first) || MONTHS.has(`${first}.`) || WEEKDAYS.has(first);
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

/**
 * A name in a dateline's place line is a place ("FORT PIERCE, Fla. —", "ORVELLE (Wire) —"): the
 * line says where the story was filed from. In capitals or abbreviated, the name reader can only
 * guess its type from its form (two words: a person; one word in capitals: an organisation), and
 * that guess would make the town a speaker, a stance target or the antecedent of "they". A name
 * the knowledge base knows as a body or a place keeps its entry's type ("BRUSSELS —" may stand
 * for the Union); one it knows only as a person is the town ("JACKSON, Miss. —"). Every name of
 * the line is marked `inDateline`: no part of the sentence after it, and no speaker.
 */
function datelinePlaces(mentions: readonly Mention[], datelines: readonly Dateline[], kb: KnowledgeIndex): Mention[] {
  if (datelines.length === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.kind !== 'name' || !datelines.some((d) => d.place && m.start >= d.place.start && m.end <= d.place.end)) return m;
    const known = m.type === 'place' || m.type === 'country' || (kb.byName.get(m.key) ?? []).some((e) => e.type !== 'person');
    if (known) return { ...m, inDateline: true };
    const { guessed: _, ...rest } = m;
    return { ...rest, type: 'place', inDateline: true };
  });
}

/**
 * Stage 2's mentions as `analyze()` reads them, with the datelines they were read with: every
 * name of the text (findMentions), those of a dateline's place line marked (datelinePlaces).
 * The one way in for the pipeline, the tests and the surveys alike.
 */
export function mentionsAndDatelines(seg: Segmentation, kb: KnowledgeIndex): { datelines: Dateline[]; mentions: Mention[] } {
  const datelines = findDatelines(seg.doc.text, seg.paragraphs, kb);
  return { datelines, mentions: datelinePlaces(findMentions(seg, kb), datelines, kb) };
}
