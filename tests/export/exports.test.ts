import { describe, expect, test } from 'vitest';
import { buildPraiseGraph } from '../../src/5-graph/buildPraiseGraph.js';
import { escapeXml } from '../../src/util/escapeXml.js';
import { toCsv } from '../../src/export/toCsv.js';
import { toDot } from '../../src/export/toDot.js';
import { toGraphML } from '../../src/export/toGraphML.js';
import { toJSON } from '../../src/export/toJSON.js';
import { toMermaid } from '../../src/export/toMermaid.js';
import { PlauditError, PraiseGraph } from '../../src/model/index.js';
import { HOSTILE_NAMES, PUTIN, TRUMP, hostileAnalysis, makeAnalysis, sanctions, summit } from '../5-graph/fixtures.js';
import { allElements, parseXml } from '../5-graph/xml.js';

const corpus = buildPraiseGraph([summit, sanctions]);
const hostile = buildPraiseGraph(hostileAnalysis());
/** Trump praises Putin; Olga Petrova is only mentioned. */
const withBystander = buildPraiseGraph(
  makeAnalysis({
    entities: [TRUMP, PUTIN, { id: 'olga', name: 'Olga Petrova' }],
    quotes: [{ sentence: '"He is a strong leader, unlike Olga Petrova," Trump said.', speaker: 'donald-trump', stances: [['vladimir-putin', 'praise', 0.5, 'strong']] }],
  }),
);
const EMPTY: PraiseGraph = { nodes: [], edges: [] };

/** What a name becomes where a format cannot carry it: control characters and line breaks turn into spaces. */
const flat = (s: string) => s.replace(/[\u0000-\u001F\u007F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, ' ').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
/** What XML can carry: forbidden characters and lone surrogates become U+FFFD. */
const xmlSafe = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

// ---- a tiny DOT reader: quoted strings, ids, numbers, statements with attribute lists ----
interface Dot {
  name: string;
  nodes: Map<string, Record<string, string>>;
  edges: { source: string; target: string; attrs: Record<string, string> }[];
}
function parseDot(text: string): Dot {
  const tokens: { t: 'str' | 'id' | 'op'; v: string }[] = [];
  const re = /\s+|"((?:[^"\\]|\\[\s\S])*)"|(->|[{}[\]=,;])|([A-Za-z_][\w.]*|-?\d+(?:\.\d+)?(?:e-?\d+)?)|([\s\S])/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[4] !== undefined) throw new Error(`unexpected ${JSON.stringify(m[4])} at ${m.index}`);
    if (m[1] !== undefined) tokens.push({ t: 'str', v: m[1].replace(/\\(["\\])/g, '$1') });
    else if (m[2] !== undefined) tokens.push({ t: 'op', v: m[2] });
    else if (m[3] !== undefined) tokens.push({ t: 'id', v: m[3] });
  }
  let i = 0;
  const next = () => tokens[i++]!;
  const expectOp = (v: string) => {
    const tok = next();
    if (tok.t !== 'op' || tok.v !== v) throw new Error(`expected ${v}, got ${JSON.stringify(tok)}`);
  };
  const value = () => {
    const tok = next();
    if (tok.t === 'op') throw new Error(`expected a value, got ${tok.v}`);
    return tok.v;
  };
  const attrs = (): Record<string, string> => {
    const out: Record<string, string> = {};
    expectOp('[');
    while (!(tokens[i]!.t === 'op' && tokens[i]!.v === ']')) {
      const k = value();
      expectOp('=');
      out[k] = value();
      if (tokens[i]!.t === 'op' && tokens[i]!.v === ',') i++;
    }
    expectOp(']');
    return out;
  };
  if (value() !== 'digraph') throw new Error('not a digraph');
  const dot: Dot = { name: value(), nodes: new Map(), edges: [] };
  expectOp('{');
  while (!(tokens[i]!.t === 'op' && tokens[i]!.v === '}')) {
    const first = value();
    if (tokens[i]!.t === 'op' && tokens[i]!.v === '->') {
      i++;
      const target = value();
      dot.edges.push({ source: first, target, attrs: attrs() });
    } else {
      const a = attrs();
      if (first !== 'node') dot.nodes.set(first, a);
    }
    expectOp(';');
  }
  expectOp('}');
  if (i !== tokens.length) throw new Error('text after the graph');
  return dot;
}

describe('toDot', () => {
  test('parses back to the same nodes, labels and counts', () => {
    const dot = parseDot(toDot(corpus));
    expect(dot.name).toBe('praise');
    expect([...dot.nodes.keys()]).toEqual(corpus.nodes.map((n) => n.id));
    expect([...dot.nodes.values()].map((a) => a.label)).toEqual(corpus.nodes.map((n) => n.name));
    expect(dot.edges.map((e) => [e.source, e.target, Number(e.attrs.praise), Number(e.attrs.criticism), Number(e.attrs.neutral), Number(e.attrs.net), Number(e.attrs.meanScore)])).toEqual(
      corpus.edges.map((e) => [e.source, e.target, e.praise, e.criticism, e.neutral, e.net, e.meanScore]),
    );
    expect(dot.edges[0]!.attrs.color).toBe('#2e7d32');
    expect(dot.edges.find((e) => e.source === 'joe-biden')!.attrs.color).toBe('#c62828');
  });

  test('hostile names stay inside their quoted strings', () => {
    const text = toDot(hostile);
    const dot = parseDot(text);
    expect([...dot.nodes.values()].map((a) => a.label)).toEqual(HOSTILE_NAMES.map(flat));
    expect(dot.edges).toHaveLength(hostile.edges.length);
    expect(text.split('\n').length).toBe(hostile.nodes.length + hostile.edges.length + 4);
  });

  test('an empty graph is a valid empty digraph', () => {
    expect(parseDot(toDot(EMPTY, { name: 'x" { evil' }))).toEqual({ name: 'x" { evil', nodes: new Map(), edges: [] });
  });
});

describe('Mermaid and DOT list only entities on a relation', () => {
  test.each([
    ['toMermaid', (g: PraiseGraph, o?: { includeIsolated?: boolean }) => toMermaid(g, o)],
    ['toDot', (g: PraiseGraph, o?: { includeIsolated?: boolean }) => toDot(g, o)],
  ])('%s', (_, render) => {
    expect(withBystander.nodes.map((n) => n.name)).toContain('Olga Petrova');
    expect(render(withBystander)).not.toContain('Olga Petrova');
    expect(render(withBystander)).toContain('Vladimir Putin');
    expect(render(withBystander, { includeIsolated: true })).toContain('Olga Petrova');
  });
});

describe('toGraphML', () => {
  const read = (xml: string) => {
    const root = parseXml(xml);
    expect(root.name).toBe('graphml');
    const graph = root.children.find((c) => c.name === 'graph')!;
    const data = (el: (typeof root)['children'][number]): Record<string, string> => Object.fromEntries(el.children.filter((c) => c.name === 'data').map((d) => [d.attributes.key!, d.text]));
    return {
      keys: root.children.filter((c) => c.name === 'key').map((k) => k.attributes.id),
      nodes: graph.children.filter((c) => c.name === 'node').map((n): Record<string, string> => ({ ...data(n), id: n.attributes.id! })),
      edges: graph.children.filter((c) => c.name === 'edge').map((e): Record<string, string> => ({ ...data(e), source: e.attributes.source!, target: e.attributes.target! })),
    };
  };

  test('parses back, losslessly, to the same graph', () => {
    const g = read(toGraphML(corpus));
    const back: PraiseGraph = {
      nodes: g.nodes.map((n) => ({ id: n.id!, name: n.name!, type: n.type as 'person', aliases: JSON.parse(n.aliases!), articleIds: JSON.parse(n.nodeArticleIds!) })),
      edges: g.edges.map((e) => ({
        source: e.source!,
        target: e.target!,
        praise: Number(e.praise),
        criticism: Number(e.criticism),
        neutral: Number(e.neutral),
        net: Number(e.net),
        meanScore: Number(e.meanScore),
        utteranceIds: JSON.parse(e.utteranceIds!),
        articleIds: JSON.parse(e.articleIds!),
      })),
    };
    expect(back).toEqual(corpus);
  });

  test('hostile names are well-formed text: no element, attribute or CDATA escapes', () => {
    const xml = toGraphML(hostile);
    const g = read(xml);
    expect(g.nodes.map((n) => n.name)).toEqual(HOSTILE_NAMES.map(xmlSafe));
    expect(allElements(parseXml(xml)).map((e) => e.name).filter((n) => !['graphml', 'key', 'graph', 'node', 'edge', 'data'].includes(n))).toEqual([]);
    expect(g.edges.every((e) => Number(e.net) === 1 || Number(e.net) === -1)).toBe(true);
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('<script');
  });
});

describe('toMermaid', () => {
  const decode = (label: string) => label.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

  test('one line per node and edge, with the names in quoted labels', () => {
    const lines = toMermaid(corpus).trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const nodes = lines.filter((l) => /^ {2}n\d+\[/.test(l));
    expect(nodes.map((l) => decode(/^ {2}n\d+\["(.*)"\]$/.exec(l)![1]!))).toEqual(corpus.nodes.map((n) => n.name));
    expect(lines.filter((l) => / -->\|/.test(l))).toHaveLength(corpus.edges.length);
    expect(lines.filter((l) => l.includes('linkStyle'))[0]).toBe('  linkStyle 0 stroke:#2e7d32,stroke-width:4px');
  });

  test('hostile names cannot close a label, add a statement or carry markup', () => {
    const text = toMermaid(hostile);
    const lines = text.trimEnd().split('\n');
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^ {2}(?:n\d+\["(?:[^"<>\n%|;#]|#\d+;)*"\]|n\d+ -->\|"(?:[^"<>\n%|;#]|#\d+;)*"\| n\d+|linkStyle \d+ stroke:#[0-9a-f]{6},stroke-width:[\d.]+px)$/);
    }
    expect(lines.filter((l) => /^ {2}n\d+\[/.test(l)).map((l) => decode(/^ {2}n\d+\["(.*)"\]$/.exec(l)![1]!))).toEqual(HOSTILE_NAMES.map((n) => n.replace(/[\u202A-\u202E\u2066-\u2069]/g, ' ')));
  });
});

describe('toCsv', () => {
  /** RFC 4180 rows: fields split on commas outside quotes, quotes undoubled. */
  const parseCsv = (text: string) =>
    text
      .trimEnd()
      .split('\r\n')
      .map((row) => {
        const cells: string[] = [];
        let cell = '';
        let quoted = false;
        for (let i = 0; i < row.length; i++) {
          const c = row[i]!;
          if (quoted && c === '"' && row[i + 1] === '"') (cell += '"'), i++;
          else if (c === '"') quoted = !quoted;
          else if (c === ',' && !quoted) cells.push(cell), (cell = '');
          else cell += c;
        }
        if (quoted) throw new Error(`unclosed quote in ${row}`);
        return [...cells, cell];
      });

  test('the adjacency matrix, on request, holds net praise, a row per source', () => {
    expect(parseCsv(toCsv(corpus, { layout: 'matrix' }))).toEqual([
      ['', 'Donald Trump', 'Vladimir Putin', 'Joe Biden', 'The Kremlin'],
      ['Donald Trump', '0', '4', '0', '0'],
      ['Vladimir Putin', '0', '0', '0', '0'],
      ['Joe Biden', '0', '-2', '0', '0'],
      ['The Kremlin', '0', '0', '-1', '0'],
    ]);
    expect(parseCsv(toCsv(corpus, { layout: 'matrix', value: 'stances' }))[2]).toEqual(['Vladimir Putin', '2', '0', '1', '0']);
    expect(parseCsv(toCsv(corpus, { layout: 'matrix', value: 'meanScore' }))[1]).toEqual(['Donald Trump', '', String(corpus.edges[0]!.meanScore), '', '']);
  });

  test('the matrix leaves out entities without stances unless asked', () => {
    const rows = parseCsv(toCsv(withBystander, { layout: 'matrix' }));
    expect(rows[0]).toEqual(['', 'Donald Trump', 'Vladimir Putin']);
    expect(parseCsv(toCsv(withBystander, { layout: 'matrix', includeIsolated: true }))[0]).toEqual(['', 'Donald Trump', 'Vladimir Putin', 'Olga Petrova']);
  });

  test('the edge list is the default: every count, the tone and the evidence ids', () => {
    const rows = parseCsv(toCsv(corpus));
    expect(rows[0]).toEqual(['source', 'target', 'source_name', 'target_name', 'praise', 'criticism', 'neutral', 'net', 'tone', 'mean_score', 'articles', 'evidence']);
    const e = corpus.edges[0]!;
    expect(rows[1]).toEqual(['donald-trump', 'vladimir-putin', 'Donald Trump', 'Vladimir Putin', '4', '0', '0', '4', '1', String(e.meanScore), '1', e.utteranceIds.join(' ')]);
    expect(e.utteranceIds).toHaveLength(4);
    // Putin → Biden: one neutral stance, tone 0 (not empty: a neutral stance is not silence)
    expect(rows.find((r) => r[0] === 'vladimir-putin' && r[1] === 'joe-biden')!.slice(4, 9)).toEqual(['0', '0', '1', '0', '0']);
    expect(rows).toHaveLength(corpus.edges.length + 1);
  });

  test('hostile names stay one quoted field, and formulas are neutralised', () => {
    const rows = parseCsv(toCsv(hostile, { layout: 'matrix', includeIsolated: true }));
    expect(rows).toHaveLength(HOSTILE_NAMES.length + 1);
    expect(rows.every((r) => r.length === HOSTILE_NAMES.length + 1)).toBe(true);
    expect(rows[0]!.slice(1)).toEqual(HOSTILE_NAMES.map((n) => flat(/^[=+\-@]/.test(n) ? `'${n}` : n)));
    expect(rows.flat().some((c) => c.startsWith('='))).toBe(false);
  });

  test('bad options are a programmer mistake', () => {
    expect(() => toCsv(corpus, { value: 'score' as never })).toThrow(PlauditError);
  });
});

describe('toJSON', () => {
  test('parses back to an equal graph', () => {
    expect(PraiseGraph.parse(JSON.parse(toJSON(corpus)))).toEqual(corpus);
    expect(JSON.parse(toJSON(hostile, { indent: 0 }))).toEqual(JSON.parse(JSON.stringify(hostile)));
  });
});

describe('escapeXml', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onload="x', '&quot; onload=&quot;x'],
    ["' onclick='x", '&#39; onclick=&#39;x'],
    [']]>', ']]&gt;'],
    ['Q&A', 'Q&amp;A'],
    ['bell\u0007 nul\u0000', 'bell\uFFFD nul\uFFFD'],
    ['\ud83d\ude00 \ud800', '\ud83d\ude00 \uFFFD'],
  ])('%j → %j', (raw, escaped) => expect(escapeXml(raw)).toBe(escaped));

  test.each([['Donald Trump'], ['Jean-Claude Juncker'], ['Zelenskyy, Volodymyr'], ['Ελλάδα'], ['tab\tand\nnewline']])('%j is unchanged', (text) => {
    expect(escapeXml(text)).toBe(text);
  });
});
