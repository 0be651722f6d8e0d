import { describe, expect, test } from 'vitest';
import { segment } from '../../src/1-segment/segment.js';
import { findAnchors } from '../../src/3-attribution/anchors.js';
import { cueAt } from '../../src/3-attribution/cues/matchCue.js';

/** The anchors of a text with no speech quotes, and the text each covers. */
function anchorsOf(text: string) {
  const seg = segment(text);
  return { seg, anchors: findAnchors(seg, new Set()) };
}

describe('anchors carry their cue whole (anchors.ts)', () => {
  test.each([
    ['Senator Hale said that the bill would pass.', ['say']],
    ['The mayor told reporters the bridge was safe, and her deputy later denied it.', ['tell', 'deny']],
    ['A new poll shows that voters in Ostland are split.', ['show']],
    ['Ostland and Westmark signed the treaty in June.', ['sign']],
  ])('%s', (text, lemmas) => {
    const { seg, anchors } = anchorsOf(text);
    expect(anchors.map((a) => a.lemma)).toEqual(lemmas);
    anchors.forEach((a, k) => {
      const { index, learned, ...cue } = a;
      expect(index).toBe(k);
      // A weak row ("signed", 0.15) is an anchor only as learned; a strong one has no flag.
      expect(learned).toBe(a.confidence < 0.5 ? true : undefined);
      // Every field of the cue, the evidence flag of a finding included, and no other.
      expect(cue).toEqual(cueAt(seg.doc.tokens, a.first));
      expect(Object.keys(cue)).toEqual(Object.keys(cueAt(seg.doc.tokens, a.first)!));
    });
  });

  test.each([['The bridge opened on Monday.'], ['The storm closed the road to Ostland for a week.']])('no anchor in %s', (text) => {
    expect(anchorsOf(text).anchors).toEqual([]);
  });
});
