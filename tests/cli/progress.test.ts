import { describe, expect, test } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean | undefined, columns = 80) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns, write: (c: string) => (chunks.push(c), true) } };
}

describe('createProgress draws on a terminal', () => {
  test('a bar with a counter and the item name, cleared at the end', () => {
    const { chunks, stream } = fakeStream(true);
    let t = 0;
    const p = createProgress(stream, 3, () => (t += 1000));
    p.tick('a.txt');
    p.tick('b.txt');
    p.tick('c.txt');
    p.done();
    expect(chunks).toHaveLength(4);
    expect(chunks[0]).toMatch(/^\r\x1b\[K\[#+\.+\] 1\/3 a\.txt$/);
    expect(chunks[2]).toMatch(/^\r\x1b\[K\[#+\] 3\/3 c\.txt$/);
    expect(chunks[3]).toBe('\r\x1b[K');
  });
  test('at most ten redraws a second, but always the last', () => {
    const { chunks, stream } = fakeStream(true);
    const p = createProgress(stream, 100, () => 5);
    for (let i = 0; i < 100; i++) p.tick(`f${i}`);
    expect(chunks).toHaveLength(2);
    expect(chunks[1]).toMatch(/100\/100 f99$/);
  });
  test('a long name is cut from the left to fit the terminal', () => {
    const { chunks, stream } = fakeStream(true, 40);
    createProgress(stream, 2, () => 1000).tick('x'.repeat(200));
    expect(chunks[0]!.replace('\r\x1b[K', '').length).toBeLessThanOrEqual(40);
    expect(chunks[0]).toContain('…');
  });
  test('without a known total: a counter only', () => {
    const { chunks, stream } = fakeStream(true);
    createProgress(stream, undefined, () => 1000).tick('doc-1');
    expect(chunks[0]).toBe('\r\x1b[K1 doc-1');
  });
});

describe('createProgress stays silent', () => {
  test.each([
    ['stderr is a pipe or a file', false, 10],
    ['isTTY is unknown', undefined, 10],
    ['a single item', true, 1],
  ])('when %s', (_name, isTTY, total) => {
    const { chunks, stream } = fakeStream(isTTY);
    const p = createProgress(stream, total, () => 1000);
    p.tick('a');
    p.tick('b');
    p.done();
    expect(chunks).toEqual([]);
  });
});
