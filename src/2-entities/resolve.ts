import type { Segmentation } from '../1-segment/segment.js';
import type { EntityType } from '../model/entity.js';
import type { KnowledgeEntry } from '../model/knowledge.js';
import type { Span } from '../model/span.js';
import { isCommonWord, nameTags } from '../adapters/compromise.js';
import { insideSorted } from '../util/sorted.js';
import { holds, normalizeName, type KnowledgeIndex } from './knowledge-index.js';
import { OUTLET_WORDS, VOICE_NOUNS } from './lexicon.js';
import type { Mention } from './mentions.js';

/** An entity while the article is being read: its mentions grow as later stages resolve more. */
export interface EntityDraft {
  readonly index: number;
  id: string;
  name: string;
  type: EntityType;
  readonly aliases: Set<string>;
  readonly mentions: Span[];
  kb?: KnowledgeEntry;
  gender?: 'male' | 'female';
  /** Titles and roles the article gives it ("president"), and the bodies they belong to. */
  readonly titles: Set<string>;
  readonly of: Set<string>;
  /** Lower-case words of its name, for surname and first-name matches. */
  words: string[];
  /** An outlet (newspaper, broadcaster, agency): its "it wrote" is a source, never a speaker's employer. */
  outlet: boolean;
  /** The article's own spelling of the name has been chosen. */
  named?: boolean;
}

/** Entities of the article and which entity each mention refers to (-1: unresolved). */
export interface EntityIndex {
  readonly entities: EntityDraft[];
  readonly mentions: readonly Mention[];
  readonly entityOf: Int32Array;
  /** Mention index of every token, or -1. */
  readonly mentionAt: Int32Array;
  readonly year?: number;
  readonly kb: KnowledgeIndex;
}

/** First and second person: they name whoever speaks and whom they address, never an antecedent. */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours']);

/** Offices whose holders the news names by surname alone ("Putin", "Merkel", "Guterres"). */
const TOP_OFFICES = new Set(['president', 'prime minister', 'chancellor', 'vice president', 'secretary of state', 'foreign minister', 'foreign secretary', 'secretary-general', 'supreme leader', 'king', 'queen', 'pope', 'speaker', 'senate majority leader', 'first minister', 'premier', 'crown prince', 'emir', 'leader', 'chairman', 'general secretary', 'president of the european commission']);

/**
 * Generic names of an office and the titles that hold it: "the monarch" is the queen or king the
 * article names, "the head of government" its prime minister or chancellor.
 */
const ROLE_FAMILY: Readonly<Record<string, readonly string[]>> = {
  monarch: ['king', 'queen', 'emperor', 'empress', 'sultan', 'emir'],
  sovereign: ['king', 'queen'],
  'head of state': ['president', 'king', 'queen', 'monarch', 'emir', 'sultan'],
  // (Not "chancellor": Britain's is its finance minister.)
  'head of government': ['prime minister', 'premier', 'taoiseach'],
};

/** Mentions back that antecedent searches look at, at most: a run-on "sentence" of thousands stays linear. */
const MAX_CANDIDATES = 60;

/** Sentences back that a pronoun or a description looks for its antecedent. */
const LOOKBACK = 4;

/**
 * Stage 2b: groups mentions into entities. Names first (full names make entities, surnames
 * and the knowledge base join them), then roles and descriptions (by office, title and date),
 * then groups, then third-person pronouns outside quotes by salience: the nearest compatible
 * entity, preferring the subjects of recent sentences, as a reader does.
 */
export function resolveEntities(seg: Segmentation, mentions: readonly Mention[], kb: KnowledgeIndex, year: number | undefined): EntityIndex {
  const entities: EntityDraft[] = [];
  const entityOf = new Int32Array(mentions.length).fill(-1);
  const mentionAt = new Int32Array(seg.doc.tokens.length).fill(-1);
  mentions.forEach((m, mi) => { for (let k = m.first; k < m.last; k++) mentionAt[k] = mi; });
  const index: EntityIndex = { entities, mentions, entityOf, mentionAt, ...(year !== undefined ? { year } : {}), kb };
  const byKb = new Map<string, EntityDraft>();
  const byKey = new Map<string, EntityDraft>();
  // People by the last and first words of their names (and one-word knowledge-base aliases), so a
  // surname finds its person without a scan over every entity.
  const people: PeopleIndex = { byLast: new Map(), byFirst: new Map() };
  // People by the titles and offices the article or the knowledge base gives them.
  const byTitle = new Map<string, Set<EntityDraft>>();
  const addTitle = (e: EntityDraft, title: string): void => {
    e.titles.add(title);
    let set = byTitle.get(title);
    if (!set) byTitle.set(title, (set = new Set()));
    set.add(e);
  };
  const indexWords = (e: EntityDraft): void => {
    if (e.type !== 'person' || e.words.length < 2) return;
    const put = (map: Map<string, EntityDraft[]>, key: string) => {
      const list = map.get(key);
      if (!list) map.set(key, [e]);
      else if (!list.includes(e)) list.push(e);
    };
    put(people.byLast, e.words[e.words.length - 1]!);
    put(people.byFirst, e.words[0]!);
    for (const a of e.kb?.aliases ?? []) if (!/\s/.test(a)) put(people.byLast, a.toLowerCase());
  };
  const text = seg.doc.text;

  // Transcript labels are in capitals ("PRESIDENT BIDEN"): names made from them are written in title case.
  const labels = seg.turns.map((t) => t.label);
  const inLabel = (offset: number) => insideSorted(labels, offset);
  const create = (name: string, type: EntityType, entry?: KnowledgeEntry): EntityDraft => {
    if (entry) {
      const have = byKb.get(entry.id);
      if (have) return have;
    }
    const e: EntityDraft = {
      index: entities.length,
      id: '',
      name: entry?.name ?? name,
      type: entry?.type ?? type,
      aliases: new Set(),
      mentions: [],
      titles: new Set(entry?.offices.map((o) => o.role) ?? []),
      of: new Set(entry?.offices.flatMap((o) => (o.of ? [o.of.toLowerCase()] : [])) ?? []),
      words: (entry?.name ?? name).toLowerCase().split(/\s+/),
      outlet: false,
      ...(entry ? { kb: entry } : {}),
      ...(entry?.gender ? { gender: entry.gender } : {}),
    };
    e.outlet = e.type === 'organization' && e.words.some((w) => OUTLET_WORDS.has(w));
    entities.push(e);
    if (entry) byKb.set(entry.id, e);
    byKey.set(normalizeName(e.name), e);
    indexWords(e);
    for (const t of e.titles) addTitle(e, t);
    return e;
  };
  const link = (mi: number, e: EntityDraft): void => {
    const m = mentions[mi]!;
    entityOf[mi] = e.index;
    e.mentions.push({ start: m.start, end: m.end });
    if (m.kind !== 'pronoun') {
      const surface = m.kind === 'name' ? m.text : stripDeterminer(text.slice(m.start, m.end));
      if (surface !== e.name) e.aliases.add(surface);
      if (m.title) addTitle(e, m.title);
      if (m.of) e.of.add(m.of.toLowerCase());
      if (!e.gender && m.gender) e.gender = m.gender;
      // The longest name the article uses becomes the name of an entity the knowledge base does not know.
      if (!e.kb && m.kind === 'name' && m.text.length > e.name.length && m.text.split(/\s+/).length <= 5) {
        e.aliases.add(e.name);
        e.name = m.text.replace(/[\u2019']s$/, '');
        e.words = e.name.toLowerCase().split(/\s+/);
        e.aliases.delete(e.name);
        indexWords(e);
      }
    }
  };

  const pick = (entries: readonly KnowledgeEntry[] | undefined, type?: EntityType): KnowledgeEntry | undefined => {
    if (!entries || entries.length === 0) return undefined;
    const typed = type ? entries.filter((x) => x.type === type || (type === 'person') === (x.type === 'person')) : entries;
    const pool = typed.length > 0 ? typed : entries;
    if (pool.length === 1) return pool[0];
    const present = pool.filter((x) => byKb.has(x.id));
    if (present.length === 1) return present[0];
    if (year !== undefined) {
      const inOffice = pool.filter((x) => x.offices.some((o) => (o.from ?? -Infinity) <= year && year <= (o.to ?? Infinity)));
      if (inOffice.length === 1) return inOffice[0];
    }
    return undefined;
  };

  // A. Names of two words or more make entities.
  const names = mentions.map((m, mi) => ({ m, mi })).filter(({ m }) => m.kind === 'name');
  const wordsOf = (m: Mention) => m.key.split(/\s+/).filter((w) => !/^\p{L}\.?$/u.test(w));
  for (const { m, mi } of names) {
    const words = wordsOf(m);
    if (words.length < 2) continue;
    const entry = pick(kb.byName.get(m.key), m.type);
    const existing = entry ? byKb.get(entry.id) : byKey.get(m.key) ?? samePerson(people, words, m.type);
    link(mi, existing ?? create(displayName(m.text.replace(/[\u2019']s$/, ''), inLabel(m.start)), m.type ?? 'person', entry));
  }
  // B. Single names: a surname or first name of an entity of the article, else the knowledge base.
  for (const { m, mi } of names) {
    if (entityOf[mi] !== -1) continue;
    const words = wordsOf(m);
    const key = words[0] ?? m.key;
    const local = byKey.get(m.key) ?? bySurname(people, key, m.start);
    if (local) { link(mi, local); continue; }
    // A lone surname reaches the knowledge base only when it is no ordinary word ("Putin", not "Cook")
    // and, with a date, only someone active around then.
    const lone = m.type === 'person' || m.title !== undefined || (kb.byName.get(m.key) ?? []).some((x) => x.type === 'person');
    // "Prime Minister Adams" is not the mayor called Adams: an office title must be one the person held.
    const office = m.title !== undefined && kb.byOffice.has(`${m.title}|`) ? m.title : undefined;
    const usable = (x: KnowledgeEntry) => x.type !== 'person' || ((!lone || !isCommonWord(key)) && activeAround(x, year) && (!office || x.offices.some((o) => o.role === office)));
    // A surname alone reaches only people famous enough to be named so without introduction: those
    // who held a top office, or anyone active around the article's date when it is known.
    const famous = (x: KnowledgeEntry) => year !== undefined || x.offices.some((o) => TOP_OFFICES.has(o.role));
    const oneWord = !/\s/.test(m.key);
    const entry = pick(kb.byName.get(m.key)?.filter((x) => usable(x) && (!oneWord || x.type !== 'person' || famous(x))), m.type) ??
      pick(kb.bySurname.get(key)?.filter((x) => usable(x) && famous(x)), 'person');
    link(mi, create(displayName(m.text.replace(/[\u2019']s$/, ''), inLabel(m.start)), m.type ?? (m.title ? 'person' : 'organization'), entry));
  }
  // C. Roles, descriptions and groups.
  mentions.forEach((m, mi) => {
    if (m.kind !== 'role' && m.kind !== 'group') return;
    if (m.quote >= 0 && m.kind === 'group') return;
    const e = resolveRole(m, mi);
    if (e) link(mi, e);
  });
  function resolveRole(mention: Mention, mi: number): EntityDraft | undefined {
    let m = mention;
    // The voice of a body: "a Kremlin spokesperson", "White House officials", "the State Department's spokesman".
    if (VOICE_NOUNS.has(m.key) || (m.kind === 'group' && m.qualifier)) {
      const body = m.qualifier ?? m.of;
      if (body) {
        const local = byKey.get(normalizeName(body));
        if (local && local.type !== 'person') return local;
        const entry = pick(kb.byName.get(normalizeName(body)));
        if (entry && entry.type !== 'person') return create(body, 'organization', entry);
      }
      if (VOICE_NOUNS.has(m.key)) {
        // A spokesperson with no body named speaks for the organisation the text last named.
        const org = recent(m, mi, (e) => e.type === 'organization' && !e.outlet, 2);
        if (org) return org;
      }
    }
    if (m.kind === 'group') {
      const name = stripDeterminer(text.slice(m.start, m.end));
      return byKey.get(normalizeName(name)) ?? create(name, 'group');
    }
    // An office: "the Russian president", "the Prime Minister", "the secretary of state", "the Ohio governor".
    const role = m.key;
    if (m.of === undefined && m.qualifier && kb.byOffice.has(`${role}|${m.qualifier.toLowerCase()}`)) m = { ...m, of: m.qualifier };
    const family = ROLE_FAMILY[role] ?? [];
    const candidates = [...new Set([...(byTitle.get(role) ?? []), ...family.flatMap((r) => [...(byTitle.get(r) ?? [])])])].filter((e) => e.type === 'person' && (!m.of || e.of.has(m.of.toLowerCase()) || (e.kb !== undefined && holds(e.kb, role, m.of, undefined))));
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) return mostSalient(index, mi, (e) => candidates.includes(e)) ?? mostMentionedDraft(candidates);
    const holders = (kb.byOffice.get(`${role}|${(m.of ?? '').toLowerCase()}`) ?? []).filter((x) => m.of !== undefined || x.offices.length > 0);
    if (holders.length > 0 && (m.of !== undefined || /^\p{Lu}/u.test(text.slice(m.start, m.end).replace(/^(the|a|an)\s+/i, '')))) {
      const present = holders.filter((x) => byKb.has(x.id));
      const atDate = year !== undefined ? holders.filter((x) => holds(x, role, m.of, year)) : [];
      // Without a date, the one holding the office now.
      const current = year === undefined ? holders.filter((x) => x.offices.some((o) => o.role === role && (m.of === undefined || (o.of ?? '').toLowerCase() === m.of.toLowerCase()) && o.to === undefined)) : [];
      const pool = present.length > 0 ? present : atDate.length > 0 ? atDate : current;
      const chosen = pool.length === 1 ? pool[0] : pool.length > 1 ? mostMentioned(pool) : undefined;
      if (chosen) return create(chosen.name, 'person', chosen);
    }
    // A definite description ("the former intelligence officer") points back to a person of the recent text.
    if (!m.indefinite && /^(the|this|that)\b/i.test(text.slice(m.start, m.end))) {
      const sameSentence = new Set<number>();
      for (let k = mi - 1; k >= Math.max(0, mi - MAX_CANDIDATES) && mentions[k]!.sentence === m.sentence; k--) if (entityOf[k]! >= 0) sameSentence.add(entityOf[k]!);
      // "the governor" is not the senator just named: a person with other offices is no antecedent for an office.
      const office = kb.byOffice.has(`${m.key}|`) || family.length > 0;
      const back = mostSalient(index, mi, (e) => e.type === 'person' && !sameSentence.has(e.index) && (!m.gender || !e.gender || e.gender === m.gender) &&
        (!office || e.titles.size === 0 || e.titles.has(m.key) || family.some((r) => e.titles.has(r))));
      if (back) return back;
    }
    return undefined;
  }
  function mostMentionedDraft(pool: readonly EntityDraft[]): EntityDraft | undefined {
    return [...pool].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  }
  function mostMentioned(pool: readonly KnowledgeEntry[]): KnowledgeEntry | undefined {
    const counted = pool.map((x) => ({ x, n: byKb.get(x.id)?.mentions.length ?? 0 })).sort((a, b) => b.n - a.n);
    return counted[0] && (counted.length === 1 || counted[0].n > counted[1]!.n) ? counted[0].x : undefined;
  }
  /** The most recent entity mentioned before mention mi, outside quotes, within `back` sentences. */
  function recent(m: Mention, mi: number, ok: (e: EntityDraft) => boolean, back: number): EntityDraft | undefined {
    for (let k = mi - 1; k >= Math.max(0, mi - MAX_CANDIDATES); k--) {
      const c = mentions[k]!;
      if (m.sentence - c.sentence > back) break;
      if (c.quote >= 0 && m.quote < 0) continue;
      const e = entityOf[k]! >= 0 ? entities[entityOf[k]!] : undefined;
      if (e && ok(e)) return e;
    }
    return undefined;
  }

  // D. Third-person pronouns outside quotes and transcript turns (the words of a turn are its
  // speaker's, resolved with the speaker known, as quotes are). First person belongs to whoever
  // speaks; "it" before a copula is mostly the empty "it" ("it is unclear").
  const turnSpans = seg.turns.map((t) => t.content);
  const inTurn = (offset: number) => insideSorted(turnSpans, offset);
  mentions.forEach((m, mi) => {
    if (m.kind !== 'pronoun' || m.quote >= 0 || FIRST_PERSON.has(m.key)) return;
    if ((m.key === 'it') && seg.doc.tokens[m.last]?.lemma === 'be') return;
    if (seg.turns.length > 0 && inTurn(m.start)) return;
    const e = resolvePronoun(index, mi);
    if (e) link(mi, e);
  });

  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  assignIds(entities);
  return index;
}

/**
 * The antecedent of a third-person pronoun: among entities mentioned in this sentence before it
 * and in the few sentences before, the compatible one (type, gender, number) with the best
 * salience. Salience falls with distance and rises for grammatical subjects (a mention right
 * before a verb), falls for objects of prepositions and possessors — the classic Hobbs and
 * Lappin–Leass preferences in miniature.
 */
export function resolvePronoun(index: EntityIndex, mi: number, exclude?: ReadonlySet<number>, acrossQuotes = false): EntityDraft | undefined {
  const m = index.mentions[mi]!;
  const lower = m.key;
  const person = ['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself'].includes(lower);
  const org = lower === 'it' || lower === 'its';
  if (FIRST_PERSON.has(lower)) return undefined;
  return mostSalient(index, mi, (e, c) => {
    if (exclude?.has(e.index)) return false;
    if (person) return (e.type === 'person' || (c.kind === 'role' && c.type === 'person')) && !(m.gender && e.gender && e.gender !== m.gender);
    if (org) return e.type === 'organization' || e.type === 'place';
    // "they" are people or a body, not a newspaper or a platform named in passing.
    return (e.type === 'group' || e.type === 'organization') && !e.outlet;
  }, acrossQuotes);
}

/**
 * The most salient entity mentioned before mention mi that passes `ok`, within LOOKBACK
 * sentences: score = −2 per sentence back, +1.5 for a subject, −1 after a preposition,
 * −0.5 for a possessor; ties go to the nearer mention.
 */
export function mostSalient(index: EntityIndex, mi: number, ok: (e: EntityDraft, c: Mention) => boolean, acrossQuotes = false, bonus?: (e: EntityDraft) => number): EntityDraft | undefined {
  // Inside someone's words, "he" is often the article's protagonist rather than the last name
  // the writer used: prominence (mentions so far) counts there too.
  if (acrossQuotes && !bonus) bonus = (e) => Math.min(2, 0.6 * Math.log2(1 + e.mentions.length));
  const { mentions, entityOf, entities } = index;
  const m = mentions[mi]!;
  let best: EntityDraft | undefined;
  let bestScore = -Infinity;
  for (let k = mi - 1; k >= Math.max(0, mi - MAX_CANDIDATES); k--) {
    const c = mentions[k]!;
    const distance = m.sentence - c.sentence;
    if (distance > LOOKBACK) break;
    if (!acrossQuotes && m.quote < 0 && c.quote >= 0) continue;
    if (!acrossQuotes && m.quote >= 0 && c.quote >= 0 && c.quote !== m.quote) continue;
    const ei = entityOf[k]!;
    if (ei < 0) continue;
    const e = entities[ei]!;
    if (!ok(e, c)) continue;
    const score = -2 * distance + (c.subject ? 1.5 : 0) + (c.afterPreposition ? -1 : 0) + (c.possessive ? -0.5 : 0) + (bonus ? bonus(e) : 0);
    if (score > bestScore) { bestScore = score; best = e; }
  }
  return best;
}

/** Held an office within eight years of `year` (always true without a year or without offices). */
function activeAround(entry: KnowledgeEntry, year: number | undefined): boolean {
  if (year === undefined || entry.offices.length === 0) return true;
  return entry.offices.some((o) => (o.from ?? -Infinity) - 8 <= year && year <= (o.to ?? Infinity) + 8);
}

interface PeopleIndex {
  readonly byLast: Map<string, EntityDraft[]>;
  readonly byFirst: Map<string, EntityDraft[]>;
}

/** "ADAMS" from a transcript label becomes "Adams"; any other name stays as written. */
export function displayName(name: string, fromLabel: boolean): string {
  if (!fromLabel || /\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function samePerson(people: PeopleIndex, words: readonly string[], type: EntityType | undefined): EntityDraft | undefined {
  if (type && type !== 'person') return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return people.byLast.get(last)?.find((e) => e.words.length >= 2 && e.words[e.words.length - 1] === last && e.words[0] === first);
}

function bySurname(people: PeopleIndex, word: string, at: number): EntityDraft | undefined {
  let hits = (people.byLast.get(word) ?? []).filter((e) => e.words[e.words.length - 1] === word || e.kb?.aliases.some((a) => a.toLowerCase() === word));
  // "John" after "John Bolton": a first name alone names the one person of the article who has it.
  if (hits.length === 0 && nameTags(word).some((t) => t === 'male-name' || t === 'female-name' || t === 'first-name')) {
    const byFirst = (people.byFirst.get(word) ?? []).filter((e) => e.words[0] === word);
    if (byFirst.length === 1) hits = byFirst;
  }
  if (hits.length <= 1) return hits[0];
  // Several people share the surname: the one mentioned last before this point.
  let best: EntityDraft | undefined;
  let bestAt = -1;
  for (const e of hits) for (const s of e.mentions) if (s.start < at && s.start > bestAt) { bestAt = s.start; best = e; }
  return best ?? hits[0];
}

function stripDeterminer(s: string): string {
  return s.replace(/^(the|a|an|this|that|another|one|some|several|two|three|many|other)\s+/i, '');
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'entity';
}

function assignIds(entities: EntityDraft[]): void {
  const used = new Set<string>();
  for (const e of entities) {
    if (e.id) { used.add(e.id); continue; }
    e.id = freeId(used, e.kb?.id ?? slug(e.name));
  }
}

/** `id`, or `id-2`, `id-3` … : the first one not used yet (and now used). */
function freeId(used: Set<string>, id: string): string {
  let free = id;
  for (let n = 2; used.has(free); n++) free = `${id}-${n}`;
  used.add(free);
  return free;
}

/**
 * What addEntity looks entities up by, per entity index, kept in step with the entity list (a
 * later stage adds sources one by one: a scan of every entity per addition would be quadratic).
 */
interface AddCache {
  readonly byKey: Map<string, EntityDraft[]>;
  readonly byKb: Map<string, EntityDraft>;
  readonly used: Set<string>;
  /** Mention spans of an entity ("start:end"), built on its first addition. */
  readonly spans: Map<number, Set<string>>;
  seen: number;
}
const addCaches = new WeakMap<EntityIndex, AddCache>();

function addCacheOf(index: EntityIndex): AddCache {
  let c = addCaches.get(index);
  if (!c) addCaches.set(index, (c = { byKey: new Map(), byKb: new Map(), used: new Set(), spans: new Map(), seen: 0 }));
  for (; c.seen < index.entities.length; c.seen++) {
    const e = index.entities[c.seen]!;
    const key = normalizeName(e.name);
    const list = c.byKey.get(key);
    if (list) list.push(e);
    else c.byKey.set(key, [e]);
    if (e.kb && !c.byKb.has(e.kb.id)) c.byKb.set(e.kb.id, e);
    if (e.id) c.used.add(e.id);
  }
  return c;
}

/**
 * Adds an entity that a later stage found (a source the entity stage had not resolved: "a
 * campaign operative", "sources"); the same name in the same article is the same entity.
 */
export function addEntity(index: EntityIndex, name: string, type: EntityType, mention?: Span, entry?: KnowledgeEntry): number {
  const key = normalizeName(name);
  const cache = addCacheOf(index);
  const found = (entry ? cache.byKb.get(entry.id) : undefined) ?? cache.byKey.get(key)?.find((e) => normalizeName(e.name) === key && (e.type === type || !entry));
  const e = found ?? {
    index: index.entities.length,
    id: '',
    name: entry?.name ?? name,
    type: entry?.type ?? type,
    aliases: new Set<string>(),
    mentions: [],
    titles: new Set<string>(),
    of: new Set<string>(),
    words: (entry?.name ?? name).toLowerCase().split(/\s+/),
    outlet: false,
    ...(entry ? { kb: entry } : {}),
    ...(entry?.gender ? { gender: entry.gender } : {}),
  };
  if (!found) {
    index.entities.push(e);
    e.id = freeId(cache.used, e.kb?.id ?? slug(e.name));
    addCacheOf(index);
  }
  if (mention) {
    let spans = cache.spans.get(e.index);
    if (!spans) cache.spans.set(e.index, (spans = new Set(e.mentions.map((x) => `${x.start}:${x.end}`))));
    const at = `${mention.start}:${mention.end}`;
    if (!spans.has(at)) {
      spans.add(at);
      e.mentions.push({ start: mention.start, end: mention.end });
    }
  }
  if (name !== e.name) e.aliases.add(name);
  return e.index;
}

/** The mention at token k, or -1 (also for k outside the text: callers may look one token past the end). */
export function mentionIndex(index: EntityIndex, k: number): number {
  return k >= 0 && k < index.mentionAt.length ? index.mentionAt[k]! : -1;
}
