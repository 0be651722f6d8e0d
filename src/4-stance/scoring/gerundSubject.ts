import type { Token } from '../../adapters/wink.js';
import { TITLE_PARTICIPLES } from '../../vocabulary/titles.js';

/** Tags that may stand between a gerund and its object's name ("underestimating the young Hale"). */
const BEFORE_OBJECT = new Set(['DET', 'ADJ']);
/**
 * Tags that may stand between a clause's start and its gerund subject ("But ignoring Hale …").
 * Not a comma: ", proving he is unfit" is a participle adjunct, whose clause has its own subject.
 */
const CLAUSE_OPENERS = new Set(['CCONJ']);

/**
 * "Writing Hale off would be a mistake", "Underestimating Hale is dangerous": the subject of the
 * copula is the gerund clause, and an evaluation after it judges the act, not the gerund's
 * object. True when the mention [first, last) is the object of a gerund (a VERB in -ing) that
 * opens its clause (at `cFrom`, or after a conjunction).
 */
export function objectOfGerundSubject(tokens: readonly Token[], first: number, cFrom: number): boolean {
  let k = first - 1;
  while (k >= cFrom && BEFORE_OBJECT.has(tokens[k]!.pos)) k--;
  return k >= cFrom && gerundOpeningClause(tokens, k, cFrom);
}

/** Is token k a gerund (a VERB in -ing, no title's participle) that opens its clause: at `cFrom`, or after a conjunction? */
function gerundOpeningClause(tokens: readonly Token[], k: number, cFrom: number): boolean {
  const gerund = tokens[k];
  if (!gerund || gerund.pos !== 'VERB' || !gerund.lower.endsWith('ing') || TITLE_PARTICIPLES.has(gerund.lower)) return false;
  const before = tokens[k - 1];
  return k === cFrom || !before || CLAUSE_OPENERS.has(before.pos);
}

/** How far past a gerund its clause's copula may stand ("Blaming the new mayor for it was …"). */
const COPULA_REACH = 8;

/**
 * "Blaming Hale was unfair", "Attacking the senator is easy": a gerund that opens its clause and
 * is the subject of a copula names an act the speaker judges, not an act of the speaker's.
 */
export function gerundBeforeCopula(tokens: readonly Token[], v: number, cFrom: number, to: number): boolean {
  if (!gerundOpeningClause(tokens, v, cFrom)) return false;
  for (let k = v + 1; k < to && k - v <= COPULA_REACH; k++) {
    const t = tokens[k]!;
    if (t.lemma === 'be' && (t.pos === 'AUX' || t.pos === 'VERB')) return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT') return false;
  }
  return false;
}
