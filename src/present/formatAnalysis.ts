import type { Analysis } from '../model/analysis.js';
import { signed, terminalText, textTable, truncate } from './text.js';

export interface FormatOptions {
  /** Longest text cell, in characters; longer text is cut with `…`. Default 60. */
  readonly maxText?: number;
}

/**
 * An analysis as plain-text tables for a terminal: who said what (speaker, kind, the words), the
 * stances (who toward whom, polarity, score, the words that carry it) and the issues. Article
 * text is made terminal-safe (no escape sequences, no line breaks) and cut to `maxText`.
 *
 * @example
 * console.log(formatAnalysis(analyze(text)));
 * // Utterances (1)
 * // #  speaker       kind    text
 * // -  ------------  ------  ----------------------
 * // 1  Donald Trump  direct  He is a very smart man
 * // …
 */
export function formatAnalysis(analysis: Analysis, options: FormatOptions = {}): string {
  const max = options.maxText ?? 60;
  const cut = (s: string): string => truncate(terminalText(s), max);
  const utterances = analysis.utterances ?? [];
  const stances = analysis.stances ?? [];
  const issues = analysis.issues ?? [];
  const number = new Map(utterances.map((u, i) => [u.id, String(i + 1)]));
  const parts: string[] = [];
  const title = [analysis.id && `Article ${cut(analysis.id)}`, analysis.date && cut(analysis.date)].filter(Boolean).join(', ');
  if (title) parts.push(title);
  parts.push(`${(analysis.entities ?? []).length} entities, ${utterances.length} utterances, ${stances.length} stances`);

  if (utterances.length) {
    parts.push(
      `Utterances (${utterances.length})\n` +
        textTable(
          ['#', 'speaker', 'kind', 'conf', 'text'],
          utterances.map((u, i) => [String(i + 1), u.speaker ? cut(u.speaker.name) : '(unknown)', u.kind, u.confidence.toFixed(2), cut(u.text)]),
          ['right', 'left', 'left', 'right', 'left'],
        ),
    );
  }
  if (stances.length) {
    parts.push(
      `Stances (${stances.length})\n` +
        textTable(
          ['source', '', 'target', 'polarity', 'score', 'utt', 'evidence'],
          stances.map((s) => [
            cut(s.source.name),
            '\u2192',
            cut(s.target.name),
            s.polarity,
            signed(s.score),
            number.get(s.utteranceId) ?? cut(s.utteranceId),
            cut(s.evidence.map((e) => e.text).join(', ')),
          ]),
          ['left', 'left', 'left', 'left', 'right', 'right', 'left'],
        ),
    );
  }
  if (issues.length) {
    parts.push(`Issues (${issues.length})\n` + textTable(['code', 'message'], issues.map((i) => [i.code, cut(i.message)])));
  }
  return parts.join('\n\n');
}
