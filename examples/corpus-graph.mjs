// A praise graph over every article of corpus/: who praises or criticises whom across articles,
// the rankings, how often praise is returned, and an SVG picture.
//   npm run example -- corpus-graph
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMany, oneSided, praiseGraph, rankings, reciprocity } from 'plaudit';
import { formatGraph, graphToSvg } from 'plaudit/present';

const dir = fileURLToPath(new URL('../corpus/', import.meta.url));
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));

// analyzeMany works through the articles on worker threads and yields in input order.
const analyses = [];
for await (const analysis of analyzeMany(articles, { concurrency: 2 })) analyses.push(analysis);

const graph = praiseGraph(analyses);
console.log(`${articles.length} articles, ${graph.nodes.length} entities, ${graph.edges.length} edges\n`);
console.log(formatGraph(graph));

const top = rankings(graph, { limit: 5 });
const lists = [['Most praised', top.mostPraised], ['Most criticised', top.mostCriticised], ['Most praising', top.mostPraising], ['Most critical', top.mostCritical]];
for (const [title, list] of lists) {
  console.log(`\n${title}`);
  if (list.length === 0) console.log('  (none)');
  for (const e of list) console.log(`  ${String(e.count).padStart(3)}  ${e.name}  (net ${e.net}, with ${e.partners} others)`);
}

const r = reciprocity(graph);
console.log(`\nPraise returned: ${r.praiseReciprocated} of ${r.praiseEdges} praise relations (${(100 * r.praiseRatio).toFixed(0)}%)`);
const oneWay = oneSided(graph);
const nameOf = (id) => graph.nodes.find((n) => n.id === id)?.name ?? id;
console.log(`Praise never returned: ${oneWay.length}`);
for (const o of oneWay.slice(0, 5)) console.log(`  ${nameOf(o.source)} → ${nameOf(o.target)} (${o.praise} praise)`);

const svg = join(tmpdir(), 'plaudit-corpus-graph.svg');
writeFileSync(svg, graphToSvg(graph));
console.log(`\nSVG written to ${svg}`);
