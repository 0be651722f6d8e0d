/**
 * Stage 2a, mentions: every phrase that refers to someone, in one pass over the tokens. At each
 * token the readers are tried in this order:
 *   1. a pronoun ("he", "they")                               here, from vocabulary/pronouns.ts (PRONOUNS)
 *   2. a name with its titles ("Russian President Vladimir Putin")   mention/readName.ts
 *   3. a role, description or group at its head noun ("the former intelligence officer")   mention/readRole.ts
 *   4. a description of a body ("the company", "the court")   mention/readBodyDescription.ts
 * The token tests they share are in mention/words.ts, the type of a name in mention/nameType.ts.
 */
import type { Segmentation } from '../1-segment/segment.js';
import type { Token } from '../adapters/wink.js';
import type { KnowledgeIndex } from './knowledgeIndex.js';
import { boundToObject } from './mention/objectPossessive.js';
import { readName } from './mention/readName.js';
import { readRole } from './mention/readRole.js';
import { retypeDefiniteNames } from './mention/definiteNames.js';
import { readBodyDescription } from './mention/readBodyDescription.js';
import type { Mention } from './mention/types.js';
import { isPossessive, isSubject, nameWord, titleAt } from './mention/words.js';
import { PRONOUNS } from '../vocabulary/pronouns.js';
import { GLUE, joinWordPieces } from './mention/wordPieces.js';

/**
 * PRONOUNS by word, as a Map: a look-up of an object's property by a token's string first
 * looked the string up among all the interned strings of the process.
 */
const PRONOUN_OF: ReadonlyMap<string, (typeof PRONOUNS)[string]> = new Map(Object.entries(PRONOUNS));

export type { Make, Mention, MentionKind } from './mention/types.js';

/**
 * "It is hard to say", "it's a twist", "it is simply astounding that …": an "it" before a copula
 * and an adjective or a noun phrase is the empty subject of English, not a pronoun with a
 * referent ("it was opposed", "it is working" keep theirs).
 */
export function expletiveIt(tokens: readonly Token[], i: number): boolean {
  const be = tokens[i + 1];
  if (!be || be.lemma !== 'be' || be.sentence !== tokens[i]!.sentence) return false;
  let k = i + 2;
  while (tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART') && k - i < 5) k++;
  const next = tokens[k];
  return next !== undefined && (next.pos === 'ADJ' || next.pos === 'DET' || next.pos === 'NOUN');
}

/**
 * Finds every mention of someone in one pass over the tokens: capitalised names with their
 * titles ("Russian President Vladimir Putin"), roles and descriptions ("the former intelligence
 * officer", "a Kremlin spokesperson"), groups ("White House officials") and pronouns.
 */
export function findMentions(seg: Segmentation, kb: KnowledgeIndex): Mention[] {
  // Words wink cut at a letter outside ASCII are read whole ("Nausėda", not "Naus").
  const tokens = joinWordPieces(seg.doc.tokens, seg.doc.text);
  const out: Mention[] = [];
  const make = (first: number, last: number, fields: Omit<Mention, 'start' | 'end' | 'first' | 'last' | 'quote' | 'sentence' | 'possessive' | 'subject' | 'afterPreposition'>): Mention => ({
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    first,
    last,
    quote: seg.quoteOf[first] ?? -1,
    sentence: tokens[first]!.sentence,
    possessive: isPossessive(tokens[last]),
    // The object of a preposition or a possessor is not the subject, whatever verb follows ("thoughts on Putin have").
    subject: isSubject(tokens, last) && !(first > 0 && tokens[first - 1]!.pos === 'ADP') && !isPossessive(tokens[last]),
    afterPreposition: first > 0 && tokens[first - 1]!.pos === 'ADP',
    ...fields,
  });

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.pos === GLUE) { i++; continue; }
    // Pronouns.
    const pron = t.pos === 'PRON' || t.pos === 'DET' ? PRONOUN_OF.get(t.lower) : undefined;
    if (pron && !(t.lower === 'us' && t.value === 'US')) {
      out.push(make(i, i + 1, { kind: 'pronoun', text: t.value, key: t.lower, ...(pron.gender ? { gender: pron.gender } : {}), ...(t.lower === 'it' && expletiveIt(tokens, i) ? { expletive: true } : {}), ...(boundToObject(tokens, i) ? { boundToObject: true } : {}) }));
      i++;
      continue;
    }
    // Names, with a title before them.
    // (The word itself is tested once: most tokens are no name and start no title.)
    const named = nameWord(tokens, i, kb);
    const title = named ? null : titleAt(tokens, i);
    if (title !== null ? nameWord(tokens, title.end, kb) : named) {
      const m = readName(tokens, i, kb, seg, make);
      if (m) {
        if (m.mention) out.push(m.mention);
        i = m.next;
        continue;
      }
    }
    // Roles, descriptions and groups, found at their head noun.
    const role = readRole(tokens, i, kb, make);
    if (role) {
      out.push(role.mention);
      i = role.next;
      continue;
    }
    // "the company", "the court": a body named before.
    const body = readBodyDescription(tokens, i, make);
    if (body) {
      out.push(body.mention);
      i = body.next;
      continue;
    }
    i++;
  }
  return retypeDefiniteNames(tokens, out, kb);
}
