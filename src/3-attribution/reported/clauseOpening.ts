// Where the reported clause opens: after "that", after an addressee ("told reporters that"), an adjunct, a wh-word ("asked whether").
import type { Token } from '../../adapters/wink.js';
import type { Anchor } from '../anchors.js';
import { firstAnchorFrom, startsClause, SUBJECT_POS, QUOTE_MARK, DASH } from '../scan.js';
import { OBJECT_PRONOUNS, POSSESSIVES } from '../../vocabulary/pronouns.js';
import { type ClauseCtx, type OpenClause, thatAhead, whAhead, wordAhead, NP_START, TIME_WORDS } from './clauseReader.js';
import { SAY_LIKE, WH_WORDS, NOT_CLAUSE_OPENERS } from '../cues/verbClasses.data.js';
import { PARTITIVE_QUANTIFIERS } from '../../vocabulary/quantifiers.js';


/** The first token of the clause a cue governs, or -1 when none opens right after it. */
export function clauseStart(c: OpenClause, adjunct: number): number {
  const { tokens, a, sentence, after, next } = c;
  // A comma right after a verb cue, with no adjunct before it, closes the cue's clause ("the programs
  // she has proposed, she must …", "After the union objected, the case moved"): only a say-verb
  // ("Lee said, the bridge …") or a cue in an "as" clause ("As experts have pointed out, the rule …")
  // goes on past it to its report. (A cue that is a prepositional phrase, "In a statement, the
  // mayor …", is an adjunct before its clause.)
  const verbCue = tokens[a.first]!.pos !== 'ADP';
  const pastComma = verbCue && adjunct === after + 1 && next.value === ',' && !SAY_LIKE.has(a.lemma) && !inAsClause(tokens, a.first) ? after : adjunct;
  let start = -1;
  if (next.lower === 'that' && (next.pos !== 'PRON' || startsClause(tokens, after + 1))) start = after + 1;
  else if (a.complement.includes('object-that') || a.complement.includes('object') || a.complement.includes('as') || a.complement.includes('of')) {
    // "told the workers at the plant in …, that …": skip the addressee up to "that" — unless a clause
    // opens right after the cue ("said she liked the plan and that …": the report starts there).
    // ("told the Herald that …": an addressee and "that" come first, though "the Herald that …
    // had" reads like a clause.)
    const addressee = a.complement.includes('object-that') ? addresseeEnd(tokens, after, sentence.last) : after;
    if (addressee > after && tokens[addressee]?.lower === 'that' && startsClause(tokens, addressee + 1)) start = addressee + 1;
    // ("told her the bill was dead": "her" is the one told, though "her …" may open a clause.
    // Not an imperative: "Just tell me the bus is late!")
    // (A noun or adjective after "her" makes it a possessive: "told her colleague had …" keeps it.)
    else if (tokens[after]!.lower === 'her' && tokens[a.first]!.lower !== a.lemma && HER_OBJECT_BEFORE.has(tokens[after + 1]?.pos ?? '') && startsClause(tokens, after + 1)) start = after + 1;
    else start = startsClause(tokens, after) ? after : thatAhead(c, after);
    // "told them the bridge would close", "told reporters Lee had won": the clause after the addressee.
    // (Not an imperative: "Just tell me the bus is late!")
    if (start < 0 && a.complement.includes('object-that') && tokens[a.first]!.lower !== a.lemma) {
      const end = addresseeEnd(tokens, after, sentence.last);
      if (end > after && startsClause(tokens, end)) start = end;
    }
    if (start < 0 && (startsClause(tokens, after) || (SAY_LIKE.has(a.lemma) && startsClause(tokens, after, 18)))) start = after;
    // ("told the Times on Friday the bridge would close"; not "spoke to Lee, Ross said …": a verb
    // without a clause complement reports no clause after its adjunct.)
    if (start < 0 && pastComma > after && (a.complement.includes('that') || a.complement.includes('object-that')) && startsClause(tokens, pastComma)) start = pastComma;
    // "accused him of lying", "described the plan as reckless" — not "spoke at the rally".
    if (start < 0 && ((a.complement.includes('of') && wordAhead(c, after, 'of')) || (a.complement.includes('as') && wordAhead(c, after, 'as'))) && after < sentence.last - 1 && !(next.pos === 'ADP' && next.lower !== 'of' && next.lower !== 'as')) start = after;
  } else if (startsClause(tokens, after) || (SAY_LIKE.has(a.lemma) && startsClause(tokens, after, 18))) start = after;
  else if (pastComma > after && (startsClause(tokens, pastComma) || tokens[pastComma]?.lower === 'that')) start = tokens[pastComma]!.lower === 'that' ? pastComma + 1 : pastComma;
  else start = thatAhead(c, after);
  // "explained how …", "asked whether …", "did not say when …".
  if (start < 0 && WH_WORDS.has(next.lower) && (a.complement.includes('wh') || a.lemma === 'say' || a.lemma === 'tell' || a.lemma === 'explain')) start = after;
  // "asked the senator whether …", "asked voters what …": the question after its addressee.
  if (start < 0 && a.complement.includes('wh') && NP_START.has(next.pos)) start = whAhead(c, after);
  // "asked the senator about the cuts": the one asked and what about, the report.
  if (start < 0 && a.complement.includes('wh') && !tokens[a.first]!.negated && NP_START.has(next.pos) && wordAhead(c, after + 1, 'about')) start = after;
  return start;
}

/**
 * Does the cue stand in a clause opened by "as" or "like" ("As many experts, including Lee, have
 * pointed out, …", "As the Herald puts it, …")? The opener starts the sentence (past a conjunction)
 * or follows a comma, a few words before the cue or as its first word.
 */
function inAsClause(tokens: readonly Token[], cue: number): boolean {
  for (let k = cue; k >= 0 && cue - k < 30 && tokens[k]!.sentence === tokens[cue]!.sentence && tokens[k]!.value !== ';'; k--) {
    if (!AS_OPENERS.has(tokens[k]!.lower)) continue;
    let p = k - 1;
    // ("And as Lee pointed out, …": a conjunction may stand before it.)
    while (p >= 0 && (tokens[p]!.pos === 'SPACE' || QUOTE_MARK.test(tokens[p]!.value) || tokens[p]!.pos === 'CCONJ')) p--;
    if (p < 0 || tokens[p]!.sentence !== tokens[k]!.sentence || tokens[p]!.value === ',') return true;
  }
  return false;
}
const AS_OPENERS: ReadonlySet<string> = new Set(['as', 'like']);

/** Past a short adjunct after a cue ("said on Friday", "told the Times Tuesday morning"): the token after it. */
export function skipAdjunct(tokens: readonly Token[], k: number): number {
  let x = k;
  const start = tokens[x];
  if (!start) return k;
  if (start.pos === 'ADP' && start.lower !== 'that') {
    x++;
    while (x < tokens.length && x - k <= 5 && (tokens[x]!.pos === 'DET' || tokens[x]!.pos === 'PROPN' || tokens[x]!.pos === 'NOUN' || tokens[x]!.pos === 'NUM' || tokens[x]!.pos === 'ADJ') && tokens[x]!.sentence === start.sentence) x++;
  }
  // Time words: "Tuesday", "last week", "this morning", "yesterday".
  while (x < tokens.length && x - k <= 6 && TIME_WORDS.has(tokens[x]!.lower)) x++;
  if (tokens[x]?.value === ',') x++;
  return x;
}

/** '“…,” said Kevin Madden, a strategist': after a comma or a quote the cue's source follows it. */
export function invertedPosition(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  // (", saying …" is a participle: its subject came before.)
  return prev !== undefined && prev.sentence === tokens[first]!.sentence && (prev.value === ',' || QUOTE_MARK.test(prev.value)) && !tokens[first]!.lower.endsWith('ing');
}

/**
 * Where the clause reported by a say-verb starts when `startsClause` did not see a subject and
 * its verb (a name tagged as a verb, a gerund subject, a long subject with several
 * prepositions): the word right after the verb, if a word opens a noun phrase or a gerund there
 * and a finite verb follows later in the sentence. Only for verbs that hardly ever take a bare
 * object (`SAY_LIKE`), not negated, so "did not say much" or "added 200 jobs" stay out. -1 if not.
 */
export function clauseAfterSayVerb(tokens: readonly Token[], a: Anchor, k: number, sentenceLast: number): number {
  if (!SAY_LIKE.has(a.lemma) || tokens[a.first]!.negated) return -1;
  const t = tokens[k];
  if (t === undefined || k >= sentenceLast || NOT_CLAUSE_OPENERS.has(t.lower)) return -1;
  // ("said none of the boats were insured": a partitive opens a subject whatever the tagger calls its head.)
  const partitive = PARTITIVE_QUANTIFIERS.has(t.lower) && tokens[k + 1]?.lower === 'of';
  if (!partitive && !(SUBJECT_POS.has(t.pos) || (t.pos === 'VERB' && (t.lower.endsWith('ing') || /^\p{Lu}/u.test(t.value))))) return -1;
  if (!partitive && t.pos === 'PRON' && !POSSESSIVES.has(t.lower) && !['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'this', 'that', 'these', 'those', 'everyone', 'nobody', 'somebody', 'someone', 'everybody'].includes(t.lower)) return -1;
  for (let x = k + 1; x < Math.min(sentenceLast, k + 40); x++) {
    const y = tokens[x]!;
    if (y.value === ';' || y.value === ':' || DASH.test(y.value)) return -1;
    if (y.pos === 'AUX' || (y.pos === 'VERB' && !y.lower.endsWith('ing'))) return k;
  }
  return -1;
}

/**
 * Is token k a cue in -ing right after a comma ("…, the chief said, adding that …", "she said,
 * vowing to …")? Such a participle goes on from the cue's clause with the cue's subject and is a
 * report of its own (`source/inherited.ts`), not the cue's report. (A participle that is no cue
 * stays readable as a gerund subject: "…, he said, replacing the chief would be costly".)
 */
export function participleCueAt(c: ClauseCtx, k: number): boolean {
  const { tokens, anchors } = c;
  const t = tokens[k];
  return t !== undefined && t.pos === 'VERB' && t.lower.endsWith('ing') && tokens[k - 1]?.value === ',' && anchors[firstAnchorFrom(anchors, k)]?.first === k;
}

/**
 * What "say" reports when no clause opens after it: the words after the verb ("said the ferry
 * crews earned a raise", where the tagger took the verb for a noun; "said some very strange things").
 * "Say" takes no object but what was said, so what follows its subject is the report — not
 * "said so", "said it", "did not say", nor a trailing adjunct ("said on Friday."). -1 if not.
 */
export function saidObject(c: OpenClause, k: number): number {
  const { tokens, a, sentence } = c;
  if (a.lemma !== 'say' || tokens[a.first]!.negated) return -1;
  const t = tokens[k];
  if (t === undefined || k >= sentence.last - SAID_OBJECT_MIN_TOKENS || t.sentence !== tokens[a.first]!.sentence || NOT_CLAUSE_OPENERS.has(t.lower) || !NP_START.has(t.pos)) return -1;
  if (t.pos === 'PRON' && !POSSESSIVES.has(t.lower)) return -1;
  for (let x = k; x < k + SAID_OBJECT_MIN_TOKENS; x++) if (tokens[x]!.pos === 'PUNCT' || QUOTE_MARK.test(tokens[x]!.value)) return -1;
  return k;
}
/** Words a said-object needs before a stop: "said goodbye." is no report. */
const SAID_OBJECT_MIN_TOKENS = 2;

/** Longest addressee after a tell-verb, in tokens ("told the county's election board …"). */
const MAX_ADDRESSEE_TOKENS = 5;

/**
 * The end of the addressee that opens at k after a tell-verb: an object pronoun ("them"), a name
 * ("Ann Lee"), or a short noun phrase ("reporters", "the county board"). k when there is none.
 */
function addresseeEnd(tokens: readonly Token[], k: number, sentenceLast: number): number {
  const t = tokens[k];
  if (!t || k >= sentenceLast) return k;
  if (OBJECT_PRONOUNS.has(t.lower) || t.lower === 'her' || t.lower === 'you') return k + 1;
  let x = k;
  if (t.pos === 'DET' || POSSESSIVES.has(t.lower)) x++;
  const head = x;
  // (A capitalised word after a name is part of it, whatever its tag: "the Dover Herald".)
  const nameWord = (y: number): boolean => tokens[y]!.pos === 'PROPN' || (y > head && tokens[y - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[y]!.value));
  while (x < Math.min(sentenceLast, head + MAX_ADDRESSEE_TOKENS) && (tokens[x]!.pos === 'NOUN' || nameWord(x) || tokens[x]!.pos === 'ADJ' || tokens[x]!.lower === "'s" || tokens[x]!.lower === '\u2019s')) x++;
  return x > head && (tokens[x - 1]!.pos === 'NOUN' || nameWord(x - 1)) ? x : k;
}

/** Tags after "her" that make it the one told, not a possessive: "told her the bill …", "told her Lee had won". */
const HER_OBJECT_BEFORE: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

/** Longest aside between a say-verb and its clause, in tokens (", however,", ", rain or shine on Sunday,"). */
const MAX_CUE_ASIDE_TOKENS = 10;

/**
 * "Lee said, however, the bridge would close": a say-verb, an aside set off by commas, then its
 * clause. The report holds the aside (it qualifies what was said): its first token, or -1.
 */
export function clauseAfterAside(c: OpenClause): number {
  const { tokens, a, sentence, after } = c;
  // (", and soon, the band …" is a new clause joined to the sentence, not an aside.)
  if (!SAY_LIKE.has(a.lemma) || tokens[a.first]!.negated || tokens[after]?.value !== ',' || tokens[after + 1]?.pos === 'CCONJ') return -1;
  for (let k = after + 1; k < Math.min(sentence.last - 2, after + 1 + MAX_CUE_ASIDE_TOKENS); k++) {
    const t = tokens[k]!;
    if (QUOTE_MARK.test(t.value) || t.value === ';' || t.value === ':' || DASH.test(t.value)) return -1;
    if (t.value === ',') return k > after + 1 && startsClause(tokens, k + 1) ? after + 1 : -1;
  }
  return -1;
}
