import data from '../data/targetModel.json' with { type: 'json' };
import { lazyModel, type LinearModel } from './model/linearModel.js';

/**
 * The target sentiment model (src/data/targetModel.json, trained by scripts/train-stance.mjs on
 * NewsMTSC rw-train): classes negative, neutral, positive over the features of targetFeatures.ts.
 * Same format, loader and scorer as the directed stance model; validated on first use.
 */
export const targetModel: () => LinearModel = lazyModel(data);
