// The seed article: who said what, the stances, and who praises whom more.
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

// Who praises whom more. index > 0: the first is the warmer of the two.
const pairs = [['Donald Trump', 'Vladimir Putin'], ['Vladimir Putin', 'Joe Biden']];
console.log('\nWho praises whom more');
for (const [a, b] of pairs) {
  const x = asymmetry(graph, a, b);
  const verdict = x.index > 0 ? `${a} praises ${b} more` : x.index < 0 ? `${b} praises ${a} more` : 'no difference shown';
  console.log(`  ${a} → ${b}: ${x.aToB.toFixed(2)} (${x.stances.aToB} stances)   ${b} → ${a}: ${x.bToA.toFixed(2)} (${x.stances.bToA} stances)   index ${x.index.toFixed(2)}: ${verdict}`);
}
