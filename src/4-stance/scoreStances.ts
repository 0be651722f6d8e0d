import { firstAtOrAfter } from '../util/sorted.js';
import type { Token } from '../adapters/wink.js';
import type { Entity, Evidence, Stance, StancePolarity, Utterance } from '../model/index.js';
import { assignHits, harmful, OTHER, SELF, type MentionSlot } from './assignHits.js';
import { lexicon, lexiconHits } from './lexicon.js';
import { tokenRange } from './tokenRange.js';
import type { StanceInput } from './types.js';

const SINGULAR_FIRST = new Set(['i', 'me', 'my', 'mine', 'myself']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);

/** Below this many AFINN units (after dampening) a target gets no polar stance. */
const MIN_POLAR = 1;

interface Acc {
  sum: number;
  evidence: Evidence[];
  mention: { start: number; end: number };
  polarMention?: { start: number; end: number };
  grammatical: boolean;
}

/**
 * What each speaker says about each entity mentioned in their own words. For every utterance
 * with a speaker, the targets are the entity mentions inside it (pronouns resolved by the entity
 * stage included); first-person pronouns inside the quote are the speaker, and a speaker's
 * evaluation of themself is not a stance. Words of an embedded quote belong to the embedded
 * speaker, so they are left out of the outer utterance. Evaluations held by someone else named
 * inside the quote ("X slammed Y", reported) are not the speaker's, unless they are aimed at the
 * speaker ("they attacked us" is the speaker's criticism of them).
 *
 * Neutral stances are emitted for entities that are the subject or object of a clause of the
 * utterance and receive no polar evidence: the speaker talked about them without judging them.
 * Entities merely mentioned elsewhere in the quote get nothing.
 *
 * Stance ids are `s1`, `s2`, … in text order (utterance, then target mention).
 *
 * @example
 * scoreStances({ doc, utterances, entities }); // [{ id: 's1', source: {…Trump}, target: {…Putin}, polarity: 'praise', … }]
 */
export function scoreStances(input: StanceInput): Stance[] {
  const { doc, utterances, entities } = input;
  const tokens = doc.tokens;
  if (tokens.length === 0) return [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const drafts: { u: Utterance; target: string; acc: Acc }[] = [];
  const sortedU = [...utterances].sort((x, y) => x.start - y.start || y.end - x.end);
  // Every entity mention once, sorted, so each utterance finds its own by binary search.
  const allMentions: { start: number; end: number; entityId: string }[] = [];
  for (const e of entities) for (const m of e.mentions) if (m.end > m.start) allMentions.push({ start: m.start, end: m.end, entityId: e.id });
  allMentions.sort((x, y) => x.start - y.start);
  const places = placeKeys(entities, input.placeOfAdjective);
  // "the North Korean regime": a mention read as a demonym stands for its place.
  for (const m of allMentions) m.entityId = places.byEntity.get(m.entityId) ?? m.entityId;
  const unnamed = unnamedEntities(entities);

  for (let ui = 0; ui < sortedU.length; ui++) {
    const u = sortedU[ui]!;
    const speakerId = u.speaker?.entityId;
    if (!u.speaker || !speakerId || u.end <= u.start) continue;
    const [uf, ul0] = tokenRange(doc, { start: u.start, end: u.end });
    let ul = ul0;
    while (ul > uf && tokens[ul - 1]!.start >= u.end) ul--;
    if (ul <= uf) continue;
    // Words of quotes nested inside this one belong to their own speakers.
    const nested: Utterance[] = [];
    for (let vi = ui + 1; vi < sortedU.length && sortedU[vi]!.start < u.end; vi++) {
      const v = sortedU[vi]!;
      if (v.end <= u.end && v.end - v.start < u.end - u.start) nested.push(v);
    }
    const skip = nested.length ? (i: number) => nested.some((v) => tokens[i]!.start >= v.start && tokens[i]!.end <= v.end) : undefined;

    const slots: MentionSlot[] = [];
    const covered = new Set<number>();
    for (let mi = lowerBound(allMentions, u.start); mi < allMentions.length && allMentions[mi]!.start < u.end; mi++) {
      const m = allMentions[mi]!;
      if (m.end > u.end) continue;
      const [f, l] = tokenRange(doc, m);
      if (l <= f) continue;
      // "I", "me", "my" inside someone's words are that someone, whatever the entity stage says.
      const singular = l === f + 1 && SINGULAR_FIRST.has(tokens[f]!.lower) && u.kind !== 'indirect';
      slots.push({ first: f, last: l, key: m.entityId === speakerId || singular ? SELF : m.entityId });
      for (let k = f; k < l; k++) covered.add(k);
    }
    for (let k = uf; k < ul; k++) {
      const t = tokens[k]!;
      if (!covered.has(k) && t.pos === 'PRON' && FIRST_PERSON.has(t.lower)) slots.push({ first: k, last: k + 1, key: SELF });
      else if (!covered.has(k) && places.byAdjective.size > 0) {
        const d = demonymBefore(tokens, k, ul, places.byAdjective);
        if (d) {
          slots.push(d);
          for (let j = d.first; j < d.last; j++) covered.add(j);
        }
      }
    }
    // A dummy "it" ("it would be an outrage if …") stands for no one.
    const real = slots.filter((x) => !extraposedIt(tokens, x, ul));
    slots.length = 0;
    slots.push(...real.sort((a, b) => a.first - b.first));
    // Unnamed groups ("their people") are nobody's target.
    const targets = slots.filter((s) => s.key !== SELF && !(skip?.(s.first)) && !unnamed.has(s.key));
    const frame = u.kind === 'partial' || u.kind === 'indirect' ? frameTarget(tokens, allMentions, u, uf, speakerId) : undefined;
    if (targets.length === 0 && !frame) continue;

    const accs = new Map<string, Acc>();
    const accOf = (key: string, m: MentionSlot): Acc => {
      let a = accs.get(key);
      if (!a) {
        a = { sum: 0, evidence: [], mention: spanOf(tokens, m), grammatical: false };
        accs.set(key, a);
      }
      return a;
    };
    const assigned = assignHits(tokens, uf, ul, slots, skip);
    if (frame) {
      // 'Biden is "more experienced, more predictable"': a quote that completes the writer's
      // sentence about X evaluates X — its evaluations that found no target inside go to X.
      const taken = new Set(assigned.map((h) => h.hit.first));
      for (const hit of lexiconHits(tokens, uf, ul)) {
        if (STOP.has(tokens[hit.first]!.value)) break;
        // Only evaluations of people carry over: 'X is "facing a hard winter"' does not judge X.
        if (taken.has(hit.first) || skip?.(hit.first) || hit.kind === 'verb' || hit.kind === 'base') continue;
        const acc = accOf(frame.key, frame);
        const w = hit.weight;
        acc.sum += w;
        const s0 = tokens[hit.first]!;
        const e0 = tokens[hit.last - 1]!;
        acc.evidence.push({ start: s0.start, end: e0.end, text: doc.text.slice(s0.start, e0.end), weight: round(w) });
        acc.polarMention ??= spanOf(tokens, frame);
      }
    }
    // "Durbin criticized the president's plan", "X accused Y of lying": an evaluative cue right
    // before the reported words judges the first entity they name.
    if (u.cue && u.kind === 'indirect' && targets.length > 0 && u.start - u.cue.end <= 2 && u.start >= u.cue.end) {
      const [cf, cl] = tokenRange(doc, u.cue);
      for (const hit of lexiconHits(tokens, cf, cl)) {
        if (hit.kind !== 'verb') continue;
        const object = targets[0]!;
        const acc = accOf(object.key, object);
        acc.sum += hit.weight;
        const s0 = tokens[hit.first]!;
        const e0 = tokens[hit.last - 1]!;
        acc.evidence.push({ start: s0.start, end: e0.end, text: doc.text.slice(s0.start, e0.end), weight: round(hit.weight) });
        acc.polarMention ??= spanOf(tokens, object);
      }
    }
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
      const s = tokens[h.hit.first]!;
      const e = tokens[h.hit.last - 1]!;
      // A mention shared by several entities (a plural "they" for two people) judges each of them.
      const twins = slots.filter((x) => x.first === target.first && x.last === target.last && x.key !== SELF && (x === target || x.key !== target.key));
      for (const t of twins.length > 0 ? twins : [target]) {
        const acc = accOf(t.key, t);
        acc.sum += weight;
        acc.evidence.push({ start: s.start, end: e.end, text: doc.text.slice(s.start, e.end), weight: round(weight) });
        acc.polarMention ??= spanOf(tokens, t);
      }
    }
    for (const t of targets) {
      if (isGrammatical(tokens, t, uf, ul)) accOf(t.key, t).grammatical = true;
    }
    for (const [key, acc] of accs) drafts.push({ u, target: key, acc });
  }

  const stances: Stance[] = [];
  drafts.sort((x, y) => x.u.start - y.u.start || (x.acc.polarMention ?? x.acc.mention).start - (y.acc.polarMention ?? y.acc.mention).start);
  for (const { u, target, acc } of drafts) {
    const entity = byId.get(target);
    if (!entity || !u.speaker || unnamed.has(target)) continue;
    const polar = Math.abs(acc.sum) >= MIN_POLAR;
    if (!polar && !acc.grammatical) continue;
    const polarity: StancePolarity = !polar ? 'neutral' : acc.sum > 0 ? 'praise' : 'criticism';
    const sign = Math.sign(acc.sum);
    stances.push({
      id: `s${stances.length + 1}`,
      utteranceId: u.id,
      source: { entityId: u.speaker.entityId, name: u.speaker.name },
      target: { entityId: entity.id, name: entity.name },
      polarity,
      score: polar ? round(Math.max(-1, Math.min(1, acc.sum / 5))) : 0,
      evidence: polar ? acc.evidence.filter((e) => Math.sign(e.weight) === sign) : [],
      targetMention: polar ? (acc.polarMention ?? acc.mention) : acc.mention,
      ...(input.articleId !== undefined ? { articleId: input.articleId } : {}),
      ...(input.date !== undefined ? { date: input.date } : {}),
    });
  }
  return withCoSpeakers(stances, sortedU);
}

/**
 * "Durbin and Schiff said …": every stance of an utterance with joint speakers is held by each
 * of them too (not toward themselves). Ids are renumbered in order.
 */
function withCoSpeakers(stances: Stance[], utterances: readonly Utterance[]): Stance[] {
  const joint = new Map(utterances.filter((u) => u.coSpeakers?.length).map((u) => [u.id, u.coSpeakers!]));
  if (joint.size === 0) return stances;
  const out: Stance[] = [];
  for (const s of stances) {
    out.push(s);
    for (const c of joint.get(s.utteranceId) ?? []) {
      if (c.entityId === s.target.entityId) continue;
      out.push({ ...s, source: { entityId: c.entityId, name: c.name }, evidence: s.evidence.map((e) => ({ ...e })) });
    }
  }
  return out.map((s, k) => ({ ...s, id: `s${k + 1}` }));
}

function spanOf(tokens: readonly Token[], m: MentionSlot): { start: number; end: number } {
  return { start: tokens[m.first]!.start, end: tokens[m.last - 1]!.end };
}

/** A mention is a grammatical target when a verb of its clause sits right before or after it. */
function isGrammatical(tokens: readonly Token[], m: MentionSlot, from: number, to: number): boolean {
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

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** Index of the first mention starting at or after `start`. */
function lowerBound(list: readonly { start: number }[], start: number): number {
  return firstAtOrAfter(list, start, (m) => m.start);
}

const STOP = new Set(['.', '?', '!', ';']);
/**
 * Harms a speaker may own up to without judging the victim ("we abandoned them"); verbs that are
 * also verbal attacks ("we will keep attacking Trump") stay the speaker's criticism.
 */
const SELF_INFLICTED = new Set(['abandon', 'desert', 'betray', 'occupy', 'invade', 'violate', 'exploit']);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
const FRAME_COPULA = new Set(['be', 'seem', 'remain', 'become', 'look', 'sound']);
const FRAME_NAMING = new Set(['call', 'describe', 'label', 'brand', 'dub', 'deem', 'consider']);

/**
 * The entity a quote is predicated of, from the writer's words right before it: 'X is "…"',
 * 'X remains "…"' (a copula after a mention), or 'called X "…"', 'described X as "…"' (a naming
 * verb before it). Never the speaker. Looks back at most six tokens.
 */
function frameTarget(tokens: readonly Token[], mentions: readonly { start: number; end: number; entityId: string }[], u: Utterance, uf: number, speakerId: string): MentionSlot | undefined {
  let k = uf - 1;
  while (k >= 0 && uf - k <= 3 && (QUOTE_MARKS.has(tokens[k]!.value) || tokens[k]!.pos === 'SPACE' || tokens[k]!.lower === 'as' || tokens[k]!.pos === 'DET')) k--;
  if (k < 0) return undefined;
  const mentionEndingAt = (i: number): { first: number; last: number; entityId: string } | undefined => {
    const t = tokens[i]!;
    const at = lowerBound(mentions, Math.max(0, t.start - 80));
    for (let mi = at; mi < mentions.length && mentions[mi]!.start <= t.start; mi++) {
      const m = mentions[mi]!;
      if (m.end === t.end && m.entityId !== speakerId) {
        let f = i;
        while (f > 0 && tokens[f - 1]!.start >= m.start) f--;
        return { first: f, last: i + 1, entityId: m.entityId };
      }
    }
    return undefined;
  };
  const t = tokens[k]!;
  let j = k;
  while (j >= 0 && k - j < 2 && tokens[j]!.pos === 'ADV') j--;
  const cop = tokens[j];
  if (cop && (cop.pos === 'AUX' || cop.pos === 'VERB') && FRAME_COPULA.has(cop.lemma) && j > 0) {
    const m = mentionEndingAt(j - 1);
    if (m) return { first: m.first, last: m.last, key: m.entityId };
  }
  const m = mentionEndingAt(k);
  if (m && m.first > 0 && FRAME_NAMING.has(tokens[m.first - 1]!.lemma)) return { first: m.first, last: m.last, key: m.entityId };
  void t;
  void u;
  return undefined;
}

/** Place entities of the article by the lower-case adjectives and demonyms of their names. */
function placeKeys(entities: readonly Entity[], placeOfAdjective: ReadonlyMap<string, string> | undefined): { byAdjective: Map<string, string>; byEntity: Map<string, string> } {
  const byAdjective = new Map<string, string>();
  const byEntity = new Map<string, string>();
  if (!placeOfAdjective) return { byAdjective, byEntity };
  const placeId = new Map<string, string>();
  for (const e of entities) if (e.type === 'place' || e.type === 'organization') placeId.set(e.name, e.id);
  for (const [adjective, place] of placeOfAdjective) {
    const id = placeId.get(place);
    if (id !== undefined && adjective !== place.toLowerCase()) byAdjective.set(adjective, id);
  }
  for (const e of entities) {
    const id = byAdjective.get(e.name.toLowerCase());
    if (id !== undefined && id !== e.id) byEntity.set(e.id, id);
  }
  return { byAdjective, byEntity };
}

/**
 * A demonym right before an evaluative noun: "Russian aggression", "North Korean propaganda"
 * judge the place. Only in that position: "Russian television" or "a Russian official" judge
 * nobody through the adjective. Tokens k (and k+1 for two-word demonyms) form the demonym.
 */
function demonymBefore(tokens: readonly Token[], k: number, to: number, byAdjective: ReadonlyMap<string, string>): MentionSlot | undefined {
  const t = tokens[k]!;
  if (!/^\p{Lu}/u.test(t.value)) return undefined;
  for (const width of [2, 1]) {
    if (k + width >= to) continue;
    const words = width === 1 ? t.lower : `${t.lower} ${tokens[k + 1]!.lower}`;
    const id = byAdjective.get(words);
    if (id === undefined) continue;
    const head = tokens[k + width]!;
    const lex = lexicon();
    const evaluative = head.pos === 'NOUN' && (lex.evaluations.has(head.lower) || lex.evaluations.has(head.lemma));
    return evaluative ? { first: k, last: k + width, key: id } : undefined;
  }
  return undefined;
}

/** Entities named by a possessive and a common noun ("their people", "our best people"): not named entities. */
function unnamedEntities(entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) if (/^(our|their|my|your|his|her|its)\s/i.test(e.name)) out.add(e.id);
  return out;
}

/** "it" as the dummy subject of an extraposed clause: "it would be a mistake to …", "it is clear that …". */
function extraposedIt(tokens: readonly Token[], m: MentionSlot, to: number): boolean {
  if (m.last !== m.first + 1 || tokens[m.first]!.lower !== 'it') return false;
  let k = m.last;
  while (k < to && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'ADV')) k++;
  if (k === m.last || !tokens.slice(m.last, k).some((t) => t.lemma === 'be')) return false;
  for (let j = k; j < to && j < k + 12; j++) {
    const t = tokens[j]!;
    if (STOP.has(t.value)) return false;
    if (t.lower === 'that' || t.lower === 'if' || t.lower === 'to' || t.lower === 'when' || t.lower === 'whether') return true;
  }
  return false;
}
