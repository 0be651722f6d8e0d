import { analyze } from '../analyze.js';
import type { Analysis } from '../model/analysis.js';
import { PlauditError } from '../model/errors.js';
import type { AnalyzeOptions } from '../model/options.js';

/** One article as it travels to a worker: only the text and what differs per article. */
export interface AnalyzeTask {
  readonly text: string;
  readonly id?: string;
  readonly date?: string;
}

/**
 * What comes back from a worker. Errors travel as data because a thrown `PlauditError` loses its
 * class, `code` and `problems` when it is structured-cloned across threads.
 */
export type TaskResult =
  | { readonly ok: true; readonly analysis: Analysis }
  | {
      readonly ok: false;
      /** Set for a `PlauditError`; absent for a bug inside the pipeline. */
      readonly code?: PlauditError['code'];
      readonly message: string;
      readonly problems?: readonly { path: string; message: string }[];
      readonly stack?: string;
    };

/**
 * Runs `analyze()` on one task with the options shared by the whole batch. The same function
 * serves the worker threads and the in-process path, so both give identical analyses.
 *
 * @example
 * runTask({ text: 'Hello.', id: 'a1' }, {}); // { ok: true, analysis: { id: 'a1', length: 6, … } }
 */
export function runTask(task: AnalyzeTask, shared: AnalyzeOptions): TaskResult {
  const options: AnalyzeOptions = { ...shared };
  if (task.id !== undefined) options.id = task.id;
  if (task.date !== undefined) options.date = task.date;
  try {
    return { ok: true, analysis: analyze(task.text, options) };
  } catch (error) {
    if (error instanceof PlauditError) {
      return { ok: false, code: error.code, message: error.message, problems: error.problems };
    }
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, message: e.message, stack: e.stack };
  }
}
