import type { Token } from '../../adapters/wink.js';
import { STATE_ACTOR_HEADS } from '../../vocabulary/organisations.js';
import { LOCATIVE_PREPOSITIONS } from '../../vocabulary/stanceWords.js';
import type { MentionSlot } from '../assignHits.js';

/**
 * Whether the place mention m is a location: right after a locative preposition, with at most
 * "the" between ("the talks in Lisbon were constructive", "fighting across Ruritania"). Not when
 * the place is a possessor ("in Ruritania's interest": the place acts), nor after a head that
 * names the state as an actor ("the regime in Tehran", "the government in Paris": STATE_ACTOR_HEADS),
 * nor for other entities ("confidence in the senator" names the senator as a target).
 */
export function locativePlace(tokens: readonly Token[], m: MentionSlot): boolean {
  const sentence = tokens[m.first]!.sentence;
  let k = m.first - 1;
  if (k >= 0 && tokens[k]!.lower === 'the') k--;
  if (k < 0 || tokens[k]!.sentence !== sentence || !LOCATIVE_PREPOSITIONS.has(tokens[k]!.lower)) return false;
  if (k > 0 && STATE_ACTOR_HEADS.has(tokens[k - 1]!.lower)) return false;
  const next = tokens[m.last];
  return !(next && /^['’]s?$/u.test(next.value));
}
