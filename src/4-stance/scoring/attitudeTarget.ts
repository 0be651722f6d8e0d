import type { Token } from '../../adapters/wink.js';
import { ATTITUDE_NOUNS, GIVING_VERBS, MERIT_VERBS } from '../../vocabulary/stanceWords.js';
import type { MentionSlot } from '../assignHits.js';
import { FIRST_PERSON, POSSESSIVES } from '../../vocabulary/pronouns.js';
import { hasComma } from '../tokensBetween.js';

/**
 * The one an attitude noun is about: "our gratitude to Y", "respect for Y" (the mention after
 * "to" or "for", whoever holds it); with a possessor and no such mention, "Y deserves our
 * thanks", "Y has earned their respect" (the subject of a verb of merit); "we owe Y our gratitude" (the one it is given to, right
 * before the possessive). A possessor holds the attitude and is never its target, so with none
 * of these it is about no one: returns null. Returns undefined when the word at `at` is no
 * possessed attitude noun, for the other rules to read.
 */
export function attitudeTarget(tokens: readonly Token[], at: number, before: readonly MentionSlot[], after: readonly MentionSlot[], self: string): MentionSlot | null | undefined {
  const noun = tokens[at]!;
  if (noun.pos !== 'NOUN' || !ATTITUDE_NOUNS.has(noun.lemma)) return undefined;
  let p = at - 1;
  while (p > 0 && (tokens[p]!.pos === 'ADJ' || tokens[p]!.pos === 'ADV')) p--;
  const possessor = tokens[p];
  const genitive = possessor?.lower === "'s" || possessor?.lower === '’s';
  const possessed = !!possessor && (POSSESSIVES.has(possessor.lower) || genitive);
  // "I have great respect for Y", "our gratitude to Y": the speaker's attitude about Y. Someone
  // else's ("they showed no respect for Y", "his admiration for Y") is theirs, not the speaker's.
  if (!possessed && prepositionIdiom(tokens, at)) return undefined;
  const next = after[0];
  const linked = tokens[at + 1]?.lower === 'to' || tokens[at + 1]?.lower === 'for';
  if (next && linked && next.first - at <= 3 && !hasComma(tokens, at, next.first)) {
    return (possessed ? FIRST_PERSON.has(possessor.lower) : speakerHolds(tokens, p, before, self)) ? next : null;
  }
  if (!possessed) return undefined;
  // The possessor's own first token: "our" itself, or the name before "'s".
  let start = p;
  if (genitive) {
    // ("deserves the nation's gratitude": an owner that is no mention starts its noun phrase.)
    const owner = before.find((m) => m.last === p);
    start = owner ? owner.first : p - 1;
    while (!owner && start > 0 && (tokens[start - 1]!.pos === 'DET' || tokens[start - 1]!.pos === 'ADJ')) start--;
  }
  const verb = tokens[start - 1];
  // "we owe Y our gratitude": Y right before the possessive, after a verb of giving.
  const given = before.find((m) => m.last === start);
  if (given && GIVING_VERBS.has(tokens[given.first - 1]?.lemma ?? '')) return given;
  // "Y deserves our thanks", "Y has rightly earned their respect".
  if (verb && MERIT_VERBS.has(verb.lemma)) {
    let k = start - 2;
    while (k > 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
    const subject = before.find((m) => m.last === k + 1);
    if (subject) return subject;
  }
  return null;
}

/**
 * Whether the clause that ends at token `end` (the attitude noun's phrase) has the speaker as its
 * subject, or none: the word before its nearest verb is "I", "we" or a mention of the speaker
 * (key `self`), or no verb stands before it in the clause ("great respect for Y").
 */
function speakerHolds(tokens: readonly Token[], end: number, before: readonly MentionSlot[], self: string): boolean {
  for (let k = end; k >= 0 && end - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.value !== '"' && t.value !== '“') return true;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    let s = k - 1;
    while (s > 0 && (tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'PART')) s--;
    // ("Lee said she had great respect for Y": the speaker named in the third person.)
    return FIRST_PERSON.has(tokens[s]?.lower ?? '') || before.some((m) => m.last === s + 1 && m.key === self);
  }
  return true;
}

/**
 * "thanks to Y" and "with respect to Y" as prepositions ("higher prices, thanks to the drought";
 * "with respect to the treaty"): no one is thanked or respected. "Thanks" is an attitude only
 * after a determiner, an adjective or a verb of giving ("special thanks to Y", "gave thanks to
 * Y"); "respect" is none after "with" or "in".
 */
function prepositionIdiom(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (tokens[at]!.lemma === 'respect') return before?.lower === 'with' || before?.lower === 'in';
  if (tokens[at]!.lower !== 'thanks' || tokens[at + 1]?.lower !== 'to') return false;
  return !before || !(before.pos === 'DET' || before.pos === 'ADJ' || GIVING_VERBS.has(before.lemma));
}
