// A second report inside a reported clause: "Lee said the vote was close after voters said Smith would win".
import type { Token } from '../../adapters/wink.js';
import type { Anchor } from '../anchors.js';
import { firstAnchorFrom, hasVerb } from '../scan.js';
import { RELATIVE_PRONOUNS } from '../../vocabulary/pronouns.js';

/**
 * The subordinators of time and contrast, which join a report of the writer's ("… after voters
 * said …", "… while aides argued …"). Not those of cause or condition ("because the clerks had
 * asked for …", "if the court rules …"), whose clause is part of the reason or the claim reported.
 */
export const REPORT_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'as', 'when', 'while', 'whereas', 'although', 'though']);
/** The coordinators that join a second report ("…, the board said, and engineers say …"). */
/** The conjunctions that join a second report to the first ("…, the board said, and engineers say …"). */
const SECOND_REPORT_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);
/** Longest subject (in tokens) between the joining word and the second cue. */
export const SECOND_SUBJECT_REACH = 6;
/** Only a sure speech cue that takes a clause ("said", "argued") marks a second report; weaker ones ("agreed", "announced") are often events the report tells of. */
export const SECOND_CUE_MIN_CONFIDENCE = 0.9;
/** Parts of speech a short subject holds ("60 percent of voters", "the city's lawyers"), and the auxiliaries and adverbs before its verb. */
const SUBJECT_WORD: ReadonlySet<string> = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'NUM', 'ADJ', 'ADP', 'AUX', 'ADV', 'PART']);

/**
 * Does a second clause with its own subject and its own cue open at token k, joined to the clause
 * being read by a subordinator or a coordinator ("… after voters said …", "… while the council
 * argued …", "… and aides say …")? Then the report read so far ends before k: PolNeAR gives
 * each report its own content, never one inside another's, and the second cue reports its own
 * clause. A cue with no subject of its own ("… and said …", "… after saying …") shares the
 * first one's subject and is no second report; nor is a noun cue ("after the claim that …"),
 * nor a perception ("as voters saw …").
 */
export function secondReportAt(tokens: readonly Token[], anchors: readonly Anchor[], k: number): boolean {
  const t = tokens[k]!;
  if (!(REPORT_SUBORDINATORS.has(t.lower) || SECOND_REPORT_COORDINATORS.has(t.lower)) || (t.pos !== 'SCONJ' && t.pos !== 'CCONJ' && t.pos !== 'ADP')) return false;
  const b = anchors[firstAnchorFrom(anchors, k + 1)];
  if (!b || b.first - k - 1 < 1 || b.first - k - 1 > SECOND_SUBJECT_REACH || b.form !== 'verb' || (b.kind !== 'speech' && b.kind !== 'writing') || b.confidence < SECOND_CUE_MIN_CONFIDENCE || b.complement.length === 0 || !b.complement.includes('that')) return false;
  const first = tokens[k + 1]!;
  if (first.lower === 'that' || (first.pos !== 'PRON' && first.pos !== 'PROPN' && first.pos !== 'DET' && first.pos !== 'NOUN' && first.pos !== 'NUM' && first.pos !== 'ADJ')) return false;
  let noun = false;
  for (let x = k + 1; x < b.first; x++) {
    const y = tokens[x]!;
    if (y.sentence !== t.sentence || !SUBJECT_WORD.has(y.pos)) return false;
    if (y.pos === 'PRON' || y.pos === 'PROPN' || y.pos === 'NOUN' || y.pos === 'NUM') noun = true;
  }
  return noun;
}

/** The kinds of cue whose relative clause is a report of its own: words said, written or posted ("which he called …"). */
const RELATIVE_REPORT_KINDS: ReadonlySet<string> = new Set(['speech', 'writing', 'post']);
/** The lexicon's bar for a cue (`MIN_CUE_CONFIDENCE`): a learned cue's weaker signal ends no report. */
const RELATIVE_CUE_MIN_CONFIDENCE = 0.5;

/**
 * Does a relative clause with a report of its own open after the comma before token k (", which
 * the mayor called a tax", ", whom aides described as tired", ", who said …", ", in which Lee
 * argued that …")? Then the report read from `from` ends at the comma: PolNeAR gives the relative
 * clause's cue its own content and never puts it inside the report it describes a word of. Only
 * after a comma (a restrictive relative, "the voters who said …", is part of the report), only for
 * a cue of speech, writing or a post (not "which he supports", "who hopes …"), and only when the
 * words read so far have a verb of their own. The subject between the relative word and the cue
 * is a short noun phrase ("the probe", "French officials") or none ("who said").
 */
export function relativeReportAt(tokens: readonly Token[], anchors: readonly Anchor[], from: number, k: number): boolean {
  if (tokens[k - 1]?.value !== ',') return false;
  // (", in which …", ", of whom …": the relative word after its preposition.)
  const rel = tokens[k]?.pos === 'ADP' && (tokens[k + 1]?.lower === 'which' || tokens[k + 1]?.lower === 'whom') ? k + 1 : k;
  const t = tokens[rel];
  if (!t || !RELATIVE_PRONOUNS.has(t.lower)) return false;
  const b = anchors[firstAnchorFrom(anchors, rel + 1)];
  if (!b || b.form !== 'verb' || !RELATIVE_REPORT_KINDS.has(b.kind) || b.confidence < RELATIVE_CUE_MIN_CONFIDENCE) return false;
  if (tokens[b.first]!.pos !== 'VERB' && tokens[b.first]!.pos !== 'AUX') return false;
  const gap = b.first - rel - 1;
  // ("who said": the relative word is the subject; "whom" never is.)
  if (gap > SECOND_SUBJECT_REACH || (gap === 0 && t.lower === 'whom')) return false;
  if (gap > 0) {
    const first = tokens[rel + 1]!;
    if (first.lower === 'that' || (first.pos !== 'PRON' && first.pos !== 'PROPN' && first.pos !== 'DET' && first.pos !== 'NOUN' && first.pos !== 'NUM' && first.pos !== 'ADJ')) return false;
    let noun = false;
    for (let x = rel + 1; x < b.first; x++) {
      const y = tokens[x]!;
      if (y.sentence !== t.sentence || !SUBJECT_WORD.has(y.pos) || y.lower === 'to') return false;
      if (y.pos === 'PRON' || y.pos === 'PROPN' || y.pos === 'NOUN' || y.pos === 'NUM') noun = true;
    }
    if (!noun) return false;
  }
  return hasVerb(tokens, from, k);
}
