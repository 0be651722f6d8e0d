// Reads plaudit's own TypeScript from src/ in a script, with no build of dist/: esbuild bundles a
// list of exports (or one entry file) into .tmp/<dir>/<file> and the script imports it. A plugin
// may replace a data file (a model or table the script is about to learn) with one of its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The stage modules most scripts read, as [names, path under src/]. */
export const STAGE_EXPORTS = [
  ['segment', '1-segment/segment.ts'],
  ['builtinKnowledge', '2-entities/knowledge/builtin.ts'],
  ['indexKnowledge', '2-entities/knowledgeIndex.ts'],
  ['mentionsAndDatelines', '2-entities/datelines.ts'],
  ['resolveEntities', '2-entities/resolve.ts'],
  ['prepareAttribution, attributeUtterances', '3-attribution/attribute.ts'],
];

/**
 * Bundles `exports` ([names, path under src/] pairs) or, with `entry`, one file under src/, into
 * .tmp/`dir`/`file` and imports it (afresh: a second bundle of the same file is a new module).
 */
export async function importFromSource(dir, { exports, entry, file = 'bundle.mjs', plugins = [] }) {
  const outDir = join(root, '.tmp', dir);
  mkdirSync(outDir, { recursive: true });
  let entryPoint = entry === undefined ? undefined : join(root, 'src', entry);
  if (entryPoint === undefined) {
    entryPoint = join(outDir, `${file}.entry.ts`);
    writeFileSync(entryPoint, exports.map(([names, path]) => `export { ${names} } from '${join(root, 'src', path)}';`).join('\n'));
  }
  const outfile = join(outDir, file);
  await build({
    entryPoints: [entryPoint], bundle: true, format: 'esm', platform: 'node', outfile, plugins,
    ...(entry === undefined ? { external: ['wink-nlp', 'wink-eng-lite-web-model'] } : { packages: 'external' }),
    logLevel: 'error', nodePaths: [join(root, 'node_modules')],
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
