import type { GoldEntity } from './goldArticle.js';

/**
 * Normalises a name for comparison: lower case, NFKC, curly apostrophes straightened, a
 * possessive `'s` and a leading article dropped, punctuation turned into spaces. So "The
 * Kremlin's" and "kremlin" compare equal.
 *
 * @example
 * normalizeName("The Washington Post's"); // 'washington post'
 */
export function normalizeName(name: string | null | undefined): string {
  return String(name ?? '')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Maps a predicted name to a gold entity id, or `null` when it names none of them. */
export type EntityMatcher = (name: string | null | undefined) => string | null;

/**
 * Builds the name matcher of the scorer. A name matches an entity when, normalised, it equals
 * the entity's name or one of its aliases; failing that, a name of two words or more matches
 * the person whose name ends with the same word (so "President Vladimir Putin" finds Putin,
 * while a bare "Putin" must be an alias: one word alone is too weak to decide). Entities are
 * tried in file order and the first match wins.
 *
 * @example
 * const match = entityMatcher([{ id: 'putin', name: 'Vladimir Putin', type: 'person', aliases: [] }]);
 * match('Mr. Vladimir V. Putin'); // 'putin'
 * match('Putin');                 // null (one word, not an alias)
 */
export function entityMatcher(entities: readonly GoldEntity[]): EntityMatcher {
  const table = entities.map((e) => ({
    id: e.id,
    type: e.type,
    keys: new Set([e.name, ...e.aliases].map(normalizeName)),
    last: normalizeName(e.name).split(' ').pop(),
  }));
  return (name) => {
    const n = normalizeName(name);
    if (!n) return null;
    for (const e of table) if (e.keys.has(n)) return e.id;
    const words = n.split(' ');
    const last = words[words.length - 1];
    if (words.length < 2) return null;
    for (const e of table) if (e.type === 'person' && e.last === last) return e.id;
    return null;
  };
}
