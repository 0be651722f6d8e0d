/**
 * "X slammed Y, saying …": the speaker's act of praise or criticism before a participle cue
 * judges its object, though the reported words start after the comma
 * (src/4-stance/scoring/precedingAct.ts).
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('the act before the participle judges its object', () => {
  test.each([
    { text: 'Governor Ada Quill has often criticized Globex, claiming it works against her party.', expected: 'Ada Quill>Globex:criticism' },
    { text: 'Mayor Lena Ortiz praised Judge Ana Weiss, saying the ruling took courage.', expected: 'Lena Ortiz>Ana Weiss:praise' },
    { text: 'Senator Tom Brandt also attacked Acme Corp. and Globex, claiming the firms hid the losses.', expected: 'Tom Brandt>Globex:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('no act of the speaker, no stance from it', () => {
  test.each([
    // The verb is negated.
    { text: 'Governor Ada Quill did not criticize Globex, saying the matter was for the courts.', absent: 'Ada Quill>Globex:criticism' },
    // Someone else criticised the body; the speaker only explains.
    { text: 'Mayor Lena Ortiz said Judge Ana Weiss criticized Globex, adding that the firm will appeal.', absent: 'Lena Ortiz>Globex:criticism' },
    // The verb's object is no one; the name comes later.
    { text: 'Governor Ada Quill criticized the plan, noting that Globex had paid for the study.', absent: 'Ada Quill>Globex:criticism' },
  ])('$text', ({ text, absent }) => {
    expect(polar(text)).not.toContain(absent);
  });
});
