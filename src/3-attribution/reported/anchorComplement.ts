// The complement right after a cue whose clause no construction read ("sought a recount", "urged voters to stay home", "accused them of lying"), read when the counted table says that cue heads content there often enough.
import type { Span } from '../../model/span.js';
import type { AnchorComplementKind } from '../cues/anchorComplements.js';
import { RAISING_PASSIVES, WH_WORDS } from '../cues/verbClasses.data.js';
import type { Token } from '../../adapters/wink.js';
import { anchorWithin } from '../scan.js';
import { DEICTIC_DAYS, PERIOD_DETERMINERS, PERIODS, TIME_ADVERBS, WEEKDAYS } from '../../vocabulary/time.js';
import { POSSESSIVES, RELATIVE_WORDS } from '../../vocabulary/pronouns.js';
import { GROUP_NOUNS, NOT_AGENT_NOUNS, PERSON_NOUNS, PLURAL_AGENT_ENDING, ROLE_NOUNS } from '../../vocabulary/roles.js';
import { type ClauseCtx, NP_START, objectPhrase, opensWithParticiple, spanUntilStop } from './clauseReader.js';

/** What follows a cue and the words it would report. */
export interface AnchorComplement {
  readonly kind: AnchorComplementKind;
  readonly span: Span;
}

const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...DEICTIC_DAYS, ...TIME_ADVERBS]);

/** How many tokens at k stand between a cue and its complement without being it: an adverb, "not", a day ("said Monday"), "last week". */
function skipped(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined) return 0;
  if (t.pos === 'ADV' || t.lower === 'not' || DAY_WORDS.has(t.lower)) return 1;
  if (PERIOD_DETERMINERS.has(t.lower) && PERIODS.has(tokens[k + 1]?.lower ?? '')) return 2;
  return 0;
}

/** Is the cue a passive participle after a form of "be" ("was called a fraud by …", "were seen as …"), not a progressive ("is seeking")? */
function passiveCue(tokens: readonly Token[], first: number): boolean {
  if (tokens[first]!.lower.endsWith('ing')) return false;
  let b = first - 1;
  while (b >= 0 && (tokens[b]!.pos === 'ADV' || tokens[b]!.lower === 'not')) b--;
  return tokens[b]?.lemma === 'be' || tokens[b]?.lower === 'been' || tokens[b]?.lower === 'being';
}

/** Does the cue hold a form of "be" and a raising participle ("is expected", "was said")? */
function raisedPassive(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    if (!RAISING_PASSIVES.has(tokens[k]!.lower)) continue;
    let b = k - 1;
    while (b >= 0 && (tokens[b]!.pos === 'ADV' || tokens[b]!.lower === 'not')) b--;
    if (tokens[b]?.lemma === 'be') return true;
  }
  return false;
}

/**
 * The kind of complement after a cue that ends before token `last`, and the token k it starts at
 * (adverbs, "not", a day, "last week" skipped): "to" and a verb, "that", a question word, a
 * preposition whose object is no personal pronoun, a personal pronoun and "to" / "that" / "of",
 * or a noun phrase. Null when none of these follows within the sentence (which ends before `end`).
 */
export function complementAt(tokens: readonly Token[], last: number, end: number): { readonly kind: AnchorComplementKind; readonly k: number } | null {
  let k = last;
  for (let skip = skipped(tokens, k); skip > 0 && k < end; skip = skipped(tokens, k)) k += skip;
  const t = tokens[k];
  if (t === undefined || k >= end) return null;
  const n = tokens[k + 1];
  if (t.lower === 'to' && n !== undefined && (n.pos === 'VERB' || n.pos === 'AUX' || n.pos === 'ADV')) return { kind: 'to', k };
  if (t.lower === 'that') return { kind: 'that', k };
  if (WH_WORDS.has(t.lower)) return { kind: 'wh', k };
  if (t.pos === 'ADP') {
    if (!/^[a-z]+$/.test(t.lower) || n === undefined || k + 1 >= end) return null;
    if (n.pos === 'PRON' && !POSSESSIVES.has(n.lower) && !WH_WORDS.has(n.lower)) return null;
    return { kind: `prep:${t.lower}`, k };
  }
  if (t.pos === 'PRON' && !POSSESSIVES.has(t.lower)) {
    // "urged them to vote", "told her that …", "accused him of lying": the person, then what was said of them.
    if (n?.lower === 'to') return { kind: 'obj+to', k };
    if (n?.lower === 'that') return { kind: 'obj+that', k };
    if (n?.lower === 'of') return { kind: 'obj+of', k };
    return null;
  }
  if (NP_START.has(t.pos) || (t.pos === 'VERB' && t.lower.endsWith('ing'))) return { kind: 'np', k };
  return null;
}

/** Fewest words other than function words a bare object needs to be read as content. */
export const MIN_OBJECT_WORDS = 2;

/** Tags that are not counted as the words of a bare object ("her mother", "the film twice" are one word each). */
const NOT_OBJECT_WORDS: ReadonlySet<string> = new Set(['PRON', 'ADV']);

/** Words that close a time phrase after a period noun: "a day later", "two weeks ago". */
const TIME_AFTER: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'before']);

/** Tags that make no content on their own: a span of only these ("the", "of") is no report. */
const EMPTY_POS: ReadonlySet<string> = new Set(['DET', 'ADP', 'PUNCT', 'SPACE', 'PART', 'CCONJ', 'SCONJ']);

/**
 * The complement after the cue's last word (adverbs and "not" skipped), by kind: "to" and a verb
 * ("vowed to fight"), "that" ("warned voters that …" is read earlier; here "that" right after the
 * cue), a question word ("asked why …"), a preposition and its object ("called for a recount",
 * "accused of lying"), a noun phrase ("sought a recount"), or a personal pronoun object and "to" /
 * "that" / "of" ("urged them to vote", "accused him of lying"). A noun phrase or a preposition's
 * object is the object phrase (with the rest of its clause, `objectPhrase`); the other kinds run
 * to the clause's end. Null when nothing of these follows, when the words would hold the cue's own
 * source ("…, said Mayor Reyes, who …"), or when they are only function words.
 * Reads any cue: whether to report it is the counted table's decision (`tableComplement` in reportedClause.ts).
 */
export function readAnchorComplement(c: ClauseCtx): AnchorComplement | null {
  const { tokens, a, sentence, source } = c;
  // "is expected to …", "was said to be …": a raised passive is sieve 09's report, of the whole clause.
  if (raisedPassive(tokens, a.first, a.last)) return null;
  // "did not say much about it": a negated cue reports nothing; "Asked about the plan, the senator said …":
  // an opening participle sets the scene of the main clause's report.
  if (tokens[a.first]!.negated || opensWithParticiple(c.seg, a.first)) return null;
  const at = complementAt(tokens, a.last, sentence.last);
  if (at === null || c.seg.quoteOf[at.k]! >= 0) return null;
  const { kind, k } = at;
  // "asked the governor for a meeting": the bare object of a verb whose row takes a quote, a question
  // and an object is whom the question was put to, an addressee, not what was asked.
  // (No other gate by the cue's kind: whether "wants lower taxes" or "sought a recount" reports the
  // position the holder took, as a topic, is the counted table's decision per lemma; on PolNeAR train
  // the bare object of want is gold content 16 times in 21, of seek 19 in 31.)
  if (kind === 'np' && a.complement.includes('object') && a.complement.includes('quote') && a.complement.includes('wh')) return null;
  // "was called a fraud by critics": a passive cue's object is what was said of its subject, by someone else.
  if (kind === 'np' && passiveCue(tokens, a.first)) return null;
  const read = kind === 'to' || kind === 'wh' ? spanUntilStop(c, k)
    : kind === 'that' ? spanUntilStop(c, k + 1)
      : kind === 'obj+to' ? spanUntilStop(c, k + 1)
        : kind === 'obj+that' ? spanUntilStop(c, k + 2)
          : kind === 'obj+of' ? objectPhrase(c, k + 2, 1)
            : kind === 'np' ? objectPhrase(c, k, 1)
              : objectPhrase(c, k + 1, 1);
  const found = read ? { kind, span: read } : null;
  if (found === null) return null;
  const span = withoutTrailingTime(tokens, k, beforeCommaCue(c, k, found.span));
  if (span === null) return null;
  // ("…, said Mayor Reyes, who runs …": the cue's own source is no part of what it reports.)
  if (source.span.end > source.span.start && source.span.start < span.end && span.start < source.span.end) return null;
  // ("wants a sandwich": a bare object of one common noun names a thing, not a position; "defended Vale" names whom the act is about.)
  const least = found.kind === 'np' ? MIN_OBJECT_WORDS : 1;
  let words = 0;
  let name = false;
  for (let x = k; x < tokens.length && tokens[x]!.start < span.end && words < least; x++) {
    if (tokens[x]!.start < span.start || EMPTY_POS.has(tokens[x]!.pos) || NOT_OBJECT_WORDS.has(tokens[x]!.pos)) continue;
    words++;
    name ||= tokens[x]!.pos === 'PROPN';
  }
  return words >= least || (words > 0 && name) ? { kind: found.kind, span } : null;
}

/** The span without the day or "last week" it ends in ("defended the decision Monday": the object is "the decision"); null when nothing else is left. */
export function withoutTrailingTime(tokens: readonly Token[], k: number, span: Span): Span | null {
  let end = k;
  while (end < tokens.length && tokens[end]!.end <= span.end) end++;
  for (;;) {
    const last = tokens[end - 1];
    if (end - 1 < k || last === undefined) return null;
    if (DAY_WORDS.has(last.lower) || last.value === ',') end--;
    // ("a day later", "two weeks ago")
    // ("his mother a day | later": the object phrase stopped at the adverb)
    else if (TIME_AFTER.has(tokens[end]?.lower ?? '') && PERIODS.has(last.lower.replace(/s$/, '')) && (tokens[end - 2]?.pos === 'DET' || tokens[end - 2]?.pos === 'NUM')) end -= 2;
    else if (TIME_AFTER.has(last.lower) && PERIODS.has((tokens[end - 2]?.lower ?? '').replace(/s$/, '')) && (tokens[end - 3]?.pos === 'DET' || tokens[end - 3]?.pos === 'NUM')) end -= 3;
    else if (PERIODS.has(last.lower) && PERIOD_DETERMINERS.has(tokens[end - 2]?.lower ?? '')) end -= 2;
    else break;
  }
  return tokens[end - 1]!.end <= span.start ? null : { start: span.start, end: Math.min(span.end, tokens[end - 1]!.end) };
}

/** Words that open a relative clause of the object ("a statement which read …"). */

/**
 * The span cut before a comma or a relative word that a cue follows within two words ("urged the
 * board to act, saying …", "issued a note that said …", "…, who warned …"): that cue
 * reports on its own.
 */
function beforeCommaCue(c: ClauseCtx, k: number, span: Span): Span {
  const { tokens, anchors } = c;
  for (let x = k + 1; x < tokens.length && tokens[x]!.start < span.end; x++) {
    if ((tokens[x]!.value !== ',' && !RELATIVE_WORDS.has(tokens[x]!.lower)) || !anchorWithin(anchors, x + 1, x + 3)) continue;
    let end = x;
    while (end > k && EMPTY_POS.has(tokens[end - 1]!.pos)) end--;
    return end > k ? { start: span.start, end: Math.min(span.end, tokens[end - 1]!.end) } : span;
  }
  return span;
}

/**
 * Does the word name people in the plural ("voters", "members", "farmers", "parents")? A noun phrase
 * no entity stands for credits a report read by the counted table only when its head names people:
 * "the massacres", "the colony" or "the company" hold no position.
 */
export function peoplePlural(word: string): boolean {
  const w = word.toLowerCase();
  if (GROUP_NOUNS.has(w)) return true;
  if (!w.endsWith('s')) return false;
  const one = w.slice(0, -1);
  return PERSON_NOUNS.has(one) || ROLE_NOUNS.has(one) || (PLURAL_AGENT_ENDING.test(w) && !NOT_AGENT_NOUNS.has(one));
}
