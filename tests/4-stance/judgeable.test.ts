import { describe, expect, test } from 'vitest';
import { notJudgeable } from '../../src/4-stance/scoring/judgeable.js';
import type { Entity, EntityType } from '../../src/model/index.js';

const places = new Map([['russian', 'Russia'], ['russia', 'Russia'], ['turkish', 'Turkey'], ['libyan', 'Libya'], ['springfield', 'Springfield']]);
const entity = (name: string, type: EntityType, mentions: { start: number; end: number }[] = []): Entity => ({ id: name, name, type, aliases: [], mentions });

describe('which entities can be praised or criticised', () => {
  test.each([
    ['Russia', 'place', undefined],
    ['Maria Ostrander', 'person', undefined],
    ['City Council', 'organization', undefined],
    ['PKK', 'place', undefined],
    ['Springfield', 'place', 'place'],
    ['Rocky Heights', 'person', 'place'],
    ['Earth', 'organization', 'place'],
    ['Clean Air Act', 'organization', 'thing'],
    ['Turkish-Libyan', 'person', 'thing'],
    ['I’m', 'organization', 'contraction'],
  ] as const)('%s (%s) → %s', (name, type, why) => {
    expect(notJudgeable(entity(name, type), '', places)).toBe(why);
  });

  test('a name followed by "v." is a court case', () => {
    const text = 'Smith v. Jones was overturned.';
    expect(notJudgeable(entity('Smith', 'person', [{ start: 0, end: 5 }]), text, places)).toBe('case');
  });
});
