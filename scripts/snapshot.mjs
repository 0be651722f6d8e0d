#!/usr/bin/env node
// Safety net for refactors: records analyze() JSON of every text under ../shared/articles,
// the seed and polnear/dev, and compares a later build with it.
//   node scripts/snapshot.mjs write [DIR]   record (default DIR: .tmp/snapshot)
//   node scripts/snapshot.mjs check [DIR]   compare; lists the texts whose output changed, exit 1 if any
// The records hold evaluation text, so they live in a git-ignored folder, never in the project.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode = 'check', dirArg] = process.argv.slice(2);
const dir = resolve(dirArg ?? '.tmp/snapshot');
const shared = resolve('../shared');
const { analyze } = await import(pathToFileURL(resolve('dist/index.js')).href);

const sources = [
  ...readdirSync(join(shared, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => join(shared, 'articles', f)),
  ...readdirSync(join(shared, 'seed')).filter((f) => f.endsWith('.txt')).map((f) => join(shared, 'seed', f)),
  ...readdirSync(join(shared, 'polnear/dev/text')).filter((f) => f.endsWith('.txt')).map((f) => join(shared, 'polnear/dev/text', f)),
];

mkdirSync(dir, { recursive: true });
let changed = 0;
for (const file of sources) {
  const name = `${basename(join(file, '..'))}__${basename(file)}.json`;
  const json = JSON.stringify(analyze(readFileSync(file, 'utf8')), null, 1);
  const path = join(dir, name);
  if (mode === 'write') writeFileSync(path, json);
  else if (!existsSync(path) || readFileSync(path, 'utf8') !== json) {
    changed++;
    writeFileSync(path + '.new', json);
    console.log(`changed: ${name}   (diff ${path} ${path}.new)`);
  }
}
console.log(mode === 'write' ? `recorded ${sources.length} texts in ${dir}` : `${sources.length} texts, ${changed} changed`);
process.exit(changed ? 1 : 0);
