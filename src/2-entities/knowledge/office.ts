import type { Office } from '../../model/knowledge.js';

/**
 * Shorthand for one office, so the knowledge-base tables stay one line per fact.
 * Years are inclusive; leave `to` out when the office is still held, and leave a year out
 * altogether rather than guess it.
 *
 * @example
 * office('president', 'Russia', 2012) // { role: 'president', of: 'Russia', from: 2012 }
 */
export function office(role: string, of?: string, from?: number, to?: number): Office {
  const o: Office = { role };
  if (of !== undefined) o.of = of;
  if (from !== undefined) o.from = from;
  if (to !== undefined) o.to = to;
  return o;
}
