// Where a clause of its own starts inside a sentence: ", but …", ", and …", " — …".
import type { Token } from '../../adapters/wink.js';
import { CLAUSE_LINKS } from './nounPhrase.js';

/**
 * Does a new clause open at token k: a comma before a linking word ("…, but the council …",
 * "…, while critics …") or a dash ("Reuters — The council …")? A subject found after it
 * belongs to that clause; a mention before it is another clause's and names no source for a
 * cue after it.
 */
export function clauseBoundary(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.value === ',') return CLAUSE_LINKS.has(tokens[k + 1]?.lower ?? '');
  return t.value === '\u2014' || t.value === '\u2013' || t.value === '--';
}
