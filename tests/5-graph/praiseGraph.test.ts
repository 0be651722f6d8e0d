import { describe, expect, test } from 'vitest';
import { buildPraiseGraph } from '../../src/5-graph/buildPraiseGraph.js';
import { praiseGraph } from '../../src/index.js';
import { PlauditError, PraiseGraph, type Analysis } from '../../src/model/index.js';
import { BIDEN, HOSTILE_NAMES, PUTIN, TRUMP, hostileAnalysis, makeAnalysis, sanctions, summit, type EntitySpec } from './fixtures.js';

const edge = (g: PraiseGraph, s: string, t: string) => g.edges.find((e) => e.source === s && e.target === t);

/** Two one-quote articles: A's speaker praises A's target, B's speaker praises B's target. */
function twoArticles(a: EntitySpec, b: EntitySpec): Analysis[] {
  const other: EntitySpec = { id: 'x', name: 'Angela Merkel', kbId: 'angela-merkel' };
  return [
    makeAnalysis({ id: 'a', entities: [a, other], quotes: [{ sentence: '"She is a wonderful leader," he said.', speaker: a.id, stances: [['x', 'praise', 0.7, 'wonderful']] }] }),
    makeAnalysis({ id: 'b', entities: [b, other], quotes: [{ sentence: '"She did a fine job," he said.', speaker: b.id, stances: [['x', 'praise', 0.5, 'fine']] }] }),
  ];
}

describe('praiseGraph: nodes merge across articles', () => {
  test.each([
    ['the same knowledge-base id under different names', { id: 'e1', name: 'Donald Trump', kbId: 'donald-trump' }, { id: 'e7', name: 'Donald J. Trump', kbId: 'donald-trump' }],
    ['the same name in different case, no knowledge base', { id: 'e1', name: 'Jens Stoltenberg' }, { id: 'e2', name: 'jens stoltenberg' }],
    ['a leading article', { id: 'e1', name: 'The Kremlin', type: 'organization' as const }, { id: 'e2', name: 'Kremlin', type: 'organization' as const }],
    ['a knowledge-base entity and the same name without one', { id: 'e1', name: 'Emmanuel Macron', kbId: 'emmanuel-macron' }, { id: 'e3', name: 'Emmanuel Macron' }],
    ['dots in initials', { id: 'e1', name: 'U.S. State Department', type: 'organization' as const }, { id: 'e2', name: 'US State Department', type: 'organization' as const }],
  ])('%s', (_, a, b) => {
    const g = buildPraiseGraph(twoArticles(a, b));
    expect(g.nodes).toHaveLength(2);
    const merged = g.nodes[0]!;
    expect(merged.articleIds).toEqual(['a', 'b']);
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]).toMatchObject({ source: merged.id, praise: 2, utteranceIds: ['a:u1', 'b:u1'], articleIds: ['a', 'b'] });
  });

  test.each([
    ['different knowledge-base ids sharing an alias', { id: 'e1', name: 'Donald Trump', kbId: 'donald-trump', aliases: ['Trump'] }, { id: 'e1', name: 'Ivanka Trump', kbId: 'ivanka-trump', aliases: ['Trump'] }],
    ['different names without knowledge base', { id: 'e1', name: 'George Bush' }, { id: 'e1', name: 'George W. Bush' }],
    ['same local entity id in two articles', { id: 'e1', name: 'Boris Johnson' }, { id: 'e1', name: 'Keir Starmer' }],
    ['one name under two knowledge-base ids', { id: 'e1', name: 'Georgia', type: 'place' as const, kbId: 'georgia-country' }, { id: 'e1', name: 'Georgia', type: 'place' as const, kbId: 'georgia-us-state' }],
  ])('%s stay apart', (_, a, b) => {
    const g = buildPraiseGraph(twoArticles(a, b));
    expect(g.nodes).toHaveLength(3);
    expect(g.edges.map((e) => e.praise)).toEqual([1, 1]);
  });

  test('a name without knowledge-base id joins the first of two ids that share it, and never unites them', () => {
    const [a, b] = twoArticles({ id: 'e1', name: 'Georgia', type: 'place', kbId: 'georgia-country' }, { id: 'e1', name: 'Georgia', type: 'place', kbId: 'georgia-us-state' });
    const [c] = twoArticles({ id: 'e9', name: 'Georgia', type: 'place' }, { id: 'e9', name: 'x' });
    const g = buildPraiseGraph([a!, b!, { ...c!, id: 'c' }]);
    expect(g.nodes.map((n) => [n.id, n.articleIds])).toEqual([
      ['georgia-country', ['a', 'c']],
      ['angela-merkel', ['a', 'b', 'c']],
      ['georgia-us-state', ['b']],
    ]);
  });

  test('a merged node keeps the knowledge-base name and id and lists the other names as aliases', () => {
    const g = buildPraiseGraph(twoArticles({ id: 'e1', name: 'Trump' }, { id: 'e2', name: 'Donald Trump', kbId: 'donald-trump', aliases: ['Trump', 'The Donald'] }));
    // "Trump" and "Donald Trump" do not share a key: aliases are not merge keys
    expect(g.nodes.map((n) => n.id)).toEqual(['trump', 'angela-merkel', 'donald-trump']);
    const g2 = buildPraiseGraph(twoArticles({ id: 'e1', name: 'Donald Trump' }, { id: 'e2', name: 'Donald Trump', kbId: 'donald-trump', aliases: ['Trump'] }));
    expect(g2.nodes[0]).toEqual({ id: 'donald-trump', name: 'Donald Trump', type: 'person', aliases: ['Trump'], articleIds: ['a', 'b'] });
  });
});

describe('praiseGraph: edges', () => {
  test('the Trump → Putin edge of the summit article carries its counts and evidence utterances', () => {
    const g = praiseGraph(summit);
    expect(edge(g, 'donald-trump', 'vladimir-putin')).toEqual({
      source: 'donald-trump',
      target: 'vladimir-putin',
      praise: 4,
      criticism: 0,
      neutral: 0,
      net: 4,
      meanScore: expect.closeTo(0.65, 10),
      utteranceIds: ['summit:u1', 'summit:u2', 'summit:u3', 'summit:u4'],
      articleIds: ['summit'],
    });
    expect(edge(g, 'vladimir-putin', 'donald-trump')).toMatchObject({ praise: 1, criticism: 1, net: 0, meanScore: 0 });
    expect(edge(g, 'vladimir-putin', 'joe-biden')).toBeUndefined();
  });

  test('a graph over two copies of one analysis has doubled counts', () => {
    const once = buildPraiseGraph([sanctions]);
    const twice = buildPraiseGraph([sanctions, sanctions]);
    expect(twice.nodes.map((n) => n.id)).toEqual(once.nodes.map((n) => n.id));
    expect(twice.edges).toHaveLength(once.edges.length);
    for (const [i, e] of once.edges.entries()) {
      const d = twice.edges[i]!;
      expect([d.praise, d.criticism, d.neutral, d.net]).toEqual([2 * e.praise, 2 * e.criticism, 2 * e.neutral, 2 * e.net]);
      expect(d.meanScore).toBeCloseTo(e.meanScore, 12);
      // copies without id are articles #1 and #2, so their utterances are distinct
      expect(d.utteranceIds).toHaveLength(2 * e.utteranceIds.length);
      expect(d.articleIds).toEqual(['#1', '#2']);
    }
    const withIds = buildPraiseGraph([summit, summit]);
    expect(edge(withIds, 'donald-trump', 'vladimir-putin')).toMatchObject({ praise: 8, net: 8, articleIds: ['summit'] });
  });

  test('analyses without id are #n by position; stances of a pooled corpus keep their article', () => {
    const g = buildPraiseGraph([summit, sanctions]);
    expect(edge(g, 'joe-biden', 'vladimir-putin')).toMatchObject({ criticism: 2, utteranceIds: ['summit:u7', '#2:u3'], articleIds: ['summit', '#2'] });
    expect(g.nodes.find((n) => n.id === 'kremlin')).toEqual({ id: 'kremlin', name: 'The Kremlin', type: 'organization', aliases: [], articleIds: ['#2'] });
  });

  test('bare stances give the same edges as their analysis', () => {
    const fromStances = buildPraiseGraph(summit.stances);
    const fromAnalysis = buildPraiseGraph(summit);
    expect(fromStances.edges).toEqual(fromAnalysis.edges);
    expect(fromStances.nodes.map((n) => n.id)).toEqual(['donald-trump', 'vladimir-putin', 'joe-biden']);
  });

  test('a self loop is kept as an edge', () => {
    const a = makeAnalysis({ id: 'self', entities: [TRUMP], quotes: [{ sentence: '"I am a very stable genius," Trump wrote.', speaker: 'donald-trump', stances: [['donald-trump', 'praise', 0.9, 'genius']] }] });
    expect(buildPraiseGraph(a).edges).toEqual([expect.objectContaining({ source: 'donald-trump', target: 'donald-trump', praise: 1 })]);
  });
});

describe('praiseGraph: date range', () => {
  test.each([
    [{ from: '2019-01-01' }, ['#2']],
    [{ to: '2018-07' }, ['summit']],
    [{ from: '2018', to: '2021-03-18' }, ['summit', '#2']],
    [{ from: '2018-07-17', to: '2021-03-17' }, []],
  ])('%j keeps %j', (range, articles) => {
    const g = buildPraiseGraph([summit, sanctions], range);
    expect([...new Set(g.edges.flatMap((e) => e.articleIds))]).toEqual(articles);
  });

  test('undated articles are kept unless dropUndated', () => {
    const undated = { ...sanctions, date: undefined, stances: sanctions.stances.map((s) => ({ ...s, date: undefined })) };
    expect(buildPraiseGraph([summit, undated], { from: '2019' }).edges.length).toBe(3);
    expect(buildPraiseGraph([summit, undated], { from: '2019', dropUndated: true }).edges).toEqual([]);
    expect(buildPraiseGraph([summit, undated], { dropUndated: true }).edges.length).toBe(5);
  });

  test('bad options are a programmer mistake', () => {
    expect(() => buildPraiseGraph(summit, { from: 'last week' })).toThrow(PlauditError);
    expect(() => buildPraiseGraph(summit, { since: '2020' } as never)).toThrow(/^plaudit:/);
  });
});

describe('praiseGraph: degenerate and hostile input', () => {
  test.each([[[]], [{ ...summit, entities: [], stances: [] }]])('empty input gives an empty graph', (input) => {
    const g = buildPraiseGraph(input as Analysis[]);
    expect(g).toEqual({ nodes: [], edges: [] });
  });

  test.each([[42], [null], ['text'], [[{ foo: 1 }]]])('%j is a programmer mistake', (input) => {
    expect(() => buildPraiseGraph(input as never)).toThrow(PlauditError);
  });

  test('hostile names are data: every one becomes a node, nothing throws', () => {
    const g = praiseGraph(hostileAnalysis());
    expect(g.nodes.map((n) => n.name)).toEqual([...HOSTILE_NAMES]);
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(HOSTILE_NAMES.length);
    expect(g.edges).toHaveLength(HOSTILE_NAMES.length);
    expect(PraiseGraph.safeParse(JSON.parse(JSON.stringify(g))).success).toBe(true);
  });
});

describe('praiseGraph: plain data with a notebook display', () => {
  test('equals the plain graph for toEqual, JSON and structuredClone', () => {
    const shown = praiseGraph([summit, sanctions]);
    const plain = buildPraiseGraph([summit, sanctions]);
    expect(shown).toEqual(plain);
    expect(JSON.stringify(shown)).toBe(JSON.stringify(plain));
    expect(structuredClone(shown)).toEqual(plain);
    expect(Object.keys(shown)).toEqual(['nodes', 'edges']);
    expect(PraiseGraph.parse(shown)).toEqual(plain);
  });

  test('the display method returns text, HTML and SVG', () => {
    const shown = praiseGraph([summit, sanctions]) as unknown as Record<symbol, () => Record<string, string>>;
    const bundle = shown[Symbol.for('Jupyter.display')]!();
    expect(Object.keys(bundle).sort()).toEqual(['image/svg+xml', 'text/html', 'text/plain']);
    expect(bundle['text/plain']).toContain('Donald Trump');
    expect(bundle['text/html']).toContain('<table');
    expect(bundle['image/svg+xml']).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  test('the display is not an own property, and a plain copy has none', () => {
    const shown = praiseGraph(summit);
    expect(Object.getOwnPropertySymbols(shown)).toEqual([]);
    expect(Symbol.for('Jupyter.display') in structuredClone(shown)).toBe(false);
  });
});

describe('fixtures are consistent', () => {
  test.each([[summit], [sanctions], [hostileAnalysis()]])('every utterance text is its span of the article', (a) => {
    for (const u of a.utterances) expect(u.end - u.start).toBe(u.text.length);
    expect(BIDEN.kbId).toBe('joe-biden');
    expect(PUTIN.aliases).toContain('Putin');
  });
});

describe('praiseGraph: stances whose entity is missing', () => {
  test('are placed by the name in their reference, and meet the same name elsewhere', () => {
    const partial = { ...summit, id: 'partial', entities: summit.entities.filter((e) => e.id !== 'joe-biden') };
    const g = buildPraiseGraph([partial, sanctions]);
    expect(g.nodes.map((n) => n.id)).toEqual(['donald-trump', 'vladimir-putin', 'joe-biden', 'kremlin']);
    expect(edge(g, 'joe-biden', 'vladimir-putin')).toMatchObject({ criticism: 2, articleIds: ['partial', '#2'] });
  });
});
