/**
 * A colon that opens a quote with its own trailing cue ends the report before it: in "Quist warned
 * of the risks: “…,” she said" the quote is the utterance of "she said", not the rest of the report
 * of "warned" (clauseReader.ts isStop). A quote after a colon with no cue of its own stays in the
 * report. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { reportOf } from '../../helpers.js';


describe('a colon before a quote with its own cue ends the report', () => {
  test.each([
    ['Mayor Dana Quist spoke on Monday. Quist warned of the risks: “The port will close if we do nothing,” she said.', 'warned', 'of the risks'],
    ['Governor Price toured the docks. He spoke about the harbor: “It is our future,” he told reporters.', 'spoke', 'the harbor'],
  ])('%s → %s reports %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // No cue after the quote: the quote stays part of the report.
    ['Mayor Dana Quist spoke on Monday. Quist warned of the risks: “The port will close if we do nothing.”', 'warned', 'of the risks: “The port will close if we do nothing.”'],
    // A comma, not a colon, before the partial quote.
    ['Mayor Dana Quist spoke on Monday. Quist warned that the port would “close for good,” she said.', 'warned', 'the port would “close for good,”'],
  ])('%s → %s still reports %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});
