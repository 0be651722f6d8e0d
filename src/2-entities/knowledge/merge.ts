import { KnowledgeBase, type KnowledgeEntry, type KnowledgeEntryInput } from '../../model/knowledge.js';
import { parseOrThrow } from '../../model/options.js';

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
