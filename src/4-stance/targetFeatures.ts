import type { TokenDoc } from '../adapters/wink.js';
import { lexiconHits, type Hit } from './lexicon.js';
import { CONDITIONALS, REPORTING_VERBS } from '../vocabulary/political-lexicon.js';
import { isClauseBreak, targetRole } from './targetRole.js';

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
}

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'INTJ', 'AUX', 'PART', 'ADP', 'SCONJ']);

/**
 * Turns a target mention (tokens [first, last) of `doc`) into the features of the stance model:
 * lexicon hits by side and distance, the words near the target with their side, the target's
 * role (subject, object, agent of a passive, possessor), the valence of the verb it depends on,
 * negation, quotation and question/conditional marks. One pass over the sentence: a few
 * microseconds per token.
 */
export function targetFeatures(doc: TokenDoc, first: number, last: number): TargetFeatures {
  const tokens = doc.tokens;
  const sIdx = tokens[first]?.sentence ?? 0;
  const sent = doc.sentences[sIdx];
  const from = sent ? Math.min(sent.first, first) : 0;
  const to = sent ? Math.max(sent.last, last) : tokens.length;
  const f = new Map<string, number>();
  const add = (k: string, v = 1): void => {
    f.set(k, (f.get(k) ?? 0) + v);
  };
  add('bias');

  // Clause around the target.
  let cFrom = first;
  while (cFrom > from && !isClauseBreak(tokens, cFrom - 1)) cFrom--;
  let cTo = last;
  while (cTo < to && !isClauseBreak(tokens, cTo)) cTo++;

  const hits = lexiconHits(tokens, from, to);
  const role = targetRole(tokens, first, last, cFrom, cTo);
  add(`role:${role.role}`);
  const tpos = tokens[first]?.pos ?? 'X';
  add(`tpos:${tpos === 'PRON' ? 'PRON' : 'NAME'}`);

  // Quotes: is the target inside quotation marks; does the sentence hold a quote.
  let quotesBefore = 0;
  let quotesTotal = 0;
  let question = false;
  let conditional = false;
  let reportingNear = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (QUOTES.has(t.value) && !(t.value === '’' && i > from && tokens[i - 1]!.end === t.start && tokens[i + 1]?.start === t.end)) {
      quotesTotal++;
      if (i < first) quotesBefore++;
    }
    if (t.value === '?') question = true;
    if (i >= cFrom && i < cTo && CONDITIONALS.has(t.lower)) conditional = true;
    if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma) && Math.abs(i - first) <= 4) reportingNear = true;
  }
  if (quotesTotal > 0) add('quote:sentence');
  if (quotesBefore % 2 === 1) add('quote:inside');
  if (question) add('question');
  if (conditional) add('conditional');
  if (reportingNear) add(role.role === 'subject' ? 'speaker' : 'reported');

  // Lexicon hits by region.
  const relevance: number[] = [];
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

  // Words near the target, by side; the whole sentence as a bag of lemmas.
  for (let i = from; i < to; i++) {
    if (i >= first && i < last) continue;
    const t = tokens[i]!;
    if (!CONTENT.has(t.pos)) continue;
    const left = i < first;
    const d = left ? first - i : i - last + 1;
    const w = t.pos === 'PROPN' ? '<name>' : t.lemma;
    if (d <= 4) add(`w:${left ? 'L' : 'R'}:${w}`);
    if (i >= cFrom && i < cTo) add(`c:${w}`);
    else add(`s:${w}`);
    if (t.negated && d <= 6) add('neg:near');
  }
  if (tokens[last]?.lower === ',' || tokens[first - 1]?.lower === ',') add('appos');
  return { values: f, hits, relevance, lexiconScore };
}
