/**
 * The one place where the pipeline meets presentation: the main entry's `analyze`,
 * `analyzeMany` and `praiseGraph` return the pipeline's plain data on objects that render
 * themselves in a Deno Jupyter notebook (`withDisplay`, `withGraphDisplay`). The stages never import presentation;
 * `JSON.stringify` of a result is the same as of the plain data.
 *
 * @module
 */
import { buildPraiseGraph } from './5-graph/buildPraiseGraph.js';
import type { PraiseGraphInput } from './5-graph/collectStances.js';
import { analyze as analyzeText } from './analyze.js';
import { analyzeMany as analyzeBatch, type AnalyzeManyOptions, type ArticleInput } from './batch/analyzeMany.js';
import type { Analysis } from './model/analysis.js';
import type { PraiseGraph, PraiseGraphOptions } from './model/graph.js';
import type { AnalyzeOptions } from './model/options.js';
import { withDisplay } from './present/withDisplay.js';
import { withGraphDisplay } from './present/withGraphDisplay.js';

/**
 * Reads a news article and says who said what and who praises or criticises whom.
 *
 *     text ─ segment ─ find mentions ─ resolve entities ─ attribute utterances ─ score stances ─▶ Analysis
 *
 * Synchronous, pure and deterministic: the same text and options give the same JSON. Any string
 * is valid input; only a non-string text, invalid options or a text over `maxLength` throw (a
 * `PlauditError`, which is a `TypeError`).
 *
 * The result is plain data (`JSON.stringify`, `structuredClone` and `toEqual` see only its
 * fields) that also renders itself in a Deno Jupyter notebook: who said what, the stances and
 * the article's praise graph.
 *
 * @example
 * const a = analyze('“He is a genius,” Trump said of Putin.');
 * a.utterances[0].text;          // 'He is a genius,'
 * a.utterances[0].speaker?.name; // 'Donald Trump'
 * a.stances[0].polarity;         // 'praise'
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return withDisplay(analyzeText(text, options));
}

/**
 * Who praises or criticises whom, pooled over one analysis, many, or bare stances.
 *
 * - Nodes: entities merged across articles by knowledge-base id or normalised name, in the order
 *   first seen, with every other name used for them in `aliases`. Every entity of an analysis is
 *   a node, with stances or not.
 * - Edges: one per ordered (source, target) pair that has stances, in the order first seen;
 *   `net` is praise − criticism, `meanScore` the mean of the stance scores. Self loops are kept
 *   as edges; the measures ignore them where a pair of distinct entities is meant.
 * - `utteranceIds` are `articleId:utteranceId`, listed once each.
 *
 * Options: `from` and `to` (inclusive ISO 8601 dates) keep only articles and stances dated in
 * range; undated ones are kept unless `dropUndated` is set. Analyses without an id are named
 * `#1`, `#2` … by position. An empty input gives `{ nodes: [], edges: [] }`.
 *
 * The graph is plain data that also draws itself in a Deno Jupyter notebook.
 *
 * @example
 * const graph = praiseGraph([analyze(a, { id: 'a' }), analyze(b, { id: 'b' })]);
 * asymmetry(graph, 'Donald Trump', 'Vladimir Putin').index; // 0.5
 * graph.edges[0].utteranceIds; // ['a:u1', 'a:u3', 'b:u2']
 */
export function praiseGraph(input: PraiseGraphInput, options?: PraiseGraphOptions): PraiseGraph {
  return withGraphDisplay(buildPraiseGraph(input, options));
}

/**
 * Analyses a stream of articles on a pool of worker threads and yields one `Analysis` per
 * article, in input order.
 *
 * Why a pool and a window: `analyze()` is synchronous CPU work, so threads are the only way to
 * use several cores in one process; and archives are larger than memory, so the input is read
 * lazily and at most `2 × concurrency` articles are ever pulled but not yet yielded (a slow
 * consumer slows the reading of the input instead of filling memory). Leaving the loop early
 * (`break`, `return`, a thrown error) closes the input and ends the workers.
 *
 * With concurrency 1 (or a single article) the work runs in the calling thread unless
 * `workers: true`; when the worker file cannot be found beside the bundle (running from the
 * TypeScript sources, or a bundler that dropped dist/worker.js) it runs in the calling thread too.
 *
 * Errors: the options are checked at once (a `PlauditError`); a bad article (text not a string,
 * id or date not a string, text over `maxLength`) throws a `PlauditError` naming its index when
 * the loop reaches it, after every earlier article has been yielded.
 *
 * Each analysis renders itself in a Deno Jupyter notebook, as `analyze()`'s does.
 *
 * @example
 * for await (const a of analyzeMany([{ id: 'a1', text: '"We will win," Smith said.' }], { concurrency: 2 })) {
 *   a.id; // 'a1'
 * }
 */
export function analyzeMany(texts: Iterable<ArticleInput> | AsyncIterable<ArticleInput>, options?: AnalyzeManyOptions): AsyncGenerator<Analysis, void, undefined> {
  return displayEach(analyzeBatch(texts, options)); // the batch checks its arguments now, before the first article
}

/** Leaving the outer loop early returns the inner generator too (for await closes it), which ends the workers. */
async function* displayEach(analyses: AsyncGenerator<Analysis, void, undefined>): AsyncGenerator<Analysis, void, undefined> {
  for await (const analysis of analyses) yield withDisplay(analysis);
}
