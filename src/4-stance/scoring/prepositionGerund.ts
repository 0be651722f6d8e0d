import type { Token } from '../../adapters/wink.js';
import { OTHER, SELF, type MentionSlot } from '../assignHits.js';
import { GERUND_PREPOSITIONS } from '../../vocabulary/stanceWords.js';

/**
 * "Ostair hurt the region by supporting Vos", "Lee thanked Ostair for backing Vos", "the airline
 * was wrong in praising Vos": a verb of praise or criticism as a gerund after a preposition is
 * done by someone of the clause before it, the last mention before the preposition that is not
 * itself in a prepositional phrase (the clause's subject or the verb's object), else the clause's
 * unnamed subject (OTHER); never by the speaker,
 * whose words only report it. Undefined when the verb at v is no such gerund or nobody stands
 * before it in the clause [cFrom, v).
 */
export function prepositionGerundDoer(tokens: readonly Token[], v: number, before: readonly MentionSlot[], cFrom: number): MentionSlot | undefined {
  const verb = tokens[v]!;
  const prep = tokens[v - 1];
  if (verb.pos !== 'VERB' || !verb.lower.endsWith('ing') || !prep || v - 1 <= cFrom || !GERUND_PREPOSITIONS.has(prep.lower)) return undefined;
  // ("apologize to X for accusing him", "his talk with X before savaging Y": a name after a preposition does no act of the clause.)
  const all = before.filter((x) => x.first >= cFrom && x.last <= v - 1);
  const m = all.filter((x) => !afterPreposition(tokens, x.first)).pop();
  if (m) return m;
  // ("[he spoke] of his talks with X before savaging Y": the speaker, named in the clause only so, is the doer.)
  const self = all.find((x) => x.key === SELF);
  if (self) return self;
  // ("voters had been misled by Marsh before backing Vos": else the clause's unnamed subject, a noun or
  // pronoun with its verb after it; "Now is the time for backing Vos", "It is time …": nobody, the speaker's.)
  for (let k = cFrom; k < v - 1; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if ((t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN') && !EXPLETIVES.has(t.lower) && (next.pos === 'VERB' || next.pos === 'AUX')) return { first: k, last: k + 1, key: OTHER };
  }
  return undefined;
}

/** Subjects that stand for no one: "It is time …", "There is no way …". */
const EXPLETIVES: ReadonlySet<string> = new Set(['it', 'there']);

/** The mention starting at `first` stands after a preposition ("to X", "with the X"). */
function afterPreposition(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  return k >= 0 && tokens[k]!.pos === 'ADP';
}
