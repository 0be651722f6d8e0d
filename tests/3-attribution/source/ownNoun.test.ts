/**
 * A noun cue owned by the subject of its verb ("she sharpened her jabs at …"): the subject is
 * the source, the possessive only repeats who acts (source/ownNoun.ts). When the verb's subject is
 * someone else ("the mayor rejected his claim"), or no verb governs the phrase, the possessive
 * stays the source. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('a noun cue owned by the subject of its verb', () => {
  test.each([
    ['Mayor Dana Quist toured the port. Later that day, she intensified her attacks on the harbor board.', 'the harbor board', 'Dana Quist', 'she'],
    ['Governor Price toured the port. He has been stepping up his critique of the harbor board.', 'the harbor board', 'Price', 'He'],
    ['The dockworkers met on Friday. They renewed their demands for higher pay.', 'higher pay', null, 'They'],
    ['Governor Price toured the port. Governor Price renewed his criticism of the harbor board.', 'the harbor board', 'Price', 'Governor Price'],
    // A phrase cue ("calls for") after the possessive, past a preposition after the verb.
    ['Governor Price toured the port. By Friday he had widened his calls for new audits of the harbor board.', 'new audits', 'Price', 'he'],
    // "her" before a noun is a possessive determiner too.
    ['Governor Tom Price met Mayor Anna Quist on Monday. She renewed her calls for new audits of the harbor board.', 'new audits', 'Anna Quist', 'She'],
  ])('%s → %s', (text, words, speaker, mention) => {
    const s = sourceOf(text, words);
    if (speaker !== null) expect(s.speaker).toBe(speaker);
    expect(s.mention).toBe(mention);
  });

  test.each([
    // Someone else's verb: the possessor stays the source.
    ['Governor Price toured the port. The mayor echoed his criticism of the harbor board.', 'the harbor board', 'his'],
    ['Governor Price toured the port. The mayor studied his calls for new audits of the harbor board.', 'new audits', 'his'],
    // No verb right before the phrase.
    ['Governor Price toured the port. In his critique of the harbor board, nothing was new.', 'the harbor board', 'his'],
    // A subject of another gender.
    ['Mayor Dana Quist met Governor Price. She studied his criticism of the harbor board.', 'the harbor board', 'his'],
    ['Mayor Dana Quist met Governor Price on Monday. She took up his criticism of the harbor board.', 'the harbor board', 'his'],
  ])('%s → stays %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
