import type { Analysis } from '../model/analysis.js';
import type { EntityType } from '../model/entity.js';
import { PlauditError } from '../model/errors.js';
import { PraiseGraphOptions, type GraphNode } from '../model/graph.js';
import { describe, parseOrThrow } from '../model/options.js';
import type { Stance, StancePolarity } from '../model/stance.js';
import { dateInRange, isoDatePrefix } from './dates.js';
import { normalizeName } from './normalizeName.js';
import { QUANTIFIED_PEOPLE } from '../vocabulary/pronouns.js';

/** What `praiseGraph` and `bootstrapAsymmetry` accept: one analysis, many, or bare stances. */
export type PraiseGraphInput = Analysis | readonly Analysis[] | readonly Stance[];

/** One stance with its ends resolved to graph nodes (indexes into `nodes`). */
export interface StanceRecord {
  readonly source: number;
  readonly target: number;
  readonly polarity: StancePolarity;
  readonly score: number;
  /** `articleId:utteranceId`: the unit a bootstrap resamples. */
  readonly utterance: string;
  readonly articleId: string;
}

export interface CollectedStances {
  readonly nodes: GraphNode[];
  readonly records: StanceRecord[];
}

interface Sighting {
  draft: number;
  name: string;
  aliases: readonly string[];
  type: EntityType | undefined;
  kbId: string | undefined;
  articleId: string;
}

/**
 * Resolves the input to merged nodes and per-stance records; `praiseGraph` sums the records into
 * edges, `bootstrapAsymmetry` resamples them.
 *
 * Entities meet on their knowledge-base id or on their normalised canonical name (`normalizeName`),
 * transitively: an entity known to the knowledge base in one article and only by name in another
 * becomes one node. Two different knowledge-base ids never merge, even under one name (Georgia
 * the country, Georgia the state). A `role` ("a protester") and a quantifier over people ("no
 * one") meet only within their article: two articles' protesters are two people. Aliases are not merge keys, because two people share a surname
 * far more often than two entities share a full name. A stance whose entity is missing from `entities` (or bare
 * stances) is placed by the name in its reference.
 *
 * Analyses without an id are called `#1`, `#2` … by their place in the input. A stance inside an
 * analysis belongs to that analysis's article, whatever its own `articleId` copy says, so two
 * renamed copies of one analysis are two articles. Bare stances belong to their `articleId`, or
 * all to `#1` without one: pass analyses to keep articles apart.
 */
export function collectStances(input: PraiseGraphInput, options?: PraiseGraphOptions): CollectedStances {
  const opts = options === undefined ? {} : parseOrThrow(PraiseGraphOptions, options, 'praiseGraph options', 'invalid-options');
  const from = isoDatePrefix(opts.from);
  const to = isoDatePrefix(opts.to);
  const filtering = from !== undefined || to !== undefined;
  const keep = (date: string | undefined): boolean => {
    if (!filtering) return true;
    const d = isoDatePrefix(date);
    return d === undefined ? !opts.dropUndated : dateInRange(d, from, to);
  };

  // corpora repeat a few thousand names millions of times: normalise each once per call
  const normCache = new Map<string, string>();
  const norm = (name: string): string => {
    let v = normCache.get(name);
    if (v === undefined) normCache.set(name, (v = normalizeName(name)));
    return v;
  };
  const parent: number[] = [];
  const keys = new Map<string, number>();
  const sightings: Sighting[] = [];
  const raw: { source: number; target: number; polarity: StancePolarity; score: number; utterance: string; articleId: string }[] = [];

  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  /** The knowledge-base id of each root draft: two different ids never unite, whatever their names. */
  const kbOf: (string | undefined)[] = [];
  /** The draft for these keys, uniting drafts the keys already point to (lower index wins, so order is first-seen). */
  const draftFor = (kbId: string | undefined, name: string, scope = ''): number => {
    const ks: string[] = [];
    if (kbId) ks.push(`kb\u0000${kbId}`);
    const key = norm(name);
    ks.push(`n\u0000${scope}\u0000${key === '' ? String(name) : key}`);
    let root = -1;
    for (const k of ks) {
      const d = keys.get(k);
      if (d === undefined) continue;
      const r = find(d);
      const mine = root === -1 ? kbId : kbOf[root];
      if (mine && kbOf[r] && kbOf[r] !== mine) continue;
      if (root === -1) root = r;
      else if (r !== root) {
        const [lo, hi] = r < root ? [r, root] : [root, r];
        parent[hi] = lo;
        kbOf[lo] ??= kbOf[hi];
        root = lo;
      }
    }
    if (root === -1) {
      root = parent.length;
      parent.push(root);
      kbOf.push(kbId || undefined);
    } else if (kbId && !kbOf[root]) {
      kbOf[root] = kbId;
    }
    for (const k of ks) if (!keys.has(k)) keys.set(k, root);
    return root;
  };

  const addStance = (s: Stance, articleId: string, local: Map<string, number> | undefined, fallbackDate: string | undefined): void => {
    if (!s || typeof s !== 'object' || !s.source || !s.target) return;
    if (!keep(s.date ?? fallbackDate)) return;
    const end = (ref: Stance['source']): number => {
      const known = local?.get(ref.entityId);
      if (known !== undefined) return known;
      const d = draftFor(undefined, ref.name);
      sightings.push({ draft: d, name: ref.name, aliases: [], type: undefined, kbId: undefined, articleId });
      return d;
    };
    const source = end(s.source);
    const target = end(s.target);
    const score = Number.isFinite(s.score) ? Math.max(-1, Math.min(1, s.score)) : 0;
    raw.push({ source, target, polarity: s.polarity, score, utterance: `${articleId}:${s.utteranceId}`, articleId });
  };

  const addAnalysis = (a: Analysis, n: number): void => {
    if (!a || typeof a !== 'object') return;
    if (!keep(a.date)) return;
    const articleId = a.id ?? `#${n}`;
    const local = new Map<string, number>();
    for (const e of a.entities ?? []) {
      // ("a spokeswoman" of one article is not the spokeswoman of another, nor is its "no one":
      // a role or a quantifier over people meets only its own article's.)
      const d = draftFor(e.kbId, e.name, e.type === 'role' || QUANTIFIED_PEOPLE.has(e.name.toLowerCase()) ? articleId : '');
      local.set(e.id, d);
      sightings.push({ draft: d, name: e.name, aliases: e.aliases ?? [], type: e.type, kbId: e.kbId, articleId });
    }
    // the analysis id wins over a stance's copy of it: a renamed copy of an analysis is another article
    for (const s of a.stances ?? []) addStance(s, a.id ?? s.articleId ?? articleId, local, a.date);
  };

  if (Array.isArray(input)) {
    const items = input as readonly unknown[];
    items.forEach((item, i) => {
      if (isAnalysis(item)) addAnalysis(item, i + 1);
      else if (isStance(item)) addStance(item, item.articleId ?? '#1', undefined, undefined);
      else throw new PlauditError('invalid-argument', `plaudit: praiseGraph expects analyses or stances, item ${i} is ${describe(item)}`);
    });
  } else if (isAnalysis(input)) {
    addAnalysis(input, 1);
  } else {
    throw new PlauditError('invalid-argument', `plaudit: praiseGraph expects an analysis, an array of analyses or an array of stances, got ${describe(input)}`);
  }

  return finish(parent.length, find, sightings, raw);
}

function finish(
  drafts: number,
  find: (i: number) => number,
  sightings: readonly Sighting[],
  raw: readonly { source: number; target: number; polarity: StancePolarity; score: number; utterance: string; articleId: string }[],
): CollectedStances {
  interface Group {
    kbId?: string;
    kbName?: string;
    kbType?: EntityType;
    name?: string;
    type?: EntityType;
    names: Map<string, string>;
    articles: Set<string>;
    norm: string;
  }
  const groupOf = new Map<number, Group>();
  const order: number[] = [];
  const group = (draft: number): Group => {
    const r = find(draft);
    let g = groupOf.get(r);
    if (!g) {
      g = { names: new Map(), articles: new Set(), norm: '' };
      groupOf.set(r, g);
      order.push(r);
    }
    return g;
  };
  for (const s of sightings) {
    const g = group(s.draft);
    if (s.kbId && g.kbId === undefined) {
      g.kbId = s.kbId;
      g.kbName = s.name;
      g.kbType = s.type;
    }
    if (g.name === undefined) {
      g.name = s.name;
      g.norm = normalizeName(s.name);
    }
    if (g.type === undefined && s.type !== undefined) g.type = s.type;
    for (const n of [s.name, ...s.aliases]) {
      if (typeof n !== 'string' || n.trim() === '') continue;
      const k = n.toLowerCase();
      if (!g.names.has(k)) g.names.set(k, n);
    }
    g.articles.add(s.articleId);
  }
  for (let d = 0; d < drafts; d++) group(d);

  const used = new Set<string>();
  const index = new Map<number, number>();
  const nodes: GraphNode[] = order.map((root, i) => {
    const g = groupOf.get(root)!;
    const name = g.kbName ?? g.name ?? '';
    let id = g.kbId ?? (slug(g.norm) || 'entity');
    if (used.has(id)) {
      let k = 2;
      while (used.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    used.add(id);
    index.set(root, i);
    const lower = name.toLowerCase();
    const aliases = [...g.names.values()].filter((n) => n.toLowerCase() !== lower);
    return { id, name, type: g.kbType ?? g.type ?? 'person', aliases, articleIds: [...g.articles] };
  });
  const records: StanceRecord[] = raw.map((r) => ({ ...r, source: index.get(find(r.source))!, target: index.get(find(r.target))! }));
  return { nodes, records };
}

/** A readable, id-safe form of a normalised name: `jens-stoltenberg`; letters of any script are kept. */
function slug(norm: string): string {
  return norm.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

function isAnalysis(x: unknown): x is Analysis {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Array.isArray((x as Analysis).stances) && Array.isArray((x as Analysis).entities);
}

function isStance(x: unknown): x is Stance {
  const s = x as Stance;
  return typeof x === 'object' && x !== null && typeof s.polarity === 'string' && typeof s.source === 'object' && s.source !== null && typeof s.target === 'object' && s.target !== null;
}
