/**
 * A demonym before a head that names the state as an actor ("the Ruritanian regime", "the
 * Ruritanian government") is a mention of the country for the stance stage, as "Russian
 * aggression" is (src/4-stance/scoring/targets.ts, STATE_ACTOR_HEADS); a demonym before any
 * other noun ("a Ruritanian official", "Ruritanian television") judges no one.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const targetsOf = (text: string) => analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.target.name}:${s.polarity}`);
const anyTargets = (text: string) => analyze(text).stances.map((s) => s.target.name);

describe('a demonym and a head naming the state judge the country', () => {
  test.each([
    { text: 'Iran was sanctioned again. "The Iranian regime is cruel and corrupt," Senator Jane Doe said.', expected: 'Iran:criticism' },
    { text: 'Iran was sanctioned again. "The Iranian government is brutal and dishonest," Senator Jane Doe said.', expected: 'Iran:criticism' },
    { text: 'France signed the deal. "The French government was wise and generous," Senator Jane Doe said.', expected: 'France:praise' },
    // The state actor as the possessor of what is judged: "the Ruritanian regime's … crackdown".
    { text: 'Syria was warned again. "The Syrian regime\'s brutal bombing of hospitals must stop," Senator Jane Doe said.', expected: 'Syria:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(targetsOf(text)).toContain(expected);
  });
});

describe('a demonym before another noun judges no one through the adjective', () => {
  test.each([
    'Iran was sanctioned again. "An Iranian official was cruel to the reporters," Senator Jane Doe said.',
    'Iran was sanctioned again. "Iranian television showed terrible pictures," Senator Jane Doe said.',
    // A possessive after another head: the official's, not the state's.
    'Syria was warned again. "A Syrian official\'s cruel remarks shocked the reporters," Senator Jane Doe said.',
  ])('%s', (text) => {
    expect(anyTargets(text)).not.toContain('Iran');
  });
});
