import type { Segmentation } from '../1-segment/segment.js';
import { onMap } from '../util/onMap.js';
import { mentionIndex, type EntityIndex } from '../2-entities/resolve.js';
import type { Span } from '../model/span.js';
import { firstAtOrAfter } from '../util/sorted.js';
import type { UtteranceDraft } from './attribute.js';
import { ARTICLES } from '../vocabulary/determiners.js';

/** One more holder of an utterance: an entity index and the mention that names it. */
export interface JointSpeaker {
  readonly speaker: number;
  readonly mention: Span;
}

const JOINERS = new Set(['and', ',', '&']);
const SPEAKER_TYPES = new Set(['person', 'organization', 'group']);


/** Conjuncts read each way from the speaker's mention, at most: "X, Y, Z and W said". */
const MAX_CONJUNCTS = 4;

/**
 * The other speakers named together with each utterance's speaker: "Senator Durbin and
 * Representative Schiff said …", "“…,” said Pelosi and Schumer", "Britain, France and Germany
 * said …". A coordination is read from the speaker's mention outwards over "and", "," and "&",
 * one mention at a time and within the sentence; each conjunct must be a person, organisation or
 * group other than the speaker. Returns, per draft index, the joint speakers in text order
 * (drafts with none are absent).
 *
 * @example
 * jointSpeakers(seg, ents, drafts).get(0); // [{ speaker: 7, mention: { start: 0, end: 20 } }]
 */
export function jointSpeakers(seg: Segmentation, ents: EntityIndex, drafts: readonly UtteranceDraft[]): Map<number, JointSpeaker[]> {
  const tokens = seg.doc.tokens;
  const out = new Map<number, JointSpeaker[]>();
  drafts.forEach((d, di) => {
    if (d.speaker < 0 || !d.mention || d.kind === 'turn') return;
    const at = firstAtOrAfter(tokens, d.mention.start, (t) => t.start);
    const mi = mentionIndex(ents, at);
    // (A group the speaker stage named from the cue's subject, "two other suppliers", is no mention of the entity stage: its words stand for it.)
    const m = mi >= 0 ? ents.mentions[mi]! : { first: at, last: firstAtOrAfter(tokens, d.mention.end, (t) => t.start), sentence: tokens[at]?.sentence ?? -1, quote: seg.quoteOf[at] ?? -1 };
    if (!tokens[at] || m.last <= m.first) return;
    const speakerType = ents.entities[d.speaker]!.type;
    const found: JointSpeaker[] = [];
    const seen = new Set<number>([d.speaker]);
    const take = (k: number): boolean => {
      const c = ents.mentions[k]!;
      const e = ents.entityOf[k]!;
      if (e < 0 || c.sentence !== m.sentence || c.quote !== m.quote || c.kind === 'pronoun') return false;
      const entity = ents.entities[e]!;
      // Countries speak together with countries ("Britain, France and Germany said"); a place
      // next to a person is where they come from ("Schumer of New York and Durbin").
      if (!SPEAKER_TYPES.has(entity.type) && !(onMap(entity.type) && onMap(speakerType))) return false;
      if (!seen.has(e)) {
        seen.add(e);
        found.push({ speaker: e, mention: { start: c.start, end: c.end } });
      }
      return true;
    };
    // Leftwards: "X and [speaker]", "X, Y(,) and [speaker]".
    let and = false;
    // (A name's mention starts after its article: "the Water Board and the Pipe Company said".)
    const article = (k: number) => ARTICLES.has(tokens[k]?.lower ?? '');
    let first = m.first;
    for (let n = 0; n < MAX_CONJUNCTS; n++) {
      let j = article(first - 1) ? first - 2 : first - 1;
      if (!tokens[j] || !JOINERS.has(tokens[j]!.lower)) break;
      if (tokens[j]!.lower !== ',') and = true;
      if (tokens[j - 1]?.lower === ',') j--;
      let k = mentionIndex(ents, j - 1);
      if (k < 0 || ents.mentions[k]!.last !== j) break;
      // "Schumer of New York and Durbin": the conjunct is the person before "of"/"from".
      const c = ents.mentions[k]!;
      const from = tokens[c.first - 1]?.lower;
      if (!onMap(speakerType) && (from === 'of' || from === 'from') && onMap(ents.entities[ents.entityOf[k]!]?.type)) {
        const p = mentionIndex(ents, c.first - 2);
        if (p >= 0 && ents.mentions[p]!.last === c.first - 1) k = p;
      }
      if (!take(k)) break;
      first = article(ents.mentions[k]!.first - 1) ? ents.mentions[k]!.first - 1 : ents.mentions[k]!.first;
    }
    // "Trump met Putin and Xi said": a conjunct right after a verb or preposition is its object.
    const before = tokens[first - 1];
    if (first < m.first && before && (before.pos === 'VERB' || before.pos === 'ADP')) {
      found.length = 0;
      seen.clear();
      seen.add(d.speaker);
    }
    // Rightwards: "[speaker] and Y", "[speaker], Y(,) and Z" — each conjunct with its place
    // of origin ("said Schumer of New York and Durbin of Illinois").
    const skipOrigin = (at: number): number => {
      if (onMap(speakerType) || (tokens[at]?.lower !== 'of' && tokens[at]?.lower !== 'from')) return at;
      const p = mentionIndex(ents, at + 1);
      const e = p >= 0 ? ents.entityOf[p]! : -1;
      return p >= 0 && ents.mentions[p]!.first === at + 1 && e >= 0 && onMap(ents.entities[e]!.type) ? ents.mentions[p]!.last : at;
    };
    const rightStart = found.length;
    let last = skipOrigin(m.last);
    for (let n = 0; n < MAX_CONJUNCTS; n++) {
      let j = last;
      if (!tokens[j] || !JOINERS.has(tokens[j]!.lower)) break;
      if (tokens[j]!.lower !== ',') and = true;
      j++;
      if (tokens[j]?.lower === 'and' && tokens[j - 1]!.lower === ',') { and = true; j++; }
      if (article(j)) j++;
      const k = mentionIndex(ents, j);
      if (k < 0 || ents.mentions[k]!.first !== j || !take(k)) break;
      last = skipOrigin(ents.mentions[k]!.last);
    }
    // '“…,” said Pelosi, and Trump responded': a conjunct followed by its own verb opens a new clause.
    const after = tokens[last];
    if (found.length > rightStart && after && after.sentence === tokens[m.first]!.sentence && (after.pos === 'VERB' || after.pos === 'AUX')) {
      for (const x of found.splice(rightStart)) seen.delete(x.speaker);
    }
    // Commas alone make an apposition ("Jones, the mayor, said"), not a list of speakers.
    if (!and) return;
    if (found.length > 0) out.set(di, found.sort((a, b) => a.mention.start - b.mention.start));
  });
  return out;
}
