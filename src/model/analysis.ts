import { z } from 'zod';
import { Entity } from './entity.js';
import { AnalysisIssue } from './issue.js';
import { Stance } from './stance.js';
import { Utterance } from './utterance.js';

/** Everything plaudit found in one text: plain, JSON-serialisable data. */
export const Analysis = z.object({
  /** The article id given in the options, if any. */
  id: z.string().optional(),
  /** The article date given in the options (ISO 8601), if any. */
  date: z.string().optional(),
  /** Length of the input in UTF-16 code units: every span lies inside [0, length]. */
  length: z.number().int().nonnegative(),
  entities: z.array(Entity),
  utterances: z.array(Utterance),
  stances: z.array(Stance),
  issues: z.array(AnalysisIssue),
});
export type Analysis = z.infer<typeof Analysis>;
