import type { TokenDoc } from '../adapters/wink.js';
import type { Evidence } from '../model/index.js';
import data from '../data/directedModel.json' with { type: 'json' };
import { directedFeatures } from './directedFeatures.js';
import { argmax, lazyModel, scoreLinear, weightOf, type LinearModel } from './model/linearModel.js';
import { round } from '../util/round.js';

/**
 * The directed stance model (src/data/directedModel.json, trained by scripts/train-directed.mjs),
 * validated against its schema on first use.
 */
export const directedModel: () => LinearModel = lazyModel(data);

/** The model's five classes, relative to the mention that comes first in the text. */
export type DirectedClass = 'none' | 'firstPraisesSecond' | 'secondPraisesFirst' | 'firstCriticisesSecond' | 'secondCriticisesFirst';

/** What the model makes of a pair of mentions. */
export interface DirectedDecision {
  readonly label: DirectedClass;
  /** Probability of each class, in the model's class order. */
  readonly probabilities: readonly number[];
  /** Tokens whose word features pushed the decision most toward its label (away from none), strongest first. */
  readonly cues: readonly { readonly token: number; readonly weight: number }[];
}

/**
 * Classifies the relation between two mentions of `doc`, given as token ranges [from, to) with
 * `first` before `second` in the text. Pure and fast: one feature pass and one sparse dot product.
 */
export function classifyDirected(doc: TokenDoc, first: readonly [number, number], second: readonly [number, number]): DirectedDecision {
  const model = directedModel();
  const feats = directedFeatures(doc, first, second);
  const probabilities = scoreLinear(model, feats.values);
  const best = argmax(probabilities);
  const label = model.classes[best] as DirectedClass;
  const byToken = new Map<number, number>();
  if (best !== 0) {
    for (const [f, i] of feats.cues) {
      const toward = weightOf(model, f, best);
      if (toward !== undefined) byToken.set(i, (byToken.get(i) ?? 0) + toward - weightOf(model, f, 0)!);
    }
  }
  const cues = [...byToken]
    .filter(([, w]) => w > 0)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, 3)
    .map(([token, weight]) => ({ token, weight }));
  return { label, probabilities, cues };
}

/**
 * The decision's cue tokens as evidence: each token's weight, negative when the stance is
 * criticism (`praise` false), rounded to three decimals (stanceBetween, sentimentToward).
 */
export function cueEvidence(doc: TokenDoc, d: DirectedDecision, praise: boolean): Evidence[] {
  return d.cues.map(({ token, weight }) => {
    const t = doc.tokens[token]!;
    return { start: t.start, end: t.end, text: t.value, weight: round(praise ? weight : -weight) };
  });
}
