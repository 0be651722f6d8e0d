import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** The speaker of the last utterance of `text` and its type. */
function lastSpeaker(text: string): { name: string; type: string } | null {
  const a = analyze(text);
  const id = a.utterances.at(-1)?.speaker?.entityId;
  const e = a.entities.find((x) => x.id === id);
  return e ? { name: e.name, type: e.type } : null;
}

describe('a he/she speaker is a person who agrees in gender, never a place or a thing', () => {
  test.each([
    ['Snow closed roads across the Eastern Seaboard on Tuesday. Governor Mark Ellison toured the damage. “We will rebuild,” he said.', 'Mark Ellison'],
    ['The Ledger published the memo on Friday. Senator Laura Pike read it twice. “It is a disgrace,” she said.', 'Laura Pike'],
    ['Mayor Tom Reyes backed the move. Critics called it rushed. “We had no choice,” he said.', 'Tom Reyes'],
    ['Jane Holt met David Park in Oslo. “The talks went well,” she said.', 'Jane Holt'],
    ['Jane Holt met David Park in Oslo. “The talks went well,” he said.', 'David Park'],
  ])('%s → %s', (text, name) => {
    const s = lastSpeaker(text);
    expect(s?.name).toBe(name);
    expect(s?.type).toBe('person');
  });

  test.each([
    ['Flooding hit Northfield County overnight. “We were not warned,” he said.'],
    ['The move surprised markets. “Nobody saw it coming,” she said.'],
  ])('no person named before: the speaker is no place or thing: %s', (text) => {
    const s = lastSpeaker(text);
    expect(s === null || s.type === 'person').toBe(true);
  });
});
