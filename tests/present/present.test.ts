import { describe, expect, test } from 'vitest';
import { buildPraiseGraph } from '../../src/5-graph/buildPraiseGraph.js';
import { analysisToHtml } from '../../src/present/analysisToHtml.js';
import { formatAnalysis } from '../../src/present/formatAnalysis.js';
import { formatGraph } from '../../src/present/formatGraph.js';
import { graphToHtml } from '../../src/present/graphToHtml.js';
import { graphToSvg } from '../../src/present/graphToSvg.js';
import { heatmapSvg } from '../../src/present/heatmapSvg.js';
import { asymmetriesToHtml, formatAsymmetries } from '../../src/present/formatAsymmetries.js';
import { asymmetries } from '../../src/5-graph/asymmetries.js';
import { PlauditError, type Analysis, type PraiseGraph } from '../../src/model/index.js';
import { HOSTILE_NAMES, hostileAnalysis, makeAnalysis, sanctions, summit } from '../5-graph/fixtures.js';
import { allElements, parseXml, textContent, type XmlElement } from '../5-graph/xml.js';

const corpus = buildPraiseGraph([summit, sanctions]);
const hostile = hostileAnalysis();
const hostileGraph = buildPraiseGraph(hostile);
const EMPTY: PraiseGraph = { nodes: [], edges: [] };
const emptyAnalysis: Analysis = { length: 0, entities: [], utterances: [], stances: [], issues: [] };

const SVG_ELEMENTS = new Set(['svg', 'title', 'defs', 'marker', 'path', 'g', 'circle', 'text', 'tspan', 'rect', 'linearGradient', 'stop']);
const HTML_ELEMENTS = new Set(['div', 'p', 'b', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li']);

/** Parses markup strictly and checks that only the renderer's own elements appear, with no event handlers or links. */
function expectOnlyOwnMarkup(markup: string, allowed: ReadonlySet<string>): XmlElement {
  const root = parseXml(markup);
  for (const el of allElements(root)) {
    expect(allowed.has(el.name), `element <${el.name}>`).toBe(true);
    for (const name of Object.keys(el.attributes)) {
      expect(name, `attribute ${name} on <${el.name}>`).not.toMatch(/^on|href|src/i);
    }
  }
  return root;
}

/** Hostile names as XML can carry them. */
const xmlSafe = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

describe('formatAnalysis', () => {
  const text = formatAnalysis(summit);

  test.each([
    ['the article', 'Article summit, 2018-07-16'],
    ['the counts', '3 entities, 7 utterances, 7 stances'],
    ['who said what', '1  Donald Trump    direct  0.90  He is a very smart man and a strong leader,'],
    ['an unknown-free speaker column', '7  Joe Biden       direct'],
    ['a praise stance with its evidence', 'Donald Trump    \u2192  Vladimir Putin  praise     +0.70    1  smart'],
    ['a criticism stance', 'Vladimir Putin  \u2192  Donald Trump    criticism  \u22120.60    6  mistake'],
  ])('shows %s', (_, line) => expect(text).toContain(line));

  test.each([
    ['no utterances section', 'Who said what'],
    ['no stances section', 'Stances'],
    ['no issues section', 'Issues'],
  ])('an empty analysis has %s', (_, heading) => {
    expect(formatAnalysis(emptyAnalysis)).not.toContain(heading);
    expect(formatAnalysis(emptyAnalysis)).toBe('0 entities, 0 utterances, 0 stances');
  });

  test('long text is cut to maxText', () => {
    const lines = formatAnalysis(summit, { maxText: 20 }).split('\n');
    expect(lines.find((l) => l.startsWith('1 '))).toContain('He is a very smart \u2026');
  });

  test('hostile text cannot send terminal escapes, reorder the line or break the table', () => {
    const out = formatAnalysis(hostile, { maxText: 200 });
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    const stanceRows = out.split('Stances: praise and criticism (12)\n')[1]!.split('\n').slice(2);
    expect(stanceRows).toHaveLength(12);
    expect(stanceRows[0]).toContain('<script>alert(1)</script>');
  });
});

describe('formatGraph', () => {
  test('one row per relation, the busiest first', () => {
    const lines = formatGraph(corpus).split('\n');
    expect(lines[0]).toBe('4 entities, 5 relations');
    expect(lines[3]).toMatch(/^Donald Trump\s+Vladimir Putin\s+4\s+0\s+0\s+\+4\s+\+0\.65\s+1$/);
    expect(lines[4]).toMatch(/^Vladimir Putin\s+Donald Trump\s+1\s+1\s+0\s+0\s+0\.00\s+1$/);
    expect(lines[5]).toMatch(/^Joe Biden\s+Vladimir Putin\s+0\s+2\s+0\s+\u22122\s+\u22120\.90\s+2$/);
    expect(lines.slice(9, 13)).toEqual([
      'Who gives whom more net praise',
      'index = (net a\u2192b \u2212 net b\u2192a) \u00f7 (praise + criticism, both ways): the volume of net praise each way compared, from \u22121 to +1, > 0 when a gives b more',
      'net = praise \u2212 criticism; tone = net \u00f7 all stances of the direction (neutral ones dilute it; none without stances)',
      'a verdict only where the bootstrap interval excludes 0',
    ]);
    expect(lines[13]).toMatch(/^a\s+b\s+a\u2192b \+\s+\u2212\s+0\s+net\s+tone\s+b\u2192a \+\s+\u2212\s+0\s+net\s+tone\s+index\s+interval$/);
    // the columns a reader can check by hand: Trump → Putin +4, Putin → Trump 0; (4 − 0) ÷ (4 + 2) = +0.67
    expect(lines[16]).toMatch(/^Donald Trump\s+Vladimir Putin\s+4\s+0\s+0\s+\+4\s+\+1\.00\s+1\s+1\s+0\s+0\s+0\.00\s+\+0\.67\s+\S+ \u2026 \+1\.00$/);
    expect(lines[18]).toMatch(/^  - no clear difference: net \+4 Donald Trump \u2192 Vladimir Putin against 0 back, index \+0\.67/);
    expect(lines.slice(19)).toEqual(['', 'Only one side speaks of the other', '  - The Kremlin criticises Joe Biden once; Joe Biden never speaks of The Kremlin here']);
    expect(formatGraph(corpus, { maxPairs: 0 }).split('\n')).toHaveLength(8);
  });

  test('maxEdges cuts the list and says so; an empty graph says it has no stances', () => {
    expect(formatGraph(corpus, { maxEdges: 1, maxPairs: 0 }).split('\n').at(-1)).toBe('(4 more relations not shown)');
    expect(formatGraph(EMPTY)).toBe('0 entities, 0 relations\n(no stances)');
  });
});

describe('HTML tables', () => {
  test('analysisToHtml lists utterances and stances as escaped, well-formed tables', () => {
    const root = expectOnlyOwnMarkup(analysisToHtml(summit), HTML_ELEMENTS);
    const tables = allElements(root).filter((e) => e.name === 'table');
    expect(tables.map((t) => textContent(t.children[0]!))).toEqual(['Who said what (7)', 'Stances: praise and criticism (7)']);
    const stanceRows = allElements(tables[1]!).filter((e) => e.name === 'tr').slice(1);
    expect(stanceRows[0]!.children.map(textContent)).toEqual(['Donald Trump', 'Vladimir Putin', 'praise', '+0.70', '1', 'smart']);
  });

  test('graphToHtml adds who gives whom more net praise, with the definition, and one-sided pairs apart', () => {
    const root = expectOnlyOwnMarkup(graphToHtml(corpus), HTML_ELEMENTS);
    const tables = allElements(root).filter((e) => e.name === 'table');
    expect(tables).toHaveLength(2);
    const caption = textContent(tables[1]!.children[0]!);
    expect(caption).toContain('index = (net a\u2192b \u2212 net b\u2192a) \u00f7 (praise + criticism, both ways)');
    expect(caption).not.toContain('half');
    const rows = allElements(tables[1]!).filter((e) => e.name === 'tr').slice(1);
    const trump = rows[1]!.children.map(textContent);
    expect(trump.slice(0, 13)).toEqual(['Donald Trump', 'Vladimir Putin', '4', '0', '0', '+4', '+1.00', '1', '1', '0', '0', '0.00', '+0.67']);
    expect(trump[14]).toMatch(/^no clear difference/);
    expect(allElements(root).filter((e) => e.name === 'li').map(textContent)).toEqual(['The Kremlin criticises Joe Biden once; Joe Biden never speaks of The Kremlin here']);
  });

  test('graphToHtml lists relations, busiest first', () => {
    const root = expectOnlyOwnMarkup(graphToHtml(corpus), HTML_ELEMENTS);
    const rows = allElements(allElements(root).find((e) => e.name === 'table')!).filter((e) => e.name === 'tr').slice(1);
    expect(rows.map((r) => r.children.map(textContent).slice(0, 6))).toEqual([
      ['Donald Trump', 'Vladimir Putin', '4', '0', '0', '+4'],
      ['Vladimir Putin', 'Donald Trump', '1', '1', '0', '0'],
      ['Joe Biden', 'Vladimir Putin', '0', '2', '0', '-2'],
      ['The Kremlin', 'Joe Biden', '0', '1', '0', '-1'],
      ['Vladimir Putin', 'Joe Biden', '0', '0', '1', '0'],
    ]);
  });

  test.each([
    ['analysisToHtml', () => analysisToHtml(hostile)],
    ['graphToHtml', () => graphToHtml(hostileGraph)],
  ])('%s shows a hostile article as text', (_, render) => {
    const html = render();
    const root = expectOnlyOwnMarkup(html, HTML_ELEMENTS);
    const cells = allElements(root).filter((e) => e.name === 'td').map(textContent);
    for (const name of HOSTILE_NAMES) expect(cells).toContain(xmlSafe(name));
    expect(html).not.toMatch(/<script|<img|onload="/);
  });
});

describe('graphToSvg', () => {
  const svg = graphToSvg(corpus);
  const root = expectOnlyOwnMarkup(svg, SVG_ELEMENTS);
  const arrows = allElements(root).filter((e) => e.name === 'path' && e.attributes['marker-end']);

  /** The name labels of the two columns, in order: [left (who speaks), right (of whom)]. */
  const columns = (r: XmlElement) => {
    const entries = allElements(r).filter((e) => e.name === 'g' && e.children[1]?.name === 'circle');
    const side = (anchor: string) => entries.filter((g) => g.children[2]!.attributes['text-anchor'] === anchor).map((g) => textContent(g.children[2]!));
    return [side('end'), side('start')];
  };

  test('speakers on the left, most stances given first; the entities spoken of on the right; one arrow per relation', () => {
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(arrows).toHaveLength(5);
    const [left, right] = columns(root);
    expect(left).toEqual(['Donald Trump (4)', 'Vladimir Putin (3)', 'Joe Biden (2)', 'The Kremlin (1)']);
    expect(right!.slice().sort()).toEqual(['(2) Donald Trump', '(2) Joe Biden', '(6) Vladimir Putin']);
    expect(textContent(root)).toContain('4 entities of 4 with stances, 5 of 5 relations');
  });

  test('colours arrows by net praise and widens them by volume', () => {
    const byTitle = (start: string) => arrows.find((a) => textContent(a).startsWith(start))!;
    const trumpPutin = byTitle('Donald Trump \u2192 Vladimir Putin');
    const putinTrump = byTitle('Vladimir Putin \u2192 Donald Trump');
    const bidenPutin = byTitle('Joe Biden \u2192 Vladimir Putin');
    const kremlinBiden = byTitle('The Kremlin \u2192 Joe Biden');
    expect([trumpPutin, putinTrump, bidenPutin].map((a) => a.attributes.stroke)).toEqual(['#2e7d32', '#9e9e9e', '#c62828']);
    expect(Number(trumpPutin.attributes['stroke-width'])).toBeGreaterThan(Number(bidenPutin.attributes['stroke-width']));
    expect(Number(bidenPutin.attributes['stroke-width'])).toBeGreaterThan(Number(kremlinBiden.attributes['stroke-width']));
    const markers = allElements(root).filter((e) => e.name === 'marker').map((m) => m.attributes.id!);
    for (const a of arrows) expect(markers.map((id) => `url(#${id})`)).toContain(a.attributes['marker-end']);
  });

  test('the same graph gives the same drawing; another graph gets other marker ids', () => {
    expect(graphToSvg(buildPraiseGraph([summit, sanctions]))).toBe(svg);
    const other = parseXml(graphToSvg(buildPraiseGraph(summit)));
    const ids = (r: XmlElement) => allElements(r).filter((e) => e.name === 'marker').map((m) => m.attributes.id);
    expect(ids(other)).not.toEqual(ids(root));
  });

  test('maxNodes and minStances keep the best attested, and the caption says how many of how many are shown', () => {
    const small = parseXml(graphToSvg(corpus, { maxNodes: 2 }));
    expect(columns(small)).toEqual([['Donald Trump (4)', 'Vladimir Putin (3)'], ['(6) Vladimir Putin', '(2) Donald Trump']]);
    expect(allElements(small).filter((e) => e.name === 'path' && e.attributes['marker-end'])).toHaveLength(2);
    expect(textContent(small)).toContain('2 entities of 4 with stances, 2 of 5 relations; taken from the 2 with most stances');
    const busy = parseXml(graphToSvg(corpus, { minStances: 3 }));
    expect(textContent(busy)).toContain('taken from entities with at least 3 stances, the 40 with most stances (fewer qualify)');
    expect(columns(busy)[0]).toEqual(['Donald Trump (4)', 'Vladimir Putin (3)', 'Joe Biden (2)']);
  });

  test('a self loop is drawn; an empty graph says it has no stances', () => {
    const self = makeAnalysis({ entities: [{ id: 'e1', name: 'Boris Johnson' }], quotes: [{ sentence: '"I have been a brilliant mayor," Johnson said.', speaker: 'e1', stances: [['e1', 'praise', 0.7, 'brilliant']] }] });
    const drawn = parseXml(graphToSvg(buildPraiseGraph(self)));
    expect(allElements(drawn).filter((e) => e.name === 'path' && e.attributes['marker-end'])).toHaveLength(1);
    expect(textContent(parseXml(graphToSvg(EMPTY)))).toContain('no stances');
  });

  test('a hostile article is text inside the drawing', () => {
    const out = graphToSvg(hostileGraph);
    const r = expectOnlyOwnMarkup(out, SVG_ELEMENTS);
    const labels = columns(r).flat();
    expect(labels.some((l) => l.startsWith('<script>alert(1)</script>'))).toBe(true);
    expect(labels.join('')).not.toMatch(/[\u0000-\u001F\u202A-\u202E]/);
    const tooltips = allElements(r).filter((e) => e.name === 'g' && e.children[1]?.name === 'circle').map((g) => textContent(g.children[0]!));
    expect(tooltips).toContain('<script>alert(1)</script> (person): gives 1 praise, 0 criticism in 1 stances; receives 0 praise, 1 criticism in 1 stances');
    expect(out).not.toMatch(/<script|onload="|onmouseover='/);
  });

  test('bad options are a programmer mistake', () => {
    expect(() => graphToSvg(corpus, { minStances: -1 })).toThrow(PlauditError);
    expect(() => graphToSvg(corpus, { maxNodes: 0 })).toThrow(PlauditError);
  });
});

describe('heatmapSvg', () => {
  test('a cell per pair, coloured by net praise per stance', () => {
    const root = expectOnlyOwnMarkup(heatmapSvg(corpus), SVG_ELEMENTS);
    const cells = allElements(root).filter((e) => e.name === 'rect' && e.attributes.width === '28');
    // rows: the 4 speakers; columns: the 3 entities spoken of
    expect(cells).toHaveLength(12);
    const filled = allElements(root).filter((e) => e.name === 'g' && e.children[0]?.name === 'title');
    const cell = (start: string) => filled.find((g) => textContent(g.children[0]!).startsWith(start))!;
    expect(cell('Donald Trump \u2192 Vladimir Putin').children[1]!.attributes.fill).toBe('rgb(46,125,50)');
    expect(cell('Joe Biden \u2192 Vladimir Putin').children[1]!.attributes.fill).toBe('rgb(198,40,40)');
    expect(cell('Vladimir Putin \u2192 Donald Trump').children[1]!.attributes.fill).toBe('#ffffff');
    expect(textContent(cell('Joe Biden \u2192 Vladimir Putin').children[2]!)).toBe('\u22122');
    expect(filled).toHaveLength(5);
  });

  test('rows sorted by praise given, columns by praise received, each name with its counts', () => {
    const root = parseXml(heatmapSvg(corpus));
    const texts = allElements(root).filter((e) => e.name === 'text' && e.children[0]?.name === 'title');
    const rows = texts.filter((t) => t.attributes['text-anchor'] === 'end').map((t) => t.text);
    const cols = texts.filter((t) => t.attributes.transform).map((t) => t.text);
    expect(rows).toEqual(['Donald Trump (+4 \u22120)', 'Vladimir Putin (+1 \u22121)', 'The Kremlin (+0 \u22121)', 'Joe Biden (+0 \u22122)']);
    expect(cols).toEqual(['Vladimir Putin (+4 \u22122)', 'Donald Trump (+1 \u22121)', 'Joe Biden (+0 \u22121)']);
  });

  test('an empty graph says it has no stances', () => {
    expect(textContent(parseXml(heatmapSvg(EMPTY)))).toContain('no stances');
  });

  test('a hostile article is text inside the heat map', () => {
    const out = heatmapSvg(hostileGraph);
    const r = expectOnlyOwnMarkup(out, SVG_ELEMENTS);
    const rowLabels = allElements(r).filter((e) => e.name === 'text' && e.attributes['text-anchor'] === 'end').map(textContent);
    expect(rowLabels.some((l) => l.includes('<script>alert(1)</script>'))).toBe(true);
    expect(rowLabels.some((l) => l.includes('" onload="alert(1)'))).toBe(true);
    expect(out).not.toMatch(/<script|onload="/);
  });
});

describe('formatAnalysis and analysisToHtml: unknown speakers and issues', () => {
  const withUnknown: Analysis = {
    ...summit,
    utterances: summit.utterances.map((u, i) => (i === 0 ? { ...u, speaker: null } : u)),
    issues: [
      { code: 'unknown-speaker', message: 'no speaker found for the quote', span: { start: 1, end: 43 } },
      { code: 'unbalanced-quote', message: 'a quotation mark without its partner', span: { start: 400, end: 401 } },
    ],
  };

  test.each([
    ['the text table', () => formatAnalysis(withUnknown), ['No speaker named (1)\n#  kind    text', '1  direct  He is a very smart man and a strong leader,  no speaker found for the quote', 'Issues (1)', 'unbalanced-quote  a quotation mark without its partner']],
    ['the HTML tables', () => analysisToHtml(withUnknown), ['>No speaker named (1)</caption>', '>no speaker found for the quote</td>', '>Issues (1)</caption>', '>unbalanced-quote</td>']],
  ])('%s shows them', (_, render, parts) => {
    const out = render();
    for (const p of parts) expect(out).toContain(p);
  });

  test.each([
    ['the text table', () => formatAnalysis(summit)],
    ['the HTML tables', () => analysisToHtml(summit)],
  ])('%s of a fully attributed article has neither', (_, render) => {
    expect(render()).not.toMatch(/No speaker named|Issues/);
  });
});

describe('formatAsymmetries and asymmetriesToHtml', () => {
  test('the same section as the graph views, from any list of asymmetries', () => {
    const pairs = [...asymmetries(corpus), ...asymmetries(corpus, { oneSided: 'only' })];
    const text = formatAsymmetries(pairs);
    expect(formatGraph(corpus)).toContain(text);
    expect(text.split('\n')[0]).toBe('Who gives whom more net praise');
    expect(text).toContain('Only one side speaks of the other\n  - The Kremlin criticises Joe Biden once; Joe Biden never speaks of The Kremlin here');
    expect(graphToHtml(corpus)).toContain(asymmetriesToHtml(pairs));
    expectOnlyOwnMarkup(`<div>${asymmetriesToHtml(pairs)}</div>`, HTML_ELEMENTS);
  });

  test('no pairs give nothing', () => {
    expect(formatAsymmetries([])).toBe('');
    expect(asymmetriesToHtml([])).toBe('');
  });
});
