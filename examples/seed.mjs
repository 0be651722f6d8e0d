// The seed article: who said what, the stances, and who gives whom more net praise.
//   npm run example            (or: npm run example -- seed)
import { readFileSync } from 'node:fs';
import { analyze, asymmetry, praiseGraph } from 'plaudit';
import { formatAnalysis, formatGraph } from 'plaudit/present';

const text = readFileSync(new URL('../corpus/seed-trump-putin.txt', import.meta.url), 'utf8');
const analysis = analyze(text, { id: 'seed-trump-putin' });

// Who said what, and the praise or criticism each utterance carries.
console.log(formatAnalysis(analysis));

// The praise graph of the article: one edge per (source, target) with praise and criticism counts.
const graph = praiseGraph(analysis);
console.log(`\n${formatGraph(graph)}`);

// Who gives whom more net praise. Each direction: praise, criticism, neutral, net = praise − criticism,
// tone = net ÷ all stances. The index compares the volume of net praise each way:
// (net a→b − net b→a) ÷ (praise + criticism both ways), with a seeded bootstrap interval; the
// summary is a verdict only when the interval excludes 0.
const pairs = [['Donald Trump', 'Vladimir Putin'], ['Vladimir Putin', 'Joe Biden']];
console.log('\nWho gives whom more net praise');
const direction = (d) => `+${d.praise} −${d.criticism} ·${d.neutral}  net ${d.net}  tone ${d.tone === null ? '–' : d.tone.toFixed(2)}`;
for (const [a, b] of pairs) {
  const x = asymmetry(graph, a, b);
  const interval = x.interval ? ` [${x.interval.low.toFixed(2)}, ${x.interval.high.toFixed(2)}]` : '';
  console.log(`  ${x.a} → ${x.b}: ${direction(x.aToB)}`);
  console.log(`  ${x.b} → ${x.a}: ${direction(x.bToA)}`);
  console.log(`  index ${x.index === null ? '–' : x.index.toFixed(2)}${interval}: ${x.summary}\n`);
}
