import { describe, expect, test } from 'vitest';
import { formatAnalysis } from '../../src/present/formatAnalysis.js';
import { withDisplay } from '../../src/present/withDisplay.js';
import { withGraphDisplay } from '../../src/present/withGraphDisplay.js';
import { buildPraiseGraph } from '../../src/5-graph/buildPraiseGraph.js';
import { analyze as analyzeText } from '../../src/analyze.js';
import { analyze, analyzeMany, PlauditError, praiseGraph } from '../../src/index.js';
import type { Analysis } from '../../src/model/index.js';
import { hostileAnalysis, sanctions, summit } from '../5-graph/fixtures.js';
import { parseXml } from '../5-graph/xml.js';

const DISPLAY = Symbol.for('Jupyter.display');
type Displayable = Record<typeof DISPLAY, () => Record<string, string>>;
const display = (x: unknown) => (x as Displayable)[DISPLAY]();

describe('withDisplay', () => {
  test.each([
    ['an article with an id and date', summit],
    ['an article without id', sanctions],
    ['a hostile article', hostileAnalysis()],
    ['an analysis as analyze() builds it, with undefined fields', { id: undefined, date: undefined, length: 0, entities: [], utterances: [], stances: [], issues: [] } as Analysis],
  ])('%s keeps its plain data: JSON, toEqual, structuredClone', (_, plain) => {
    const before = JSON.stringify(plain);
    const shown = withDisplay(plain);
    expect(JSON.stringify(shown)).toBe(before);
    expect(JSON.stringify(shown, null, 2)).toBe(JSON.stringify(plain, null, 2));
    expect(shown).toEqual(plain);
    expect(structuredClone(shown)).toEqual(plain);
    expect(Object.keys(shown)).toEqual(Object.keys(plain));
    expect(shown).not.toBe(plain);
    expect(JSON.stringify(plain)).toBe(before);
  });

  test('returns text, HTML and SVG for the notebook', () => {
    const bundle = display(withDisplay(summit));
    expect(Object.keys(bundle).sort()).toEqual(['image/svg+xml', 'text/html', 'text/plain']);
    expect(bundle['text/plain']).toBe(formatAnalysis(summit));
    expect(bundle['text/html']).toContain('<caption style="text-align:left;font-weight:600">Stances: praise and criticism (7)</caption>');
    expect(bundle['text/html']).toContain(bundle['image/svg+xml']);
    expect(parseXml(bundle['image/svg+xml']!).name).toBe('svg');
  });

  test('a hostile article displays as text', () => {
    const bundle = display(withDisplay(hostileAnalysis()));
    expect(bundle['text/html']).not.toMatch(/<script|<img|onload="/);
    expect(bundle['image/svg+xml']).not.toMatch(/<script|onload="/);
    expect(bundle['text/plain']).not.toContain('\u001b');
  });

  test('the method is on the prototype: no own symbol, none after structuredClone', () => {
    const shown = withDisplay(summit);
    expect(Object.getOwnPropertySymbols(shown)).toEqual([]);
    expect(typeof (shown as unknown as Displayable)[DISPLAY]).toBe('function');
    expect(DISPLAY in structuredClone(shown)).toBe(false);
    expect(Object.prototype.toString.call(shown)).toBe('[object Object]');
  });

  test('a malformed value shows why instead of throwing into the notebook', () => {
    const broken = withDisplay({ ...summit, utterances: [{} as never] });
    const bundle = display(broken);
    expect(bundle['text/plain']).toContain('plaudit could not draw this value');
  });
});

describe('withGraphDisplay', () => {
  test('keeps the plain graph and returns three MIME types', () => {
    const plain = buildPraiseGraph([summit, sanctions]);
    const shown = withGraphDisplay(plain);
    expect(JSON.stringify(shown)).toBe(JSON.stringify(plain));
    expect(shown).toEqual(plain);
    const bundle = display(shown);
    expect(Object.keys(bundle).sort()).toEqual(['image/svg+xml', 'text/html', 'text/plain']);
    expect(bundle['text/plain']).toContain('4 entities, 5 relations');
    expect(bundle['text/html']).toContain('<svg');
  });
});

describe('the display is attached at the entry, not in the pipeline', () => {
  const text = '“We will build the bridge together,” the governor said of the mayor. Critics called the plan reckless.';
  test('the pipeline returns plain data; the entry returns the same data that renders itself', () => {
    const plain = analyzeText(text, { id: 'a1' });
    const shown = analyze(text, { id: 'a1' });
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(DISPLAY in plain).toBe(false);
    expect(JSON.stringify(shown)).toBe(JSON.stringify(plain));
    expect(display(shown)['text/plain']).toBe(formatAnalysis(plain));
  });

  test('the same for the praise graph', () => {
    const plain = buildPraiseGraph([summit, sanctions]);
    const shown = praiseGraph([summit, sanctions]);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(JSON.stringify(shown)).toBe(JSON.stringify(plain));
    expect(Object.keys(display(shown)).sort()).toEqual(['image/svg+xml', 'text/html', 'text/plain']);
  });

  test('analyzeMany: each analysis renders itself; bad options still throw at the call; leaving early closes the input', async () => {
    const texts = [text, 'Nothing was said here.'];
    const shown = [];
    for await (const a of analyzeMany(texts, { concurrency: 1 })) shown.push(a);
    expect(shown.map((a) => JSON.stringify(a))).toEqual(texts.map((t) => JSON.stringify(analyzeText(t))));
    expect(display(shown[0])['text/plain']).toBe(formatAnalysis(analyzeText(text)));
    expect(() => analyzeMany(texts, { concurrency: 0 })).toThrow(PlauditError);
    let closed = false;
    function* input() {
      try {
        yield text;
        yield text;
      } finally {
        closed = true;
      }
    }
    for await (const a of analyzeMany(input(), { concurrency: 1 })) {
      expect(a.length).toBe(text.length);
      break;
    }
    expect(closed).toBe(true);
  });
});
