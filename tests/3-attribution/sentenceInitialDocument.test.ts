/**
 * "Video shows …" (issue 13, a document is never a person): a single capitalised word opening its
 * sentence, which the entity stage left unnamed, is capitalised by its place; when the common noun
 * it spells names a document it is that document (speaker.ts, sentenceInitialNoun). A given name,
 * or a word the article also writes as a name, stays a person. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../helpers.js';

describe('a body noun opening a headline', () => {
  test.each([
    ['Ministry says harbour talks have stalled\n\nThe harbour talks have stalled, the ministry said on Tuesday.', 'harbour talks have stalled', 'organization'],
    ['Council says the ring road will close\n\nThe road will close in May, officials said.', 'ring road will close', 'organization'],
  ])('%s → a body, not a person', (text, words, type) => {
    expect(sourceOf(text, words).type).toBe(type);
  });
});

describe('a document noun opening its sentence', () => {
  test.each([
    ['The county released the tape on Friday.\n\nVideo shows that the ferry left the dock early, contradicting the captain\'s earlier claim.', 'earlier claim', 'Video'],
    ['The county released the tape on Friday. Video shows that the gate was left open.', 'gate was left open', 'Video'],
    ['Officials spoke on Tuesday. Footage shows that the gates were open, contradicting the port authority.', 'gates were open', null],
  ])('%s → a document, not a person', (text, words, name) => {
    const found = sourceOf(text, words);
    if (name !== null) expect(found.speaker).toBe(name);
    expect(found.type).not.toBe('person');
  });

  test.each([
    // Names stay people: one the article also writes before a surname, or one never read as a noun.
    ['Bill Ames spoke on Friday.\n\nBill said the plan was late, contradicting the mayor.', 'the plan', 'person'],
    ['The chief spoke on Friday. Cook said the plan was late, contradicting the mayor.', 'the plan', 'person'],
  ])('%s → its speaker stays a person', (text, words, type) => {
    expect(sourceOf(text, words).type).toBe(type);
  });
});
