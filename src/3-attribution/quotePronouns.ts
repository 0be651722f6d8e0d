// Pronouns inside an utterance: he/she/they point to the person the context last named other than the speaker.
import type { Segmentation } from '../1-segment/segment.js';
import { mentionIndex, mostSalient, resolvePronoun, type EntityDraft, type EntityIndex } from '../2-entities/resolve.js';
import { lowerBound, sentenceAt } from './scan.js';
import { type UtteranceDraft } from './draft.js';
import { THIRD_PERSON } from '../vocabulary/pronouns.js';
import { REPLY_CUES } from './cues/verbClasses.data.js';

/**
 * In a transcript, whom each speaker addresses: the person (other than themself) with the most
 * turns, the other party of an interview or a bilateral meeting. Questioners ("Q") and people
 * with a single turn do not count as the addressee of others when someone speaks more.
 */
export function addresseesOfTurns(drafts: readonly UtteranceDraft[], ents: EntityIndex): Map<number, number> {
  const turns = new Map<number, number>();
  for (const d of drafts) if (d.kind === 'turn' && d.speaker >= 0 && ents.entities[d.speaker]!.type === 'person') turns.set(d.speaker, (turns.get(d.speaker) ?? 0) + 1);
  const ranked = [...turns].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const out = new Map<number, number>();
  for (const [speaker] of ranked) {
    const other = ranked.find(([e]) => e !== speaker);
    if (other) out.set(speaker, other[0]);
  }
  return out;
}

/** The first person named after utterance d in the sentence of mention mi, other than d's speaker. */
export function namedAfter(ents: EntityIndex, mi: number, d: UtteranceDraft): EntityIndex['entities'][number] | undefined {
  const m = ents.mentions[mi]!;
  if (m.key !== 'he' && m.key !== 'she' && m.key !== 'him' && m.key !== 'her' && m.key !== 'his') return undefined;
  for (let k = mi + 1; k < Math.min(ents.mentions.length, mi + 30); k++) {
    const c = ents.mentions[k]!;
    if (c.sentence !== m.sentence) break;
    if (c.start < d.end) continue;
    const e = ents.entityOf[k]!;
    if (e < 0 || e === d.speaker || c.kind === 'pronoun') continue;
    const entity = ents.entities[e]!;
    if (entity.type === 'person' && !(m.gender && entity.gender && entity.gender !== m.gender)) return entity;
  }
  return undefined;
}

/**
 * The people (two or three, other than the speaker) named in the sentence of mention mi before it
 * or in the sentence before, when no group or body is named there: the referents of a plural
 * "they". Empty when a group could be meant.
 */
export function peopleJustBefore(ents: EntityIndex, mi: number, speaker: number): number[] {
  const m = ents.mentions[mi]!;
  const found: number[] = [];
  for (let k = mi - 1; k >= Math.max(0, mi - 20); k--) {
    const c = ents.mentions[k]!;
    if (m.sentence - c.sentence > 1) break;
    const e = ents.entityOf[k]!;
    if (e < 0 || c.kind === 'pronoun') continue;
    const t = ents.entities[e]!.type;
    if (t === 'group' || (t === 'organization' && !ents.entities[e]!.outlet)) return [];
    if (t === 'person' && e !== speaker && !found.includes(e)) found.push(e);
  }
  return found.length <= 3 ? found : [];
}



/**
 * The referent of a third-person pronoun inside d's words. Not the speaker; and, for he/she, not
 * another source just quoted in the sentence before (Schiff called it "…". Durbin said "he …"
 * speaks of whom they both discuss), when someone more prominent in the article fits and d does
 * not answer that source ("replied", "hit back": then "he" is the one answered).
 */
export function quotePronounReferent(seg: Segmentation, ents: EntityIndex, mi: number, d: UtteranceDraft, quotedIn: ReadonlyMap<number, readonly UtteranceDraft[]>): EntityDraft | undefined {
  const own = resolvePronoun(ents, mi, new Set([d.speaker]), true);
  const m = ents.mentions[mi]!;
  if (!own || own.type !== 'person' || !/^(he|him|his|she|her)$/.test(m.key)) return own;
  if (d.cue && REPLY_CUES.has(seg.doc.tokens[lowerBound(seg.doc.tokens, d.cue.start)]?.lemma ?? '')) return own;
  const here = sentenceAt(seg, d.start);
  const quotedJustBefore = [here, here - 1].some((s) => quotedIn.get(s)?.some((o) => o !== d && o.speaker === own.index && o.start < d.start));
  if (!quotedJustBefore) return own;
  const other = resolvePronoun(ents, mi, new Set([d.speaker, own.index]), true);
  return other && other.mentions.length > own.mentions.length ? other : own;
}

/**
 * Pronouns inside an utterance: I, me, my, we are its speaker (left to the stance stage);
 * he, she, him, her point to the person the context last named other than the speaker.
 */
export function resolveQuotePronouns(seg: Segmentation, ents: EntityIndex, drafts: readonly UtteranceDraft[]): void {
  const addressees = addresseesOfTurns(drafts, ents);
  // Quotes by the sentence of their cue (or start), for "the source quoted in the sentence before".
  const quotedIn = new Map<number, UtteranceDraft[]>();
  for (const o of drafts) {
    if (o.kind === 'indirect') continue;
    const s = sentenceAt(seg, o.cue?.start ?? o.start);
    const list = quotedIn.get(s);
    if (list) list.push(o);
    else quotedIn.set(s, [o]);
  }
  for (const d of drafts) {
    if (d.kind === 'indirect' || d.speaker < 0) continue;
    const first = lowerBound(seg.doc.tokens, d.start);
    for (let k = first; k < seg.doc.tokens.length && seg.doc.tokens[k]!.start < d.end; k++) {
      const mi = mentionIndex(ents, k);
      if (mi < 0 || ents.mentions[mi]!.first !== k) continue;
      const m = ents.mentions[mi]!;
      // "Thank you, Mr. President" in the president's own words is the other president.
      if (m.kind === 'role' && (ents.entityOf[mi] === d.speaker || ents.entityOf[mi] === -1)) {
        const other = mostSalient(ents, mi, (e) => e.index !== d.speaker && e.type === 'person' && e.titles.has(m.key), true);
        if (other) {
          const own = ents.entities[d.speaker]!;
          const at = own.mentions.findIndex((x) => x.start === m.start && x.end === m.end);
          if (at >= 0) own.mentions.splice(at, 1);
          ents.entityOf[mi] = other.index;
          other.mentions.push({ start: m.start, end: m.end });
        }
        continue;
      }
      if (ents.entityOf[mi]! >= 0) continue;
      // "Thank you", "your invitation" in a transcript turn: the one the speaker talks with.
      if (m.kind === 'pronoun' && (m.key === 'you' || m.key === 'your') && d.kind === 'turn') {
        const to = addressees.get(d.speaker);
        if (to !== undefined) { ents.entityOf[mi] = to; ents.entities[to]!.mentions.push({ start: m.start, end: m.end }); }
        continue;
      }
      if (m.kind !== 'pronoun' || !THIRD_PERSON.has(m.key)) continue;
      // "It is a real pleasure": the empty "it" before a copula refers to nothing.
      if (m.key === 'it' && seg.doc.tokens[m.last]?.lemma === 'be') continue;
      // "Okafor sees Lindqvist as a rival. … they're both trying to …": "they" after two people
      // and no group is those people; the mention then belongs to each of them.
      if (m.key === 'they' || m.key === 'them' || m.key === 'their') {
        const pair = peopleJustBefore(ents, mi, d.speaker);
        if (pair.length >= 2) {
          for (const e of pair) ents.entities[e]!.mentions.push({ start: m.start, end: m.end });
          ents.entityOf[mi] = pair[0]!;
          continue;
        }
      }
      // '“He is a genius,” Trump said of Putin': with no one named before, the person the
      // sentence names after the quote (not the speaker) is meant.
      const r = quotePronounReferent(seg, ents, mi, d, quotedIn) ?? namedAfter(ents, mi, d);
      if (r) { ents.entityOf[mi] = r.index; r.mentions.push({ start: m.start, end: m.end }); }
    }
  }
}
