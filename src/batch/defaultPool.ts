import { availableParallelism } from 'node:os';

/** How `analyzeMany` runs when the caller gives no `concurrency`. */
export interface DefaultPool {
  /** Worker threads to start; 1 means the calling thread, without a pool. */
  readonly concurrency: number;
  /** Threads start only once this many articles have been read; fewer are analysed in the calling thread. */
  readonly minArticles: number;
}

/**
 * Below this many articles a pool costs more than it saves: every worker thread loads the
 * language models and lexicons anew (about a second of CPU), which is the time of some fifty
 * news articles analysed in place.
 */
export const MIN_ARTICLES_FOR_THREADS = 32;

/**
 * The default pool, chosen so that it is never slower than one thread: worker threads only when
 * there are more than two cores, and then one fewer than the cores, since the calling thread
 * is busy too (reading the input, copying each analysis back from its worker, writing it out);
 * and only for inputs of at least {@link MIN_ARTICLES_FOR_THREADS} articles.
 *
 * Why not on two cores: measured with `plaudit graph` over 840 PolNeAR articles on a 2-core
 * machine, the default of two threads took 18.6 s and one thread 13.0 s. The two workers and
 * the calling thread compete for two cores, and each worker pays the start-up the calling
 * thread has already paid.
 */
export function defaultPool(cores: number = availableParallelism()): DefaultPool {
  if (cores <= 2) return { concurrency: 1, minArticles: MIN_ARTICLES_FOR_THREADS };
  return { concurrency: cores - 1, minArticles: MIN_ARTICLES_FOR_THREADS };
}
