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
  /** The utterances that carry the edge: `articleId:utteranceId` when the article has an id. */
  utteranceIds: z.array(z.string()),
  articleIds: z.array(z.string()),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const PraiseGraph = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export type PraiseGraph = z.infer<typeof PraiseGraph>;
