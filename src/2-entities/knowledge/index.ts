import { KnowledgeBase, type KnowledgeEntry, type KnowledgeEntryInput } from '../../model/knowledge.js';
import { parseOrThrow } from '../../model/options.js';
import { organizations } from './organizations.js';
import { people } from './people.js';
import { places } from './places.js';

let cached: KnowledgeBase | undefined;

/**
 * The built-in knowledge base: places, organisations and people with their offices and years.
 * It is parsed with the zod schema once, on first use, and then shared; the entries and their
 * arrays are frozen, because every analysis reads the same copy and a caller that edited it
 * would silently change the results of all the others. Extend it with `mergeKnowledge`.
 *
 * @example
 * const putin = builtinKnowledge().find((e) => e.id === 'vladimir-putin');
 * putin?.offices.some((o) => o.role === 'president' && o.of === 'Russia') // true
 */
export function builtinKnowledge(): KnowledgeBase {
  if (cached === undefined) {
    const parsed = parseOrThrow(
      KnowledgeBase,
      [...places, ...organizations, ...people],
      'built-in knowledge base',
      'invalid-knowledge-base',
    );
    cached = Object.freeze(parsed.map(freezeEntry)) as KnowledgeBase;
  }
  return cached;
}

/**
 * Merges user entries over a knowledge base: an entry with an id already in `base` replaces it
 * in place, new ids are appended, and with `replace` only the user entries are kept. The user
 * entries are validated first, so a mistake is reported as one `PlauditError` (code
 * `invalid-knowledge-base`) that lists every bad field, instead of surfacing later as an
 * entity that never resolves. Unknown keys, `__proto__` among them, are rejected by the
 * strict schema, and entries are indexed in a `Map`, so no id can reach an object prototype.
 * Neither argument is modified.
 *
 * @example
 * const kb = mergeKnowledge(builtinKnowledge(), [
 *   { id: 'jane-doe', name: 'Jane Doe', type: 'person', offices: [{ role: 'mayor', of: 'Springfield' }] },
 * ]);
 * kb.at(-1)?.name // 'Jane Doe'
 */
export function mergeKnowledge(
  base: readonly KnowledgeEntry[],
  extra: readonly KnowledgeEntryInput[] = [],
  replace = false,
): KnowledgeBase {
  const parsed = parseOrThrow(KnowledgeBase, extra, 'knowledge base', 'invalid-knowledge-base');
  const byId = new Map<string, KnowledgeEntry>();
  if (!replace) for (const entry of base) byId.set(entry.id, entry);
  for (const entry of parsed) byId.set(entry.id, entry);
  return [...byId.values()];
}

function freezeEntry(entry: KnowledgeEntry): KnowledgeEntry {
  Object.freeze(entry.aliases);
  Object.freeze(entry.adjectives);
  for (const office of entry.offices) Object.freeze(office);
  Object.freeze(entry.offices);
  return Object.freeze(entry);
}
