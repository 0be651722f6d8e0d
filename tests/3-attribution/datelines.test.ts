import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

const reports = (text: string) => analyze(text).utterances.map((u) => u.text);

describe('a wire dateline is nobody’s words', () => {
  test.each([
    ['TULCEA, Romania (Wire) — Floods swept through the delta on Sunday, officials said.', 'Floods swept through the delta on Sunday'],
    ['KYIV (Reuters) - Power was restored to most of the city overnight, the operator said.', 'Power was restored to most of the city overnight'],
    ['SAN JUAN, Puerto Rico — The storm will reach the coast by noon, forecasters said.', 'The storm will reach the coast by noon'],
    ['OSLO — Talks will resume next week, two diplomats said.', 'Talks will resume next week'],
    // A date after the comma, any agency in brackets.
    ['VARNA, March 3 (Seawire) - The ferry strike will end on Friday, the union said.', 'The ferry strike will end on Friday'],
    ['LIMA, Dec 7 (Andes Daily) — Fuel prices will rise again, the minister said.', 'Fuel prices will rise again'],
    // Two words in capitals: a place line, even of a town no list knows.
    ['NORTH KELBY — The mill will close in the spring, the owners said.', 'The mill will close in the spring'],
    ['SAINT-ORVAL — Voters will choose a new mayor on Sunday, officials said.', 'Voters will choose a new mayor on Sunday'],
    // Two hyphens with no space around them.
    ['OSLO--Talks will resume next week, two diplomats said.', 'Talks will resume next week'],
  ])('%s', (text, words) => {
    expect(reports(text)).toEqual([words]);
  });

  test.each([
    // No dateline: a name and a dash open the sentence, and the report is untouched.
    ['Mara Quint — a former judge — said the law was void.', 'the law was void'],
    ['The harvest failed in the north, officials said.', 'The harvest failed in the north'],
    // Capitals that are no place, with neither a region nor brackets: no dateline.
    ['NATO - The alliance is strong, the envoy said.', 'NATO - The alliance is strong'],
    ['OK - we are done here, the mayor said.', 'OK - we are done here'],
  ])('no dateline: %s', (text, words) => {
    expect(reports(text)).toEqual([words]);
  });

  test('the writer’s own words start after the dateline too', () => {
    const a = analyze('KYIV (Reuters) - Power was restored overnight across the city.', { includeWriter: true });
    expect(a.utterances.map((u) => u.text)).toEqual(['Power was restored overnight across the city.']);
  });
});
