import { describe, expect, test } from 'vitest';
import { GoldArticle, parseGoldArticle } from '../../src/evaluate/goldArticle.js';
import { PlauditError } from '../../src/model/errors.js';

const valid = () => ({
  id: 'mayor-praises-chief',
  title: 'Mayor praises fire chief',
  source: 'made up for the tests',
  license: 'CC0',
  text: '"She saved the town," Mayor Ana Ruiz said of Chief Lee.',
  entities: [
    { id: 'ruiz', name: 'Ana Ruiz', type: 'person', aliases: ['Mayor Ana Ruiz'] },
    { id: 'lee', name: 'Dana Lee', type: 'person', aliases: ['Chief Lee'] },
  ],
  utterances: [{ id: 'u1', text: 'She saved the town,', speaker: 'ruiz', kind: 'direct', why: 'a whole sentence' }],
  stances: [{ source: 'ruiz', target: 'lee', polarity: 'praise', evidence: ['u1'] }],
  asymmetry: [{ a: 'ruiz', b: 'lee', more: 'a' }],
});

describe('GoldArticle accepts', () => {
  test.each([
    ['a full article', (g: any) => g],
    ['a textFile instead of inline text', (g: any) => { delete g.text; g.textFile = 'x.txt'; return g; }],
    ['a nobody speaker', (g: any) => { g.utterances[0].speaker = null; return g; }],
    ['no stances, asymmetry or notDirectSpeech', (g: any) => { delete g.stances; delete g.asymmetry; return g; }],
    ['an occurrence', (g: any) => { g.utterances[0].occurrence = 2; return g; }],
    ['a date', (g: any) => { g.date = '2019-09-12'; return g; }],
  ])('%s', (_name, edit) => {
    const gold = parseGoldArticle(edit(valid()));
    expect(gold.notDirectSpeech).toEqual([]);
    expect(GoldArticle.safeParse(edit(valid())).success).toBe(true);
  });
});

describe('GoldArticle rejects, with code invalid-gold and the path', () => {
  test.each([
    ['an unknown root key', (g: any) => { g.colour = 'red'; return g; }, '(root)', /Unrecognized key.*colour/],
    ['an unknown entity key', (g: any) => { g.entities[0].age = 40; return g; }, 'entities.0', /age/],
    ['an unknown utterance key', (g: any) => { g.utterances[0].confidence = 1; return g; }, 'utterances.0', /confidence/],
    ['an unknown stance key', (g: any) => { g.stances[0].score = 1; return g; }, 'stances.0', /score/],
    ['a neutral stance', (g: any) => { g.stances[0].polarity = 'neutral'; return g; }, 'stances.0.polarity', /praise/],
    ['an unknown kind', (g: any) => { g.utterances[0].kind = 'whisper'; return g; }, 'utterances.0.kind', /direct/],
    ['a speaker that is no entity', (g: any) => { g.utterances[0].speaker = 'smith'; return g; }, 'utterances.0.speaker', /unknown entity "smith"/],
    ['a stance target that is no entity', (g: any) => { g.stances[0].target = 'council'; return g; }, 'stances.0.target', /unknown entity "council"/],
    ['evidence that is no utterance', (g: any) => { g.stances[0].evidence = ['u9']; return g; }, 'stances.0.evidence.0', /unknown utterance "u9"/],
    ['an asymmetry side that is no entity', (g: any) => { g.asymmetry[0].b = 'council'; return g; }, 'asymmetry.0.b', /council/],
    ['a duplicate entity id', (g: any) => { g.entities[1].id = 'ruiz'; return g; }, 'entities.1.id', /duplicate/],
    ['neither text nor textFile', (g: any) => { delete g.text; return g; }, 'textFile', /text/],
    ['an empty utterance text', (g: any) => { g.utterances[0].text = ''; return g; }, 'utterances.0.text', /./],
    ['an occurrence of 0', (g: any) => { g.utterances[0].occurrence = 0; return g; }, 'utterances.0.occurrence', /./],
  ])('%s', (_name, edit, path, message) => {
    let error: unknown;
    try {
      parseGoldArticle(edit(valid()), 'test.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlauditError);
    const e = error as PlauditError;
    expect(e.code).toBe('invalid-gold');
    expect(e.message).toMatch(/^plaudit: invalid test\.json: /);
    expect(e.problems.some((p) => p.path === path && message.test(p.message))).toBe(true);
  });

  test.each([['null', null], ['a string', 'gold'], ['an array', []], ['a number', 3]])('%s at the root', (_name, value) => {
    expect(() => parseGoldArticle(value)).toThrow(PlauditError);
  });

  test('a __proto__ key is an unknown key and pollutes nothing', () => {
    const json = JSON.stringify(valid()).replace('{', '{"__proto__":{"polluted":true},');
    const raw = JSON.parse(json);
    expect(() => parseGoldArticle(raw)).toThrow(/__proto__/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  test('__proto__ as an entity id is rejected by the id pattern', () => {
    const g: any = valid();
    g.entities[0].id = '__proto__';
    expect(() => parseGoldArticle(g)).toThrow(/kebab-case/);
  });
});
