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

// formatGraph ends with who gives whom more net praise (`asymmetries()`) and the one-sided pairs.
// One pair as data, for your own use: each direction's praise, criticism, neutral, net and tone,
// the index (net a→b − net b→a) ÷ (praise + criticism both ways), its seeded bootstrap interval,
// and `verdict` only when the interval excludes 0 (`summary` otherwise says why there is none).
const x = asymmetry(graph, 'Donald Trump', 'Vladimir Putin');
console.log(`\nasymmetry(graph, 'Donald Trump', 'Vladimir Putin').index = ${x.index === null ? 'null' : x.index.toFixed(2)}; verdict: ${x.verdict ?? 'none'}`);
