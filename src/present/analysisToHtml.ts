import { escapeXml } from '../util/escapeXml.js';
import type { Analysis } from '../model/analysis.js';
import { htmlTable, polarityStyle } from './html.js';
import { signed } from './text.js';

/**
 * An analysis as HTML tables: utterances (speaker, kind, confidence, words), stances (source,
 * target, polarity, score, evidence) and issues. Every piece of article text is escaped, so a
 * hostile article shows its markup as text and cannot run script or add attributes.
 *
 * @example
 * analysisToHtml(analyze(text)); // '<div class="plaudit-analysis"><table …><caption …>Utterances (1)</caption>…'
 */
export function analysisToHtml(analysis: Analysis): string {
  const utterances = analysis.utterances ?? [];
  const stances = analysis.stances ?? [];
  const issues = analysis.issues ?? [];
  const number = new Map(utterances.map((u, i) => [u.id, i + 1]));
  const title = [analysis.id, analysis.date].filter((x): x is string => typeof x === 'string' && x !== '').join(', ');
  const parts: string[] = [];
  parts.push(
    `<p style="font:13px system-ui,sans-serif;margin:0.3em 0">${title ? `<b>${escapeXml(title)}</b>: ` : ''}${(analysis.entities ?? []).length} entities, ${utterances.length} utterances, ${stances.length} stances</p>`,
  );
  if (utterances.length) {
    parts.push(
      htmlTable(
        `Utterances (${utterances.length})`,
        ['#', 'speaker', 'kind', 'confidence', 'text'],
        utterances.map((u, i) => [i + 1, u.speaker ? u.speaker.name : { text: '(unknown)', style: 'color:#9e9e9e' }, u.kind, Number(u.confidence.toFixed(2)), u.text]),
      ),
    );
  }
  if (stances.length) {
    parts.push(
      htmlTable(
        `Stances (${stances.length})`,
        ['source', 'target', 'polarity', 'score', 'utterance', 'evidence'],
        stances.map((s) => [
          s.source.name,
          s.target.name,
          { text: s.polarity, style: polarityStyle(s.polarity) },
          { text: signed(s.score), style: 'text-align:right' },
          number.get(s.utteranceId) ?? s.utteranceId,
          s.evidence.map((e) => e.text).join(', '),
        ]),
      ),
    );
  }
  if (issues.length) parts.push(htmlTable(`Issues (${issues.length})`, ['code', 'message'], issues.map((i) => [i.code, i.message])));
  return `<div class="plaudit-analysis">${parts.join('')}</div>`;
}
