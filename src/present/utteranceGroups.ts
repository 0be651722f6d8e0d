/**
 * How the analysis views sort an analysis for a reader: what was said, by whom, comes first;
 * reports that give only the topic of an act ("criticised [the plan]") and words no one is named
 * for ("the plan seems doomed") follow apart, so neither reads as a speaker's words. Stances split
 * the same way: praise and criticism, then the neutral ones grouped by who names whom.
 * The data is never filtered: every utterance and stance of the analysis is in one group.
 */
import type { Analysis } from '../model/analysis.js';
import type { AnalysisIssue } from '../model/issue.js';
import type { Stance } from '../model/stance.js';
import type { Utterance } from '../model/utterance.js';

/** An utterance and its number in text order (1-based), the number the stance tables refer to. */
export interface NumberedUtterance {
  readonly n: number;
  readonly u: Utterance;
}

export interface UtteranceGroups {
  /** Words with a named speaker: quotes, turns and reported clauses. */
  readonly said: readonly NumberedUtterance[];
  /** Reports with a named speaker whose text is only what the act was about (`form: 'topic'`). */
  readonly topics: readonly NumberedUtterance[];
  /** Utterances with no speaker named (`speaker: null`), of any kind or form. */
  readonly unattributed: readonly NumberedUtterance[];
  /** Why each unattributed utterance has no speaker: the message of its `unknown-speaker` issue, by utterance id. */
  readonly why: ReadonlyMap<string, string>;
  /** The issues not shown as a `why`, in analysis order. */
  readonly otherIssues: readonly AnalysisIssue[];
  /** Utterance id → its number. */
  readonly number: ReadonlyMap<string, number>;
}

/** The utterances of an analysis in the three groups the views show, each in text order. */
export function groupUtterances(analysis: Analysis): UtteranceGroups {
  const all = (analysis.utterances ?? []).map((u, i) => ({ n: i + 1, u }));
  const unattributed = all.filter(({ u }) => !u.speaker);
  const issues = analysis.issues ?? [];
  // The issue of an utterance with no speaker lies on its words (or on the words it grew from).
  const why = new Map<string, string>();
  const shown = new Set<AnalysisIssue>();
  for (const { u } of unattributed) {
    const issue = issues.find((i) => i.code === 'unknown-speaker' && i.span && !shown.has(i) && i.span.start < u.end && u.start < i.span.end);
    if (!issue) continue;
    why.set(u.id, issue.message);
    shown.add(issue);
  }
  return {
    said: all.filter(({ u }) => u.speaker && u.form !== 'topic'),
    topics: all.filter(({ u }) => u.speaker && u.form === 'topic'),
    unattributed,
    why,
    otherIssues: issues.filter((i) => !shown.has(i)),
    number: new Map(all.map(({ n, u }) => [u.id, n])),
  };
}

/** One source's neutral stances: each target with the utterances that name it. */
export interface NeutralGroup {
  readonly source: string;
  readonly targets: readonly { readonly target: string; readonly utterances: readonly string[] }[];
}

/**
 * Praise and criticism in analysis order, and the neutral stances grouped by source, then target,
 * each in order of first appearance; `label` gives an utterance's reference (its number).
 */
export function splitStances(stances: readonly Stance[], label: (utteranceId: string) => string): { polar: Stance[]; neutral: NeutralGroup[]; neutralCount: number } {
  const polar = stances.filter((s) => s.polarity !== 'neutral');
  const bySource = new Map<string, { source: string; targets: Map<string, { target: string; utterances: string[] }> }>();
  let neutralCount = 0;
  for (const s of stances) {
    if (s.polarity !== 'neutral') continue;
    neutralCount++;
    let group = bySource.get(s.source.entityId);
    if (!group) bySource.set(s.source.entityId, (group = { source: s.source.name, targets: new Map() }));
    let target = group.targets.get(s.target.entityId);
    if (!target) group.targets.set(s.target.entityId, (target = { target: s.target.name, utterances: [] }));
    const ref = label(s.utteranceId);
    if (!target.utterances.includes(ref)) target.utterances.push(ref);
  }
  const neutral = [...bySource.values()].map((g) => ({ source: g.source, targets: [...g.targets.values()] }));
  return { polar, neutral, neutralCount };
}

/** The counts line: "20 entities, 29 utterances (1 with no speaker named, 1 topic of an act), 23 stances (9 praise or criticism)". */
export function countsLine(analysis: Analysis, groups: UtteranceGroups, polar: number): string {
  const utterances = (analysis.utterances ?? []).length;
  const stances = (analysis.stances ?? []).length;
  const apart = [
    groups.unattributed.length && `${groups.unattributed.length} with no speaker named`,
    groups.topics.length && `${groups.topics.length} ${groups.topics.length === 1 ? 'topic' : 'topics'} of an act`,
  ].filter(Boolean);
  const neutral = stances - polar;
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return `${count((analysis.entities ?? []).length, 'entity', 'entities')}, ${count(utterances, 'utterance', 'utterances')}${apart.length ? ` (${apart.join(', ')})` : ''}, ${count(stances, 'stance', 'stances')}${neutral > 0 ? ` (${polar} praise or criticism, ${neutral} neutral)` : ''}`;
}

/** Columns left out when no row has anything in them (hand-made analyses have no cues; not every unnamed speaker has an issue). */
const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['cue', 'why']);

/** The rows without their optional columns that are empty in every row. */
export function withoutEmptyColumns<T>(headers: string[], rows: T[][], align: ('left' | 'right')[]): { headers: string[]; rows: T[][]; align: ('left' | 'right')[] } {
  const empty = new Set(headers.map((h, k) => (OPTIONAL_COLUMNS.has(h) && rows.every((r) => r[k] === '') ? k : -1)).filter((k) => k >= 0));
  if (empty.size === 0) return { headers, rows, align };
  const drop = <U>(xs: U[]): U[] => xs.filter((_, i) => !empty.has(i));
  return { headers: drop(headers), rows: rows.map(drop), align: drop(align) };
}

/** Section titles and notes, shared by the text and HTML views. */
export const SAID_TITLE = 'Who said what';
export const TOPICS_TITLE = 'Acts reported with only their topic, not words said';
export const UNATTRIBUTED_TITLE = 'No speaker named';
export const STANCES_TITLE = 'Stances: praise and criticism';
export const NEUTRAL_TITLE = 'Neutral stances';
export const NEUTRAL_NOTE = 'the speaker names the target with no praise or criticism; utterance numbers in brackets';
