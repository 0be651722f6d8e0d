// Who a source phrase names: its entity, the writer for "I", the protagonist for a far "he", the author of a document.
import type { Token } from '../adapters/wink.js';
import type { Segmentation } from '../1-segment/segment.js';
import type { Span } from '../model/span.js';
import type { Anchor } from './anchors.js';
import { addEntity, mentionIndex, resolvePronoun, type EntityIndex } from '../2-entities/resolve.js';
import { namedOrganisation } from '../2-entities/resolution/organisationDescription.js';
import { clauseMates } from '../2-entities/resolution/clauseMate.js';
import { commonNounType } from '../2-entities/resolution/commonNounType.js';
import { isGivenName } from '../adapters/compromise.js';
import type { EntityType } from '../model/entity.js';
import type { Source } from './source.js';
import { DOCUMENTS, WRITTEN } from '../vocabulary/documents.js';
import { COUNTING_QUANTIFIERS } from '../vocabulary/quantifiers.js';
import { POLLED } from './source/polled.js';
import { lowerBound, sentenceAt } from './scan.js';
import { hasAbstractNounEnding } from '../2-entities/mention/words.js';

export const PLATFORMS = new Set(['twitter', 'x', 'facebook', 'instagram', 'truth', 'threads', 'tiktok', 'telegram', 'tweet', 'tweeted', 'tweets', 'bluesky', 'weibo', 'youtube', 'linkedin']);

/** "wrote Reyes on Twitter", "speaking via Twitter": a platform named right after the cue or its source. */
export function platformNear(tokens: readonly Token[], a: Anchor, s: Source): boolean {
  // After the cue (and an inverted source): "wrote Reyes on Twitter", "speaking via Twitter"; not
  // a platform in the source's own relative clause ("Reyes, who posts on Truth Social, said").
  const from = a.first;
  const to = Math.min(tokens.length, (s.how === 'inverted' ? s.last : a.last) + 4);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[a.first]!.sentence) break;
    const word = t.lower.replace(/\.$/, '');
    if ((PLATFORMS.has(word) && /^\p{Lu}/u.test(t.value) && ['on', 'via', 'to', 'in'].includes(tokens[k - 1]?.lower ?? '')) || word.startsWith('tweet')) return true;
  }
  return false;
}

/** The entity a source refers to; a phrase the entity stage did not resolve becomes an entity of its own. */
export function speakerOf(seg: Segmentation, ents: EntityIndex, s: Source): number {
  // "Acme's statement said", "A letter from Acme said": a document speaks for its author.
  const head = s.last - 1;
  const h = seg.doc.tokens[head];
  if (s.how !== 'inherited' && h && h.pos === 'NOUN' && DOCUMENTS.has(h.lower) && (s.mention < 0 || ents.entityOf[s.mention]! < 0 || seg.doc.tokens[s.first]!.pos === 'DET')) {
    const author = documentAuthor(seg, ents, head);
    if (author) return author.entity;
  }
  // "The statement also said …": a document already attributed speaks for its author.
  const raw = seg.doc.text.slice((s.named ?? s.span).start, (s.named ?? s.span).end);
  const doc = /^(?:the|this|that)\s+(\w+)$/i.exec(raw);
  if (s.mention < 0 && doc && DOCUMENTS.has(doc[1]!.toLowerCase())) {
    const author = authorOf(seg, ents, doc[1]!.toLowerCase(), s.span.start);
    if (author >= 0) return author;
  }
  if (s.mention >= 0) {
    const e = ents.entityOf[s.mention]!;
    const m = ents.mentions[s.mention]!;
    // "The city sent a letter. It says …": a place does not speak (a country does, through its
    // government), so a pronoun the entity stage gave to a place is read again as a speaker.
    const placeIt = e >= 0 && m.kind === 'pronoun' && ents.entities[e]!.type === 'place';
    if (e >= 0 && !placeIt) return e;
    if (placeIt) {
      const place = ents.entities[e]!;
      const at = place.mentions.findIndex((x) => x.start === m.start);
      if (at >= 0) place.mentions.splice(at, 1);
      ents.entityOf[s.mention] = -1;
    }
    if (m.kind === 'pronoun') {
      // "I said", "we argued" in the writer's own text: the writer speaks.
      if ((m.key === 'i' || m.key === 'we' || m.key === 'my' || m.key === 'our') && m.quote < 0) {
        const writer = addEntity(ents, 'the writer', 'person', { start: m.start, end: m.end });
        ents.entityOf[s.mention] = writer;
        return writer;
      }
      const mates = clauseMates(ents, seg.doc.tokens, s.mention);
      const r = resolvePronoun(ents, s.mention, { has: (i) => ents.entities[i]?.type === 'place' || mates.includes(i) });
      if (r) { ents.entityOf[s.mention] = r.index; r.mentions.push({ start: m.start, end: m.end }); return r.index; }
      const fallback = farReferent(seg, ents, s.mention);
      if (fallback >= 0) ents.entityOf[s.mention] = fallback;
      return fallback;
    }
    const body = describedOrganisation(ents, seg.doc.text.slice(m.start, m.end), m.start, m.sentence);
    if (body >= 0) { ents.entityOf[s.mention] = body; ents.entities[body]!.mentions.push({ start: m.start, end: m.end }); return body; }
    const name = seg.doc.text.slice(m.start, m.end).replace(/^(the|a|an|this|that|another|one)\s+/i, '');
    const e2 = addEntity(ents, name, m.kind === 'group' ? 'group' : (m.type ?? 'person'), { start: m.start, end: m.end });
    ents.entityOf[s.mention] = e2;
    return e2;
  }
  // "The airline denied …": the organisation the article just named.
  const body = describedOrganisation(ents, raw, (s.named ?? s.span).start, sentenceAt(seg, (s.named ?? s.span).start));
  if (body >= 0) { ents.entities[body]!.mentions.push({ start: (s.named ?? s.span).start, end: (s.named ?? s.span).end }); return body; }
  // ("one of three neighbours" names the neighbours.)
  const name = raw.replace(/^(the|a|an|this|that|another|one|some|several|two|three)\s+/i, '').replace(/^of\s+/i, '');
  // "42% say", "most said": a share of people, a group; a number alone names no one.
  // So are "56 percent of farmers polled" and "teachers interviewed": the people a poll asked.
  const share = /^\d+(?:\.\d+)?\s?%$/.test(name) || COUNTING_QUANTIFIERS.has(name.toLowerCase()) || /\bpercent\b|%/.test(name) || POLLED.has(name.split(' ').pop()!.toLowerCase());
  if (!/\p{L}/u.test(name) && !share) return -1;
  const plural = share || /^(?:those|these)(?:\s|$)/i.test(name) || (/s$/i.test(name) && !/ss$/i.test(name));
  // ("Solidarity accused …": a capitalised abstract noun that speaks is a body's name, not a person's.)
  const abstract = s.last - s.first === 1 && /^\p{Lu}\p{Ll}+$/u.test(name) && hasAbstractNounEnding(name.toLowerCase());
  return addEntity(ents, name, sentenceInitialNoun(seg, s, name) ?? (abstract ? 'organization' : plural ? 'group' : 'person'), s.span);
}

/**
 * "Video shows that …", "Footage suggests …": a single capitalised word opening its sentence, which
 * the entity stage read as no name, is capitalised by its place, not as a name: when the
 * common noun it spells names a document ("video", "footage"), it is that document, and a body
 * ("Ministry says …", a headline's first word), that body, unless the word
 * is a given name or the article writes it capitalised inside a sentence or before another
 * capitalised word ("Bill Ames … Bill said"). undefined: no such word, the caller types the phrase.
 */
function sentenceInitialNoun(seg: Segmentation, s: Source, name: string): EntityType | undefined {
  const tokens = seg.doc.tokens;
  const t = tokens[s.first];
  if (s.last - s.first !== 1 || !t || !/^\p{Lu}\p{Ll}+$/u.test(name) || t.value !== name) return undefined;
  let p = s.first - 1;
  while (p >= 0 && tokens[p]!.pos === 'SPACE') p--;
  if (p >= 0 && tokens[p]!.sentence === t.sentence) return undefined;
  const type = isGivenName(t.lower) ? undefined : commonNounType(t.lower, 'person');
  if (type !== 'document' && type !== 'organization') return undefined;
  // (A name the article also writes inside a sentence, "Bill" of "Bill Ames", stays a name.)
  return writtenAsName(seg).has(name) ? undefined : type;
}

/** writtenAsName of each text, computed once. */
const namesWritten = new WeakMap<Segmentation, ReadonlySet<string>>();

/** Capitalised words the text writes inside a sentence or right before another capitalised word ("Bill" of "Bill Ames"). */
function writtenAsName(seg: Segmentation): ReadonlySet<string> {
  let found = namesWritten.get(seg);
  if (!found) {
    const tokens = seg.doc.tokens;
    const names = new Set<string>();
    tokens.forEach((t, k) => {
      if (!/^\p{Lu}\p{Ll}/u.test(t.value)) return;
      const inside = k > 0 && tokens[k - 1]!.sentence === t.sentence && tokens[k - 1]!.pos !== 'SPACE';
      if (inside || /^\p{Lu}/u.test(tokens[k + 1]?.value ?? '')) names.add(t.value);
    });
    namesWritten.set(seg, (found = names));
  }
  return found;
}

/** namedOrganisation for a phrase starting at `at`: the mentions before it are those starting earlier. */
function describedOrganisation(ents: EntityIndex, phrase: string, at: number, sentence: number): number {
  let before = ents.mentions.findIndex((m) => m.start >= at);
  if (before < 0) before = ents.mentions.length;
  return namedOrganisation(ents, phrase, before, sentence);
}

/** peopleByProminence of each article, computed once. */
const prominence = new WeakMap<EntityIndex, number[]>();

/** The people of the article, most named first (by name mentions), computed once per article. */
export function peopleByProminence(ents: EntityIndex): number[] {
  let list = prominence.get(ents);
  if (!list) {
    const counts = new Map<number, number>();
    ents.mentions.forEach((m, mi) => {
      const e = ents.entityOf[mi]!;
      if (e >= 0 && m.kind === 'name' && ents.entities[e]!.type === 'person') counts.set(e, (counts.get(e) ?? 0) + 1);
    });
    list = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([e]) => e).slice(0, 5);
    prominence.set(ents, list);
  }
  return list;
}

/**
 * The referent of a speaking pronoun that nothing in the last few sentences resolves: for "he"
 * or "she", the person the article names most (its protagonist), named before, gender permitting;
 * for "they", the nearest plural noun phrase that was a subject in the two sentences before
 * ("State education departments can do that, they said"); for "it", the document or sign just
 * mentioned (its author when one is named). -1 when there is none.
 */
export function farReferent(seg: Segmentation, ents: EntityIndex, mi: number): number {
  const m = ents.mentions[mi]!;
  const tokens = seg.doc.tokens;
  if (m.key === 'he' || m.key === 'she') {
    const mates = clauseMates(ents, tokens, mi);
    for (const e of peopleByProminence(ents)) {
      const entity = ents.entities[e]!;
      if (mates.includes(e)) continue;
      if (m.gender && entity.gender && entity.gender !== m.gender) continue;
      // Named before the pronoun, and more than once.
      if (entity.mentions.length < 2 || !entity.mentions.some((x) => x.start < m.start)) continue;
      entity.mentions.push({ start: m.start, end: m.end });
      return e;
    }
    return -1;
  }
  if (m.key === 'it') {
    // "“…,” it read": the document or sign just mentioned, which speaks for its author when one is named.
    const k = documentJustBefore(seg, m.first, m.sentence, 1);
    if (k < 0) return -1;
    const noun = tokens[k]!.lower;
    const author = authorOf(seg, ents, noun, m.start);
    if (author >= 0) { ents.entities[author]!.mentions.push({ start: m.start, end: m.end }); return author; }
    return addEntity(ents, noun, 'person', { start: m.start, end: m.end });
  }
  if (m.key !== 'they') return -1;
  for (let k = m.first - 1; k > 0 && m.sentence - tokens[k]!.sentence <= 2 && m.first - k < 80; k--) {
    const t = tokens[k]!;
    if (seg.quoteOf[k]! >= 0 || t.pos !== 'NOUN' || !/[^su]s$/.test(t.lower)) continue;
    // The verb may follow the head's complement: "State departments of education can …".
    let v = k + 1;
    if (tokens[v]?.lower === 'of') { v++; while (v < tokens.length && v - k < 6 && (tokens[v]!.pos === 'NOUN' || tokens[v]!.pos === 'ADJ' || tokens[v]!.pos === 'DET' || tokens[v]!.pos === 'PROPN')) v++; }
    const next = tokens[v];
    if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
    let first = k;
    while (first > 0 && (tokens[first - 1]!.pos === 'NOUN' || tokens[first - 1]!.pos === 'ADJ' || tokens[first - 1]!.pos === 'PROPN') && tokens[first - 1]!.sentence === t.sentence && k - first < 4) first--;
    const name = seg.doc.text.slice(tokens[first]!.start, t.end);
    return addEntity(ents, name, 'group', { start: m.start, end: m.end });
  }
  return -1;
}

/**
 * The document or sign ("statement", "letter", "banner") mentioned last before token `before`,
 * outside quotes, within two sentences of `sentence` and 80 tokens: what "it" stands for in "It
 * read, “…”" and "“…,” it read". Tokens before `lowest` are not looked at. -1 when none.
 */
export function documentJustBefore(seg: Segmentation, before: number, sentence: number, lowest: number): number {
  const tokens = seg.doc.tokens;
  for (let k = before - 1; k >= lowest && sentence - tokens[k]!.sentence <= 2 && before - k < 80; k--) {
    const t = tokens[k]!;
    if (seg.quoteOf[k]! < 0 && t.pos === 'NOUN' && (DOCUMENTS.has(t.lower) || WRITTEN.has(t.lower))) return k;
  }
  return -1;
}


/** The source of the last cue before `at` that names the document ("in a statement") within three sentences. */
export function authorOf(seg: Segmentation, ents: EntityIndex, noun: string, at: number): number {
  const tokens = seg.doc.tokens;
  const k0 = lowerBound(tokens, at);
  const sentence = tokens[k0]?.sentence ?? 0;
  for (let k = k0 - 1; k >= 0 && sentence - tokens[k]!.sentence <= 3; k--) {
    if (tokens[k]!.lower !== noun) continue;
    // The nearest subject before the document noun in its sentence.
    for (let x = k - 1; x >= 0 && tokens[x]!.sentence === tokens[k]!.sentence; x--) {
      const mi = mentionIndex(ents, x);
      const type = mi >= 0 && ents.entityOf[mi]! >= 0 ? ents.entities[ents.entityOf[mi]!]!.type : undefined;
      if (type !== undefined && type !== 'place' && type !== 'country' && !ents.mentions[mi]!.afterPreposition) return ents.entityOf[mi]!;
    }
  }
  return -1;
}

/** Verbs that make a document, whose subject is its author: "Acme released a statement". */
const AUTHORING = new Set(['release', 'issue', 'post', 'publish', 'send', 'sign', 'write', 'put', 'circulate', 'distribute', 'share', 'tweet', 'pen', 'file', 'submit', 'deliver']);

/** The author of a document and the phrase that names them. */
export interface DocumentAuthor {
  readonly entity: number;
  readonly span: Span;
}

/** The entity of the mention at token k, unless it is a place or an unresolved pronoun (with `nameOnly`, a name's only). */
function authorAt(seg: Segmentation, ents: EntityIndex, k: number, nameOnly = false): DocumentAuthor | null {
  const mi = mentionIndex(ents, k);
  if (mi < 0) return null;
  const m = ents.mentions[mi]!;
  if (nameOnly && m.kind !== 'name') return null;
  let e = ents.entityOf[mi]!;
  if (e < 0 && m.kind === 'pronoun' && m.key !== 'it') e = resolvePronoun(ents, mi)?.index ?? -1;
  return e >= 0 && ents.entities[e]!.type !== 'place' && ents.entities[e]!.type !== 'country' ? { entity: e, span: { start: m.start, end: m.end } } : null;
}

/**
 * The author of the document named by the noun at token `n` ("statement", "letter", "post"):
 * its possessor ("Acme's statement"), the name after "from" or "by" ("a letter from Acme", "a
 * post signed by Acme"), the subject of the verb that made it ("Acme released a statement",
 * "Lind posted a note on Facebook"), or, for "the statement" with none of these, the author of
 * the same document named in the three sentences before. Null when the text names no author:
 * a name that merely stands nearby is not one.
 */
export function documentAuthor(seg: Segmentation, ents: EntityIndex, n: number): DocumentAuthor | null {
  const tokens = seg.doc.tokens;
  const noun = tokens[n]!;
  const sentence = noun.sentence;
  // Left edge of the noun phrase: determiners and modifiers.
  let first = n;
  while (first > 0 && n - first < 4 && tokens[first - 1]!.sentence === sentence && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[first - 1]!.pos) && seg.quoteOf[first - 1]! < 0) first--;
  const before = tokens[first - 1];
  // "Acme's statement".
  if (before && before.sentence === sentence && /^['’]s$/.test(before.value)) {
    const author = authorAt(seg, ents, first - 2);
    if (author) return author;
  }
  // "from Acme", "by Acme", "signed by Acme" right after the noun.
  for (let k = n + 1; k < Math.min(tokens.length, n + 4) && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.lower === 'from' || t.lower === 'by') {
      // A name only: "documents from his tax return" are not his words, and "a letter from the
      // veterans group" is not the veterans' (the mention would be a fragment of the phrase).
      const author = authorAt(seg, ents, k + 1, true) ?? (tokens[k + 1]?.pos === 'DET' ? authorAt(seg, ents, k + 2, true) : null);
      if (author) return author;
      break;
    }
    if (!(t.pos === 'VERB' && /ed$/.test(t.lower))) break;
  }
  // The subject of the verb that made it: "Acme released a statement", "Acme, a software firm, has issued a letter".
  if (before && before.sentence === sentence && before.pos === 'VERB' && AUTHORING.has(before.lemma)) {
    for (let x = first - 2; x >= 0 && tokens[x]!.sentence === sentence && first - x < 16; x--) {
      if (seg.quoteOf[x]! >= 0) break;
      const mi = mentionIndex(ents, x);
      if (mi < 0 || ents.mentions[mi]!.afterPreposition) continue;
      const author = authorAt(seg, ents, x);
      if (author) return author;
    }
    return null;
  }
  // "The statement read": the same document, named with its author before.
  if (first < n && ['the', 'this', 'that'].includes(tokens[first]!.lower)) {
    const e = authorOf(seg, ents, noun.lower, noun.start);
    if (e >= 0) return { entity: e, span: { start: tokens[first]!.start, end: noun.end } };
  }
  return null;
}
