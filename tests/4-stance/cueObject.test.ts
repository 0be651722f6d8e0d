/**
 * An evaluative cue whose object stands between the cue and the reported words judges it:
 * 'accused Acme “of hiding the losses”', "hit back at Ross's claim that …"
 * (src/4-stance/scoring/cueObject.ts).
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('the object before the reported words is judged', () => {
  test.each([
    { text: 'Senator Ada Quill accused Globex “of hiding the losses for years.”', expected: 'Ada Quill>Globex:criticism' },
    { text: 'The coach hit back at Mayor Lena Ortiz’s claim that the team must relocate.', expected: 'coach>Lena Ortiz:criticism' },
    { text: 'Mayor Lena Ortiz thanked Judge Ana Weiss “for her patience and her courage.”', expected: 'Lena Ortiz>Ana Weiss:praise' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('a neutral, negated or passive cue judges nothing here', () => {
  test.each([
    { text: 'Senator Ada Quill told Globex “we will meet again next week.”', absent: 'Ada Quill>Globex' },
    { text: 'Senator Ada Quill did not accuse Globex “of anything at all.”', absent: 'Ada Quill>Globex:criticism' },
    { text: 'The report by Ada Quill drew scorn for its claim that Globex would fail.', absent: '>Globex:criticism' },
  ])('$text', ({ text, absent }) => {
    expect(polar(text).filter((s) => s.includes(absent))).toEqual([]);
  });
});
