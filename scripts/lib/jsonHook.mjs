// Node module hook for the training scripts: JSON files load as JSON (Node's own loader), not
// through tsx, whose JSON-to-module transform writes one `var` per key and fails on keys that are
// reserved words in modules (the wink sentiment lexicon has "await").
import { readFile } from 'node:fs/promises';

export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('.json')) return { format: 'json', source: await readFile(new URL(url)), shortCircuit: true };
  return next(url, context);
}
