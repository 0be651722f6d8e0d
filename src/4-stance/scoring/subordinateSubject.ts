import type { Token } from '../../adapters/wink.js';
import { SUBORDINATING } from '../../vocabulary/subordinators.js';

/**
 * "praised the budget as Ruiz watched", "attacked the plan while Lee was away": a mention after a
 * subordinator of time or reason (from token `from` on), with a verb of its own right after it,
 * is that clause's subject, not the object of the verb before. (Not after "whether" or "if":
 * "questioned whether Y was ready" puts Y in doubt.)
 */
export function subjectOfSubordinate(tokens: readonly Token[], from: number, m: { readonly first: number; readonly last: number }): boolean {
  const verb = tokens[m.last];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  for (let k = from; k < m.first; k++) if (SUBORDINATING.has(tokens[k]!.lower)) return true;
  return false;
}
