import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { articleText, utf16Text } from './articleText.js';
import { invariantViolations } from './invariants.js';

const runs = { numRuns: 200 };

/** Analyses `text`, and checks the invariants and that a second analysis gives the same JSON. */
function holds(text: string): boolean {
  const a = analyze(text);
  const problems = invariantViolations(text, a);
  if (problems.length > 0) throw new Error(`${problems.slice(0, 5).join('\n')}\nin ${JSON.stringify(text.slice(0, 300))}`);
  expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(a));
  return true;
}

describe('analyze() on any string', () => {
  test.each([
    ['printable unicode (graphemes)', fc.string({ unit: 'grapheme', maxLength: 300 })],
    ['any code point', fc.string({ unit: 'binary', maxLength: 300 })],
    ['any UTF-16, lone surrogates included', utf16Text],
  ])('%s: never throws, spans are exact slices, ids resolve, output is deterministic', (_, arbitrary) => {
    fc.assert(fc.property(arbitrary, holds), runs);
  });
});

describe('analyze() on generated article-like text', () => {
  test('names, cues, quotes of every mark, nesting, unbalanced marks and paragraphs: invariants hold', () => {
    fc.assert(fc.property(articleText, holds), runs);
  });

  test('the same article inside other text keeps its invariants (prefix and suffix of any kind)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), articleText, fc.string({ maxLength: 40 }), (a, b, c) =>
        holds(a + b + c),
      ),
      { numRuns: 100 },
    );
  });
});

describe('the invariant checker itself', () => {
  const text = '"We will win," Maria Lopez said.';
  const good = {
    length: text.length,
    entities: [{ id: 'e1', name: 'Maria Lopez', type: 'person' as const, aliases: [], mentions: [{ start: 15, end: 26 }] }],
    utterances: [
      {
        id: 'u1', start: 1, end: 12, text: 'We will win', kind: 'direct' as const,
        speaker: { entityId: 'e1', name: 'Maria Lopez', mention: { start: 15, end: 26 } },
        cue: { start: 27, end: 31, text: 'said' }, sentiment: { score: 1, comparative: 0.3 }, confidence: 0.9,
      },
    ],
    stances: [],
    issues: [],
  };

  test('accepts a correct analysis', () => {
    expect(invariantViolations(text, good)).toEqual([]);
  });

  test.each([
    ['a span past the end', { utterances: [{ ...good.utterances[0]!, end: 99 }] }, /outside/],
    ['a text that is not its slice', { utterances: [{ ...good.utterances[0]!, text: 'We will lose' }] }, /≠ slice/],
    ['a cue that is not its slice', { utterances: [{ ...good.utterances[0]!, cue: { start: 27, end: 31, text: 'told' } }] }, /cue/],
    ['a duplicate id', { entities: [good.entities[0]!, good.entities[0]!] }, /not unique/],
    ['a speaker that is not an entity', { entities: [] }, /not an entity/],
    ['a missing parent', { utterances: [{ ...good.utterances[0]!, parentId: 'u9' }] }, /parent u9/],
    [
      'two overlapping utterances',
      { utterances: [good.utterances[0]!, { ...good.utterances[0]!, id: 'u2', start: 5, end: 20, text: text.slice(5, 20) }] },
      /overlap/,
    ],
    [
      'a stance on a missing utterance',
      { stances: [{ id: 's1', utteranceId: 'u7', source: { entityId: 'e1', name: 'x' }, target: { entityId: 'e1', name: 'x' }, polarity: 'praise' as const, score: 0.5, evidence: [] }] },
      /utterance u7/,
    ],
    ['a wrong length', { length: 3 }, /length/],
  ])('rejects %s', (_, change, message) => {
    expect(invariantViolations(text, { ...good, ...change }).join('\n')).toMatch(message);
  });

  test('accepts an embedded quote inside its parent', () => {
    const t = '"He told me \'never\' twice," Lopez said.';
    const outer = { ...good.utterances[0]!, start: 1, end: 26, text: t.slice(1, 26) };
    const inner = { ...good.utterances[0]!, id: 'u2', kind: 'embedded' as const, parentId: 'u1', start: 13, end: 18, text: t.slice(13, 18) };
    const analysis = { ...good, length: t.length, entities: [{ ...good.entities[0]!, mentions: [] }], utterances: [outer, inner].map((u) => ({ ...u, speaker: null, cue: undefined })) };
    expect(invariantViolations(t, analysis)).toEqual([]);
  });
});
