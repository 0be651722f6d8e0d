import { describe, expect, test } from 'vitest';
import { builtinKnowledge } from '../../src/2-entities/knowledge/builtin.js';
import { mergeKnowledge } from '../../src/2-entities/knowledge/merge.js';
import { KnowledgeBase, type KnowledgeEntry, type KnowledgeEntryInput } from '../../src/model/knowledge.js';
import { PlauditError } from '../../src/model/errors.js';

const kb = builtinKnowledge();
const byId = new Map(kb.map((e) => [e.id, e]));

/** Ids of the people who held `role` of `of` at some time in `year` (years inclusive, no `to` = still held). */
function holders(role: string, of: string, year: number): string[] {
  return kb
    .filter((e) =>
      e.offices.some((o) => o.role === role && o.of === of && (o.from ?? -Infinity) <= year && year <= (o.to ?? Infinity)),
    )
    .map((e) => e.id)
    .sort();
}

/**
 * Aliases that genuinely name more than one person in the news: shared family names ("Bush",
 * "Clinton"), Korean and Chinese family names that come first ("Kim", "Lee", "Li"), and the
 * same surname in two countries ("Johnson": Boris and Mike). The resolver decides these from
 * the article (first mention, date, office); any other shared alias is a data mistake.
 */
const AMBIGUOUS_ALIASES = new Set([
  'Abbott', // Greg (Texas), Tony (Australia)
  'Assad', // Hafez, Bashar
  'Brown', // Gordon, Jerry
  'Bush', // George H. W., George W., Jeb
  'Carney', // Jay (press secretary), Mark (Canada)
  'Carter', // Jimmy, Ash
  'Castro', // Fidel, Raúl
  'Cheney', // Dick, Liz
  'Clinton', // Bill, Hillary
  'Duterte', // Rodrigo, Sara
  'George Bush', // father and son
  'Johnson', // Boris, Mike, Jeh
  'Kaczynski', // Lech, Jarosław (twins)
  'Kaczyński',
  'Kelly', // John (chief of staff), Mark (senator)
  'Kennedy', // Ted, Robert F. Jr., Justice Anthony
  'Khan', // Imran, Sadiq
  'Kim', // Kim Jong Un, Kim Jong Il, Kim Dae-jung, Jim Yong Kim
  'Kirchner', // Néstor, Cristina
  'Le Pen', // Jean-Marie, Marine
  'Lee', // Lee Jae-myung, Lee Myung-bak, Lee Hsien Loong, John Lee, Mike Lee
  'Li', // Li Keqiang, Li Qiang
  'Miliband', // David, Ed
  'Napolitano', // Giorgio (Italy), Janet (US)
  'Powell', // Colin, Jerome
  'Rice', // Condoleezza, Susan
  'Sanders', // Bernie, Sarah Huckabee
  'Scott', // Tim, Rick
  'Sharif', // Nawaz, Shehbaz
  'Snow', // John (Treasury), Tony (press secretary)
  'Wang', // Wang Yi, Wang Wenbin
  'Wong', // Lawrence, Penny
]);

describe('builtinKnowledge', () => {
  test('parses with the schema and is large enough to matter', () => {
    expect(KnowledgeBase.safeParse(kb).success).toBe(true);
    expect(kb.filter((e) => e.type === 'person').length).toBeGreaterThan(500);
    expect(kb.filter((e) => e.type === 'organization').length).toBeGreaterThan(100);
    expect(kb.filter((e) => e.type === 'country').length).toBeGreaterThan(90);
    expect(kb.filter((e) => e.type === 'place').length).toBeGreaterThan(20);
  });

  test('is parsed once and shared, and frozen so no caller can change it for the others', () => {
    expect(builtinKnowledge()).toBe(kb);
    expect(Object.isFrozen(kb)).toBe(true);
    const putin = byId.get('vladimir-putin')!;
    expect(() => (putin.aliases as string[]).push('Vova')).toThrow(TypeError);
    expect(() => {
      (putin as { name: string }).name = 'Someone Else';
    }).toThrow(TypeError);
    expect(putin.name).toBe('Vladimir Putin');
  });

  test('ids are unique', () => {
    const seen = new Set<string>();
    const dups = kb.filter((e) => (seen.has(e.id) ? true : (seen.add(e.id), false))).map((e) => e.id);
    expect(dups).toEqual([]);
  });

  test('names are unique, so an office `of` links to exactly one entry', () => {
    const seen = new Set<string>();
    const dups = kb.filter((e) => (seen.has(e.name) ? true : (seen.add(e.name), false))).map((e) => e.name);
    expect(dups).toEqual([]);
  });

  test('every office `of` names an existing entry that is a country, a place or an organisation', () => {
    const names = new Map(kb.map((e) => [e.name, e.type]));
    const broken = kb.flatMap((e) =>
      e.offices
        .filter((o) => o.of !== undefined && !['country', 'place', 'organization'].includes(names.get(o.of) ?? ''))
        .map((o) => `${e.id}: ${o.role} of ${o.of}`),
    );
    expect(broken).toEqual([]);
  });

  test('office years are consistent: from ≤ to, within 1900–2026', () => {
    const bad = kb.flatMap((e) =>
      e.offices
        .filter(
          (o) =>
            (o.from !== undefined && o.to !== undefined && o.from > o.to) ||
            [o.from, o.to].some((y) => y !== undefined && (y < 1900 || y > 2026)),
        )
        .map((o) => `${e.id}: ${o.role} ${o.from}–${o.to}`),
    );
    expect(bad).toEqual([]);
  });

  test('roles are lower case, as articles write them after "the"', () => {
    const bad = kb.flatMap((e) => e.offices.filter((o) => o.role !== o.role.toLowerCase()).map((o) => `${e.id}: ${o.role}`));
    expect(bad).toEqual([]);
  });

  test('every person has a gender; only people have one', () => {
    expect(kb.filter((e) => e.type === 'person' && e.gender === undefined).map((e) => e.id)).toEqual([]);
    expect(kb.filter((e) => e.type !== 'person' && e.gender !== undefined).map((e) => e.id)).toEqual([]);
  });

  test('no alias is shared by two people unless it is in the commented allow-list', () => {
    const owners = new Map<string, string[]>();
    for (const e of kb.filter((x) => x.type === 'person')) {
      for (const name of new Set([e.name, ...e.aliases])) owners.set(name, [...(owners.get(name) ?? []), e.id]);
    }
    const shared = [...owners].filter(([name, ids]) => ids.length > 1 && !AMBIGUOUS_ALIASES.has(name));
    expect(shared).toEqual([]);
    // The allow-list holds only names that really are shared, so it cannot hide a stale entry.
    const stale = [...AMBIGUOUS_ALIASES].filter((name) => (owners.get(name)?.length ?? 0) < 2);
    expect(stale).toEqual([]);
  });

  test('no adjective belongs to two places, so "the Russian president" has one country', () => {
    const owners = new Map<string, string[]>();
    for (const e of kb) for (const a of e.adjectives) owners.set(a, [...(owners.get(a) ?? []), e.id]);
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  test('no entry lists its own name or the same alias twice', () => {
    const bad = kb.filter((e) => e.aliases.includes(e.name) || new Set(e.aliases).size !== e.aliases.length).map((e) => e.id);
    expect(bad).toEqual([]);
  });

  test.each([
    ['Russian', 'Russia'],
    ['American', 'United States'],
    ['U.S.', 'United States'],
    ['British', 'United Kingdom'],
    ['French', 'France'],
    ['Chinese', 'China'],
    ['Israeli', 'Israel'],
    ['Ukrainian', 'Ukraine'],
    ['Saudi', 'Saudi Arabia'],
    ['North Korean', 'North Korea'],
  ])('the adjective %s belongs to %s', (adjective, place) => {
    expect(kb.filter((e) => e.adjectives.includes(adjective)).map((e) => e.name)).toEqual([place]);
  });

  test.each([
    ['Washington Post', 'washington-post'],
    ['the Kremlin', 'kremlin'],
    ['AP', 'associated-press'],
    ['GOP', 'republican-party'],
    ['Tories', 'conservative-party'],
    ['No 10', 'downing-street'],
    ['U.N.', 'united-nations'],
    ['Donald J. Trump', 'donald-trump'],
    ['45', 'donald-trump'],
    ['46', 'joe-biden'],
    ['Zelenskyy', 'volodymyr-zelenskyy'],
    ['MBS', 'mohammed-bin-salman'],
    ['Bibi', 'benjamin-netanyahu'],
    ['Lula', 'luiz-inacio-lula-da-silva'],
  ])('the name %s belongs to %s', (alias, id) => {
    expect(kb.filter((e) => e.name === alias || e.aliases.includes(alias)).map((e) => e.id)).toEqual([id]);
  });

  test.each([
    ['president', 'Russia', 2016, ['vladimir-putin']],
    ['president', 'Russia', 2010, ['dmitry-medvedev']],
    ['prime minister', 'Russia', 2010, ['vladimir-putin']],
    ['prime minister', 'United Kingdom', 2019, ['boris-johnson', 'theresa-may']],
    ['prime minister', 'United Kingdom', 2020, ['boris-johnson']],
    ['prime minister', 'United Kingdom', 2025, ['keir-starmer']],
    ['president', 'United States', 2005, ['george-w-bush']],
    ['president', 'United States', 2016, ['barack-obama']],
    ['president', 'United States', 2018, ['donald-trump']],
    ['president', 'United States', 2022, ['joe-biden']],
    ['president', 'United States', 2026, ['donald-trump']],
    ['vice president', 'United States', 2019, ['mike-pence']],
    ['secretary of state', 'United States', 2014, ['john-kerry']],
    ['secretary of state', 'United States', 2026, ['marco-rubio']],
    ['defense secretary', 'United States', 2018, ['jim-mattis']],
    ['treasury secretary', 'United States', 2018, ['steven-mnuchin']],
    ['attorney general', 'United States', 2018, ['jeff-sessions']],
    ['national security adviser', 'United States', 2014, ['susan-rice']],
    ['press secretary', 'White House', 2018, ['sarah-huckabee-sanders']],
    ['chief of staff', 'White House', 2018, ['john-f-kelly']],
    ['speaker', 'House of Representatives', 2016, ['paul-ryan']],
    ['chief justice', 'Supreme Court', 2010, ['john-roberts']],
    ['chairman', 'Joint Chiefs of Staff', 2020, ['mark-milley']],
    ['spokesperson', 'State Department', 2018, ['heather-nauert']],
    ['senate majority leader', 'Senate', 2016, ['mitch-mcconnell']],
    ['chancellor', 'Germany', 2010, ['angela-merkel']],
    ['chancellor', 'Germany', 2023, ['olaf-scholz']],
    ['chancellor', 'United Kingdom', 2012, ['george-osborne']],
    ['foreign secretary', 'United Kingdom', 2017, ['boris-johnson']],
    ['leader of the opposition', 'United Kingdom', 2017, ['jeremy-corbyn']],
    ['speaker', 'House of Commons', 2015, ['john-bercow']],
    ['president', 'France', 2015, ['francois-hollande']],
    ['president', 'France', 2020, ['emmanuel-macron']],
    ['prime minister', 'Italy', 2020, ['giuseppe-conte']],
    ['prime minister', 'Canada', 2010, ['stephen-harper']],
    ['prime minister', 'Japan', 2016, ['shinzo-abe']],
    ['prime minister', 'India', 2010, ['manmohan-singh']],
    ['prime minister', 'India', 2020, ['narendra-modi']],
    ['president', 'China', 2010, ['hu-jintao']],
    ['president', 'China', 2020, ['xi-jinping']],
    ['president', 'Brazil', 2020, ['jair-bolsonaro']],
    ['president', 'Mexico', 2020, ['andres-manuel-lopez-obrador']],
    ['prime minister', 'Australia', 2020, ['scott-morrison']],
    ['president', 'South Korea', 2019, ['moon-jae-in']],
    ['supreme leader', 'North Korea', 2015, ['kim-jong-un']],
    ['president', 'Turkey', 2020, ['recep-tayyip-erdogan']],
    ['king', 'Saudi Arabia', 2010, ['king-abdullah-saudi-arabia']],
    ['supreme leader', 'Iran', 2015, ['ali-khamenei']],
    ['president', 'Iran', 2015, ['hassan-rouhani']],
    ['prime minister', 'Israel', 2015, ['benjamin-netanyahu']],
    ['president', 'Ukraine', 2016, ['petro-poroshenko']],
    ['president', 'Ukraine', 2022, ['volodymyr-zelenskyy']],
    ['president', 'Belarus', 2020, ['alexander-lukashenko']],
    ['president', 'Poland', 2016, ['andrzej-duda']],
    ['prime minister', 'Hungary', 2016, ['viktor-orban']],
    ['president', 'South Africa', 2012, ['jacob-zuma']],
    ['president', 'Zimbabwe', 2010, ['robert-mugabe']],
    ['president', 'Nigeria', 2020, ['muhammadu-buhari']],
    ['president', 'Egypt', 2016, ['abdel-fattah-el-sisi']],
    ['president', 'Venezuela', 2016, ['nicolas-maduro']],
    ['president', 'Argentina', 2024, ['javier-milei']],
    ['prime minister', 'Pakistan', 2020, ['imran-khan']],
    ['president', 'Afghanistan', 2010, ['hamid-karzai']],
    ['president', 'Syria', 2015, ['bashar-al-assad']],
    ['chief executive', 'Hong Kong', 2019, ['carrie-lam']],
    ['spokesperson', 'Kremlin', 2020, ['dmitry-peskov']],
    ['secretary-general', 'United Nations', 2010, ['ban-ki-moon']],
    ['secretary-general', 'NATO', 2020, ['jens-stoltenberg']],
    ['president', 'European Commission', 2016, ['jean-claude-juncker']],
    ['managing director', 'International Monetary Fund', 2015, ['christine-lagarde']],
    ['director-general', 'World Health Organization', 2020, ['tedros-adhanom-ghebreyesus']],
    ['pope', 'Catholic Church', 2016, ['pope-francis']],
  ])('the %s of %s in %i is %j', (role, of, year, ids) => {
    expect(holders(role, of, year)).toEqual(ids);
  });

  test.each([
    ['president', 'Russia', 1985], // the Soviet Union's leader, not Russia's president
    ['president', 'United Kingdom', 2019],
    ['prime minister', 'United States', 2020],
    ['chancellor', 'France', 2018],
    ['king', 'France', 2010],
    ['supreme leader', 'Russia', 2020],
    ['pope', 'Italy', 2016],
    ['speaker', 'Senate', 2016],
    ['president', 'Germany', 1990], // before the first president the base knows
  ])('nobody is the %s of %s in %i', (role, of, year) => {
    expect(holders(role, of, year)).toEqual([]);
  });
});

const jane: KnowledgeEntryInput = {
  id: 'jane-doe',
  name: 'Jane Doe',
  type: 'person',
  gender: 'female',
  offices: [{ role: 'mayor', of: 'Springfield', from: 2021 }],
};

describe('mergeKnowledge', () => {
  test('appends new ids and applies the schema defaults, leaving the base untouched', () => {
    const before = kb.length;
    const merged = mergeKnowledge(kb, [jane]);
    expect(merged).toHaveLength(before + 1);
    expect(merged.at(-1)).toEqual({ ...jane, aliases: [], adjectives: [] });
    expect(kb).toHaveLength(before);
    expect(merged).not.toBe(kb);
  });

  test('an entry with an existing id replaces it in place', () => {
    const index = kb.findIndex((e) => e.id === 'vladimir-putin');
    const merged = mergeKnowledge(kb, [{ id: 'vladimir-putin', name: 'V. Putin', type: 'person', aliases: ['VVP'] }]);
    expect(merged).toHaveLength(kb.length);
    expect(merged[index]).toMatchObject({ id: 'vladimir-putin', name: 'V. Putin', aliases: ['VVP'], offices: [] });
    expect(byId.get('vladimir-putin')!.name).toBe('Vladimir Putin');
  });

  test('within the extra entries, the last entry with an id wins', () => {
    const merged = mergeKnowledge([], [jane, { ...jane, name: 'Jane Q. Doe' }]);
    expect(merged.map((e) => e.name)).toEqual(['Jane Q. Doe']);
  });

  test('replace keeps only the extra entries', () => {
    expect(mergeKnowledge(kb, [jane], true).map((e) => e.id)).toEqual(['jane-doe']);
    expect(mergeKnowledge(kb, [], true)).toEqual([]);
  });

  test('no extra entries gives a copy of the base', () => {
    const merged = mergeKnowledge(kb);
    expect(merged).toEqual(kb);
    expect(merged).not.toBe(kb);
  });

  test('does not modify the extra entries it is given', () => {
    const extra = [structuredClone(jane)];
    const copy = structuredClone(extra);
    mergeKnowledge(kb, extra);
    expect(extra).toEqual(copy);
  });

  test('lists every bad field in one PlauditError', () => {
    const bad = [
      jane,
      { id: 'Not Kebab', name: '', type: 'robot', offices: [{ role: '', from: '2001' }] },
      { id: 'ok-id', name: 'Ok', type: 'person', gender: 'unknown' },
    ] as unknown as KnowledgeEntryInput[];
    let error: unknown;
    try {
      mergeKnowledge(kb, bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlauditError);
    expect(error).toBeInstanceOf(TypeError);
    const pe = error as PlauditError;
    expect(pe.code).toBe('invalid-knowledge-base');
    expect(pe.message).toMatch(/^plaudit: invalid knowledge base: /);
    expect(pe.problems.map((p) => p.path).sort()).toEqual(
      ['1.id', '1.name', '1.offices.0.from', '1.offices.0.role', '1.type', '2.gender'].sort(),
    );
    for (const p of pe.problems) expect(pe.message).toContain(p.path);
  });

  test.each([
    ['a non-array', { id: 'x' }],
    ['null', null],
    ['a string', 'jane-doe'],
    ['an entry that is a number', [42]],
  ])('rejects %s as extra entries', (_label, extra) => {
    expect(() => mergeKnowledge(kb, extra as unknown as KnowledgeEntryInput[])).toThrow(
      expect.objectContaining({ code: 'invalid-knowledge-base' }),
    );
  });

  test.each([
    ['on an entry', { ...jane, birthday: '1970-01-01' }, '0', 'birthday'],
    ['on an office', { ...jane, offices: [{ role: 'mayor', since: 2020 }] }, '0.offices.0', 'since'],
  ])('rejects unknown keys %s', (_label, entry, path, key) => {
    try {
      mergeKnowledge(kb, [entry as KnowledgeEntryInput]);
      expect.unreachable();
    } catch (e) {
      const pe = e as PlauditError;
      expect(pe.code).toBe('invalid-knowledge-base');
      expect(pe.problems).toEqual([expect.objectContaining({ path, message: expect.stringContaining(key) })]);
    }
  });

  test.each([
    ['an entry', '[{"id":"x","name":"X","type":"person","__proto__":{"polluted":true}}]'],
    ['an office', '[{"id":"x","name":"X","type":"person","offices":[{"role":"mayor","__proto__":{"polluted":true}}]}]'],
    ['the list', '{"__proto__":{"polluted":true},"length":1,"0":{"id":"x","name":"X","type":"person"}}'],
  ])('a "__proto__" key on %s is rejected and pollutes nothing', (_label, json) => {
    const extra = JSON.parse(json) as KnowledgeEntryInput[];
    expect(() => mergeKnowledge(kb, extra)).toThrow(PlauditError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each(['__proto__', 'Constructor', 'to string'])('the id %j is not kebab-case and is rejected', (id) => {
    expect(() => mergeKnowledge(kb, [{ ...jane, id }])).toThrow(PlauditError);
  });

  test.each(['constructor', 'prototype', 'has-own-property'])('the kebab-case id %j is an ordinary id', (id) => {
    const merged = mergeKnowledge([], [{ ...jane, id }]);
    expect(merged.map((e: KnowledgeEntry) => e.id)).toEqual([id]);
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  });
});
