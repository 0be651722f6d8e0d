export { scoreSentiment } from './scoreSentiment.js';
export { scoreStances } from './scoreStances.js';
export { sentimentToward } from './sentimentToward.js';
export { stanceBetween } from './stanceBetween.js';
export type { StanceInput } from './types.js';
