import type { TokenDoc } from '../adapters/wink.js';
import { featureWord, isQuoteMark } from './featureWords.js';
import { heldToward, type HeldToward } from './heldToward.js';
import { lexiconHits, type Hit } from './lexicon.js';
import { CONDITIONALS, REPORTING_VERBS } from '../vocabulary/politicalLexicon.js';
import { isClauseBreak, targetRole, type RoleInfo } from './targetRole.js';
import { vectorWord } from './vectorWord.js';
import { wordVectors } from './wordVectors.js';

/** Features of one target mention in its sentence, with the lexicon hits they came from. */
export interface TargetFeatures {
  /** Sparse feature vector: name → value. */
  readonly values: Map<string, number>;
  /** Lexicon hits of the sentence (token ranges and weights), for evidence. */
  readonly hits: readonly Hit[];
  /** For each hit, how much it bears on the target (0..1): same clause, near, its verb … */
  readonly relevance: readonly number[];
  /** Lexicon layer alone: relevance-weighted sum of hits, in AFINN units. */
  readonly lexiconScore: number;
  /** What the other names of the sentence think of the target (the directed model's decisions). */
  readonly held: HeldToward;
}

/**
 * The value of a clause word (`c:`). A clause gives a dozen or more, against a few features that
 * say how a word bears on the target (side, distance, role); at ½ they no longer drown the others.
 * Chosen by 5-fold cross-validation on rw-train (scripts/train-stance.mjs: 1 → ½ gave +1.0 macro F1
 * out of fold, on two fold seeds; ⅓ no better).
 */
export const CLAUSE_VALUE = 0.5;

/**
 * The value of the masked sentence's words and bigrams (`s:`) when the sentence names someone
 * besides the target: the tone of a sentence is the target's when it is the only name, less so
 * when it shares the sentence (NewsMTSC's mt sets hold targets of opposite polarity in one
 * sentence: at value 1 everywhere mt-dev fell from 66.2 to 65.3; at ½ it is 66.8). ½ and 0.7 score
 * alike out of fold on rw-train (scripts/train-stance.mjs).
 */
export const SHARED_SENTENCE_VALUE = 0.5;

/**
 * The dense features of pretrained word vectors (src/data/wordVectors.json), by letter: `l` / `r`
 * the words of the target's clause left / right of it weighted by 1 ÷ distance, `c` the clause's
 * words, `s` the sentence's, `n` the words within four of the target by 1 ÷ distance; each the
 * weighted mean of the vectors of its verbs, adjectives and adverbs (vectorWord.ts). A word the
 * training data never labelled with a target still counts through the words whose vectors are near
 * its own: `lrc` gave +0.3 to +0.7 macro F1 out of fold on two fold seeds, rw-dev 69.7 → 73.0; `s`
 * and `n` added nothing (scripts/train-stance.mjs).
 */
export const VECTOR_GROUPS = 'lrc';

/** The value of the word-vector means (whose norm is about 1 for one word): 2 to 4 alike out of fold, 1 a little lower. */
export const VECTOR_VALUE = 3;

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'INTJ', 'AUX', 'PART', 'ADP', 'SCONJ']);

/** A target in its sentence: token ranges of the mention, its sentence and its clause, and its role. */
interface Context {
  readonly doc: TokenDoc;
  readonly first: number;
  readonly last: number;
  readonly from: number;
  readonly to: number;
  readonly cFrom: number;
  readonly cTo: number;
  readonly role: RoleInfo;
  readonly add: (k: string, v?: number) => void;
}

/**
 * Turns a target mention (tokens [first, last) of `doc`) into the features of the target
 * sentiment model: lexicon hits by side, distance, clause and quotation; the words near the
 * target with their side, the content words of its clause, its immediate neighbours and the
 * bigrams next to it; the target's role (subject, object, agent of a passive, possessor) and the
 * lemma of the verb it depends on; negation, quotation and question/conditional marks; the
 * words and bigrams of the sentence with the target masked (`s:`, which the model reads by naive
 * Bayes); the means of the pretrained word vectors of its clause (VECTOR_GROUPS); and what
 * the directed stance model says the other names of the sentence think of the target, and the
 * target of them. Words are encoded as the directed model encodes them (featureWords.ts): one
 * design for both. One pass over the sentence plus one directed decision per other name.
 */
export function targetFeatures(doc: TokenDoc, first: number, last: number, vectorGroups = VECTOR_GROUPS, vectorValue = VECTOR_VALUE): TargetFeatures {
  const tokens = doc.tokens;
  const [from, to] = targetSentence(doc, first, last);
  const values = new Map<string, number>();
  const add = (k: string, v = 1): void => {
    values.set(k, (values.get(k) ?? 0) + v);
  };
  add('bias');
  let cFrom = first;
  while (cFrom > from && !isClauseBreak(tokens, cFrom - 1)) cFrom--;
  let cTo = last;
  while (cTo < to && !isClauseBreak(tokens, cTo)) cTo++;
  const role = targetRole(tokens, first, last, cFrom, cTo);
  const c: Context = { doc, first, last, from, to, cFrom, cTo, role, add };
  add(`role:${role.role}`);
  add(`tpos:${tokens[first]?.pos === 'PRON' ? 'PRON' : 'NAME'}`);

  const quoted = markFeatures(c);
  const hits = lexiconHits(tokens, from, to);
  const { relevance, lexiconScore } = lexiconFeatures(c, hits, quoted);
  wordFeatures(c);
  maskedSentenceFeatures(c);
  if (vectorGroups) vectorFeatures(c, vectorGroups, vectorValue);
  // The holders' view, from the directed stance model. One design: the target model builds on the directed one.
  const held = heldToward(doc, first, last);
  holderFeatures(c, held);
  return { values, hits, relevance, lexiconScore, held };
}

/** The tokens [from, to) a target at tokens [first, last) is read in: its sentence, stretched to hold the whole mention. */
export function targetSentence(doc: TokenDoc, first: number, last: number): [from: number, to: number] {
  const sent = doc.sentences[doc.tokens[first]?.sentence ?? 0];
  return sent ? [Math.min(sent.first, first), Math.max(sent.last, last)] : [0, doc.tokens.length];
}

/**
 * Quotation, question, conditional and speech marks. Returns, for each token of the sentence
 * (from `from`), whether it stands inside quotation marks.
 */
function markFeatures({ doc, first, from, to, cFrom, cTo, role, add }: Context): boolean[] {
  const tokens = doc.tokens;
  let quotesBefore = 0;
  let quotesTotal = 0;
  const quoted: boolean[] = [];
  let question = false;
  let conditional = false;
  let reportingNear = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // A ’ between two letters is an apostrophe, not a quote.
    if (isQuoteMark(t) && !(t.value === '’' && i > from && tokens[i - 1]!.end === t.start && tokens[i + 1]?.start === t.end)) {
      quotesTotal++;
      if (i < first) quotesBefore++;
    }
    quoted[i - from] = quotesTotal % 2 === 1;
    if (t.value === '?') question = true;
    if (i >= cFrom && i < cTo && CONDITIONALS.has(t.lower)) conditional = true;
    if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma) && Math.abs(i - first) <= 4) reportingNear = true;
  }
  if (quotesTotal > 0) add('quote:sentence');
  if (quotesBefore % 2 === 1) add('quote:inside');
  if (question) add('question');
  if (conditional) add('conditional');
  if (reportingNear) add(role.role === 'subject' ? 'speaker' : 'reported');
  return quoted;
}

/**
 * The lexicon's hits by side and distance, clause, kind, the target's verb, and quotation (a
 * quoted judgement next to an unquoted target is somebody else's words); with how much each hit
 * bears on the target and their relevance-weighted sum, for evidence and the lexicon layer.
 */
function lexiconFeatures({ first, last, from, cFrom, cTo, role, add }: Context, hits: readonly Hit[], quoted: readonly boolean[]): { relevance: number[]; lexiconScore: number } {
  const relevance: number[] = [];
  const targetQuoted = quoted[first - from] === true;
  let lexiconScore = 0;
  let pos = 0;
  let neg = 0;
  for (const h of hits) {
    if (h.first >= first && h.last <= last) {
      relevance.push(0);
      add(`lex:in:${h.weight > 0 ? 'p' : 'n'}`, Math.abs(h.weight) / 3);
      continue;
    }
    const left = h.last <= first;
    const d = left ? first - h.last + 1 : h.first - last + 1;
    const bucket = d <= 3 ? 'near' : d <= 8 ? 'mid' : 'far';
    const inClause = h.first >= cFrom && h.last <= cTo;
    const isVerb = h.first === role.verb;
    const sign = h.weight > 0 ? 'p' : 'n';
    const mag = Math.min(Math.abs(h.weight), 5) / 3;
    add(`lex:${left ? 'L' : 'R'}:${bucket}:${sign}`, mag);
    add(`lex:${inClause ? 'clause' : 'out'}:${sign}`, mag);
    add(`lex:${h.kind}:${sign}`, mag);
    if (isVerb) add(`verb:${role.role}:${sign}`, mag);
    if (h.kind === 'verb' && inClause) add(`kverb:${role.role}:${left ? 'L' : 'R'}:${sign}`, mag);
    if (quoted[h.first - from] && !targetQuoted) add(`lexq:other:${sign}`, mag);
    const r = (isVerb ? 1 : inClause ? 0.8 : 0.35) * (d <= 3 ? 1 : d <= 8 ? 0.8 : 0.5);
    relevance.push(r);
    lexiconScore += r * h.weight;
    if (h.weight > 0) pos += h.weight;
    else neg -= h.weight;
  }
  const total = pos - neg;
  add(`sent:${total > 1 ? 'p' : total < -1 ? 'n' : 'z'}`);
  add('lexscore', Math.max(-3, Math.min(3, lexiconScore / 3)));
  if (pos > 0 && neg > 0) add('mixed');
  return { relevance, lexiconScore };
}

/**
 * Words: content words within four of the target by side, the content words of its clause, its
 * immediate neighbours and the bigrams on each side, the common nouns and adjectives of the
 * mention itself ("regime", "corrupt"; never its names), the lemma of the verb it depends on by
 * role (negated verbs marked), and negation near the target and in its clause. No bigrams of the
 * whole clause: with the Adagrad-trained model they were 60 % of the features and worth nothing
 * out of fold (scripts/train-stance.mjs).
 */
function wordFeatures({ doc, first, last, from, to, cFrom, cTo, role, add }: Context): void {
  const tokens = doc.tokens;
  let negClause = false;
  for (let i = from; i < to; i++) {
    if (i >= first && i < last) continue;
    const t = tokens[i]!;
    if (i >= cFrom && i < cTo && t.negated && t.pos === 'VERB') negClause = true;
    if (!CONTENT.has(t.pos)) continue;
    const left = i < first;
    const d = left ? first - i : i - last + 1;
    const w = t.pos === 'PROPN' ? '<name>' : t.lemma;
    if (d <= 4) add(`w:${left ? 'L' : 'R'}:${w}`);
    if (i >= cFrom && i < cTo) add(`c:${w}`, CLAUSE_VALUE);
    if (t.negated && d <= 6) add('neg:near');
  }
  if (negClause) add('negc:clause');
  if (tokens[last]?.lower === ',' || tokens[first - 1]?.lower === ',') add('appos');
  const at = (i: number): string => (i < from ? '<s>' : i >= to ? '</s>' : featureWord(tokens[i]!));
  add(`n1:L:${at(first - 1)}`);
  add(`n1:R:${at(last)}`);
  add(`b2:L:${at(first - 2)}_${at(first - 1)}`);
  add(`b2:R:${at(last)}_${at(last + 1)}`);
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' || t.pos === 'ADJ') add(`tw:${t.lemma}`);
  }
  if (role.verb >= 0) {
    const v = tokens[role.verb]!;
    add(`vl:${role.role}:${v.negated ? 'not-' : ''}${v.lemma}`);
  }
}

/**
 * The directed model's view: how likely another name of the sentence praises or criticises the
 * target (`held:`), and how likely the target praises or criticises another name (`holds:`;
 * news judges the one who attacks, too).
 */
function holderFeatures({ add }: Context, held: HeldToward): void {
  if (held.praise > 0) add('held:p', held.praise);
  if (held.criticism > 0) add('held:n', held.criticism);
  let holdsP = 0;
  let holdsN = 0;
  for (const { decision, holderFirst } of held.holders) {
    const p = decision.probabilities;
    holdsP = Math.max(holdsP, holderFirst ? p[2]! : p[1]!);
    holdsN = Math.max(holdsN, holderFirst ? p[4]! : p[3]!);
  }
  if (holdsP > 0) add('holds:p', holdsP);
  if (holdsN > 0) add('holds:n', holdsN);
}

/**
 * The sentence as a sequence with the target masked: the mention becomes `<T>`, every other run of
 * names one `<N>`, numbers `<num>`, other tokens their lemma, between `<s>` and `</s>`; its words
 * and bigrams, each once (`s:`), so that "<T> be praise", "criticise <T>" and "<N> attack" are
 * features whose place relative to the target is written into them. The model weighs them by
 * their naive-Bayes log-count ratios (Wang and Manning 2012), not one by one: as weights fitted
 * by the regression they were worth nothing out of fold, as ratios +0.7 (scripts/train-stance.mjs).
 */
function maskedSentenceFeatures({ doc, first, last, from, to, add }: Context): void {
  const tokens = doc.tokens;
  const seq = ['<s>'];
  let names = false;
  for (let i = from; i < to; i++) {
    if (i >= first && i < last) {
      if (i === first) seq.push('<T>');
      continue;
    }
    const t = tokens[i]!;
    if (t.pos === 'PROPN') {
      names = true;
      if (seq[seq.length - 1] !== '<N>') seq.push('<N>');
    } else if (t.pos === 'NUM') seq.push('<num>');
    else if (t.pos !== 'SPACE') seq.push(t.lemma);
  }
  seq.push('</s>');
  const seen = new Set<string>();
  for (let i = 0; i < seq.length; i++) {
    seen.add(`s:${seq[i]}`);
    if (i + 1 < seq.length) seen.add(`s:${seq[i]} ${seq[i + 1]}`);
  }
  const value = names ? SHARED_SENTENCE_VALUE : 1;
  for (const k of seen) add(k, value);
}

const vectorKeys = new Map<string, string[]>();
const keysOf = (group: string, dims: number): string[] => {
  let keys = vectorKeys.get(group);
  if (keys === undefined || keys.length !== dims) vectorKeys.set(group, (keys = Array.from({ length: dims }, (_, i) => `e${group}:${i}`)));
  return keys;
};

/**
 * Dense features: weighted means of the pretrained vectors of the words around the target
 * (VECTOR_GROUPS), so that words never seen in training with a label still count by their
 * neighbours in the vector space.
 */
function vectorFeatures({ doc, first, last, from, to, cFrom, cTo, add }: Context, groups: string, value: number): void {
  const { dims, rows, values } = wordVectors();
  const tokens = doc.tokens;
  const G = groups.length;
  const sums = new Float64Array(G * dims);
  const weights = new Float64Array(G);
  for (let i = from; i < to; i++) {
    if (i >= first && i < last) continue;
    const t = tokens[i]!;
    const w = vectorWord(t);
    if (w === undefined) continue;
    const row = rows.get(w);
    if (row === undefined) continue;
    const left = i < first;
    const d = left ? first - i : i - last + 1;
    const inClause = i >= cFrom && i < cTo;
    for (let g = 0; g < G; g++) {
      const k = groups[g];
      const wt = k === 'l' ? (inClause && left ? 1 / d : 0) : k === 'r' ? (inClause && !left ? 1 / d : 0) : k === 'c' ? (inClause ? 1 : 0) : k === 's' ? 1 : k === 'n' ? (d <= 4 ? 1 / d : 0) : 0;
      if (wt === 0) continue;
      weights[g]! += wt;
      const o = row * dims;
      for (let j = 0; j < dims; j++) sums[g * dims + j]! += wt * values[o + j]!;
    }
  }
  for (let g = 0; g < G; g++) {
    if (weights[g] === 0) continue;
    const keys = keysOf(groups[g]!, dims);
    const f = value / weights[g]!;
    for (let j = 0; j < dims; j++) add(keys[j]!, sums[g * dims + j]! * f);
  }
}
