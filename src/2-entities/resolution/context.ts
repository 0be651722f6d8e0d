import type { Segmentation } from '../../1-segment/segment.js';
import type { EntityType } from '../../model/entity.js';
import type { KnowledgeEntry } from '../../model/knowledge.js';
import { insideSorted } from '../../util/sorted.js';
import { LEADING_ARTICLE } from '../../vocabulary/determiners.js';
import { HYPHEN_PARTICLES } from '../../vocabulary/nameParticles.js';
import { OUTLET_WORDS } from '../../vocabulary/organisations.js';
import { pastTitleBefore, pastTitleIn } from '../../vocabulary/titles.js';
import { normalizeName, type KnowledgeIndex } from '../knowledgeIndex.js';
import type { Mention } from '../mentions.js';
import type { EntityDraft, EntityIndex, PeopleIndex } from './types.js';

/**
 * What the resolution sieves share while they read one article: the entity index they fill,
 * the look-ups that keep each sieve linear (entities by knowledge-base id, by normalised name,
 * people by surname and first name, by title), and the three operations every sieve uses:
 * `create` an entity, `link` a mention to one, `pick` a knowledge-base entry among several.
 */
export interface Resolution {
  readonly index: EntityIndex;
  readonly seg: Segmentation;
  readonly text: string;
  readonly kb: KnowledgeIndex;
  readonly year: number | undefined;
  readonly byKb: Map<string, EntityDraft>;
  readonly byKey: Map<string, EntityDraft>;
  /** People by the last and first words of their names, so a surname finds its person without a scan. */
  readonly people: PeopleIndex;
  /** People by the titles and offices the article or the knowledge base gives them. */
  readonly byTitle: Map<string, Set<EntityDraft>>;
  /** People by the titles the article itself gives them ("Prime Minister of Freedonia Ann Lee"), knowledge-base offices left out. */
  readonly titledInText: Map<string, Set<EntityDraft>>;
  /** The same for titles the article puts in the past ("former Governor Sam Whitlock"). */
  readonly formerInText: Map<string, Set<EntityDraft>>;
  /** Transcript labels are in capitals ("PRESIDENT BIDEN"): names made from them are written in title case. */
  inLabel(offset: number): boolean;
  create(name: string, type: EntityType, entry?: KnowledgeEntry): EntityDraft;
  link(mi: number, e: EntityDraft): void;
  /** The one entry meant among several: by type, then the one already in the article, then the one in office at the date. */
  pick(entries: readonly KnowledgeEntry[] | undefined, type?: EntityType): KnowledgeEntry | undefined;
}

/** An empty resolution of the article's mentions (every mention unresolved). */
export function startResolution(seg: Segmentation, mentions: readonly Mention[], kb: KnowledgeIndex, year: number | undefined): Resolution {
  const entities: EntityDraft[] = [];
  const entityOf = new Int32Array(mentions.length).fill(-1);
  const mentionAt = new Int32Array(seg.doc.tokens.length).fill(-1);
  mentions.forEach((m, mi) => { for (let k = m.first; k < m.last; k++) mentionAt[k] = mi; });
  const index: EntityIndex = { entities, mentions, entityOf, mentionAt, ...(year !== undefined ? { year } : {}), kb };
  const byKb = new Map<string, EntityDraft>();
  const byKey = new Map<string, EntityDraft>();
  const people: PeopleIndex = { byLast: new Map(), byFirst: new Map() };
  const byTitle = new Map<string, Set<EntityDraft>>();
  const titledInText = new Map<string, Set<EntityDraft>>();
  const formerInText = new Map<string, Set<EntityDraft>>();
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
    const last = e.words[e.words.length - 1]!;
    put(people.byLast, last);
    // "al-Nour" is found by "Nour" too.
    const bare = bareSurname(last);
    if (bare !== last) put(people.byLast, bare);
    put(people.byFirst, e.words[0]!);
    for (const a of e.kb?.aliases ?? []) if (!/\s/.test(a)) put(people.byLast, a.toLowerCase());
  };
  const text = seg.doc.text;
  const labels = seg.turns.map((t) => t.label);

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
      if (m.title) {
        addTitle(e, m.title);
        // ("Former Governor Sam Whitlock" holds the word; "the former Governor Sam Whitlock" precedes it.)
        // ("A former governor, Sam Whitlock,": a role mention holds the word anywhere.)
        const past = m.kind === 'name' ? pastTitleBefore(text, m.start) || pastTitleIn(/^\S*/.exec(text.slice(m.start, m.end))![0]) : pastTitleIn(text.slice(m.start, m.end));
        const by = past ? formerInText : titledInText;
        let set = by.get(m.title);
        if (!set) by.set(m.title, (set = new Set()));
        set.add(e);
      }
      if (m.of) e.of.add(m.of.toLowerCase());
      if (!e.gender && m.gender) e.gender = m.gender;
      // A known name the article writes without its diacritics ("Orban" for "Orbán") is named as the article spells it.
      if (e.kb && m.kind === 'name' && e.name === e.kb.name && !ASCII.test(e.name)) {
        const plain = withoutDiacritics(e.name);
        if (plain !== e.name && withoutDiacritics(m.text) === m.text && plainWordOf(plain, m.text)) {
          e.aliases.add(e.name);
          e.name = plain;
          e.aliases.delete(plain);
        }
      }
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

  return { index, seg, text, kb, year, byKb, byKey, people, byTitle, titledInText, formerInText, inLabel: (offset) => insideSorted(labels, offset), create, link, pick };
}

/** "ADAMS" from a transcript label becomes "Adams"; any other name stays as written. */
export function displayName(name: string, fromLabel: boolean): string {
  if (!fromLabel || /\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The entity name a name mention makes: its text without a possessive 's, in title case if it comes from a label. */
export function nameOf(r: Resolution, m: Mention): string {
  return displayName(m.text.replace(/[\u2019']s$/, ''), r.inLabel(m.start));
}

/** Only ASCII characters: a name with nothing to take off (most names; the test saves a normalisation per mention). */
const ASCII = /^[\x00-\x7f]*$/;

/** The string without its combining marks ("Orbán" → "Orban", "Łukaszenka" keeps its Ł: a letter, not a mark). */
function withoutDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** Is the mention, without a possessive, the plain name or one of its words? */
function plainWordOf(plain: string, mention: string): boolean {
  const m = mention.replace(/[\u2019']s$/, '');
  return m === plain || plain.split(' ').includes(m);
}

/** "the Kremlin" → "Kremlin": the surface of a role or group mention without its article (LEADING_ARTICLE). */
export function stripDeterminer(s: string): string {
  return s.replace(LEADING_ARTICLE, '');
}

/** A surname without the particle joined to it by a hyphen ("al-nour" → "nour"); any other word unchanged. */
export function bareSurname(word: string): string {
  const dash = word.indexOf('-');
  return dash > 0 && dash < word.length - 1 && HYPHEN_PARTICLES.has(word.slice(0, dash)) ? word.slice(dash + 1) : word;
}
