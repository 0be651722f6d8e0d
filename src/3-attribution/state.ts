// What the sieves of stage 3 share while they run: the article, its cues and sources, and the drafts so far.
import type { Token } from '../adapters/wink.js';
import type { Segmentation } from '../1-segment/segment.js';
import type { EntityIndex } from '../2-entities/resolve.js';
import type { AnalysisIssue } from '../model/issue.js';
import type { Span } from '../model/span.js';
import { insideSorted } from '../util/sorted.js';
import type { Anchor } from './anchors.js';
import type { SpanIndex, UtteranceDraft } from './draft.js';
import type { Source } from './source.js';

/**
 * The working state of `attributeUtterances`. Each sieve reads it and adds drafts; a later sieve
 * never takes what an earlier one settled (the order is in `sieves.ts`).
 */
export interface AttributionState {
  readonly seg: Segmentation;
  readonly ents: EntityIndex;
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly issues: AnalysisIssue[];
  /** The quotes that are speech (not titles, scare quotes or mentions). */
  readonly speech: ReadonlySet<number>;
  /** The cues of the writer's text, in text order, and the source `findSource` gave each (or null). */
  readonly anchors: readonly Anchor[];
  readonly sources: readonly (Source | null)[];
  /** Anchors a direct quote used. */
  readonly used: Set<number>;
  readonly drafts: UtteranceDraft[];
  /** Draft index of each attributed quote. */
  readonly draftOfQuote: Map<number, number>;
  /** Content spans of transcript turns, sorted. */
  readonly turnSpans: Span[];
  /** Drafts a later sieve folded into another (dropped at the end). */
  readonly removed: Set<number>;
  /** The top-level drafts (never overlapping), filled from the reported-speech sieve on. */
  readonly topLevel: SpanIndex;
}

/** A sieve: reads the state and adds (or rewrites) drafts. */
export type Sieve = (st: AttributionState) => void;

/** Is `offset` inside a transcript turn? (Turns are utterances already; no other sieve takes their words.) */
export function inTurn(st: AttributionState, offset: number): boolean {
  return insideSorted(st.turnSpans, offset);
}
