import type { CorpusEvaluation } from './evaluateCorpus.js';
import type { EvaluationScores } from './scores.js';

const pct = (x: number): string => (100 * x).toFixed(1);

/**
 * A corpus evaluation as a plain-text table: one row per article and a last row with the pooled
 * (micro-averaged) figures, in percent. A last `over (items)` row gives the number of predictions
 * under each precision and of gold items under each recall, so that a 100 on two items is not
 * read like a 100 on two hundred.
 *
 * @example
 * console.log(formatEvaluation(evaluateCorpus([evaluate(gold, analyze(gold.text))])));
 * // article        quote P  quote R  quote F1  indirect R  stance P  stance R  stance F1  evidence R  asym
 * // -------------  -------  -------  --------  ----------  --------  --------  ---------  ----------  ----
 * // a                100.0    100.0     100.0       100.0     100.0     100.0      100.0       100.0   0/0
 * // -------------  -------  -------  --------  ----------  --------  --------  ---------  ----------  ----
 * // all 1 (micro)    100.0    100.0     100.0       100.0     100.0     100.0      100.0       100.0   0/0
 * // over (items)         1        1                     0         0         0                      0
 */
export function formatEvaluation(corpus: CorpusEvaluation): string {
  const headers = ['article', 'quote P', 'quote R', 'quote F1', 'indirect R', 'stance P', 'stance R', 'stance F1', 'evidence R', 'asym'];
  const row = (id: string, e: EvaluationScores): string[] => [
    id,
    pct(e.quoteAttribution.precision), pct(e.quoteAttribution.recall), pct(e.quoteAttribution.f1),
    pct(e.indirectSpeech.recall),
    pct(e.stance.precision), pct(e.stance.recall), pct(e.stance.f1),
    pct(e.stanceEvidence.recall),
    `${e.asymmetry.right}/${e.asymmetry.of}`,
  ];
  const rows = corpus.articles.map((a) => row(a.id, a));
  const c = corpus.counts;
  const gold = ['over (items)', String(c.quotesPredicted), String(c.quotesGold), '', String(c.indirectGold), String(c.stancesPredicted), String(c.stancesGold), '', String(c.evidenceGold), ''];
  const all = row(`all ${corpus.docs} (micro)`, corpus);
  const table = [headers, ...rows, all, gold];
  const widths = headers.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line), rule, line(all), line(gold)].join('\n');
}
