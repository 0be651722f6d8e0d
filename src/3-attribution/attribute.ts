// Stage 3 (who said what): prepares the cues and their sources, runs the sieves of sieves.ts in order, tidies the drafts.
import type { Segmentation } from '../1-segment/segment.js';
import type { EntityIndex } from '../2-entities/resolve.js';
import type { AnalysisIssue } from '../model/issue.js';
import { cueTable, findAnchors } from './anchors.js';
import { SpanIndex, type Attribution, type UtteranceDraft } from './draft.js';
import { resolveQuotePronouns } from './quotePronouns.js';
import { classifyQuote, type QuoteRole } from './quoteRoles.js';
import { firstAnchorFrom, lowerBound, sameClauseRun } from './scan.js';
import { SIEVES } from './sieves.js';
import { carrySpeakerToPronouns } from './speakingPronouns.js';
import { findSource } from './source.js';
import { evidencePhrase } from './source/evidencePhrase.js';
import { placeNoSource } from './source/placeNoSource.js';
import { relativePronounSource } from './source/relativePronoun.js';
import { nearerPronoun } from './source/nearerPronoun.js';
import type { AttributionState } from './state.js';
import { QUOTE_CHARS } from '../vocabulary/punctuation.js';

export type { Attribution, UtteranceDraft } from './draft.js';

/**
 * Stage 3: who said what. Decides which quotes are speech, finds the cues of the writer's text
 * and their sources, then runs the sieves of `sieves.ts` in order (direct quotes first, then
 * reported speech, then what is left), drops the drafts a later sieve folded into another, and
 * resolves the pronouns inside the utterances.
 */
export function attributeUtterances(seg: Segmentation, ents: EntityIndex): Attribution {
  const { st, roles } = prepareAttribution(seg, ents);
  const { drafts, issues } = st;
  for (const sieve of SIEVES) sieve.run(st);

  const removed = st.removed;
  // ("“…,” said Ana Ruiz of Danube Watch": a report after its cue that opens with its own
  // speaker's mention is the source phrase read again as content, never words said. A source
  // inside its report, "Acts of protest, she said, are …", is the writer's aside.)
  // (A quote it held, '… tweeted Lee “to provide help”', stands on its own.)
  // (A quote of one to three words that nobody is said to utter is a term the writer marks.)
  const terms = new Set<string>();
  drafts.forEach((d, i) => {
    const term = markedTerm(d, seg.doc.text);
    if (term) terms.add(`${d.start}:${d.end}`);
    if (term || sourcePhrase(d)) removed.add(i);
  });
  const kept = drafts.filter((_, i) => !removed.has(i));
  if (removed.size > 0) {
    // Parent indices move down past the removed drafts; a child of a removed draft has none.
    const shift: number[] = [];
    let gone = 0;
    for (let i = 0; i < drafts.length; i++) { shift.push(i - gone); if (removed.has(i)) gone++; }
    for (let k = 0; k < kept.length; k++) {
      const parent = kept[k]!.parent;
      if (parent === undefined) continue;
      const { parent: _, ...rest } = kept[k]!;
      kept[k] = removed.has(parent) ? rest : { ...rest, parent: shift[parent]! };
    }
  }
  drafts.length = 0;
  drafts.push(...kept);
  carrySpeakerToPronouns(seg, ents, drafts);
  resolveQuotePronouns(seg, ents, drafts);
  // A part that got its speaker later (a run-on quote attributed at its end) keeps no stale issue.
  const attributed = new Set(drafts.filter((d) => d.speaker >= 0).map((d) => `${d.start}:${d.end}`));
  const settled = issues.filter((i) => i.code !== 'unknown-speaker' || !i.span || (!attributed.has(`${i.span.start}:${i.span.end}`) && !terms.has(`${i.span.start}:${i.span.end}`)));
  return { utterances: drafts, issues: settled, roles };
}

/**
 * A quote of one to three words with no cue, no speaker and no quote around it: a term the writer
 * marks ('a “pre-agreement”', 'the "forgotten America."', a programme's name), not words anyone is
 * reported to have said. quoteRoles.ts reads most such quotes as scare quotes before attribution;
 * these are the ones it kept as speech (after "the", "a", "of", or with a full stop inside the
 * marks) that then found nobody to say them: on PolNeAR train, 106 quotes, all terms, titles or
 * slogans in a sample of 40, none counted right by the scorer. An exclamation or a question
 * ('“Who cares?”') and a quote that is a sentence of its own ('“Never again.”') are kept.
 */
function markedTerm(d: UtteranceDraft, text: string): boolean {
  if ((d.kind !== 'direct' && d.kind !== 'partial') || d.speaker >= 0 || d.mention || d.cue || d.parent !== undefined) return false;
  const words = text.slice(d.start, d.end).trim();
  return !/[?!]$/.test(words) && words.split(/\s+/).length <= 3 && !standsAlone(text, d.start);
}

/**
 * Does the quote opening just before `start` stand as a sentence of its own ('… after the vote.
 * “Shame on you.”'): nothing but its opening mark and spaces since the last sentence end,
 * line break or the start of the text? Words someone says, even when the text does not say who.
 */
function standsAlone(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start).replace(TRAILING_MARKS, '');
  return before === '' || /[.!?…:\n]$/u.test(before) || /[.!?…]["'”’»]$/u.test(before);
}

/** White space and quotation marks at the end of a text. */
const TRAILING_MARKS = new RegExp(`[\\s${QUOTE_CHARS}]+$`, 'u');

/** A report that opens with its own speaker's mention after its cue: the source phrase read as content. */
function sourcePhrase(d: UtteranceDraft): boolean {
  return d.kind === 'indirect' && d.mention?.start === d.start && d.cue !== undefined && d.cue.end <= d.start;
}

/**
 * The state the sieves start from: which quotes are speech (decided with the cues of the
 * writer's text around them), the cues outside speech quotes and the source of each, no drafts.
 * Tests call it to run one sieve on its own.
 */
export function prepareAttribution(seg: Segmentation, ents: EntityIndex): { st: AttributionState; roles: QuoteRole[] } {
  const tokens = seg.doc.tokens;
  // Which quotes are speech: decided with the cues of the writer's text around them.
  const provisional = new Set(seg.quotes.map((q) => q.index));
  const cues = cueTable(seg);
  const anchors0 = findAnchors(seg, provisional, cues);
  const roles: QuoteRole[] = seg.quotes.map((q) => {
    const at = lowerBound(tokens, q.open);
    const sentence = tokens[at]?.sentence ?? -1;
    let cueBefore = false;
    for (let ai = firstAnchorFrom(anchors0, at) - 1; ai >= 0 && !cueBefore; ai--) {
      const a = anchors0[ai]!;
      if (tokens[a.first]!.sentence !== sentence) break;
      cueBefore = tokens[a.first]!.start < q.open && sameClauseRun(seg, a.last, at);
    }
    return classifyQuote(seg, q, cueBefore);
  });
  const speech = new Set(seg.quotes.filter((q) => roles[q.index] === 'speech').map((q) => q.index));
  // (speech ⊆ provisional: when no quote was ruled out, the cues found are the same ones.)
  const anchors = speech.size === provisional.size ? anchors0 : findAnchors(seg, speech, cues);
  const sources = anchors.map((a) => placeNoSource(ents, nearerPronoun(seg, ents, a, relativePronounSource(seg, a, evidencePhrase(seg, a, findSource(seg, ents, anchors, a, speech))))));
  const drafts: UtteranceDraft[] = [];
  const issues: AnalysisIssue[] = [];
  const st: AttributionState = {
    seg, ents, tokens, text: seg.doc.text, issues, speech, anchors, sources,
    used: new Set(), drafts, draftOfQuote: new Map(), turnSpans: [], removed: new Set(), topLevel: new SpanIndex(drafts),
  };
  return { st, roles };
}
