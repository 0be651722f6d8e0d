import { KnowledgeBase, type KnowledgeEntry } from '../../model/knowledge.js';
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

function freezeEntry(entry: KnowledgeEntry): KnowledgeEntry {
  Object.freeze(entry.aliases);
  Object.freeze(entry.adjectives);
  for (const office of entry.offices) Object.freeze(office);
  Object.freeze(entry.offices);
  return Object.freeze(entry);
}
