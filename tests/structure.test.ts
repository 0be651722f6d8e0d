// The house's shape, pinned: no source file over 600 lines and no function over 120 lines in
// src/ (pure data aside), so a newcomer can read any rule in one sitting.
import { expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { MAX_FILE, MAX_FN, oversize } from '../scripts/check-size.mjs';

test(`no file in src/ over ${MAX_FILE} lines and no function over ${MAX_FN} lines`, () => {
  expect(oversize('src')).toEqual([]);
});
