/**
 * Raw tallies of one article or of a corpus. Scores are computed from them, so pooling a corpus
 * is summing counts (micro-averaging): a long article weighs more than a short one.
 */
export interface EvaluationCounts {
  /** Predicted quoted utterances that count (those landing on an optional gold utterance are left out). */
  quotesPredicted: number;
  /** …of which at least half lies in one gold utterance. */
  quotesDetected: number;
  /** …of which also has that gold utterance's speaker. */
  quotesCorrect: number;
  /** Gold quoted utterances (direct, partial, embedded, post, turn) that are not optional. */
  quotesGold: number;
  /** …of which predictions cover at least half. */
  quotesFound: number;
  /** …of which also the prediction covering most of it has the right speaker. */
  quotesRight: number;
  /** Gold indirect utterances that are not optional. */
  indirectGold: number;
  /** …found and rightly attributed, as for quotes. */
  indirectRight: number;
  /** Distinct predicted (source, target, polarity) triples that count, neutral left out. */
  stancesPredicted: number;
  /** …of which are required gold triples. */
  stancesCorrect: number;
  /** Distinct required (not optional) gold triples. */
  stancesGold: number;
  /** (required gold stance, evidence utterance) pairs. */
  evidenceGold: number;
  /** …carried by a predicted stance of the same triple on an overlapping utterance. */
  evidenceRight: number;
  /** Gold asymmetry pairs. */
  asymmetryGold: number;
  /** …whose sign the predicted stances get right. */
  asymmetryRight: number;
}

/** Precision, recall and F1 computed from {@link EvaluationCounts}. */
export interface EvaluationScores {
  quoteDetection: { precision: number; recall: number };
  quoteAttribution: { precision: number; recall: number; f1: number };
  indirectSpeech: { recall: number };
  stance: { precision: number; recall: number; f1: number };
  stanceEvidence: { recall: number };
  /** `accuracy` is `right / of`, or 1 when there is nothing to get right. */
  asymmetry: { right: number; of: number; accuracy: number };
}

/** All counts at zero: the start of a tally. */
export function emptyCounts(): EvaluationCounts {
  return {
    quotesPredicted: 0, quotesDetected: 0, quotesCorrect: 0, quotesGold: 0, quotesFound: 0, quotesRight: 0,
    indirectGold: 0, indirectRight: 0, stancesPredicted: 0, stancesCorrect: 0, stancesGold: 0,
    evidenceGold: 0, evidenceRight: 0, asymmetryGold: 0, asymmetryRight: 0,
  };
}

/** Adds counts field by field. */
export function addCounts(a: EvaluationCounts, b: EvaluationCounts): EvaluationCounts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof EvaluationCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

/**
 * `part / whole`, and 1 when `whole` is 0: with nothing to find, nothing was missed, and with
 * nothing predicted, nothing was predicted wrongly (the convention of the shared scorer).
 */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Harmonic mean of precision and recall; 0 when both are 0. */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Turns counts into scores.
 *
 * @example
 * scoresOf({ ...emptyCounts(), quotesPredicted: 4, quotesCorrect: 3, quotesGold: 6, quotesRight: 3 }).quoteAttribution;
 * // { precision: 0.75, recall: 0.5, f1: 0.6 }
 */
export function scoresOf(c: EvaluationCounts): EvaluationScores {
  const qP = ratio(c.quotesCorrect, c.quotesPredicted);
  const qR = ratio(c.quotesRight, c.quotesGold);
  const sP = ratio(c.stancesCorrect, c.stancesPredicted);
  const sR = ratio(c.stancesCorrect, c.stancesGold);
  return {
    quoteDetection: { precision: ratio(c.quotesDetected, c.quotesPredicted), recall: ratio(c.quotesFound, c.quotesGold) },
    quoteAttribution: { precision: qP, recall: qR, f1: f1(qP, qR) },
    indirectSpeech: { recall: ratio(c.indirectRight, c.indirectGold) },
    stance: { precision: sP, recall: sR, f1: f1(sP, sR) },
    stanceEvidence: { recall: ratio(c.evidenceRight, c.evidenceGold) },
    asymmetry: { right: c.asymmetryRight, of: c.asymmetryGold, accuracy: ratio(c.asymmetryRight, c.asymmetryGold) },
  };
}
