import { readTokens } from '../../adapters/wink.js';
import { directedFeatures } from '../directedFeatures.js';
import { targetFeatures } from '../targetFeatures.js';
import { tokenRange } from '../tokenRange.js';
import { fingerprint } from './linearModel.js';

/**
 * Invented probe sentences with two marked mentions ([…]). What the feature extractors make of
 * them is hashed into a fingerprint that the training scripts record in the model data and a test
 * recomputes: change an extractor and the shipped model must be retrained.
 */
const PROBES = [
  '[Ortega] praised [Lindqvist] for her patience during the talks.',
  '[The mayor] was sharply criticised by [the union] on Friday, "again," they said.',
  'The plan is a disaster for the region, [Okafor] told reporters after meeting [Brandt].',
  '[Ruiz] did not blame [the council] for the delays.',
];

/** A probe as text with the spans of its two bracketed mentions. */
export function probe(marked: string): { text: string; a: { start: number; end: number }; b: { start: number; end: number } } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === '[') open = text.length;
    else if (ch === ']') spans.push({ start: open, end: text.length });
    else text += ch;
  }
  return { text, a: spans[0]!, b: spans[1]! };
}

/** Fingerprint of directedFeatures (the shipped feature sets) on the probes. */
export function directedFingerprint(): string {
  return fingerprint(
    PROBES.map((m) => {
      const { text, a, b } = probe(m);
      const doc = readTokens(text);
      return directedFeatures(doc, tokenRange(doc, a), tokenRange(doc, b)).values;
    }),
  );
}

/** Fingerprint of targetFeatures on the probes (each mention in turn). */
export function targetFingerprint(): string {
  return fingerprint(
    PROBES.flatMap((m) => {
      const { text, a, b } = probe(m);
      const doc = readTokens(text);
      return [a, b].map((s) => {
        const [first, last] = tokenRange(doc, s);
        return targetFeatures(doc, first, last).values;
      });
    }),
  );
}
