import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildPraiseGraph } from '../../src/5-graph/buildPraiseGraph.js';
import { toGraphML } from '../../src/export/toGraphML.js';
import { toMermaid } from '../../src/export/toMermaid.js';
import { analysisToHtml } from '../../src/present/analysisToHtml.js';
import { formatAnalysis } from '../../src/present/formatAnalysis.js';
import { formatGraph } from '../../src/present/formatGraph.js';
import { graphToHtml } from '../../src/present/graphToHtml.js';
import { graphToSvg } from '../../src/present/graphToSvg.js';
import { heatmapSvg } from '../../src/present/heatmapSvg.js';
import type { Analysis } from '../../src/model/index.js';
import { allElements, parseXml } from '../5-graph/xml.js';

/** Strings mixing markup fragments with any code points, lone surrogates included. */
const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('<', '>', '&', '"', "'", ']]>', '<script>', '</td>', '-->', '%%', '#', '|', '\\', '\u001b[2J', '\u202e', '\ud800', '\udfff', '\n')), { maxLength: 8 })
  .map((parts) => parts.join(''));

function analysisOf(names: readonly string[], quote: string): Analysis {
  const entities = names.map((name, i) => ({ id: `e${i}`, name, type: 'person' as const, aliases: [name.slice(0, 3)], mentions: [] }));
  const text = `"${quote}," someone said.`;
  return {
    id: quote,
    length: text.length,
    entities,
    utterances: [{ id: 'u1', start: 1, end: 1 + quote.length, text: quote, kind: 'direct', speaker: entities[0] ? { entityId: 'e0', name: entities[0].name } : null, sentiment: { score: 0, comparative: 0 }, confidence: 0.5 }],
    stances: entities.slice(1).map((e, i) => ({
      id: `s${i}`,
      utteranceId: 'u1',
      source: { entityId: 'e0', name: entities[0]!.name },
      target: { entityId: e.id, name: e.name },
      polarity: i % 2 ? 'criticism' : 'praise',
      score: i % 2 ? -0.5 : 0.5,
      evidence: [{ start: 1, end: 1 + quote.length, text: quote, weight: 0.5 }],
    })),
    issues: [{ code: 'unknown-speaker', message: quote }],
  };
}

const OWN = new Set(['svg', 'title', 'defs', 'marker', 'path', 'g', 'circle', 'text', 'tspan', 'rect', 'linearGradient', 'stop', 'div', 'p', 'b', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'graphml', 'key', 'graph', 'node', 'edge', 'data', 'ul', 'li']);

describe('any text', () => {
  test('never throws and never yields markup of its own, in any renderer', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), anyText, (names, quote) => {
        const analysis = analysisOf(names, quote);
        const graph = buildPraiseGraph(analysis);
        for (const markup of [analysisToHtml(analysis), graphToHtml(graph), graphToSvg(graph), heatmapSvg(graph), toGraphML(graph)]) {
          for (const el of allElements(parseXml(markup))) {
            expect(OWN.has(el.name)).toBe(true);
            for (const a of Object.keys(el.attributes)) expect(a).not.toMatch(/^on|href/i);
          }
        }
        for (const line of toMermaid(graph).trimEnd().split('\n').slice(1)) expect(line).toMatch(/^ {2}(?:n\d+\["(?:[^"<>\n%|;#]|#\d+;)*"\]|n\d+ -->\|"(?:[^"<>\n%|;#]|#\d+;)*"\| n\d+|linkStyle .*)$/);
        for (const text of [formatAnalysis(analysis), formatGraph(graph)]) expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      }),
      { seed: 20261126, numRuns: 150 },
    );
  });
});
