import { onMap } from '../util/onMap.js';
import type { KnowledgeBase, KnowledgeEntry } from '../model/knowledge.js';

/** Look-up tables over a knowledge base, built once per knowledge-base object. */
export interface KnowledgeIndex {
  readonly entries: readonly KnowledgeEntry[];
  /** Normalised name or alias → entries that carry it. */
  readonly byName: ReadonlyMap<string, readonly KnowledgeEntry[]>;
  /** Lower-case last word of a person's name → people. */
  readonly bySurname: ReadonlyMap<string, readonly KnowledgeEntry[]>;
  /** "role|of" (both lower case) and "role|" → holders. */
  readonly byOffice: ReadonlyMap<string, readonly KnowledgeEntry[]>;
  /** Lower-case adjective or demonym ("russian", "u.s.") → the country's or place's name ("Russia"). */
  readonly placeOfAdjective: ReadonlyMap<string, string>;
  /** Lower-case alias of a place or organisation ("britain", "kremlin") → its name. */
  readonly bodyName: ReadonlyMap<string, string>;
}

const cache = new WeakMap<KnowledgeBase, KnowledgeIndex>();

/** Normalises a name for look-up: lower case, curly apostrophes straightened, no leading "the", no possessive. */
export function normalizeName(s: string): string {
  const lower = s.toLowerCase();
  // Most names are already normal once lower-cased (words of no white space but single spaces,
  // no curly apostrophe, no "the" before, no "'s" after): one test instead of five replacements.
  // (This replaced a memo by name: a look-up in its tens of thousands of strings cost more.)
  return PLAIN.test(lower) ? lower : normalize(lower);
}

/** A lower-case name that `normalize` leaves as it is. */
const PLAIN = /^(?!the\s)[^\s\u2018\u2019]+(?: [^\s\u2018\u2019]+)*(?<!'s)$/;

function normalize(lower: string): string {
  return lower
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function indexKnowledge(kb: KnowledgeBase): KnowledgeIndex {
  const hit = cache.get(kb);
  if (hit) return hit;
  const byName = new Map<string, KnowledgeEntry[]>();
  const bySurname = new Map<string, KnowledgeEntry[]>();
  const byOffice = new Map<string, KnowledgeEntry[]>();
  const placeOfAdjective = new Map<string, string>();
  const bodyName = new Map<string, string>();
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const e of kb) {
    for (const n of [e.name, ...e.aliases]) add(byName, normalizeName(n), e);
    if (e.type === 'person') {
      const words = e.name.split(/\s+/);
      const last = words[words.length - 1]!.toLowerCase().replace(/[.,]$/, '');
      // Regnal numbers and suffixes are not surnames: "Frederik X", "Charles III", "Joseph Biden Jr.".
      if (words.length > 1 && !/^(?:jr|sr|[ivxl]+|\p{L})$/u.test(last)) add(bySurname, last, e);
    }
    for (const o of e.offices) {
      add(byOffice, `${o.role.toLowerCase()}|${(o.of ?? '').toLowerCase()}`, e);
      add(byOffice, `${o.role.toLowerCase()}|`, e);
    }
    if (onMap(e.type)) {
      for (const a of e.adjectives) placeOfAdjective.set(a.toLowerCase(), e.name);
      placeOfAdjective.set(e.name.toLowerCase(), e.name);
    }
    if (e.type !== 'person') for (const n of [e.name, ...e.aliases]) if (!bodyName.has(normalizeName(n))) bodyName.set(normalizeName(n), e.name);
  }
  const index: KnowledgeIndex = { entries: kb, byName, bySurname, byOffice, placeOfAdjective, bodyName };
  cache.set(kb, index);
  return index;
}

/** Does `entry` hold `role` (of `of`, when given) in `year` (any time when no year)? */
export function holds(entry: KnowledgeEntry, role: string, of: string | undefined, year: number | undefined): boolean {
  return entry.offices.some((o) =>
    o.role === role &&
    (of === undefined || (o.of ?? '').toLowerCase() === of.toLowerCase()) &&
    (year === undefined || ((o.from ?? -Infinity) <= year && year <= (o.to ?? Infinity))),
  );
}
