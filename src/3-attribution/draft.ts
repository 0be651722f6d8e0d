// The utterance drafts the sieves of stage 3 write, and the index of the top-level ones.
import type { Span } from '../model/span.js';
import { firstAtOrAfter } from '../util/sorted.js';
import type { Anchor } from './anchors.js';
import type { AnalysisIssue } from '../model/issue.js';
import type { UtteranceForm, UtteranceKind } from '../model/utterance.js';
import type { QuoteRole } from './quoteRoles.js';
import type { Source } from './source.js';

/** An utterance before ids and sentiment are given: who said which span, found how. */
export interface UtteranceDraft {
  readonly start: number;
  readonly end: number;
  readonly kind: UtteranceKind;
  /** Entity index, or -1 when nobody can be named. */
  readonly speaker: number;
  readonly mention?: Span;
  readonly cue?: Span;
  /** For embedded quotes: the draft index of the quote around it. */
  readonly parent?: number;
  readonly confidence: number;
  /** The quote this draft comes from, if any. */
  readonly quote?: number;
  /** `topic` when a report's span is only what the act was about (see {@link UtteranceForm}). */
  readonly form?: UtteranceForm;
}

export interface Attribution {
  readonly utterances: UtteranceDraft[];
  readonly issues: AnalysisIssue[];
  readonly roles: readonly QuoteRole[];
}

export interface Found {
  readonly source: Source;
  readonly anchor?: Anchor;
  readonly confidence: number;
}

export function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/**
 * Draft indices sorted by start, for spans that never overlap one another (top-level
 * utterances): the ones overlapping a span are found by binary search, not by a scan.
 */
export class SpanIndex {
  private readonly order: number[] = [];
  constructor(private readonly drafts: readonly UtteranceDraft[]) {}
  private position(start: number): number {
    return firstAtOrAfter(this.order, start, (i) => this.drafts[i]!.start);
  }
  add(i: number): void {
    this.order.splice(this.position(this.drafts[i]!.start), 0, i);
  }
  remove(i: number): void {
    const at = this.order.indexOf(i, Math.max(0, this.position(this.drafts[i]!.start) - 2));
    if (at >= 0) this.order.splice(at, 1);
  }
  overlapping(span: Span): number[] {
    const out: number[] = [];
    let k = this.position(span.end) - 1;
    for (; k >= 0; k--) {
      const d = this.drafts[this.order[k]!]!;
      if (d.end <= span.start) break;
      if (d.start < span.end) out.push(this.order[k]!);
    }
    return out.reverse();
  }
}
