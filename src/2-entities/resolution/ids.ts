import type { EntityDraft } from './types.js';

/** Stable entity ids: the knowledge-base id or a slug of the name, made unique with -2, -3 … */

export function slug(s: string): string {
  // (A name in ASCII, most of them, has no accent to take off and no letter outside a–z once lower-cased.)
  if (ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'entity';
}

const ASCII = /^[\x00-\x7f]*$/;

export function assignIds(entities: EntityDraft[]): void {
  const used = new Set<string>();
  for (const e of entities) {
    if (e.id) { used.add(e.id); continue; }
    e.id = freeId(used, e.kb?.id ?? slug(e.name));
  }
}

/** `id`, or `id-2`, `id-3` … : the first one not used yet (and now used). */
export function freeId(used: Set<string>, id: string): string {
  let free = id;
  for (let n = 2; used.has(free); n++) free = `${id}-${n}`;
  used.add(free);
  return free;
}
