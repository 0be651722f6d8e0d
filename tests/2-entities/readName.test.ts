/**
 * readName (src/2-entities/mention/readName.ts) called directly at the first token of a name,
 * one row per step of its reading, on invented sentences; then the words it must not read as
 * an entity.
 */
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/1-segment/segment.js';
import { builtinKnowledge } from '../../src/2-entities/knowledge/builtin.js';
import { indexKnowledge } from '../../src/2-entities/knowledge-index.js';
import { readName, type Read } from '../../src/2-entities/mention/readName.js';
import type { Make } from '../../src/2-entities/mention/types.js';

const kb = indexKnowledge(builtinKnowledge());

/** readName at the token where `at` first occurs in `text`, and the text of what it read. */
function readAt(text: string, at: string): { read: Read; phrase?: string } {
  const seg = segment(text);
  const tokens = seg.doc.tokens;
  const i = tokens.findIndex((t) => t.start === text.indexOf(at));
  if (i < 0) throw new Error(`no token at "${at}"`);
  const make: Make = (first, last, fields) => ({
    start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, quote: -1, sentence: 0, possessive: false, subject: false, afterPreposition: false, ...fields,
  });
  const read = readName(tokens, i, kb, seg, make);
  return { read, ...(read?.mention ? { phrase: text.slice(read.mention.start, read.mention.end) } : {}) };
}

describe('each step of reading a name', () => {
  test.each([
    // step, sentence, where to read, the phrase read, kind, name, title, of
    ['1 title before the name', 'Chilean Senator Rosa Ibarra spoke.', 'Chilean', 'Chilean Senator Rosa Ibarra', 'name', 'Rosa Ibarra', 'senator', 'Chile'],
    ['2 capitalised run with a particle', 'The Bank of Ruritania raised rates.', 'Bank', 'Bank of Ruritania', 'name', 'Bank of Ruritania', undefined, undefined],
    ['2 hyphenated surname', 'Maria Lopez-Vega voted no.', 'Maria', 'Maria Lopez-Vega', 'name', 'Maria Lopez-Vega', undefined, undefined],
    ['3 a title inside the run', 'Harbour Commissioner Ellen Marsh resigned.', 'Harbour', 'Harbour Commissioner Ellen Marsh', 'name', 'Ellen Marsh', 'commissioner', undefined],
    ['8 a qualifier and a lower-case role', 'Kremlin spokesman Ivan Sorokin declined to comment.', 'Kremlin', 'Kremlin spokesman Ivan Sorokin', 'name', 'Ivan Sorokin', 'spokesman', undefined],
    ['9 a title alone is a role', 'Mr. President, the floor is yours.', 'Mr.', 'Mr. President', 'role', 'President', 'president', undefined],
  ])('%s: %s', (_step, text, at, phrase, kind, name, title, of) => {
    const { read, phrase: got } = readAt(text, at);
    expect(got).toBe(phrase);
    expect(read!.mention!.kind).toBe(kind);
    expect(read!.mention!.text).toBe(name);
    expect(read!.mention!.title).toBe(title);
    expect(read!.mention!.of).toBe(of);
  });

  test('4 a body run into a person: the body is read first', () => {
    const { phrase } = readAt('The Harbour Committee Ellen Marsh report was late.', 'Harbour');
    expect(phrase).toBe('Harbour Committee');
  });

  test('6 a role qualified by a name: "a Kremlin spokesperson" is a role', () => {
    const { read } = readAt('A Kremlin spokesperson denied it.', 'Kremlin');
    expect(read!.mention!.kind).toBe('role');
    expect(read!.mention!.qualifier).toBe('Kremlin');
  });
});

describe('what is no entity', () => {
  test.each([
    ['5 an event', 'The Lisbon Summit ended early.', 'Lisbon'],
    ['7 a demonym alone', 'Portuguese television showed the game.', 'Portuguese'],
  ])('%s: %s', (_step, text, at) => {
    const { read } = readAt(text, at);
    expect(read).not.toBeNull();
    expect(read!.mention).toBeNull();
  });

  test.each([
    ['7 a common word opening a sentence', 'Officially, the vote failed.', 'Officially'],
    ['7 a common word opening a sentence', 'Happily, nobody was hurt.', 'Happily'],
  ])('%s: %s', (_step, text, at) => {
    expect(readAt(text, at).read?.mention ?? null).toBeNull();
  });
});
