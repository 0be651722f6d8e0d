import { describe, expect, test } from 'vitest';
import { dashOrColonLabel, labelInside } from '../../../src/3-attribution/sieves/04-dashColonLabel.js';
import { headlineLabels } from '../../../src/3-attribution/sieves/10-headlineLabels.js';
import { prepare, words } from './prepare.js';

/** The label sieve 04 gives the first quote of `text`, or null. */
function label(text: string): string | null {
  const st = prepare(text);
  const q = st.seg.quotes[0]!;
  return words(st, (dashOrColonLabel(st.seg, st.ents, q) ?? labelInside(st.seg, st.ents, q))?.source.span);
}

describe('sieve 04: a dash or colon label with no verb', () => {
  test.each([
    ['“We will not back down.” — Senator Maria Lopez', 'Senator Maria Lopez'],
    ['Governor Tom Reyes: “This race is ours.”', 'Governor Tom Reyes'],
    ['"ORTIZ: We start again on Monday."', 'ORTIZ'],
  ])('%s → %s', (text, source) => {
    expect(label(text)).toBe(source);
  });

  test.each([
    ['“We will not back down.” The crowd cheered.'],
    ['The motto: “Always forward.”'],
    ['“We will not back down.” — and the crowd cheered.'],
  ])('no label: %s', (text) => {
    expect(label(text)).toBeNull();
  });
});

/** The reports sieve 10 makes: [speaker phrase, words]. */
function headlines(text: string): [string | null, string | null][] {
  const st = prepare(text);
  headlineLabels(st);
  return st.drafts.map((d) => [words(st, d.mention), words(st, d)]);
}

describe('sieve 10: a headline opened by a name and a colon', () => {
  test('the words after the colon are the named person’s', () => {
    expect(headlines('Brenner: The levee plan is a waste of money\n\nThe council meets on Monday.')).toEqual([['Brenner', 'The levee plan is a waste of money']]);
  });
  test.each([
    ['Update: The council meets on Monday to vote on the levee plan.'],
    ['Note: this story has been corrected since it was first published.'],
    ['The council meets on Monday.'],
  ])('an editorial label or no label is no report: %s', (text) => {
    expect(headlines(text)).toEqual([]);
  });
});
