import { buildPraiseGraph } from '../5-graph/buildPraiseGraph.js';
import type { Analysis as AnalysisData } from '../model/analysis.js';
import { analysisToHtml } from './analysisToHtml.js';
import { formatAnalysis } from './formatAnalysis.js';
import { graphToSvg } from './graphToSvg.js';
import { assignData, jupyterDisplay, safeBundle, type MimeBundle } from './jupyter.js';

/**
 * An analysis that shows itself in a Deno Jupyter notebook. Named `Analysis` so that
 * `console.log` says what it is; the data is the plain `Analysis` type's, as own fields.
 */
const DisplayedAnalysis = class Analysis {
  [jupyterDisplay](): MimeBundle {
    const analysis = this as unknown as AnalysisData;
    return safeBundle(
      () => {
        const svg = graphToSvg(buildPraiseGraph(analysis));
        return { 'text/plain': formatAnalysis(analysis), 'text/html': `${analysisToHtml(analysis)}${svg}`, 'image/svg+xml': svg };
      },
      () => `Analysis: ${analysis.utterances?.length ?? 0} utterances, ${analysis.stances?.length ?? 0} stances`,
    );
  }
};

/**
 * The same analysis data on an object that renders in a Deno Jupyter notebook: `text/plain`
 * (who said what and the stances, as terminal tables), `text/html` (the same as HTML tables,
 * followed by the drawing) and `image/svg+xml` (the article's praise graph). The method sits on
 * the prototype, so `JSON.stringify` gives the same text as for the plain data, `toEqual` sees the
 * same fields, and `structuredClone` (as for worker threads) returns the plain data. The input
 * is not changed. `analyze()` returns its result through this.
 *
 * @example
 * const shown = withDisplay(plainAnalysis);
 * JSON.stringify(shown) === JSON.stringify(plainAnalysis); // true
 * shown[Symbol.for('Jupyter.display')]()['text/plain']; // '1 entity, 1 utterance, 0 stances\n\nWho said what (1) …'
 */
export function withDisplay(analysis: AnalysisData): AnalysisData {
  return assignData(new DisplayedAnalysis(), analysis) as unknown as AnalysisData;
}
