/**
 * The entry of each worker thread of `analyzeMany` (built to dist/worker.js and dist/worker.cjs).
 * The options shared by the batch arrive once, as `workerData`, so that a large knowledge base
 * is not copied with every article.
 */
import { workerData } from 'node:worker_threads';
import type { AnalyzeOptions } from '../model/options.js';
import { runTask, type AnalyzeTask, type TaskResult } from './runTask.js';

const shared: AnalyzeOptions = (workerData as { options?: AnalyzeOptions } | null)?.options ?? {};

/** The task handler piscina calls: one article in, one result (analysis or error data) out. */
export default function analyzeTask(task: AnalyzeTask): TaskResult {
  return runTask(task, shared);
}
