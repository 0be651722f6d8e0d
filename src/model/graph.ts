import { z } from 'zod';
import { EntityType } from './entity.js';

/** An entity of the praise graph, merged across articles by knowledge-base id or normalised name. */
export const GraphNode = z.object({
  /** Node id, unique in the graph: the knowledge-base id when the entity is known, else a slug of its normalised name (`-2`, `-3` … when taken); edges refer to it. */
  id: z.string().describe('Node id, unique in the graph: the knowledge-base id when the entity is known, else a slug of its normalised name (-2, -3 … when taken); edges refer to it.'),
  /** Canonical name: the knowledge base's, else the name of the first analysis that names the entity. */
  name: z.string().describe("Canonical name: the knowledge base's, else the name of the first analysis that names the entity."),
  /** `person`, `organization`, `group`, `country` (a state that acts: "Russia said") or `place` (a city, a region: somewhere, not someone); `document` or `thing` for the rest. */
  type: EntityType.describe('person, role (someone named only by a common noun: one node per article), organization, group, country (a state that acts), place (a city, a region), document or thing.'),
  /** Every other name used for the entity across the analyses. */
  aliases: z.array(z.string()).describe('Every other name used for the entity across the analyses.'),
  /** Articles that mention the entity (ids, or `#n` for the n-th analysis without id). */
  articleIds: z.array(z.string()).describe('Articles that mention the entity (ids, or #n for the n-th analysis without id).'),
});
/**
 * An entity of the praise graph, merged across articles.
 * @useDeclaredType
 */
export type GraphNode = z.infer<typeof GraphNode>;

/** All stances from `source` toward `target`, pooled. */
export const GraphEdge = z.object({
  /** Id of the node that holds the stances (the speaker). */
  source: z.string().describe('Id of the node that holds the stances (the speaker).'),
  /** Id of the node the stances are about. */
  target: z.string().describe('Id of the node the stances are about.'),
  /** Number of praising stances (a count, ≥ 0). */
  praise: z.number().int().nonnegative().describe('Number of praising stances (a count, >= 0).'),
  /** Number of critical stances (a count, ≥ 0). */
  criticism: z.number().int().nonnegative().describe('Number of critical stances (a count, >= 0).'),
  /** Number of neutral stances: the source speaks of the target without evaluating it. */
  neutral: z.number().int().nonnegative().describe('Number of neutral stances: the source speaks of the target without evaluating it.'),
  /** `praise − criticism`, a signed count. */
  net: z.number().int().describe('praise − criticism, a signed count.'),
  /** Mean stance score over all the edge's stances, neutral ones (0) included, in [-1, 1]. */
  meanScore: z.number().describe("Mean stance score over all the edge's stances, neutral ones (0) included, in [-1, 1]."),
  /** The utterances that carry the edge, once each: `articleId:utteranceId` (`#n:utteranceId` for the n-th analysis without id). */
  utteranceIds: z.array(z.string()).describe('The utterances that carry the edge, once each: articleId:utteranceId (#n:utteranceId for the n-th analysis without id).'),
  /** The articles the edge's stances come from (ids, or `#n`). */
  articleIds: z.array(z.string()).describe("The articles the edge's stances come from (ids, or #n)."),
});
/**
 * All stances from `source` toward `target`, pooled: counts, net and mean score.
 * @useDeclaredType
 */
export type GraphEdge = z.infer<typeof GraphEdge>;

/** Who praises or criticises whom: entities as nodes, pooled stances as directed edges. */
export const PraiseGraph = z.object({
  /** Every entity of the analyses, merged across articles. */
  nodes: z.array(GraphNode).describe('Every entity of the analyses, merged across articles.'),
  /** One edge per (source, target) pair with at least one stance. */
  edges: z.array(GraphEdge).describe('One edge per (source, target) pair with at least one stance.'),
});
/**
 * Who praises or criticises whom: nodes and directed, pooled edges.
 * @useDeclaredType
 */
export type PraiseGraph = z.infer<typeof PraiseGraph>;

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?/, 'an ISO 8601 date such as 2024-02-20');

/**
 * Options of `praiseGraph()`; every field optional. `from` and `to` are inclusive ISO 8601 dates;
 * a partial date (`2024`, `2024-02`) on either side covers its whole year or month.
 */
export const PraiseGraphOptions = z.strictObject({
  /** Keep only articles and stances dated on or after this day. Default: no lower bound. */
  from: IsoDate.optional().describe('Keep only articles and stances dated on or after this day. Default: no lower bound.'),
  /** Keep only articles and stances dated on or before this day. Default: no upper bound. */
  to: IsoDate.optional().describe('Keep only articles and stances dated on or before this day. Default: no upper bound.'),
  /** With `from` or `to`, also drop articles and stances that carry no date. Default false: undated data is kept. */
  dropUndated: z.boolean().optional().describe('With from or to, also drop articles and stances that carry no date. Default false: undated data is kept.'),
});
/**
 * Options of `praiseGraph()`; every field optional; dates inclusive, ISO 8601.
 * @useDeclaredType
 */
export type PraiseGraphOptions = z.input<typeof PraiseGraphOptions>;
