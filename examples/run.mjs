#!/usr/bin/env node
// Runs one example: `npm run example` (the seed article) or `npm run example -- NAME`.
// The npm script builds the package first (tsup, a few seconds), because every example imports
// the built package by its own name, `plaudit`, exactly as a user's script would.
const EXAMPLES = {
  seed: 'who said what in the seed article, the stances, and who gives whom more net praise',
  'corpus-graph': 'the praise graph over every article of corpus/: asymmetries, rankings, a graph and a heat map in SVG',
  'custom-kb': 'your own knowledge base: people and offices plaudit does not know',
  'directed-stance': 'stanceBetween: who praises or criticises whom within one sentence',
};

const name = process.argv[2] ?? 'seed';
if (name === '--help' || name === '-h' || !(name in EXAMPLES)) {
  const list = Object.entries(EXAMPLES).map(([n, what]) => `  ${n.padEnd(16)} ${what}`).join('\n');
  const out = `usage: npm run example [-- NAME]\n\n${list}\n`;
  if (name === '--help' || name === '-h') process.stdout.write(out);
  else {
    process.stderr.write(`plaudit examples: unknown example "${name}"\n\n${out}`);
    process.exitCode = 2;
  }
} else {
  await import(`./${name}.mjs`);
}
