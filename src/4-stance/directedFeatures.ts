import type { TokenDoc } from '../adapters/wink.js';
import { featureWord as word, isPossessive, isQuoteMark } from './featureWords.js';
import { lexiconHits } from './lexicon.js';
import { CONDITIONALS, HEDGES, REPORTING_VERBS } from '../vocabulary/politicalLexicon.js';
import { wordClass } from '../util/wordClasses.js';

/** Features of a pair of mentions, by name, with the tokens that word features came from (for evidence). */
export interface DirectedFeatures {
  /** Sparse feature vector: name → value. */
  readonly values: Map<string, number>;
  /** Word features and the token each came from: what the evidence of a decision can point at. */
  readonly cues: readonly (readonly [feature: string, token: number])[];
}

/**
 * Groups of features, so that training can compare sets: `w` words and bigrams between the two
 * mentions and in windows around them, `s` structure (voice, speech cues, quotes, negation,
 * hedges, distance), `x` the project's lexicons as features (by region, sign and kind), `c`
 * conjunctions of speech cues with the lexicon's sign. The shipped model uses DIRECTED_SETS.
 */
export const DIRECTED_SETS = 'wsxc';

const isReportingVerb = wordClass('lemma', () => REPORTING_VERBS);
const BE = new Set(['be', 'is', 'was', 'were', 'been', 'being', 'are', 'get', 'got']);
const WINDOW = 5;

/**
 * Turns two mentions of one sentence into the features of the directed stance model. The
 * encoding is symmetric: features speak of the mention that comes `first` in the text and the
 * one that comes `second`, never of `a` or `b`, so the model learns one thing from "X slammed Y"
 * and "Y was slammed by X" whatever order the caller passes the spans in; its classes are mapped
 * back to a and b by the caller. `first` and `second` are token ranges [from, to), first before
 * second. Linear in the tokens of the sentence.
 */
export function directedFeatures(doc: TokenDoc, first: readonly [number, number], second: readonly [number, number], sets = DIRECTED_SETS): DirectedFeatures {
  const tokens = doc.tokens;
  const [xf, xl] = first;
  const [yf, yl] = second;
  const from = doc.sentences[tokens[xf]?.sentence ?? 0]?.first ?? 0;
  const to = Math.max(doc.sentences[tokens[Math.max(yl - 1, 0)]?.sentence ?? 0]?.last ?? tokens.length, yl);
  const values = new Map<string, number>();
  const cues: [string, number][] = [];
  const add = (k: string, v = 1): void => {
    values.set(k, (values.get(k) ?? 0) + v);
  };
  const cue = (k: string, i: number): void => {
    add(k);
    cues.push([k, i]);
  };
  add('bias');

  if (sets.includes('w')) {
    let prev = '<x>';
    for (let i = xl; i < yf; i++) {
      const t = tokens[i]!;
      const w = word(t);
      // A negated verb or adjective is another word: "did not criticise" is no criticism.
      cue(t.negated && (t.pos === 'VERB' || t.pos === 'ADJ') ? `B:not-${w}` : `B:${w}`, i);
      add(`BB:${prev}_${w}`);
      prev = w;
    }
    add(`BB:${prev}_<y>`);
    for (let i = Math.max(from, xf - WINDOW); i < xf; i++) cue(`L:${word(tokens[i]!)}`, i);
    for (let i = yl; i < Math.min(to, yl + WINDOW); i++) cue(`R:${word(tokens[i]!)}`, i);
    add(`X-1:${xf > from ? word(tokens[xf - 1]!) : '<s>'}`);
    add(`Y+1:${yl < to ? word(tokens[yl]!) : '</s>'}`);
    add(`Y-1:${yf > xl ? word(tokens[yf - 1]!) : '<x>'}`);
    add(`X+1:${xl < yf ? word(tokens[xl]!) : '<y>'}`);
  }

  // Structure: speech cues, voice, quotes, negation, hedges, distance.
  let speechBetween = false;
  let speechAfterY = false;
  let speechBeforeX = false;
  let quotesBefore = 0;
  let quotesBetween = 0;
  let negated = false;
  let hedged = false;
  let passive = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const speech = isReportingVerb(t) && (t.pos === 'VERB' || t.pos === 'AUX');
    if (isQuoteMark(t)) {
      if (i < xf) quotesBefore++;
      else if (i >= xl && i < yf) quotesBetween++;
    }
    if (i >= xl && i < yf) {
      if (speech) speechBetween = true;
      if (t.negated && (t.pos === 'VERB' || t.pos === 'ADJ')) negated = true;
      if (HEDGES[t.lower] !== undefined || CONDITIONALS.has(t.lower)) hedged = true;
      if (BE.has(t.lower) && tokens[i + 1]?.pos === 'VERB' && /ed$|en$|wn$/.test(tokens[i + 1]!.lower)) passive = true;
    }
    if (speech && i >= yl && i < yl + 4) speechAfterY = true;
    if (speech && i < xf && i >= xf - 4) speechBeforeX = true;
  }
  const byAgent = tokens[yf - 1]?.lower === 'by';
  const dist = yf - xl;
  if (sets.includes('s')) {
    add(`dist:${dist <= 2 ? 2 : dist <= 5 ? 5 : dist <= 10 ? 10 : dist <= 20 ? 20 : 99}`);
    if (speechBetween) add('speech:between');
    if (speechAfterY) add('speech:afterSecond');
    if (speechBeforeX) add('speech:beforeFirst');
    if (tokens[yf - 1] && REPORTING_VERBS.has(tokens[yf - 1]!.lemma)) add('speech:saidSecond');
    if (quotesBetween > 0) add(`quotes:between:${quotesBetween % 2 === 1 ? 'odd' : 'even'}`);
    if (quotesBefore % 2 === 1) add('quotes:firstInside');
    if (negated) add('neg:between');
    if (hedged) add('hedge:between');
    if (passive) add('passive');
    if (byAgent) add('by:second');
    if (passive && byAgent) add('passive:bySecond');
    add(`first:${tokens[xf]?.pos === 'PRON' ? 'pron' : 'name'}`);
    add(`second:${tokens[yf]?.pos === 'PRON' ? 'pron' : 'name'}`);
    if (isPossessive(tokens, xl)) add('first:possessive');
    if (isPossessive(tokens, yl)) add('second:possessive');
  }

  if (sets.includes('x') || sets.includes('c')) {
    const sums = { L: 0, B: 0, R: 0 };
    for (const h of lexiconHits(tokens, from, to)) {
      if ((h.first >= xf && h.last <= xl) || (h.first >= yf && h.last <= yl)) continue;
      const region = h.last <= xf ? 'L' : h.first >= yl ? 'R' : 'B';
      const sign = h.weight > 0 ? 'p' : 'n';
      const mag = Math.min(Math.abs(h.weight), 5) / 3;
      sums[region] += h.weight;
      if (sets.includes('x')) {
        add(`lex:${region}:${sign}`, mag);
        add(`lex:${region}:${h.kind}:${sign}`, mag);
        if (h.harm) add(`lex:${region}:harm`);
        if (region === 'B' && passive) add(`lex:B:passive:${sign}`, mag);
        if (region === 'B' && byAgent) add(`lex:B:bySecond:${sign}`, mag);
      }
    }
    const signOf = (v: number): string => (v > 0.5 ? 'p' : v < -0.5 ? 'n' : 'z');
    if (sets.includes('x')) for (const r of ['L', 'B', 'R'] as const) add(`lexsum:${r}:${signOf(sums[r])}`);
    if (sets.includes('c')) {
      const sB = signOf(sums.B);
      const sR = signOf(sums.R);
      if (speechAfterY || tokens[yf - 1]?.lemma === 'say') add(`secondSpeaks:B:${sB}`);
      if (speechBetween) add(`firstSpeaks:B:${sB}`);
      if (speechBetween) add(`firstSpeaks:R:${sR}`);
      if (quotesBefore % 2 === 1) add(`firstQuoted:${sB}`);
      if (negated) add(`neg:B:${sB}`);
      add(`dist:${dist <= 5 ? 'near' : 'far'}:B:${sB}`);
    }
  }
  return { values, cues };
}
