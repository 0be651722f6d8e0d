import type { Token } from '../../adapters/wink.js';
import type { Evidence } from '../../model/index.js';
import type { MentionSlot } from '../assignHits.js';
import type { ModelView } from './learned.js';
import { round } from '../../util/round.js';

/** What one utterance says about one target so far: the summed weight and the words that scored. */
export interface Acc {
  sum: number;
  evidence: Evidence[];
  mention: { start: number; end: number };
  polarMention?: { start: number; end: number };
  grammatical: boolean;
  /** The learned target model's surest polar reading of the target (scoring/learned.ts). */
  model?: ModelView;
}

/** The accumulators of one utterance, by target key, in the order the targets were first judged. */
export class Accumulators {
  readonly byKey = new Map<string, Acc>();
  constructor(private readonly tokens: readonly Token[], private readonly text: string) {}

  /** The accumulator of `key`, created at mention m. */
  of(key: string, m: MentionSlot): Acc {
    let a = this.byKey.get(key);
    if (!a) {
      a = { sum: 0, evidence: [], mention: spanOf(this.tokens, m), grammatical: false };
      this.byKey.set(key, a);
    }
    return a;
  }

  /** Adds the hit on tokens [first, last) with `weight` to the target of mention m. */
  add(m: MentionSlot, hit: { readonly first: number; readonly last: number }, weight: number): void {
    const acc = this.of(m.key, m);
    acc.sum += weight;
    const s0 = this.tokens[hit.first]!;
    const e0 = this.tokens[hit.last - 1]!;
    acc.evidence.push({ start: s0.start, end: e0.end, text: this.text.slice(s0.start, e0.end), weight: round(weight) });
    acc.polarMention ??= spanOf(this.tokens, m);
  }
}

export function spanOf(tokens: readonly Token[], m: MentionSlot): { start: number; end: number } {
  return { start: tokens[m.first]!.start, end: tokens[m.last - 1]!.end };
}
