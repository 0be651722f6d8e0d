/**
 * Punctuation the stance rules stop at. Punctuation lists belong to src/vocabulary/punctuation.ts,
 * owned by the stage-3 restructuring: these join it when the branches merge.
 */

/** Sentence ends (and the semicolon): an evaluation or a clause stops here. */
export const STOP = new Set(['.', '?', '!', ';']);

/** Quote marks between a writer's frame and the quote ('X is "…"'). */
export const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
