import type { Entity } from '../../model/index.js';
import type { AssignedHit } from '../assignHits.js';
import { PUBLIC_HEADS } from '../../vocabulary/stanceWords.js';

/**
 * The entities that name a public: a group whose name ends in a head of PUBLIC_HEADS ("the
 * American people", "voters", "farm families"). In political speech a public is mostly whom
 * something is done for or to ("work for the ordinary people", "the voters are weary"), so a plain
 * word of the base lexicons near it is no judgement of it (see judgedPublics).
 */
export function publicEntities(entities: readonly Entity[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'group') continue;
    const last = e.name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    if (PUBLIC_HEADS.has(last)) out.add(e.id);
  }
  return out;
}

/**
 * The hits that may judge their target: a public (publicEntities) is judged only by a verb of
 * praise or criticism aimed at it ("blamed the voters", "insulted farm families") or an
 * evaluation of people ("voters are stupid"), not by a plain lexicon word or phrase ("voters are
 * angry", "fight for the people and lay out a plan", "better schools for families").
 */
export function judgedPublics(assigned: readonly AssignedHit[], publics: ReadonlySet<string>): readonly AssignedHit[] {
  if (publics.size === 0) return assigned;
  return assigned.filter((h) => !publics.has(h.target.key) || h.hit.kind === 'verb' || h.hit.kind === 'eval');
}
