import type { Token } from '../adapters/wink.js';
import type { Segmentation } from '../1-segment/segment.js';
import { cueAt, EVIDENCE_VERBS, type CueMatch } from './cues/matchCue.js';
import { learnedPrecision, MIN_LEARNED_PRECISION } from './reported/learnedComplement.js';
import { complementAt } from './reported/anchorComplement.js';
import { liftedWeakCue } from './cues/anchorComplements.js';
import { RAISING_VERBS } from './cues/verbClasses.data.js';
import { RELATIVE_WORDS, SUBJECT_PRONOUNS } from '../vocabulary/pronouns.js';
import { hasVerb } from './scan.js';
import { NOUN_PHRASE_OR_PARTICLE_TAGS } from '../vocabulary/tags.js';

/** A cue found in the writer's text (outside speech quotes), where an attribution hangs. */
export interface Anchor extends CueMatch {
  readonly index: number;
  /** A cue only through the learned table (`reported/learnedComplement.ts`): no lexicon row holds it strongly enough. */
  readonly learned?: true;
}

const PREPOSITION_FORMS = new Set(['regarding', 'concerning', 'considering', 'according', 'including', 'following', 'given']);

/** Cues weaker than this ("seems", "likes", "regarding") do not make attributions on their own. */
export const MIN_CUE_CONFIDENCE = 0.5;

/**
 * Stage 3a: every attribution cue outside quotation marks, in text order. A cue inside a
 * title in quotation marks still counts (it is the writer's text); overlapping matches keep the
 * first, longest one ("said in response" swallows "in response"). Phrase cues that start with
 * the speaker's own noun ("spokesperson told") are left to the verb, so the noun stays the source.
 */
export function findAnchors(seg: Segmentation, speech: ReadonlySet<number>, cues: CueTable = cueTable(seg)): Anchor[] {
  const tokens = seg.doc.tokens;
  const anchors: Anchor[] = [];
  let blockedUntil = -1;
  let lastQuote: Int32Array | undefined;
  const lastQuoteBySentence = () => (lastQuote ??= lastSpeechQuoteToken(seg, speech));
  for (let i = 0; i < tokens.length; i++) {
    if (i < blockedUntil) continue;
    const q = seg.quoteOf[i]!;
    if (q >= 0 && speech.has(q)) continue;
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' && t.value !== ':') continue;
    const listed = cues(i);
    const c = listed ?? learnedCue(tokens, i);
    // A weak cue counts in a construction learned to head content ("pushed for …", "voiced …"), but
    // an evidence verb only as its row says, after a poll or a study ("the poll shows", not "she showed
    // them around"), or in a construction the counted table lifts ("showed little interest in …").
    const learned = !listed || c!.confidence < MIN_CUE_CONFIDENCE;
    // A weak row that praises or criticises ("supporting", "likes") is lifted by the counted table only, not by the cue model: its stance reaches the praise graph.
    if (!c || (learned && (listed && EVIDENCE_VERBS.has(c.lemma) ? !liftedRow(seg, lastQuoteBySentence, c) : learnedPrecision(tokens, c.first, listed !== null && c.evaluative !== 0, cues(c.first)) < MIN_LEARNED_PRECISION && !(listed && liftedRow(seg, lastQuoteBySentence, c))))) continue;
    // "regarding", "concerning", "considering" are prepositions, not cues.
    if (c.first === i && c.last === i + 1 && PREPOSITION_FORMS.has(t.lower)) continue;
    // (A verb phrase whose first word the tagger read as a noun, "Hale shot back", is a verb after a
    // name or a subject pronoun, which no noun follows; unless a verb follows in the phrase: "a
    // Pentagon spokesman said" is a noun compound.)
    if (c.form === 'phrase' && (t.pos === 'NOUN' || t.pos === 'PROPN') && c.first === i && t.lower !== 'according' && !(t.pos === 'NOUN' && afterSubject(tokens, i) && !hasVerb(tokens, i + 1, c.last))) continue;
    anchors.push(learned ? { ...c, index: anchors.length, learned: true } : { ...c, index: anchors.length });
    blockedUntil = c.last;
  }
  return anchors;
}

/**
 * A weak lexicon row ("supported", "seemed") that the counted table (`cues/anchorComplements.ts`)
 * lifts with the kind of complement that follows it ("released a plan", "attempted to …").
 */
function liftedRow(seg: Segmentation, lastQuoteBySentence: () => Int32Array, c: CueMatch): boolean {
  // (Not a row that praises or criticises, "supported", "embraced": its stance would reach the praise graph on a count of content alone.)
  if (c.evaluative !== 0) return false;
  // (Nor "seemed", "appeared": a raising verb's report is sieve 09's, of its whole clause.)
  if (RAISING_VERBS.has(c.lemma)) return false;
  const tokens = seg.doc.tokens;
  const sentence = seg.doc.sentences[tokens[c.first]!.sentence];
  if (!sentence) return false;
  // (Nor before a quote in its sentence, "issued a note that said, “…”": the quote has its own cue.)
  if (lastQuoteBySentence()[tokens[c.first]!.sentence]! >= c.last) return false;
  const at = complementAt(tokens, c.last, sentence.last);
  // (Nor "show" of people or things shown somewhere, or after a relative word, "the returns that showed …",
  // where the cue would end the clause of the report it stands in.)
  if (at === null || (EVIDENCE_VERBS.has(c.lemma) && (shownAround(tokens, at.k, sentence.last) || RELATIVE_WORDS.has(tokens[c.first - 1]?.lower ?? '')))) return false;
  return liftedWeakCue(c.lemma, at.kind) !== undefined;
}

/** Words after the object of "show" that make it a person or a thing shown somewhere ("showed the visitors around the plant", "showed him out"). */
const SHOWN_SOMEWHERE: ReadonlySet<string> = new Set(['around', 'round', 'off', 'out', 'into', 'through']);

/**
 * Does the noun phrase from token k end before a word of `SHOWN_SOMEWHERE`, or before a second
 * noun phrase ("showed the visitors the plant": people shown a thing), within the sentence?
 */
function shownAround(tokens: readonly Token[], k: number, end: number): boolean {
  let x = k;
  while (x < end && NOUN_PHRASE_OR_PARTICLE_TAGS.has(tokens[x]!.pos)) {
    if (x > k && tokens[x]!.pos === 'DET' && (tokens[x - 1]!.pos === 'NOUN' || tokens[x - 1]!.pos === 'PROPN')) return true;
    x++;
  }
  return x > k && x < end && SHOWN_SOMEWHERE.has(tokens[x]!.lower);
}
/**
 * Per sentence, the last token before its final one that lies in a speech quote (-1: none),
 * computed once per article so that each weak cue asks in constant time.
 */
function lastSpeechQuoteToken(seg: Segmentation, speech: ReadonlySet<number>): Int32Array {
  const { tokens, sentences } = seg.doc;
  const last = new Int32Array(sentences.length).fill(-1);
  for (let x = 0; x < tokens.length; x++) {
    const s = tokens[x]!.sentence;
    const q = seg.quoteOf[x]!;
    if (q >= 0 && speech.has(q) && x < (sentences[s]?.last ?? -1)) last[s] = x;
  }
  return last;
}

/** The cue at each token, looked up once per token however many times it is asked for. */
export type CueTable = (i: number) => CueMatch | null;

export function cueTable(seg: Segmentation): CueTable {
  // One slot per token (undefined: not asked yet), not a Map: asked for nearly every token.
  const memo: (CueMatch | null | undefined)[] = new Array(seg.doc.tokens.length + 1);
  return (i) => {
    if (!(i >= 0 && i < memo.length)) return cueAt(seg.doc.tokens, i);
    let c = memo[i];
    if (c === undefined) {
      c = cueAt(seg.doc.tokens, i);
      memo[i] = c;
    }
    return c;
  };
}

/**
 * A word no lexicon row lists that heads content often enough in the construction it stands in
 * (the learned table, `reported/learnedComplement.ts`): a cue of its own, as sure as that share.
 */
function learnedCue(tokens: readonly Token[], i: number): CueMatch | null {
  // (Asked only where the lexicon has no cue at i: the row the model reads is none.)
  const p = learnedPrecision(tokens, i, false, null);
  if (p < MIN_LEARNED_PRECISION) return null;
  const t = tokens[i]!;
  return { first: i, last: i + 1, lemma: t.lemma, kind: tokens[i + 1]?.lower === 'to' ? 'intention' : 'speech', complement: [], inversion: false, evaluative: 0,
    confidence: Math.max(p, MIN_CUE_CONFIDENCE), form: t.pos === 'VERB' ? 'verb' : 'noun', source: 'subject' };
}

/** Is token i right after a name or a subject pronoun of its sentence ("Hale shot back", "she shot back")? */
function afterSubject(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p !== undefined && p.sentence === tokens[i]!.sentence && (p.pos === 'PROPN' || SUBJECT_PRONOUNS.has(p.lower)) && /^\p{Ll}+$/u.test(tokens[i]!.value);
}
