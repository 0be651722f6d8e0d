/** Stage 4, stances: the entry of the stage (what analyze() and the public API use). */
export { scoreSentiment } from './scoreSentiment.js';
export { scoreStances } from './scoreStances.js';
export { stancesWithActs } from './stancesWithActs.js';
export { sentimentToward } from './sentimentToward.js';
export { stanceBetween } from './stanceBetween.js';
export type { StanceInput } from './types.js';
