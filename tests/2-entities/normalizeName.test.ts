import { describe, expect, test } from 'vitest';
import { normalizeName } from '../../src/2-entities/knowledgeIndex.js';

// The look-up key of a name: lower case, curly apostrophes straightened, no leading "the",
// no possessive, white space made single spaces and trimmed.
describe('normalizeName', () => {
  test.each([
    ['Senator Ann Hale', 'senator ann hale'],
    ['Ostland', 'ostland'],
    ['The Vardby Herald', 'vardby herald'],
    ['the  Ostland Council', 'ostland council'],
    ['Hale’s', 'hale'],
    ["Hale's", 'hale'],
    ['Dara O’Neill', "dara o'neill"],
    ['  Ann\nHale ', 'ann hale'],
    ['Ann  Hale', 'ann hale'],
    ["'s", ''],
    ['', ''],
  ])('%j → %j', (name, key) => expect(normalizeName(name)).toBe(key));

  // Nothing to change: the lower-case name itself.
  test.each([
    ['Theodora Hale', 'theodora hale'],
    ['The', 'the'],
    ['Thessaly Party', 'thessaly party'],
    ['Hales', 'hales'],
    ['St. Ann’ Hale', "st. ann' hale"],
  ])('%j → %j', (name, key) => expect(normalizeName(name)).toBe(key));
});
