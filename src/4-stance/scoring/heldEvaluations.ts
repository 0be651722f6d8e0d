import type { Token } from '../../adapters/wink.js';
import { SELF_INFLICTED } from '../../vocabulary/stance-verbs.js';
import { harmful, OTHER, SELF, type AssignedHit } from '../assignHits.js';
import type { Accumulators } from './accumulate.js';
import type { UtteranceReading } from './targets.js';

/**
 * The evaluations assignHits found in the utterance, credited to their targets by who holds
 * them: the speaker's own count in full; someone else's, reported by the speaker, count only
 * when aimed at the speaker ("they attacked us") or when they are a harmful act the speaker
 * holds against its doer; a speaker owning up to a harm ("we abandoned them") judges no one.
 */
export function heldEvaluations(tokens: readonly Token[], r: UtteranceReading, assigned: readonly AssignedHit[], accs: Accumulators): void {
  const { slots } = r;
  for (const h of assigned) {
    let target = h.target;
    let weight = h.weight;
    // "we abandoned them": the speaker owning up to a harm judges the speaker, not the victim.
    if (h.holder?.key === SELF && weight < 0 && (h.hit.harm === true || SELF_INFLICTED.has(tokens[h.hit.first]!.lemma))) continue;
    if (h.holder && h.holder.key !== SELF && h.holder === h.target) {
      // A harmful act held against its doer (see assignHits): the speaker's criticism of them.
      weight *= 0.6;
    } else if (h.holder && h.holder.key !== SELF) {
      // Someone else's praise or criticism, reported by the speaker, is theirs, not the
      // speaker's — unless it is aimed at the speaker ("they attacked us", "they have always
      // supported us" judge them), or it is a harmful act ("they are trying to weaken the
      // country"), which the speaker holds against its doer.
      if (h.holder.key === OTHER) continue;
      const harm = harmful(tokens, h.hit) && weight < 0;
      // "They supported Ukraine, our sovereignty": the speaker among the objects counts too.
      const atSpeaker = h.target.key === SELF || (h.hit.kind === 'verb' && slots.some((x) => x.key === SELF && x.first >= h.hit.last && x.first - h.hit.last <= 8 && tokens[x.first]!.sentence === tokens[h.hit.first]!.sentence));
      if (!atSpeaker && !harm) continue;
      target = h.holder;
      weight *= harm && !atSpeaker ? 0.6 : 0.7;
    }
    if (target.key === SELF) continue;
    // A mention shared by several entities (a plural "they" for two people) judges each of them.
    const twins = slots.filter((x) => x.first === target.first && x.last === target.last && x.key !== SELF && (x === target || x.key !== target.key));
    for (const t of twins.length > 0 ? twins : [target]) accs.add(t, h.hit, weight);
  }
}

/**
 * Targets that are the subject or object of a clause of the utterance get a stance even without
 * polar evidence (neutral): the speaker talked about them without judging them.
 */
export function grammaticalTargets(tokens: readonly Token[], r: UtteranceReading, accs: Accumulators): void {
  for (const t of r.targets) {
    if (isGrammatical(tokens, t, r.uf, r.ul)) accs.of(t.key, t).grammatical = true;
  }
}

/** A mention is a grammatical target when a verb of its clause sits right before or after it. */
function isGrammatical(tokens: readonly Token[], m: { readonly first: number; readonly last: number }, from: number, to: number): boolean {
  for (let k = m.last; k < to && k < m.last + 3; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  for (let k = m.first - 1; k >= from && k >= m.first - 3; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADP') break;
  }
  return false;
}
