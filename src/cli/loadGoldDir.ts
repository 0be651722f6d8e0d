import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseGoldArticle, type GoldArticle } from '../evaluate/goldArticle.js';
import { PlauditError } from '../model/errors.js';

/** A gold file: its path, and the article with its text read in (what `evaluate` needs). */
export interface LoadedGold {
  file: string;
  gold: GoldArticle & { text: string };
}

/**
 * Reads every `*.json` gold file of a folder (sorted by name) with the text it points to
 * (`textFile`, relative to the folder) unless the text is inline. Node-only, so it lives with
 * the CLI rather than in the library. Throws a `PlauditError` (`invalid-gold`) naming the file
 * for bad JSON, a schema violation or a missing text file.
 *
 * @example
 * const golds = loadGoldDir('corpus');
 * golds[0].gold.text.length; // the article's length
 */
export function loadGoldDir(dir: string): LoadedGold[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((file) => {
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new PlauditError('invalid-gold', `plaudit: ${path}: not valid JSON (${(error as Error).message})`);
    }
    const gold = parseGoldArticle(raw, `gold file ${path}`);
    let text = gold.text;
    if (text === undefined) {
      const textPath = resolve(dir, gold.textFile ?? '');
      try {
        text = readFileSync(textPath, 'utf8');
      } catch {
        throw new PlauditError('invalid-gold', `plaudit: ${path}: cannot read its textFile ${textPath}`);
      }
    }
    return { file: path, gold: { ...gold, text } };
  });
}
