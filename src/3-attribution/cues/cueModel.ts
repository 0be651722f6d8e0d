/**
 * The learned cue model: a logistic regression, trained on PolNeAR's training split by
 * `node scripts/learn-cue-model.mjs` and shipped as src/data/cueModel.json (its `origin` records
 * the split, the seed, the hyper-parameters, the counts and the dev figures of the threshold).
 *
 * A candidate is a verb, or a noun followed by a preposition ("criticism of"), with something a
 * complement can start with right after it (`complementAfter`). The model gives the probability
 * that the candidate heads an attribution whose content starts right after it, from the features
 * of `cueFeatures`: the word and its complement, the kind of subject before it (a name, a person
 * pronoun, a common noun …), its tense, negation, the word before it and its position in the
 * sentence. It extends the counted table of `learnedCues.ts` (trained with that table in place,
 * on what plaudit with it still misses) and only decides for words that no lexicon row holds
 * strongly enough: it adds cues, the lexicon's rules stay as they are. Two rules stay above it:
 * a quotation after the word is left to the quote sieves, and a name after a preposition is no
 * subject to credit. Do not edit the JSON by hand: regenerate it.
 *
 * The features are strings looked up in one table of weights (a StringTable: most features of a
 * candidate are not in it, and it answers a miss with one read); a word the model never saw as a
 * candidate is no candidate (one Set lookup per token), so the cost per token stays tiny.
 */
import { RELATIVE_WORDS } from '../../vocabulary/pronouns.js';
import { z } from 'zod';
import data from '../../data/cueModel.json' with { type: 'json' };
import type { Token } from '../../adapters/wink.js';
import { WH_WORDS } from './verbClasses.data.js';
import { SUBJECT_PREPOSITIONS } from '../scan.js';
import { cueAt, type CueMatch } from './matchCue.js';
import { wordClass } from '../../util/wordClasses.js';
import { stringTable, type StringTable } from '../../util/stringIndex.js';
import { NOUN_PHRASE_OR_PARTICLE_TAGS, NP_START } from '../../vocabulary/tags.js';

/** What follows a cue word: "to" and a verb, "that", a question word, a preposition, a noun phrase or gerund. */
export type ComplementClass = 'to' | 'that' | 'wh' | 'np' | `prep:${string}`;

export const CueModel = z.object({
  origin: z.object({
    generatedBy: z.string().regex(/^node scripts\/learn-cue-model\.mjs/),
    data: z.string(),
    seed: z.number().int(),
  }).passthrough(),
  /** The feature scheme the weights were trained on: `FEATURE_SCHEMA` must match it. */
  schema: z.string(),
  /** Probability at or above which a candidate is a cue (chosen on PolNeAR dev). */
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  /** The lemmas seen as candidates ("defend", "criticism of"): any other word is no candidate. */
  lemmas: z.array(z.string().regex(/^[a-z][a-z -]*$/)),
  weights: z.record(z.string(), z.number()),
});
export type CueModel = z.infer<typeof CueModel>;

/** The version of `cueFeatures`: bump it when a feature changes, and retrain. */
export const FEATURE_SCHEMA = 'cue-features/3';

interface LoadedModel {
  readonly model: CueModel;
  readonly weights: StringTable<number>;
  readonly lemmas: ReadonlySet<string>;
  readonly heads: ReadonlySet<string>;
}
let loaded: LoadedModel | undefined;

/** The model, validated on the first call. */
export function cueModel(): LoadedModel {
  if (loaded === undefined) {
    const result = CueModel.safeParse(data);
    if (!result.success) throw new Error(`plaudit: src/data/cueModel.json does not match its schema: ${result.error.message}`);
    if (result.data.schema !== FEATURE_SCHEMA) throw new Error(`plaudit: src/data/cueModel.json was trained on ${result.data.schema}, the code reads ${FEATURE_SCHEMA}: run scripts/learn-cue-model.mjs`);
    const lemmas = new Set(result.data.lemmas);
    loaded = { model: result.data, weights: stringTable(new Map(Object.entries(result.data.weights))), lemmas, heads: new Set([...lemmas].map((l) => l.split(' ')[0]!)) };
  }
  return loaded;
}

/**
 * The class of what follows token `head` (the cue verb, or the preposition after a cue noun),
 * or null when nothing a complement could start with follows in its sentence.
 */
export function complementAfter(tokens: readonly Token[], head: number): ComplementClass | null {
  const n = tokens[head + 1];
  if (!n || n.sentence !== tokens[head]!.sentence) return null;
  const then = tokens[head + 2];
  if (n.lower === 'to' && (then?.pos === 'VERB' || then?.pos === 'AUX')) return 'to';
  if (n.lower === 'that') return 'that';
  if (WH_WORDS.has(n.lower)) return 'wh';
  if (n.pos === 'ADP') return /^[a-z]+$/.test(n.lower) ? `prep:${n.lower}` : null;
  if (NP_START.has(n.pos) || (n.pos === 'VERB' && n.lower.endsWith('ing'))) return 'np';
  return null;
}

/**
 * The key of the cue word at i: a verb by its lemma ("defend"), a noun by its lemma and the
 * preposition after it ("attack against"), with the token its complement follows. Null for other words.
 */
export function learnedKey(tokens: readonly Token[], i: number): { readonly lemma: string; readonly head: number } | null {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return { lemma: t.lemma, head: i };
  const p = tokens[i + 1];
  if (t.pos === 'NOUN' && p?.pos === 'ADP' && p.sentence === t.sentence) return { lemma: `${t.lemma} ${p.lower}`, head: i + 1 };
  return null;
}

const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
/** Words between a subject and its verb that do not change who the subject is. */
const SKIPPED: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);

/** The kind of word a subject before token i is: the first word before it that is no adverb, auxiliary or particle. */
function subjectKind(tokens: readonly Token[], i: number): string {
  const s = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (t.sentence !== s) return 'start';
    if (SKIPPED.has(t.pos) || t.lower === 'not') continue;
    if (t.pos === 'PROPN') return 'name';
    if (t.pos === 'PRON') return PERSON_PRONOUNS.has(t.lower) ? 'person' : RELATIVE_WORDS.has(t.lower) ? 'relative' : 'pron';
    if (t.pos === 'NOUN') return `noun`;
    if (t.pos === 'PUNCT') return t.value === ',' ? 'comma' : 'punct';
    return t.pos.toLowerCase();
  }
  return 'far';
}

/** The lemma of a common noun right before token i (skipping adverbs and auxiliaries), or null. */
function subjectNoun(tokens: readonly Token[], i: number): string | null {
  const s = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (t.sentence !== s) return null;
    if (SKIPPED.has(t.pos) || t.lower === 'not') continue;
    return t.pos === 'NOUN' ? t.lemma : null;
  }
  return null;
}

/** True when the phrase right before token i (skipping adverbs and auxiliaries) follows a preposition: "of [the Party Congress] tried". */
function subjectAfterPreposition(tokens: readonly Token[], i: number): boolean {
  const s = tokens[i]!.sentence;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.sentence === s && (SKIPPED.has(tokens[k]!.pos) || tokens[k]!.lower === 'not')) k--;
  const end = k;
  while (k >= 0 && tokens[k]!.sentence === s && NOUN_PHRASE_OR_PARTICLE_TAGS.has(tokens[k]!.pos)) k--;
  // (wink may tag the preposition of a phrasal verb a particle: "seized on", so the word counts too.)
  return k < end && k >= 0 && tokens[k]!.sentence === s && (tokens[k]!.pos === 'ADP' || SUBJECT_PREPOSITIONS.has(tokens[k]!.lower));
}

/** The form of a verb from its surface and lemma: the base form, -s, -ing or past (-ed and irregular). */
function tense(t: Token): string {
  if (t.pos !== 'VERB') return 'noun';
  if (t.lower === t.lemma) return 'base';
  if (t.lower.endsWith('ing')) return 'ing';
  if (t.lower.endsWith('s') && !t.lemma.endsWith('s')) return 'pres';
  return 'past';
}

/** How far into its sentence token i stands: 0, 1, 2–4, 5–9 or 10 and more tokens. */
function position(tokens: readonly Token[], i: number): string {
  const s = tokens[i]!.sentence;
  let k = 0;
  while (k < 10 && i - k - 1 >= 0 && tokens[i - k - 1]!.sentence === s) k++;
  return k === 0 ? '0' : k === 1 ? '1' : k < 5 ? '2' : k < 10 ? '5' : '10';
}

/** The tokens of i's sentence up to 40 after it, as a class: how long the complement can be, and whether a quotation mark stands there. */
function after(tokens: readonly Token[], i: number): { readonly length: string; readonly quote: boolean } {
  const s = tokens[i]!.sentence;
  let k = i + 1;
  let quote = false;
  for (; k < tokens.length && k <= i + 40 && tokens[k]!.sentence === s; k++) if (!quote && isQuote(tokens[k]!)) quote = true;
  const n = k - i - 1;
  return { length: n < 4 ? '0' : n < 8 ? '4' : n < 16 ? '8' : '16', quote };
}
const QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', "''", '``']);
/** One of QUOTES (a mark has no case: its lower-case form is the mark). */
const isQuote = wordClass('lower', () => QUOTES);

/** Whether a proper noun stands within 6 tokens before i in its sentence (a named holder near). */
function nameBefore(tokens: readonly Token[], i: number): boolean {
  const s = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k]!.sentence === s; k--) if (tokens[k]!.pos === 'PROPN') return true;
  return false;
}

/** The word right before token i, as a class: "to", a comma, a relative pronoun, an auxiliary, or its tag. */
function before(tokens: readonly Token[], i: number): string {
  const p = tokens[i - 1];
  if (!p || p.sentence !== tokens[i]!.sentence) return 'start';
  if (p.lower === 'to' || p.value === ',' || RELATIVE_WORDS.has(p.lower)) return p.lower;
  if (p.pos === 'AUX') return p.lemma === 'be' || p.lemma === 'have' || p.lemma === 'do' ? `aux:${p.lemma}` : 'aux:modal';
  return p.pos.toLowerCase();
}

/**
 * The confidences that grade a lexicon row in the `r:` and `rl:` features: below the first a row
 * is weak, below the second mid, else strong. Part of FEATURE_SCHEMA: the shipped weights were
 * learned with these bounds, so changing them means retraining (scripts/learn-cue-model.mjs).
 */
const WEAK_ROW_BELOW = 0.5;
const MID_ROW_BELOW = 0.75;

/**
 * The features of the candidate at token i, or null when it is no candidate (no verb or noun +
 * preposition, a lemma the model never saw as one, nothing a complement could start with).
 * The training script computes them with this same function. `row` is the lexicon's cue at i
 * (`cueAt`) when the caller already has it (null: none); left out, it is looked up here.
 */
export function cueFeatures(tokens: readonly Token[], i: number, lemmas: ReadonlySet<string> | null = cueModel().lemmas, row?: CueMatch | null): string[] | null {
  const key = learnedKey(tokens, i);
  if (key === null || (lemmas !== null && !lemmas.has(key.lemma))) return null;
  const complement = complementAfter(tokens, key.head);
  if (complement === null) return null;
  const t = tokens[i]!;
  const { lemma, head } = key;
  const subject = subjectKind(tokens, i);
  const form = tense(t);
  const next = tokens[complement === 'np' ? head + 1 : head + 2];
  const nextTag = next && next.sentence === t.sentence ? next.pos : 'end';
  const noun = subject === 'noun' ? subjectNoun(tokens, i) : null;
  const word = next && next.sentence === t.sentence ? next.lower : '';
  const rest = after(tokens, head);
  const features = [
    `l:${lemma}`,
    `k:${lemma}|${complement}`,
    `c:${complement}`,
    `s:${subject}`,
    `sc:${subject}|${complement}`,
    `ls:${lemma}|${subject}`,
    `t:${form}`,
    `tc:${form}|${complement}`,
    `lt:${lemma}|${form}`,
    `b:${before(tokens, i)}`,
    `x:${complement}|${nextTag}`,
    `p:${position(tokens, i)}`,
    `n:${t.negated ? 1 : 0}`,
    `w:${word}`,
    `kw:${lemma}|${word}`,
    `e:${rest.length}|${complement}`,
    `q:${rest.quote ? 1 : 0}`,
    `m:${nameBefore(tokens, i) ? 1 : 0}|${subject}`,
  ];
  if (noun !== null) features.push(`sn:${noun}`);
  // A word a lexicon row lists, whose row read no clause here: how sure the row is, and of what kind.
  const listed = row === undefined ? cueAt(tokens, i) : row;
  if (listed !== null) {
    const weak = listed.confidence < WEAK_ROW_BELOW;
    features.push(`r:${listed.kind}|${weak ? 'weak' : listed.confidence < MID_ROW_BELOW ? 'mid' : 'strong'}`, `rl:${lemma}|${weak ? 'weak' : 'listed'}`);
  }
  return features;
}

/** The first words of the lemmas the model saw as candidates (its `heads`). */
const headsCandidate = wordClass('lemma', () => cueModel().heads);

/** The probabilities already computed, per token array (NaN: not asked yet): anchors and clauses ask for the same token several times. */
const memo = new WeakMap<readonly Token[], Float32Array>();

/**
 * The model's probability that the candidate at token i heads content right after it; 0 for a
 * word that is no candidate. `row`: the lexicon's cue at i when the caller has it (see `cueFeatures`).
 */
export function cueProbability(tokens: readonly Token[], i: number, row?: CueMatch | null): number {
  const t = tokens[i];
  if (t === undefined || (t.pos !== 'VERB' && t.pos !== 'NOUN')) return 0;
  const m = cueModel();
  if (!headsCandidate(t)) return 0;
  let known = memo.get(tokens);
  if (known === undefined) memo.set(tokens, (known = new Float32Array(tokens.length).fill(NaN)));
  const p = known[i]!;
  if (p === p) return p;
  const features = cueFeatures(tokens, i, m.lemmas, row);
  // A quotation after the word in its sentence is left to the quote sieves and the lexicon's cues:
  // a learned cue that took that clause would make the quote a part of its report ("released a statement: “…”").
  if (features !== null && features.includes('q:1')) return (known[i] = 0);
  // A learned cue credits only its subject: not a name inside a prepositional phrase ("the head of the party tried to …").
  if (features !== null && subjectAfterPreposition(tokens, i)) return (known[i] = 0);
  let z = m.model.bias;
  if (features !== null) for (const f of features) z += m.weights.get(f) ?? 0;
  return (known[i] = features === null ? 0 : 1 / (1 + Math.exp(-z)));
}
