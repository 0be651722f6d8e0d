// A cue in the passive with its agent: "The merger was reported by the Tribune" — the agent speaks; the subject is what was said.
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { EntityIndex } from '../../2-entities/resolve.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { nounPhraseAt } from './nounPhrase.js';
import { PASSIVE_BE } from '../../vocabulary/beForms.js';

/** Longest run of adverbs between "be" and the participle ("was first and widely reported"). */
const MAX_ADVERBS = 2;

/**
 * The token of the form of "be" that makes the verb cue at `a` a passive with a "by" agent right
 * after it ("was rejected by", "have been praised by"), or -1. The participle is no base form
 * and no -ing form, and only adverbs stand between it and "be".
 */
export function passiveBe(tokens: readonly Token[], a: Anchor): number {
  if (a.form !== 'verb' || a.last !== a.first + 1) return -1;
  const v = tokens[a.first]!;
  if (v.lower === v.lemma || v.lower.endsWith('ing') || tokens[a.last]?.lower !== 'by' || tokens[a.last]!.sentence !== v.sentence) return -1;
  let k = a.first - 1;
  while (k >= 0 && a.first - 1 - k < MAX_ADVERBS && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && PASSIVE_BE.has(tokens[k]!.lower) && tokens[k]!.sentence === v.sentence ? k : -1;
}

/**
 * The agent of a passive cue ("reported by the Tribune", "praised by farm groups"), or null when
 * the cue is no such passive. The agent carries the token of its "be" (`passiveBe`), so that the
 * report reader finds the subject without reading the passive again.
 */
export function passiveAgent(seg: Segmentation, ents: EntityIndex, a: Anchor): Source | null {
  const tokens = seg.doc.tokens;
  const be = passiveBe(tokens, a);
  if (be < 0 && !asPassive(tokens, a) && !openingQuestionPassive(tokens, a)) return null;
  const agent = nounPhraseAt(seg, ents, a.last + 1, 'after');
  // ("As reported by X, …" has no "be": no subject is what was said.)
  return agent && (be >= 0 ? { ...agent, passiveBe: be } : agent);
}

/**
 * "As reported by the Ledger, …", "…, as first noted by Reyes": a passive participle after "as"
 * that opens its clause (at the sentence start, or after a comma or dash), with its "by" agent
 * right after it. The agent reports the main clause; there is no subject to be said.
 */
function asPassive(tokens: readonly Token[], a: Anchor): boolean {
  if (a.form !== 'verb' || a.last !== a.first + 1) return false;
  const v = tokens[a.first]!;
  if (!/^\p{Ll}+(?:ed|en)$/u.test(v.value) || v.lower === v.lemma || tokens[a.last]?.lower !== 'by' || tokens[a.last]!.sentence !== v.sentence) return false;
  let k = a.first - 1;
  while (k >= 0 && a.first - 1 - k < MAX_ADVERBS && tokens[k]!.pos === 'ADV' && tokens[k]!.lower !== 'as') k--;
  const as = tokens[k];
  if (!as || as.lower !== 'as' || as.sentence !== v.sentence) return false;
  const before = tokens[k - 1];
  return !before || before.sentence !== v.sentence || before.pos === 'SPACE' || before.value === ',' || /^(?:[\u2014\u2013(]|--)$/.test(before.value);
}

/**
 * Speech verbs whose passive subject is the speaker ("was quoted as saying", "was heard telling",
 * "was recorded saying") or holds the belief ("is convinced that", "was persuaded that").
 */
const SUBJECT_SPEAKS_IN_PASSIVE: ReadonlySet<string> = new Set(['quote', 'cite', 'hear', 'overhear', 'record', 'catch', 'convince', 'persuade']);

/**
 * "The rule was criticized as “cruel”", "the coach was hailed a hero", "which is being
 * criticized as …": a speech verb that judges (praise, blame) in the passive with no "by" agent says nothing
 * of who spoke; its subject is whom the words were about, never the speaker. True for such a cue
 * (the caller has already looked for the agent). Only judging verbs: over all speech verbs
 * ("was told", "was asked") PolNeAR train lost 0.1 content+source; judging ones: dev content+source
 * 70.26 -> 70.28, train 79.13 / 67.88 -> 79.11 / 67.87.
 */
export function agentlessPassive(tokens: readonly Token[], a: Anchor): boolean {
  if (a.form !== 'verb' || a.last !== a.first + 1 || a.kind !== 'speech' || a.evaluative === 0 || SUBJECT_SPEAKS_IN_PASSIVE.has(a.lemma)) return false;
  const v = tokens[a.first]!;
  if (v.pos !== 'VERB' || v.lower === v.lemma || v.lower.endsWith('ing') || tokens[a.last]?.lower === 'by') return false;
  let k = a.first - 1;
  while (k >= 0 && a.first - 1 - k < MAX_ADVERBS && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && PASSIVE_BE.has(tokens[k]!.lower) && tokens[k]!.sentence === v.sentence;
}

/** Subordinators that may open a passive adjunct before the main clause ("When asked by …"). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['when', 'while', 'after', 'before', 'if', 'once', 'as', 'since']);

/**
 * "Asked by a listener whether …, the mayor smiled", "When asked by Tom Ashe about the strike,
 * …": a question verb's passive participle with its "by" agent opens the clause (at the sentence
 * start, after a comma or dash, or after a subordinator there). The agent asks; the question is
 * read after it (`reported/askedAbout.ts`), and the main clause's subject is the one asked, no
 * speaker of the question. Only cues that take a question (`wh`): "Praised by the union, the
 * mayor …" has no words of the agent to report.
 */
function openingQuestionPassive(tokens: readonly Token[], a: Anchor): boolean {
  if (a.form !== 'verb' || a.last !== a.first + 1 || !a.complement.includes('wh')) return false;
  const v = tokens[a.first]!;
  if (!/^\p{L}\p{Ll}*(?:ed|en)$/u.test(v.value) || v.lower === v.lemma || tokens[a.last]?.lower !== 'by' || tokens[a.last]!.sentence !== v.sentence) return false;
  let k = a.first - 1;
  while (k >= 0 && a.first - 1 - k < MAX_ADVERBS && tokens[k]!.pos === 'ADV' && !ADJUNCT_OPENERS.has(tokens[k]!.lower)) k--;
  const opens = (x: number): boolean => {
    const t = tokens[x];
    return !t || t.sentence !== v.sentence || t.pos === 'SPACE' || t.value === ',' || /^(?:[\u2014\u2013(]|--)$/.test(t.value);
  };
  if (opens(k)) return true;
  return ADJUNCT_OPENERS.has(tokens[k]!.lower) && opens(k - 1);
}
