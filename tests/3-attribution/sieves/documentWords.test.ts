/**
 * A document's words are its author's: "Acme released a statement which read, “…”", "Acme's
 * letter reads: “…”", "“…,” the statement read" (src/3-attribution/sieves/documentWords.ts,
 * `documentAuthor` in src/3-attribution/speaker.ts). Issue #13, class 2.
 */
import { describe, expect, test } from 'vitest';
import { documentWords } from '../../../src/3-attribution/sieves/documentWords.js';
import { expectUtterance, utterancesOf } from '../../helpers.js';
import { prepare } from './prepare.js';

const QUOTE = '"This decision raises serious questions about privacy."';
const WORDS = 'This decision raises serious questions about privacy.';

describe('a quote that is the text of a document is its author\'s', () => {
  test.each([
    [`Acme Corp. released a statement which read, in part, ${QUOTE}`, 'Acme Corp.'],
    [`Acme Corp. released a statement which read, ${QUOTE}`, 'Acme Corp.'],
    [`Acme Corp. issued a statement that read in full: ${QUOTE}`, 'Acme Corp.'],
    [`Acme Corp., a software firm, has issued a letter that reads, in its entirety, ${QUOTE}`, 'Acme Corp.'],
    [`Acme Corp. released a statement reading, ${QUOTE}`, 'Acme Corp.'],
    [`Acme Corp.'s statement read, ${QUOTE}`, 'Acme Corp.'],
    [`The statement from the Harlow Group read, ${QUOTE}`, 'Harlow Group'],
    [`A letter signed by the Harlow Group read, ${QUOTE}`, 'Harlow Group'],
    [`Mara Lind posted a note on Facebook which read, ${QUOTE}`, 'Mara Lind'],
    [`Acme Corp. released a statement on Monday. It read, ${QUOTE}`, 'Acme Corp.'],
    [`Acme Corp. released a statement on Monday. The statement read, in part, ${QUOTE}`, 'Acme Corp.'],
    ['Acme Corp. issued a letter on Monday. "This decision raises serious questions about privacy," the letter read.', 'Acme Corp.'],
  ])('%s → %s', (text, speaker) => {
    expectUtterance(text, { text: WORDS.replace(/\.$/, text.endsWith('read.') ? ',' : '.'), speaker });
  });

  test('the quote after another speaker\'s is the document author\'s, not the last speaker\'s', () => {
    const text = `Mara Lind of Westfield College wrote, "The ruling is careless." Acme Corp. released a statement which read, in part, ${QUOTE}`;
    expectUtterance(text, { text: 'The ruling is careless.', speaker: 'Mara Lind' });
    expectUtterance(text, { text: WORDS, speaker: 'Acme Corp.', cue: 'read' });
  });

  test('a post read out is a post', () => {
    expectUtterance(`Mara Lind posted a note on Facebook which read, ${QUOTE}`, { text: WORDS, kind: 'post', speaker: 'Mara Lind' });
  });
});

describe('"said" and "stated" after a document: the cue is the verb, the speaker the author', () => {
  test.each([
    [`Acme Corp. released a statement which said, in part, ${QUOTE}`, 'Acme Corp.'],
    [`The statement from the Harlow Group said, ${QUOTE}`, 'Harlow Group'],
    [`Acme Corp.'s statement said, ${QUOTE}`, 'Acme Corp.'],
  ])('%s → %s', (text, speaker) => {
    expectUtterance(text, { text: WORDS, speaker });
  });
});

describe('no document\'s words', () => {
  /** What the sieve finds for the last quote of `text`. */
  const found = (text: string) => {
    const st = prepare(text);
    const q = st.seg.quotes.at(-1);
    return q ? documentWords(st.seg, st.ents, q) : null;
  };
  test.each([
    // "read" with no document as its subject.
    ['Mara Lind read aloud, "The quick brown fox jumps."'],
    ['Mara Lind said she read, "The quick brown fox jumps."'],
    // The document has no author in the text.
    ['The sign on the door read, "Closed for repairs."'],
    // A relative clause with no quote after it.
    ['The letter, which read like a novel, was long. "We will answer it," Mara Lind said.'],
    // "read" from a document by a person: the reader is not the document.
    ['"We object," Mara Lind read from the letter.'],
    // "documents from his tax return" are not his words.
    ['Leaked documents from his tax return read, "Loss carried forward."'],
  ])('%s', (text) => {
    expect(found(text)).toBeNull();
  });

  test('a relative "which read like" clause makes no utterance', () => {
    expect(utterancesOf('The letter, which read like a novel, was long.')).toEqual([]);
  });
});
