import { escapeXml } from '../util/escapeXml.js';
import type { Analysis } from '../model/analysis.js';
import { htmlTable, polarityStyle, type Cell } from './html.js';
import { signed } from './text.js';
import { countsLine, groupUtterances, NEUTRAL_NOTE, NEUTRAL_TITLE, SAID_TITLE, splitStances, STANCES_TITLE, TOPICS_TITLE, UNATTRIBUTED_TITLE, type NumberedUtterance, withoutEmptyColumns } from './utteranceGroups.js';

/**
 * An analysis as HTML tables, in the order of `formatAnalysis`: who said what (number, speaker,
 * kind, cue, confidence, words); apart, the reports that give only the topic of an act and the
 * utterances with no speaker named; praise and criticism (source, target, polarity, score,
 * utterance, evidence); the neutral stances, one row per source; and the issues (an
 * `unknown-speaker` issue shows as the `why` of its utterance instead). Every piece of
 * article text is escaped, so a hostile article shows its markup as text and cannot run script or
 * add attributes.
 *
 * @example
 * analysisToHtml(analyze(text)); // '<div class="plaudit-analysis"><p …>…</p><table …><caption …>Who said what (1)</caption>…'
 */
export function analysisToHtml(analysis: Analysis): string {
  const groups = groupUtterances(analysis);
  const label = (id: string): string => String(groups.number.get(id) ?? id);
  const { polar, neutral, neutralCount } = splitStances(analysis.stances ?? [], label);
  const issues = groups.otherIssues;
  const title = [analysis.id, analysis.date].filter((x): x is string => typeof x === 'string' && x !== '').join(', ');
  const parts: string[] = [];
  parts.push(`<p style="font:13px system-ui,sans-serif;margin:0.3em 0">${title ? `<b>${escapeXml(title)}</b>: ` : ''}${escapeXml(countsLine(analysis, groups, polar.length))}</p>`);
  const section = (name: string, rows: readonly NumberedUtterance[], headers: string[], cells: (x: NumberedUtterance) => Cell[]): void => {
    if (!rows.length) return;
    const table = withoutEmptyColumns(headers, rows.map(cells), []);
    parts.push(htmlTable(`${name} (${rows.length})`, table.headers, table.rows));
  };
  const confidence = (x: number): number => Number(x.toFixed(2));
  section(SAID_TITLE, groups.said, ['#', 'speaker', 'kind', 'cue', 'confidence', 'text'], ({ n, u }) => [n, u.speaker!.name, u.kind, u.cue?.text ?? '', confidence(u.confidence), u.text]);
  section(TOPICS_TITLE, groups.topics, ['#', 'speaker', 'cue', 'confidence', 'topic'], ({ n, u }) => [n, u.speaker!.name, u.cue?.text ?? '', confidence(u.confidence), u.text]);
  section(UNATTRIBUTED_TITLE, groups.unattributed, ['#', 'kind', 'cue', 'text', 'why'], ({ n, u }) => [n, u.kind, u.cue?.text ?? '', { text: u.text, style: 'color:#616161' }, groups.why.get(u.id) ?? '']);
  if (polar.length) {
    parts.push(
      htmlTable(
        `${STANCES_TITLE} (${polar.length})`,
        ['source', 'target', 'polarity', 'score', 'utterance', 'evidence'],
        polar.map((s) => [
          s.source.name,
          s.target.name,
          { text: s.polarity, style: polarityStyle(s.polarity) },
          { text: signed(s.score), style: 'text-align:right' },
          label(s.utteranceId),
          s.evidence.map((e) => e.text).join(', '),
        ]),
      ),
    );
  }
  if (neutralCount) {
    parts.push(
      htmlTable(
        `${NEUTRAL_TITLE} (${neutralCount}): ${NEUTRAL_NOTE}`,
        ['source', 'targets'],
        neutral.map((g) => [g.source, g.targets.map((t) => `${t.target} (${t.utterances.join(', ')})`).join(', ')]),
      ),
    );
  }
  if (issues.length) parts.push(htmlTable(`Issues (${issues.length})`, ['code', 'message'], issues.map((i) => [i.code, i.message])));
  return `<div class="plaudit-analysis">${parts.join('')}</div>`;
}
