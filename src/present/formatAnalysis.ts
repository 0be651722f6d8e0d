import type { Analysis } from '../model/analysis.js';
import type { Utterance } from '../model/utterance.js';
import { signed, terminalText, textTable, truncate } from './text.js';
import { countsLine, groupUtterances, NEUTRAL_NOTE, NEUTRAL_TITLE, SAID_TITLE, splitStances, STANCES_TITLE, TOPICS_TITLE, UNATTRIBUTED_TITLE, type NumberedUtterance, withoutEmptyColumns } from './utteranceGroups.js';

export interface FormatOptions {
  /** Longest text cell, in characters; longer text is cut with `…`. Default 60. */
  readonly maxText?: number;
}

/** Longest cue cell ("told the crowd at a rally"), in characters. */
const MAX_CUE = 18;

/**
 * An analysis as plain-text tables for a terminal. First who said what: the utterances with a
 * named speaker (number in text order, speaker, kind, the cue that attributes them, confidence,
 * the words). Then, apart, so that neither reads as someone's words: reports that give only the
 * topic of an act ("criticised [the plan]", `form: 'topic'`) and utterances with no speaker named.
 * Then praise and criticism (who toward whom, polarity, score, the utterance's number, the words
 * that carry it), the neutral stances in one line per source, and the issues (an `unknown-speaker`
 * issue shows as the `why` of its utterance instead). Article text is
 * made terminal-safe (no escape sequences, no line breaks) and cut to `maxText`.
 *
 * @example
 * console.log(formatAnalysis(analyze('“He is a very smart man,” Donald Trump said.')));
 * // 1 entity, 1 utterance, 0 stances
 * //
 * // Who said what (1)
 * // #  speaker       kind    cue   conf  text
 * // -  ------------  ------  ----  ----  -----------------------
 * // 1  Donald Trump  direct  said  0.95  He is a very smart man,
 */
export function formatAnalysis(analysis: Analysis, options: FormatOptions = {}): string {
  const max = options.maxText ?? 60;
  const cut = (s: string, n = max): string => truncate(terminalText(s), n);
  const cue = (u: Utterance): string => (u.cue ? cut(u.cue.text, MAX_CUE) : '');
  const groups = groupUtterances(analysis);
  const label = (id: string): string => String(groups.number.get(id) ?? cut(id));
  const { polar, neutral, neutralCount } = splitStances(analysis.stances ?? [], label);
  const issues = groups.otherIssues;
  const parts: string[] = [];
  const title = [analysis.id && `Article ${cut(analysis.id)}`, analysis.date && cut(analysis.date)].filter(Boolean).join(', ');
  if (title) parts.push(title);
  parts.push(countsLine(analysis, groups, polar.length));

  const section = (name: string, rows: readonly NumberedUtterance[], headers: string[], cells: (x: NumberedUtterance) => string[], align: ('left' | 'right')[]): void => {
    if (!rows.length) return;
    const table = withoutEmptyColumns(headers, rows.map(cells), align);
    parts.push(`${name} (${rows.length})\n${textTable(table.headers, table.rows, table.align)}`);
  };
  section(SAID_TITLE, groups.said, ['#', 'speaker', 'kind', 'cue', 'conf', 'text'], ({ n, u }) => [String(n), cut(u.speaker!.name), u.kind, cue(u), u.confidence.toFixed(2), cut(u.text)], ['right', 'left', 'left', 'left', 'right', 'left']);
  section(TOPICS_TITLE, groups.topics, ['#', 'speaker', 'cue', 'conf', 'topic'], ({ n, u }) => [String(n), cut(u.speaker!.name), cue(u), u.confidence.toFixed(2), cut(u.text)], ['right', 'left', 'left', 'right', 'left']);
  section(UNATTRIBUTED_TITLE, groups.unattributed, ['#', 'kind', 'cue', 'text', 'why'], ({ n, u }) => [String(n), u.kind, cue(u), cut(u.text), cut(groups.why.get(u.id) ?? '')], ['right', 'left', 'left', 'left', 'left']);

  if (polar.length) {
    parts.push(
      `${STANCES_TITLE} (${polar.length})\n` +
        textTable(
          ['source', '', 'target', 'polarity', 'score', 'utt', 'evidence'],
          polar.map((s) => [cut(s.source.name), '\u2192', cut(s.target.name), s.polarity, signed(s.score), label(s.utteranceId), cut(s.evidence.map((e) => e.text).join(', '))]),
          ['left', 'left', 'left', 'left', 'right', 'right', 'left'],
        ),
    );
  }
  if (neutralCount) {
    const line = (g: (typeof neutral)[number]): string => `  ${cut(g.source, 40)} \u2192 ${g.targets.map((t) => `${cut(t.target, 40)} (${t.utterances.join(', ')})`).join(', ')}`;
    parts.push(`${NEUTRAL_TITLE} (${neutralCount}): ${NEUTRAL_NOTE}\n${neutral.map(line).join('\n')}`);
  }
  if (issues.length) {
    parts.push(`Issues (${issues.length})\n` + textTable(['code', 'message'], issues.map((i) => [i.code, cut(i.message)])));
  }
  return parts.join('\n\n');
}
