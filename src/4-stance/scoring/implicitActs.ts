import type { Token } from '../../adapters/wink.js';
import { ACT_BRIDGES, DOER_ACTS } from '../../vocabulary/stanceVerbs.js';
import type { AssignedHit, MentionSlot } from '../assignHits.js';
import type { Hit } from '../lexicon.js';
import type { Accumulators } from './accumulate.js';
import { QUOTE_MARKS } from './punctuation.js';
import type { UtteranceReading } from './targets.js';

/** Acts read as implicit praise or criticism weigh this much of their listed weight (they are not evaluative words). */
const IMPLICIT = 0.8;

/**
 * Step 4b, implicitActs: a target that does harm or shows care in the speaker's words is judged by
 * the act ("X keeps blocking the aid", "the aid that X keeps blocking", "X has chosen to silence
 * its critics" against X; "X listened to the families" for X). The doer is the target mention
 * right before the verb group: only auxiliaries, bridge verbs ("keep", "choose … to") and adverbs
 * between. A negated act ("X did not block …"), an act whose token already scored for the same
 * target, or an act of the speaker's own judges no one.
 */
export function implicitActs(tokens: readonly Token[], r: UtteranceReading, assigned: readonly AssignedHit[], accs: Accumulators): void {
  const scored = new Set(assigned.map((h) => `${h.hit.first}|${h.target.key}`));
  for (let i = r.uf; i < r.ul; i++) {
    const t = tokens[i]!;
    if (t.negated || r.skip?.(i)) continue;
    const w = actWeight(tokens, i);
    if (w === undefined) continue;
    const doer = doerBefore(tokens, i, r.targets, r.uf);
    if (!doer || scored.has(`${i}|${doer.key}`)) continue;
    accs.add(doer, { first: i, last: i + 1 }, w * IMPLICIT);
  }
}

/**
 * The DOER_ACTS weight of token i read as a verb. The tagger often reads an "-ing" form after a
 * bridge verb as a noun ("the aid that X keeps blocking is …": blocking/NOUN, lemma "blocking");
 * after "keep", "continue", "stop" … it is the verb, so its stem is looked up ("block",
 * "silence", "stop").
 */
export function actWeight(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return DOER_ACTS[t.lemma];
  const before = tokens[i - 1];
  if (!before || !/ing$/.test(t.lower) || (before.pos !== 'VERB' && before.pos !== 'AUX') || !ACT_BRIDGES.has(before.lemma)) return undefined;
  const stem = t.lower.slice(0, -3);
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return DOER_ACTS[stem] ?? DOER_ACTS[`${stem}e`] ?? DOER_ACTS[undoubled];
}

/** The target mention that ends right before the verb group of token v, if any. */
function doerBefore(tokens: readonly Token[], v: number, targets: readonly MentionSlot[], from: number): MentionSlot | undefined {
  let k = v - 1;
  while (k >= from) {
    const t = tokens[k]!;
    if (t.negated && t.pos !== 'PROPN') return undefined;
    // A quote mark opens the speaker's own words mid-clause: 'X had "listened to the families"'.
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || QUOTE_MARKS.has(t.value) || ACT_BRIDGES.has(t.lemma) || ACT_BRIDGES.has(t.lower)) k--;
    else break;
  }
  return targets.find((m) => m.last === k + 1);
}

/**
 * Step 4c, qualitiesOf: a quality or deed named as the target's is the speaker's judgement of the
 * target: "the courage of X", "X's courage", "X's menacing build-up" (an evaluative word of the
 * lexicon right before "of" and the mention, or within three words after the mention's
 * possessive). Hits already credited to the same target are not counted twice.
 */
export function qualitiesOf(tokens: readonly Token[], r: UtteranceReading, hits: readonly Hit[], assigned: readonly AssignedHit[], accs: Accumulators): void {
  const scored = new Set(assigned.map((h) => `${h.hit.first}|${h.target.key}`));
  for (const hit of hits) {
    if (r.skip?.(hit.first) || tokens[hit.first]!.negated) continue;
    const owner = ownerOf(tokens, hit, r.targets);
    if (!owner || scored.has(`${hit.first}|${owner.key}`)) continue;
    scored.add(`${hit.first}|${owner.key}`);
    accs.add(owner, hit, hit.weight * IMPLICIT);
  }
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);

/** The target whose quality the hit names: "<hit> of (the) X" or "X's (…) <hit>". */
function ownerOf(tokens: readonly Token[], hit: Hit, targets: readonly MentionSlot[]): MentionSlot | undefined {
  if (tokens[hit.last]?.lower === 'of') {
    let k = hit.last + 1;
    if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    const m = targets.find((x) => x.first === k);
    if (m) return m;
  }
  for (const m of targets) {
    const after = POSSESSIVE.has(tokens[m.last]?.value ?? '') ? m.last + 1 : POSSESSIVE.has(tokens[m.last - 1]?.value ?? '') ? m.last : -1;
    if (after >= 0 && hit.first >= after && hit.first - after <= 2) return m;
  }
  return undefined;
}
