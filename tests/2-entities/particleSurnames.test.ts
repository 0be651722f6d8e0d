/**
 * Surnames with particles (src/2-entities/mention/readName.ts, resolution/01-fullNames.ts and
 * 02-singleNames.ts): "al-Nour", "el-Sayed" joined by a hyphen stay one name with the given
 * name, and the surname alone later ("Nour", "Al-Nour", "Van der Berg") is the same person.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const names = (text: string) => analyze(text).entities.map((e) => e.name);
const speaker = (text: string) => analyze(text).utterances.map((u) => u.speaker?.name);

describe('a hyphenated particle and its surname are read with the given name', () => {
  test.each([
    ['Karim al-Nour met the envoy in Cairo on Monday.', 'Karim al-Nour'],
    ['Ahmed el-Sayed said the talks had failed.', 'Ahmed el-Sayed'],
    ['The court heard Salim az-Zahiri on Tuesday.', 'Salim az-Zahiri'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('the surname alone later is the same person', () => {
  test.each([
    ['Karim al-Nour met the envoy in Cairo. Nour said the talks went well.', 'Karim al-Nour'],
    ['Ahmed el-Sayed met the envoy in Cairo. El-Sayed said the talks went well.', 'Ahmed el-Sayed'],
    ['Ahmed el-Sayed met the envoy in Cairo. Later, el-Sayed said the talks went well.', 'Ahmed el-Sayed'],
    ['Farid bin Khalid met the envoy in Doha. Bin Khalid said the talks went well.', 'Farid bin Khalid'],
    ['Greta van der Berg met the envoy in Oslo. Van der Berg said the talks went well.', 'Greta van der Berg'],
  ])('%s', (text, name) => {
    expect(speaker(text)).toEqual([name]);
    expect(names(text).filter((n) => n !== name && /Nour|Sayed|Khalid|Berg/.test(n))).toEqual([]);
  });
});

describe('no particle, no join', () => {
  test.each([
    // A lower-case word and a hyphen that is no particle: no name across it.
    ['Karim Nour met the pro-Kremlin envoy on Monday.', ['Karim Nour']],
    // "al" standing alone, with spaces, joins no name across a hyphen.
    ['Tom Reyes said al - Harbi was the name on the list.', ['Tom Reyes']],
    // A demonym before the particle describes the body after it.
    ['Fighters of the Syrian al-Harb Front attacked the town on Monday.', ['Harb Front']],
    // Two people with the bare surname's word: both are read.
    ['Karim al-Nour met Sami Nour in Cairo.', ['Karim al-Nour', 'Sami Nour']],
  ])('%s', (text, expected) => {
    const n = names(text);
    for (const name of expected) expect(n).toContain(name);
    expect(n.some((x) => /pro-Kremlin|Reyes said al/.test(x))).toBe(false);
  });
});
