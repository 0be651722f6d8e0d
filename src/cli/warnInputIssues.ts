import type { Writable } from 'node:stream';
import type { Analysis } from '../index.js';

/** The issues that say the input itself is not what plaudit reads (see inputQuality). */
const INPUT_CODES: ReadonlySet<string> = new Set(['not-text', 'empty', 'not-english']);

/**
 * Warns on stderr, one line `plaudit: warning: NAME: …` per input issue, so that a binary file,
 * an empty file or a text in another language is never analysed silently. The command still
 * exits 0: the analysis was made and written, and its `issues` carry the same facts as data; one
 * odd file in a corpus should not stop a `graph` over thousands.
 */
export function warnInputIssues(stderr: Pick<Writable, 'write'>, name: string, analysis: Analysis): void {
  for (const issue of analysis.issues) {
    if (INPUT_CODES.has(issue.code)) stderr.write(`plaudit: warning: ${name}: ${issue.message} [${issue.code}]\n`);
  }
}
