/**
 * The conjuncts of a coordinated object are each judged: "criticized both Lee and Senator Ross",
 * "accused Acme and its parent company Initech of …" (src/4-stance/scoring/coordination.ts, read by
 * scoring/cue.ts and assignHits.ts).
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('each conjunct of the object is judged', () => {
  test.each([
    { text: 'Senator Ada Quill criticized both Governor Tom Brandt and Mayor Lena Ortiz for the delays.', expected: ['Ada Quill>Tom Brandt:criticism', 'Ada Quill>Lena Ortiz:criticism'] },
    { text: 'The union accused Acme Corp. and its parent company Globex of breaking the contract.', expected: ['union>Acme Corp.:criticism', 'union>Globex:criticism'] },
    { text: 'Mayor Lena Ortiz praised Councillor Paul Greer, Judge Ana Weiss and Sheriff Tom Kirby for their work.', expected: ['Lena Ortiz>Paul Greer:praise', 'Lena Ortiz>Ana Weiss:praise', 'Lena Ortiz>Tom Kirby:praise'] },
  ])('$text', ({ text, expected }) => {
    const got = polar(text);
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('a name past a verb, a clause word or another preposition is no conjunct', () => {
  test.each([
    { text: 'Senator Ada Quill accused Governor Tom Brandt of helping Mayor Lena Ortiz.', absent: 'Ada Quill>Lena Ortiz:criticism' },
    { text: 'Senator Ada Quill criticized the donors and the groups that back Mayor Lena Ortiz.', absent: 'Ada Quill>Lena Ortiz:criticism' },
    { text: 'Senator Ada Quill criticized Governor Tom Brandt in a letter to Mayor Lena Ortiz.', absent: 'Ada Quill>Lena Ortiz:criticism' },
  ])('$text', ({ text, absent }) => {
    expect(polar(text)).not.toContain(absent);
  });
});
