/**
 * Issue 13: a verb whose object stands before its "of" or "as" ("accused him of", "described the
 * plan as") is a passive participle when that word follows it at once after a noun or an aside's
 * comma: "the man accused of the attack told police …" is no report of the man's, and the main
 * verb's report is read instead (cues/notAVerbHere.ts reducedPassive). Verbs whose "of" needs no
 * object ("warned of", "boasted of") and relative clauses whose object is gapped ("the blast that
 * the mayor described as …") keep the cue. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { expectCoveredBy, expectNotUttered } from '../../helpers.js';

/** The cue words of the utterances of `text`. */
const cues = (text: string): (string | undefined)[] => analyze(text).utterances.map((u) => u.cue?.text);

describe('a passive participle after its noun is no cue', () => {
  test.each([
    ['Neighbours of the man accused of the attack told police that he had been acting strangely.', 'accused'],
    ['A charity accused of hiding its funds has hired a new director.', 'accused'],
    ['The senator, described as a moderate, said the bill was dead.', 'described'],
    ['A lawyer described as a witness said the car was red.', 'described'],
    // The agent's "by" right after the participle.
    ['Reporters described by Hale as hostile said he lied.', 'described'],
  ])('%s → no cue %s', (text, cue) => {
    expect(cues(text)).not.toContain(cue);
  });

  test('the main verb reports instead', () => {
    expectCoveredBy('Neighbours of the man accused of the attack told police that he had been acting strangely.', 'he had been acting strangely', 'Neighbours');
    expectNotUttered('Neighbours of the man accused of the attack told police that he had been acting strangely.', 'of the attack');
  });

  test.each([
    ['Doctors warned of the danger of a flood.', 'warned'],
    ['The candidate boasted of his skill at cutting deals.', 'boasted'],
    ['Lee accused Ruiz of lying.', 'accused'],
    ['Ten stalls were lost in a fire that Mayor Tom Vale described as “a deliberate crime.”', 'described'],
    ['The deal collapsed over what Ana Ruiz described as “a betrayal.”', 'described'],
  ])('unchanged: %s → cue %s', (text, cue) => {
    expect(cues(text)).toContain(cue);
  });
});
