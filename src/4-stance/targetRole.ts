import type { Token } from '../adapters/wink.js';

/** The grammatical place of a mention in its clause, read from wink's POS tags. */
export type TargetRole = 'subject' | 'object' | 'agent' | 'passive-subject' | 'possessor' | 'other';

export interface RoleInfo {
  readonly role: TargetRole;
  /** The verb the mention depends on (subject of / object of / agent of), or -1. */
  readonly verb: number;
}

const CLAUSE_BREAK = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);

/** True when tokens[i] ends a clause for our purposes: strong punctuation, or a comma before a conjunction/relative. */
export function isClauseBreak(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'PUNCT' && t.pos !== 'SPACE') return t.lower === 'but' || t.lower === 'while' || t.lower === 'although';
  return CLAUSE_BREAK.has(t.value) || t.value === '.' || t.value === '?' || t.value === '!' || t.pos === 'SPACE';
}

/**
 * Whether the mention at tokens [first, last) is the subject, object or agent of a verb, by
 * position: the first verb after the mention in its clause makes it a subject (a passive
 * participle after "was/were/been" makes it the passive subject), the nearest verb before it
 * makes it an object, "by" after a passive participle makes it the agent, "'s" a possessor.
 * A cheap approximation of a parse, linear in the clause length, good enough to tell the holder
 * of "X slammed Y" from its target.
 */
export function targetRole(tokens: readonly Token[], first: number, last: number, from: number, to: number): RoleInfo {
  const after = tokens[last];
  if (after && (after.lower === "'s" || after.lower === '’s' || after.value === "'")) return { role: 'possessor', verb: -1 };
  const before = tokens[first - 1];
  if (before && before.lower === 'by' && first - 2 >= from) {
    for (let k = first - 2; k >= Math.max(from, first - 4); k--) {
      const v = tokens[k]!;
      if (v.pos === 'VERB' && /(ed|en|wn|ght|id)$/.test(v.lower)) return { role: 'agent', verb: k };
      if (isClauseBreak(tokens, k)) break;
    }
  }
  // Verb after the mention, within its clause.
  let sawAux = false;
  for (let k = last; k < to && k < last + 8; k++) {
    const v = tokens[k]!;
    if (isClauseBreak(tokens, k) || v.lower === ',' || v.lower === 'who' || v.lower === 'that' || v.lower === 'which') break;
    if (v.pos === 'AUX') {
      if (v.lemma === 'be' || v.lemma === 'get') sawAux = true;
      continue;
    }
    if (v.pos === 'VERB') return { role: sawAux && /(ed|en|wn|ght|id)$/.test(v.lower) ? 'passive-subject' : 'subject', verb: k };
    if (v.pos === 'ADP' || v.pos === 'CCONJ') break;
  }
  // Verb before the mention, within its clause.
  for (let k = first - 1; k >= from && k >= first - 6; k--) {
    const v = tokens[k]!;
    if (isClauseBreak(tokens, k)) break;
    if (v.pos === 'VERB') return { role: 'object', verb: k };
    if (v.pos === 'ADP' && v.lower !== 'of') {
      // "thanked Y for", "accused him of": an ADP directly after the verb still makes an object.
      const prev = tokens[k - 1];
      if (prev && prev.pos === 'VERB' && k - 1 >= from) return { role: 'object', verb: k - 1 };
      break;
    }
  }
  // A copula after the mention: "he is smart".
  for (let k = last; k < to && k < last + 3; k++) {
    const v = tokens[k]!;
    if (v.pos === 'AUX') return { role: 'subject', verb: k };
    if (v.pos !== 'ADV' && v.pos !== 'PART') break;
  }
  return { role: 'other', verb: -1 };
}
