/**
 * Helpers for the stage 1–3 tests: run the public `analyze()` (or a single stage) on a sentence
 * and state what must, or must not, be found, with messages that show the whole result.
 */
import { expect } from 'vitest';
import { segment } from '../src/1-segment/segment.js';
import { builtinKnowledge } from '../src/2-entities/knowledge/builtin.js';
import { indexKnowledge } from '../src/2-entities/knowledgeIndex.js';
import type { Mention } from '../src/2-entities/mentions.js';
import { mentionsAndDatelines } from '../src/2-entities/datelines.js';
import { resolveEntities, type EntityIndex } from '../src/2-entities/resolve.js';
import { analyze } from '../src/analyze.js';
import type { AnalyzeOptions, Utterance, UtteranceKind } from '../src/model/index.js';

/** The utterance whose text contains `words`: its speaker's name, the words of its speaker mention and its entity's type (a failure shows the whole result when none holds them). */
export function sourceOf(text: string, words: string): { speaker: string | null; mention: string | null; type: string | null } {
  const a = analyze(text);
  const u = a.utterances.find((x) => x.text.includes(words));
  expect(u, `no utterance holds ${JSON.stringify(words)}\n${describeUtterances(text, a.utterances)}`).toBeDefined();
  const m = u!.speaker?.mention;
  const e = u!.speaker ? a.entities.find((x) => x.id === u!.speaker!.entityId) : undefined;
  return { speaker: u!.speaker?.name ?? null, mention: m ? text.slice(m.start, m.end) : null, type: e?.type ?? null };
}

/** The text of the indirect report whose cue is `cue`, or null when that cue reports none. */
export function reportOf(text: string, cue: string): string | null {
  const u = analyze(text).utterances.find((x) => x.kind === 'indirect' && x.cue?.text === cue);
  return u ? u.text : null;
}

/** The utterances `analyze()` finds in `text`. */
export function utterancesOf(text: string, options?: AnalyzeOptions): Utterance[] {
  return analyze(text, options).utterances;
}

/** What one utterance must look like; only the fields given are checked. */
export interface UtteranceExpectation {
  /** Exactly `utterance.text` (the words inside the marks for quotes). */
  readonly text: string;
  readonly kind?: UtteranceKind;
  /** Canonical speaker name, or `null` when nobody can be named. */
  readonly speaker?: string | null;
  /** What `input.slice(mention.start, mention.end)` must be ("he", "the Kremlin spokesperson"). */
  readonly mention?: string;
  /** The cue's text ("said", "according to"). */
  readonly cue?: string;
  /** The text of the utterance `parentId` points to. */
  readonly parent?: string;
}

/** One line per utterance, for failure messages. */
export function describeUtterances(input: string, us: readonly Utterance[]): string {
  if (us.length === 0) return '(no utterances)';
  return us
    .map((u) => `${u.id} ${u.kind} ${JSON.stringify(u.text)} ← ${u.speaker ? `${u.speaker.name}${u.speaker.mention ? ` [${input.slice(u.speaker.mention.start, u.speaker.mention.end)}]` : ''}` : 'null'}${u.cue ? ` cue=${JSON.stringify(u.cue.text)}` : ''}`)
    .join('\n');
}

/**
 * Asserts that `analyze(input)` has an utterance whose text is `expected.text` and that it has
 * the kind, speaker, mention, cue and parent given. Returns it for further checks.
 *
 * @example
 * expectUtterance('“We will win,” Senator Ann Price said.', { text: 'We will win,', kind: 'direct', speaker: 'Ann Price' });
 */
export function expectUtterance(input: string, expected: UtteranceExpectation, options?: AnalyzeOptions): Utterance {
  const all = utterancesOf(input, options);
  const found = all.filter((u) => u.text === expected.text);
  const listing = `in: ${JSON.stringify(input)}\nfound:\n${describeUtterances(input, all)}`;
  expect(found.length, `no utterance with text ${JSON.stringify(expected.text)}\n${listing}`).toBeGreaterThan(0);
  // Several utterances may share a text (an indirect clause and a quote); prefer the expected kind.
  const u = (expected.kind ? found.find((x) => x.kind === expected.kind) : undefined) ?? found[0]!;
  if (expected.kind !== undefined) expect(u.kind, listing).toBe(expected.kind);
  if (expected.speaker !== undefined) expect(u.speaker?.name ?? null, listing).toBe(expected.speaker);
  if (expected.mention !== undefined) {
    expect(u.speaker?.mention, `speaker.mention missing\n${listing}`).toBeDefined();
    expect(input.slice(u.speaker!.mention!.start, u.speaker!.mention!.end), listing).toBe(expected.mention);
  }
  if (expected.cue !== undefined) expect(u.cue?.text, listing).toBe(expected.cue);
  if (expected.parent !== undefined) {
    const parent = all.find((x) => x.id === u.parentId);
    expect(parent?.text, `parentId of ${JSON.stringify(u.text)}\n${listing}`).toBe(expected.parent);
  }
  return u;
}

/** Asserts that some utterance of `speaker` covers `words` (a short quote that may stand alone or inside a reported clause). */
export function expectCoveredBy(input: string, words: string, speaker: string, options?: AnalyzeOptions): Utterance {
  const all = utterancesOf(input, options);
  const at = input.indexOf(words);
  if (at < 0) throw new Error(`test setup: ${JSON.stringify(words)} not in ${JSON.stringify(input)}`);
  const u = all.find((x) => x.start <= at && at + words.length <= x.end + 1 && x.speaker?.name === speaker);
  expect(u, `no utterance of ${speaker} covers ${JSON.stringify(words)}\nin: ${JSON.stringify(input)}\nfound:\n${describeUtterances(input, all)}`).toBeDefined();
  return u!;
}

/** Asserts that no utterance's text contains `words` (titles, nicknames, scare quotes, stage notes). */
export function expectNotUttered(input: string, words: string, options?: AnalyzeOptions): void {
  const all = utterancesOf(input, options);
  const hit = all.filter((u) => u.text.includes(words));
  expect(hit, `${JSON.stringify(words)} must not be an utterance\nin: ${JSON.stringify(input)}\nfound:\n${describeUtterances(input, all)}`).toEqual([]);
}

/** Asserts that `analyze(input)` finds no utterance at all. */
export function expectNoUtterances(input: string, options?: AnalyzeOptions): void {
  const all = utterancesOf(input, options);
  expect(all, `expected no utterances in ${JSON.stringify(input)}\nfound:\n${describeUtterances(input, all)}`).toEqual([]);
}

/** The texts inside the quotation marks that stage 1 finds, in text order. */
export function quotedTexts(input: string): string[] {
  return segment(input).quotes.map((q) => input.slice(q.start, q.end));
}

const kb = indexKnowledge(builtinKnowledge());

/** Stage 2 as analyze() reads it: mentions (a dateline's place names marked) and the entity index of `input` with the built-in knowledge base. */
export function entitiesOf(input: string, year?: number): { mentions: readonly Mention[]; index: EntityIndex } {
  const seg = segment(input);
  const { mentions } = mentionsAndDatelines(seg, kb);
  return { mentions, index: resolveEntities(seg, mentions, kb, year) };
}

/** The mention whose span is exactly `phrase` (its first occurrence), or undefined. */
export function mentionOf(input: string, phrase: string, mentions: readonly Mention[]): Mention | undefined {
  const at = input.indexOf(phrase);
  return mentions.find((m) => m.start === at && m.end === at + phrase.length);
}

/**
 * The canonical name of the entity that the mention starting where `phrase` first occurs
 * resolves to, or null. `phrase` may run past the mention to pick the right occurrence
 * ("Putin said" finds the mention "Putin" before "said").
 */
export function resolvedName(input: string, phrase: string, year?: number): string | null {
  const { mentions, index } = entitiesOf(input, year);
  const at = input.indexOf(phrase);
  if (at < 0) throw new Error(`test setup: ${JSON.stringify(phrase)} not in ${JSON.stringify(input)}`);
  const mi = mentions.findIndex((m) => m.start === at);
  if (mi < 0) return null;
  const e = index.entityOf[mi]!;
  return e >= 0 ? index.entities[e]!.name : null;
}
