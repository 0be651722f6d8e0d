/**
 * The resolution sieves called one by one (src/2-entities/resolution/): what each links on its
 * own, on invented sentences, and what it must leave to a later sieve.
 */
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/1-segment/segment.js';
import { builtinKnowledge } from '../../src/2-entities/knowledge/builtin.js';
import { indexKnowledge } from '../../src/2-entities/knowledgeIndex.js';
import { mentionsAndDatelines } from '../../src/2-entities/datelines.js';
import { fullNames } from '../../src/2-entities/resolution/01-fullNames.js';
import { singleNames } from '../../src/2-entities/resolution/02-singleNames.js';
import { definiteDescription, groupName, officeHolder, ROLE_RULES, rolesAndGroups, voiceOfBody } from '../../src/2-entities/resolution/03-rolesAndGroups.js';
import { thirdPersonPronouns } from '../../src/2-entities/resolution/04-pronouns.js';
import { startResolution, type Resolution } from '../../src/2-entities/resolution/context.js';
import { SIEVES, type Sieve } from '../../src/2-entities/resolve.js';

const kb = indexKnowledge(builtinKnowledge());

/** Runs only `sieves` over `text` and returns the resolution. */
function run(text: string, sieves: readonly Sieve[], year?: number): Resolution {
  const seg = segment(text);
  const r = startResolution(seg, mentionsAndDatelines(seg, kb).mentions, kb, year);
  for (const sieve of sieves) sieve(r);
  return r;
}

/** The name of the entity the mention starting at `phrase` (first occurrence) is linked to, or null. */
function linked(r: Resolution, phrase: string): string | null {
  const at = r.text.indexOf(phrase);
  const mi = r.index.mentions.findIndex((m) => m.start === at);
  if (mi < 0) throw new Error(`no mention at "${phrase}"`);
  const ei = r.index.entityOf[mi]!;
  return ei < 0 ? null : r.index.entities[ei]!.name;
}

test('the sieves run in this order', () => {
  expect(SIEVES.map((s) => s.name)).toEqual(['fullNames', 'acronyms', 'singleNames', 'rolesAndGroups', 'thirdPersonPronouns']);
  expect(ROLE_RULES.map((s) => s.name)).toEqual(['apposedName', 'repeatedRole', 'voiceOfBody', 'groupName', 'officeHolder', 'definiteDescription']);
});

describe('1. full names', () => {
  test.each([
    ['Marta Quintero opened the debate.', 'Marta Quintero', 'Marta Quintero'],
    ['Vladimir Putin met the envoy.', 'Vladimir Putin', 'Vladimir Putin'],
    ['Marta Quintero spoke first, and later Marta Quintero spoke again.', 'Marta Quintero spoke again', 'Marta Quintero'],
  ])('%s → %s is %s', (text, phrase, name) => {
    expect(linked(run(text, [fullNames]), phrase)).toBe(name);
  });

  test.each([
    ['Marta Quintero spoke. Quintero left.', 'Quintero left'],
    ['Quintero left early.', 'Quintero'],
  ])('a single name is left to the next sieve: %s', (text, phrase) => {
    expect(linked(run(text, [fullNames]), phrase)).toBeNull();
  });
});

describe('2. single names', () => {
  test.each([
    ['Marta Quintero spoke. Quintero left.', 'Quintero left', 'Marta Quintero'],
    ['Marta Quintero spoke. Marta left.', 'Marta left', 'Marta Quintero'],
    ['Putin met the envoy.', 'Putin', 'Vladimir Putin'],
  ])('%s → %s is %s', (text, phrase, name) => {
    expect(linked(run(text, [fullNames, singleNames]), phrase)).toBe(name);
  });

  test('two people with one surname: the one mentioned last', () => {
    const r = run('Anna Varga spoke. Then Paul Varga spoke. Varga left.', [fullNames, singleNames]);
    expect(linked(r, 'Varga left')).toBe('Paul Varga');
  });

  test('roles and pronouns are left to later sieves', () => {
    const r = run('Marta Quintero spoke. She left.', [fullNames, singleNames]);
    expect(linked(r, 'She')).toBeNull();
  });
});

describe('3. roles and groups, rule by rule', () => {
  /** The result of one role rule on the mention at `phrase`, after the name sieves. */
  function rule(text: string, phrase: string, year?: number): { voice?: string; group?: string; office?: string; description?: string } {
    const r = run(text, [fullNames, singleNames], year);
    const at = text.indexOf(phrase);
    const mi = r.index.mentions.findIndex((m) => m.start === at);
    const m = r.index.mentions[mi]!;
    const name = (e: { name: string } | undefined) => e?.name;
    return {
      ...(voiceOfBody(r, m, mi) ? { voice: name(voiceOfBody(r, m, mi)) } : {}),
      ...(groupName(r, m) ? { group: name(groupName(r, m)) } : {}),
      ...(m.kind === 'role' && officeHolder(r, m, mi) ? { office: name(officeHolder(r, m, mi)) } : {}),
      ...(m.kind === 'role' && definiteDescription(r, m, mi) ? { description: name(definiteDescription(r, m, mi)) } : {}),
    };
  }

  test('the voice of a body: "a Kremlin spokesperson"', () => {
    expect(rule('A Kremlin spokesperson denied the report.', 'A Kremlin spokesperson').voice).toBe('Kremlin');
  });

  test('a group is its own entity', () => {
    expect(rule('Several officials said the road would reopen.', 'Several officials').group).toBe('officials');
  });

  test('an office with a date: the holder in office then', () => {
    expect(rule('The Russian president said the talks had failed.', 'The Russian president', 2016).office).toBe('Vladimir Putin');
  });

  test('an office the article gives someone', () => {
    expect(rule('Governor Lena Park signed the bill. The governor said it was overdue.', 'The governor').office).toBe('Lena Park');
  });

  test('a definite description points back to a person of the recent text', () => {
    expect(rule('Lena Park arrived late. The former diplomat apologised.', 'The former diplomat').description).toBe('Lena Park');
  });

  test.each([
    ['An aide said the plan was ready.', 'An aide'],
    ['Lena Park arrived late. A former diplomat apologised.', 'A former diplomat'],
  ])('nothing to point back to: %s', (text, phrase) => {
    const r = run(text, [fullNames, singleNames, rolesAndGroups]);
    expect(linked(r, phrase)).toBeNull();
  });
});

describe('4. third-person pronouns', () => {
  test.each([
    ['Marta Quintero arrived. She spoke briefly.', 'She', 'Marta Quintero'],
    ['Paul Brook arrived with Marta Quintero. He spoke briefly.', 'He', 'Paul Brook'],
  ])('%s → %s is %s', (text, phrase, name) => {
    expect(linked(run(text, SIEVES), phrase)).toBe(name);
  });

  test.each([
    ['Marta Quintero arrived. I spoke briefly.', 'I'],
    ['Marta Quintero arrived. It is unclear why.', 'It'],
    ['Marta Quintero said: "He will lose."', 'He'],
  ])('left unresolved: %s', (text, phrase) => {
    expect(linked(run(text, SIEVES), phrase)).toBeNull();
  });
});
