import { z } from 'zod';
import { EntityType } from './entity.js';

/** An entity of the praise graph, merged across articles by knowledge-base id or normalised name. */
export const GraphNode = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  /** Articles that mention the entity (ids, or `#n` for the n-th analysis without id). */
  articleIds: z.array(z.string()),
});
export type GraphNode = z.infer<typeof GraphNode>;

/** All stances from `source` toward `target`, pooled. */
export const GraphEdge = z.object({
  source: z.string(),
  target: z.string(),
  praise: z.number().int().nonnegative(),
  criticism: z.number().int().nonnegative(),
  neutral: z.number().int().nonnegative(),
  /** praise − criticism */
  net: z.number().int(),
  /** Mean stance score over the edge's stances, -1..1. */
  meanScore: z.number(),
  /** The utterances that carry the edge, once each: `articleId:utteranceId` (`#n:utteranceId` for the n-th analysis without id). */
  utteranceIds: z.array(z.string()),
  articleIds: z.array(z.string()),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const PraiseGraph = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export type PraiseGraph = z.infer<typeof PraiseGraph>;

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?/, 'an ISO 8601 date such as 2024-02-20');

/**
 * Options of `praiseGraph()`; every field optional. `from` and `to` are inclusive ISO 8601 dates;
 * a partial date (`2024`, `2024-02`) on either side covers its whole year or month.
 */
export const PraiseGraphOptions = z.strictObject({
  /** Keep only articles and stances dated on or after this day. Default: no lower bound. */
  from: IsoDate.optional(),
  /** Keep only articles and stances dated on or before this day. Default: no upper bound. */
  to: IsoDate.optional(),
  /** With `from` or `to`, also drop articles and stances that carry no date. Default false: undated data is kept. */
  dropUndated: z.boolean().optional(),
});
export type PraiseGraphOptions = z.input<typeof PraiseGraphOptions>;
