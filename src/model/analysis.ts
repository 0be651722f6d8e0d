import { z } from 'zod';
import { Entity } from './entity.js';
import { AnalysisIssue } from './issue.js';
import { Stance } from './stance.js';
import { Utterance } from './utterance.js';

/** Everything plaudit found in one text: plain, JSON-serialisable data. */
export const Analysis = z.object({
  /** The article id given in the options, if any. */
  id: z.string().optional().describe('The article id given in the options, if any.'),
  /** The article date given in the options (ISO 8601), if any. */
  date: z.string().optional().describe('The article date given in the options (ISO 8601), if any.'),
  /** Length of the input in UTF-16 code units (`text.length`): every span lies inside [0, length]. */
  length: z.number().int().nonnegative().describe('Length of the input in UTF-16 code units (text.length): every span lies inside [0, length].'),
  /** The people, organisations, groups and places the text mentions, each with every mention. */
  entities: z.array(Entity).describe('The people, organisations, groups and places the text mentions, each with every mention.'),
  /** Quotes, posts, transcript turns and reported speech, in text order, each with its speaker. */
  utterances: z.array(Utterance).describe('Quotes, posts, transcript turns and reported speech, in text order, each with its speaker.'),
  /** Praise, criticism or neutral mention by each speaker toward each entity of their utterances, in text order. */
  stances: z.array(Stance).describe('Praise, criticism or neutral mention by each speaker toward each entity of their utterances, in text order.'),
  /** What could not be decided or looks wrong with the input (unknown speaker, unbalanced quote, empty or binary input …), by offset. */
  issues: z.array(AnalysisIssue).describe('What could not be decided or looks wrong with the input (unknown speaker, unbalanced quote, empty or binary input …), by offset.'),
});
/**
 * Everything plaudit found in one text: entities, utterances, stances and issues, with offsets
 * into the input in UTF-16 code units.
 * @useDeclaredType
 */
export type Analysis = z.infer<typeof Analysis>;
