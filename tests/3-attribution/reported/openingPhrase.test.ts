/**
 * A participle or noun cue inside a prepositional phrase that opens its sentence reports only up
 * to the main clause after the phrase's comma (reported/openingPhrase.ts), as a
 * cue in an opening subordinate clause or participle phrase does. A finite verb after an opening
 * phrase with no comma is the main clause itself and keeps its whole report. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** The text of the indirect report whose cue's words start with `cue`, or null. */
function report(text: string, cue: string): string | null {
  const u = analyze(text).utterances.find((x) => x.kind === 'indirect' && x.cue?.text.startsWith(cue));
  return u ? u.text : null;
}

describe('a cue inside an opening prepositional phrase reports up to the main clause', () => {
  test.each([
    ['With polls showing the race tied, both campaigns spent heavily.', 'showing', 'the race tied'],
    ['In the wake of a fresh survey showing his support slipping, Senator Hale stayed home.', 'showing', 'his support slipping'],
    ['Despite warnings that the dam would fail, officials kept it open.', 'warnings', 'the dam would fail'],
  ])('%s', (text, cue, words) => {
    expect(report(text, cue)).toBe(words);
  });

  test.each([
    // A finite verb after an opening phrase with no comma is the main clause: its report goes on.
    ['In a statement on Monday Hale said that if the levy passed, renters would pay more.', 'said', 'if the levy passed, renters would pay more'],
  ])('unchanged: %s', (text, cue, words) => {
    expect(report(text, cue)).toBe(words);
  });
});
