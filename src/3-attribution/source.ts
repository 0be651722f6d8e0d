// The source of a cue (who the cue attaches to): the construction files of source/ tried in order.
import { isCommonWord } from '../adapters/compromise.js';
import type { Token } from '../adapters/wink.js';
import type { Segmentation } from '../1-segment/segment.js';
import type { EntityIndex } from '../2-entities/resolve.js';
import type { Span } from '../model/span.js';
import type { Anchor } from './anchors.js';
import { QUOTE_MARK_LATIN } from '../vocabulary/punctuation.js';
import { RAISING_BEFORE_CUE } from './cues/verbClasses.data.js';
import { sourceAfterCue, sourceInsidePhrase } from './source/accordingTo.js';
import { apposition, labelledName } from './source/apposition.js';
import { dashAside } from './source/dashAside.js';
import { documentRelative } from './source/documentRelative.js';
import { adjunctPhraseSource, continuedClause, openingParticiple } from './source/inherited.js';
import { infinitiveController } from './source/infinitive.js';
import { invertedSource } from './source/inversion.js';
import { beforeBrackets, nounPhraseEndingAt } from './source/nounPhrase.js';
import { agentlessPassive, passiveAgent } from './source/passiveAgent.js';
import { polledSubject } from './source/polled.js';
import { possessorOf } from './source/possessor.js';
import { ownerAsSubject } from './source/ownNoun.js';
import { POSSESSIVE_DETERMINERS } from '../vocabulary/pronouns.js';
import { quantifiedRelative, relativeSubjectOf, relativeWithCommas, relativeWithOwnSubject } from './source/relative.js';
import { reducedRelative } from './source/reducedRelative.js';
import { contractedAuxiliary, leftSubject, SKIP_LEFT, subjectPastAdjunct } from './source/subject.js';
import { timeAdjunctEndingAt } from '../vocabulary/timeAdjunct.js';


/** Who a cue attaches to: a span of the text, and the mention there when the entity stage found one. */
export interface Source {
  readonly span: Span;
  /** Mention index, or -1 for a noun phrase the entity stage did not mark ("a campaign operative"). */
  readonly mention: number;
  /** First and one-past-last token of the noun phrase. */
  readonly first: number;
  readonly last: number;
  /** How the source was found: its subject, the inverted order ("said Smith"), after the cue ("according to Smith"), or the clause it continues. */
  readonly how: 'subject' | 'inverted' | 'after' | 'inherited' | 'possessor';
  /** The phrase that names the speaker when it is not the span ("who" stands for "a senior aide"). */
  readonly named?: Span;
  /** For the "by" agent of a passive cue ("was praised by X"): the token of the form of "be" before the cue, from which the report reader finds the passive's subject (`reported/passiveSubject.ts`). */
  readonly passiveBe?: number;
}

/** What the source constructions read: the cue, where the subject edge to its left stands (token j), and which tokens are speech. */
export interface SourceCtx {
  readonly seg: Segmentation;
  readonly ents: EntityIndex;
  readonly anchors: readonly Anchor[];
  readonly a: Anchor;
  readonly speech: ReadonlySet<number>;
  /** Recursion depth (a cue that continues a clause looks up that clause's cue). */
  readonly depth: number;
  readonly tokens: readonly Token[];
  readonly cue: Token;
  /** Is token k inside a speech quote? */
  readonly inQuote: (k: number) => boolean;
  /** The token left of the cue past adverbs, auxiliaries, a time and brackets, and that token. */
  readonly j: number;
  readonly left: Token | undefined;
}

/**
 * The constructions tried, in order, once the token left of the cue is known; the first that
 * finds a source wins.
 */
const LEFT_OF_CUE: readonly ((c: SourceCtx) => Source | null)[] = [
  relativeWithOwnSubject, // "The man who Price praised on Friday said"
  polledSubject, // "Those surveyed said", "voters polled say"
  quantifiedRelative, // "the families, many of whom say"
  reducedRelative, // "gave $3 million to a group backing Hale", "sent out an email stressing"
  leftSubject, // "Smith said", "Aides who talked to the Ledger said"
  labelledName, // "Gov. Ann Marsh (R-Ohio), said"
  subjectPastAdjunct, // "Clinton, during a town hall in Columbus, Ohio, said"
  dashAside, // "A former candidate -- John McCain, who lost in 2008 -- said"
  relativeWithCommas, // "Nora Vance, who ran a bakery in Dayton, Ohio, for years, said"
  apposition, // "Mara Quist, a trade official during the talks, told"
  invertedSource, // "…,” said Smith."
  continuedClause, // "…, claiming …", "… and added"
  openingParticiple, // "Having said that …, Judge Lund went on"
  infinitiveController, // "Price was quick to point out", "the ruling led voters to say"
];

/** Is the source a possessive pronoun right before the cue ("his calls for", "her attacks on": before a noun, "her" is one)? */
function possessiveBefore(ents: EntityIndex, s: Source, cue: number): boolean {
  return s.mention >= 0 && s.last === cue && s.last - s.first === 1 && ents.mentions[s.mention]!.kind === 'pronoun' && POSSESSIVE_DETERMINERS.has(ents.mentions[s.mention]!.key);
}

/** Is token j a raising verb before the cue, or the "to" after one ("seemed to recognize")? */
function raisingBefore(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return (RAISING_BEFORE_CUE.has(t.lower) && /^\p{Ll}/u.test(t.value)) || (t.lower === 'to' && RAISING_BEFORE_CUE.has(tokens[j - 1]?.lower ?? ''));
}

/** Is token j a comma between two adverbs in -ly ("she repeatedly, implicitly criticized")? Not an aside's comma. */
function commaBetweenAdverbs(tokens: readonly Token[], j: number): boolean {
  const adverb = (t: Token | undefined) => t !== undefined && t.pos === 'ADV' && t.lower.endsWith('ly') && /^\p{Ll}/u.test(t.value);
  return tokens[j]!.value === ',' && adverb(tokens[j + 1]) && adverb(tokens[j - 1]);
}

/**
 * "Kelly said", "Tully said": a capitalised word in -ly that opens its sentence before the verb is
 * a name, unless its stem is an English word, which makes it an adverb ("Quickly" from "quick",
 * "Happily" from "happy", "Only" from "on"; compromise's lexicon is the dictionary).
 */
function capitalisedName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!/^\p{Lu}\p{Ll}/u.test(t.value) || (tokens[j - 1]?.sentence === t.sentence && tokens[j - 1]!.pos !== 'SPACE')) return false;
  const stem = t.lower.slice(0, -2);
  return !isCommonWord(stem) && !(stem.endsWith('i') && isCommonWord(`${stem.slice(0, -1)}y`));
}

/**
 * Finds the source of a cue: the subject to its left (skipping adverbs, auxiliaries and an
 * apposition: "Fiona Hill, a former official, told"), else the noun phrase right after it when
 * the verb allows inversion ("…,” said Smith"), else — for a participle or a second verb of the
 * same subject ("…, claiming …", "and added") — the source of the clause it continues.
 * The cases in order: a source after the cue ("according to X", `source/accordingTo.ts`); a
 * noun cue's possessor (`source/possessor.ts`); an adjunct phrase's verb (`source/inherited.ts`);
 * a passive cue's "by" agent (`source/passiveAgent.ts`); a document's relative clause (`source/documentRelative.ts`); a relative clause (`source/relative.ts`); then, from the subject edge, `LEFT_OF_CUE`.
 */
export function findSource(seg: Segmentation, ents: EntityIndex, anchors: readonly Anchor[], a: Anchor, speech: ReadonlySet<number>, depth = 0): Source | null {
  if (depth > 2) return null;
  const tokens = seg.doc.tokens;
  if (a.source === 'after') return sourceAfterCue(seg, ents, a);
  // ("Lopez leads by 8 points, in the survey": a phrase that holds its source names no one when it
  // names no one; sieve 07 then credits the phrase itself, not the subject before it.)
  if (a.source === 'inside') return sourceInsidePhrase(ents, a);
  const cue = tokens[a.first]!;
  if (a.form === 'noun') return possessorOf(seg, ents, a);
  const adjunct = adjunctPhraseSource(seg, ents, anchors, a, speech, depth);
  if (adjunct) return adjunct;
  // "The merger was reported by the Tribune": the agent of a passive cue.
  const agent = passiveAgent(seg, ents, a);
  if (agent) return agent;
  // "The rule was criticized as “cruel”": without its agent, a passive names no speaker; its
  // report stands at the cue, by nobody known (not the first name before it, nor another cue's).
  if (agentlessPassive(tokens, a)) return { span: { start: tokens[a.first]!.start, end: tokens[a.first]!.start }, mention: -1, first: a.first, last: a.first, how: 'subject' };
  // "X released a statement which read": the document's author.
  if (a.form === 'verb') {
    const document = documentRelative(seg, ents, anchors, a, speech, depth);
    if (document) return document;
  }
  // "Ms. Adler, who has backed the mayor and faulted his staff": a cue in a relative
  // clause is the relative pronoun's, which its antecedent names.
  // (Also a phrase led by its verb: "nurses, who marched for weeks and called for a raise".)
  if ((a.form === 'verb' || (a.form === 'phrase' && cue.pos === 'VERB')) && depth === 0) {
    const relative = relativeSubjectOf(seg, ents, a.first, speech);
    if (relative) return relative;
  }
  // Left: the subject.
  let j = a.first - 1;
  // "X, who said …": the relative pronoun is the local source, its antecedent the speaker.
  const rel = tokens[j];
  if (rel && (rel.lower === 'who' || rel.lower === 'which') && tokens[j - 1]?.value === ',') {
    const antecedent = nounPhraseEndingAt(seg, ents, j - 2);
    if (antecedent) return { ...antecedent, span: { start: rel.start, end: rel.end }, named: antecedent.named ?? antecedent.span, how: 'subject' };
  }
  for (;;) {
    // (The space a sentence starts with is no word: a cue after it opens the sentence.)
    while (j >= 0 && tokens[j]!.sentence === cue.sentence && (tokens[j]!.pos === 'SPACE' || (SKIP_LEFT.has(tokens[j]!.lower) && !/^\p{Lu}/u.test(tokens[j]!.value)) || (tokens[j]!.pos === 'ADV' && tokens[j]!.lower.endsWith('ly') && !capitalisedName(tokens, j)) || contractedAuxiliary(tokens[j]!) || raisingBefore(tokens, j) || commaBetweenAdverbs(tokens, j))) j--;
    // "Smith on Saturday criticized", "Gowdy earlier Thursday said": a time between subject and verb.
    const time = timeAdjunctEndingAt(tokens, j);
    if (time < 0 || tokens[time - 1]?.sentence !== cue.sentence) break;
    j = time - 1;
    // "The report released last week said": a participle after its noun, then the time.
    if (tokens[j]?.pos === 'VERB' && /ed$/.test(tokens[j]!.lower) && tokens[j - 1]?.pos === 'NOUN' && tokens[j - 1]!.sentence === cue.sentence) j--;
  }
  // "Rep. Dana Holt (D-Vt.) said": a party label in brackets after the name.
  j = beforeBrackets(tokens, j);
  const inQuote = (k: number) => seg.quoteOf[k]! >= 0 && speech.has(seg.quoteOf[k]!);
  // The closing mark of a title ("the series “Scandal,” thanked") hides the comma before it.
  while (j > 0 && QUOTE_MARK_LATIN.test(tokens[j]!.value) && seg.quoteOf[j]! >= 0 && !inQuote(j) && tokens[j - 1]!.value === ',') j--;
  const c: SourceCtx = { seg, ents, anchors, a, speech, depth, tokens, cue, inQuote, j, left: j >= 0 ? tokens[j]! : undefined };
  for (const construction of LEFT_OF_CUE) {
    const found = construction(c);
    // ("he widened his calls for": a phrase cue owned by the subject of its verb, `source/ownNoun.ts`.)
    if (found) return possessiveBefore(ents, found, a.first) ? ownerAsSubject(seg, ents, found.first) ?? found : found;
  }
  return null;
}

