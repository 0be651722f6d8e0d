/**
 * Acronyms the article defines (src/2-entities/resolution/01b-acronyms.ts): "Full Name (ACR)"
 * and "Full Name, or ACR," make the acronym a name of the full name's entity, and a later bare
 * acronym a mention of it; letters that are not the name's initials link nothing.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { isAcronymOf } from '../../src/2-entities/resolution/01b-acronyms.js';

const entityOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name || e.aliases.includes(name));
const names = (text: string) => analyze(text).entities.map((e) => e.name);

describe('an acronym after its full name is that entity', () => {
  test.each([
    ['The North Atlantic Fisheries Council (NAFC) voted on Monday. Critics said the NAFC had ignored the fishermen.', 'North Atlantic Fisheries Council', 'NAFC', 3],
    ['The Coastal Renewal Fund, or CRF, paid out in May. The CRF said more would follow.', 'Coastal Renewal Fund', 'CRF', 3],
    // Small words may give their letter or not.
    ['The Council for Rural Transport (CRT) met in Leeds. Later the CRT published its plan.', 'Council for Rural Transport', 'CRT', 3],
    ['The Office of Water Standards (OWS) fined two farms. The OWS said the fine was fair.', 'Office of Water Standards', 'OWS', 3],
    // The acronym first, the full name in brackets.
    ['NAFC (North Atlantic Fisheries Council) voted on Monday. The NAFC said it would meet again.', 'North Atlantic Fisheries Council', 'NAFC', 3],
  ])('%s', (text, full, acronym, count) => {
    const e = entityOf(text, full);
    expect(e?.name).toBe(full);
    expect(e?.aliases).toContain(acronym);
    // The full name, the acronym in brackets and the later acronym (a pronoun may add one).
    expect(e?.mentions.length).toBeGreaterThanOrEqual(count);
    expect(names(text)).not.toContain(acronym);
  });
});

describe('letters that are no initials of the name link nothing', () => {
  test.each([
    ['Senator Ann Price (R) said the bill was rushed.', 'Ann Price', 'R'],
    ['Jane Roe (AP) wrote that the talks had failed.', 'Jane Roe', 'AP'],
    ['The Marsh Harbour Trust (MHC) sold the land. The MHC said nothing.', 'Marsh Harbour Trust', 'MHC'],
    ['Tom Reyes (D-Ohio) voted against it.', 'Tom Reyes', 'D-Ohio'],
  ])('%s', (text, full, letters) => {
    const e = entityOf(text, full);
    expect(e?.name).toBe(full);
    expect(e?.aliases ?? []).not.toContain(letters);
  });
});

describe('an acronym the knowledge base knows stays that entity', () => {
  test.each([
    ['The European Union (EU) met in Brussels. The EU said it would act.'],
    ['The EU said on Monday that it would act. Later the EU fined the firm.'],
  ])('%s', (text) => {
    const eu = analyze(text).entities.filter((e) => e.name === 'European Union' || e.aliases.includes('EU'));
    expect(eu.map((e) => e.name)).toEqual(['European Union']);
  });
});

describe('isAcronymOf', () => {
  test.each([
    ['NAFC', 'North Atlantic Fisheries Council', true],
    ['N.A.F.C.', 'North Atlantic Fisheries Council', true],
    ['ACB', 'Anti-Corruption Bureau', true],
    ['TCRT', 'The Council for Rural Transport', true],
    ['CRT', 'The Council for Rural Transport', true],
    ['NAF', 'North Atlantic Fisheries Council', false],
    ['NAFCX', 'North Atlantic Fisheries Council', false],
    ['HDA', 'Harbour and Dock Authority', true],
    ['HADA', 'Harbour and Dock Authority', true],
    ['AP', 'Ann Price', true],
    ['R', 'Ann Price', false],
    ['nafc', 'North Atlantic Fisheries Council', false],
    ['NAFC', 'Council', false],
  ])('%s of %s: %s', (acronym, name, expected) => {
    expect(isAcronymOf(acronym, name)).toBe(expected);
  });
});
