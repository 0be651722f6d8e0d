import type { KnowledgeEntryInput, Office } from '../../model/knowledge.js';

/**
 * Shorthand for one person entry, so each person stays one readable block in the tables.
 *
 * @example
 * person('dmitry-peskov', 'Dmitry Peskov', 'male', ['Peskov'], [office('spokesperson', 'Kremlin', 2012)])
 * // { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', gender: 'male', aliases: ['Peskov'], offices: [...] }
 */
export function person(
  id: string,
  name: string,
  gender: 'male' | 'female',
  aliases: string[],
  offices: Office[] = [],
): KnowledgeEntryInput {
  return { id, name, type: 'person', gender, aliases, offices };
}
