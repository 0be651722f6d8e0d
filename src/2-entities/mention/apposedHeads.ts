import type { Token } from '../../adapters/wink.js';
import { THING_DETERMINERS } from '../../vocabulary/determiners.js';
import { BODY_HEAD_NOUNS } from '../../vocabulary/organisations.js';
import { MONTHS, WEEKDAYS } from '../../vocabulary/time.js';

/** Lower-case modifiers that may stand between the determiner and the head: "the [state-owned freight] carrier Norland Cargo". */
const MODIFIERS = 2;

/**
 * The last token array read and its apposed heads: the mention reader and sieve 3 ask about one
 * text at a time (one entry, not a WeakMap, whose ephemerons every garbage collection walks).
 */
let cachedTokens: readonly Token[] | undefined;
let cachedHeads: ReadonlyMap<string, readonly number[]> = new Map();

/**
 * Common nouns a text gives a name in apposition, before it: "the freight carrier Norland Cargo",
 * "a shipping firm, Orla Lines" (no comma needed: "the carrier Norland Cargo"), by head noun,
 * with the first token of each name so described (not a day or a month: "filed the complaint
 * Monday"). A later "the carrier" may then mean that body
 * (resolution/03-rolesAndGroups.ts), as "the airline" means "Norvik Air". Only the nouns of a
 * body (BODY_HEAD_NOUNS): "the state Supreme Court", "the campaign Twitter account" name no state
 * or campaign (measured 2026-12-07 over 956 texts: any noun linked 32 mentions, mostly wrong).
 * Read once per text (one pass over its tokens).
 */
export function apposedHeads(tokens: readonly Token[]): ReadonlyMap<string, readonly number[]> {
  if (tokens === cachedTokens) return cachedHeads;
  const found = new Map<string, number[]>();
  for (let k = 1; k + 1 < tokens.length; k++) {
    const head = tokens[k]!;
    const name = tokens[k + 1]!;
    if (name.pos !== 'PROPN' || head.pos !== 'NOUN' || head.value !== head.lower || name.sentence !== head.sentence || !BODY_HEAD_NOUNS.has(head.lower)) continue;
    // ("filed the complaint Monday": a time after the noun is no name of it.)
    if (WEEKDAYS.has(name.lower) || MONTHS.has(name.lower)) continue;
    let d = k - 1;
    while (d >= 0 && k - d <= MODIFIERS && (tokens[d]!.pos === 'ADJ' || tokens[d]!.pos === 'NOUN') && tokens[d]!.value === tokens[d]!.lower) d--;
    if (d < 0 || !THING_DETERMINERS.has(tokens[d]!.lower)) continue;
    const at = found.get(head.lower);
    if (at) at.push(k + 1);
    else found.set(head.lower, [k + 1]);
  }
  cachedTokens = tokens;
  cachedHeads = found;
  return found;
}

/** Whether `head` was apposed to a name starting before token `before`. */
export function apposedBefore(tokens: readonly Token[], head: string, before: number): boolean {
  const at = apposedHeads(tokens).get(head);
  return at !== undefined && at[0]! < before;
}
