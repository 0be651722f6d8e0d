import type { EntityType } from '../../model/entity.js';
import type { KnowledgeEntry } from '../../model/knowledge.js';
import type { Span } from '../../model/span.js';
import { normalizeName } from '../knowledgeIndex.js';
import { commonNounType } from './commonNounType.js';
import { freeId, slug } from './ids.js';
import type { EntityDraft, EntityIndex } from './types.js';

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
export function addEntity(index: EntityIndex, name: string, asked: EntityType, mention?: Span, entry?: KnowledgeEntry): number {
  // A common noun names a person only when it names one: "the report" is a document, "the move" a thing.
  const type = entry || (asked !== 'person' && asked !== 'group') ? asked : commonNounType(name, asked) ?? asked;
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
