import type { TokenDoc } from '../adapters/wink.js';
import { classifyDirected, type DirectedDecision } from './directedModel.js';

/** What the names of a sentence think of one mention, by the directed stance model. */
export interface HeldToward {
  /** Highest probability that some other name praises the mention (0 when none). */
  readonly praise: number;
  /** Highest probability that some other name criticises the mention. */
  readonly criticism: number;
  /**
   * The other names (token ranges) with the model's decision for each, holder first or second as
   * in the text, and whether the name acts on the mention through a short verb group (`acts`).
   */
  readonly holders: readonly { readonly name: readonly [number, number]; readonly decision: DirectedDecision; readonly holderFirst: boolean; readonly acts: boolean }[];
}

/**
 * Runs the directed stance model between the mention at tokens [first, last) and every other name
 * (run of proper-noun tokens) of its sentence, keeping the relations in which the name holds the
 * stance: the view of the sentence's holders, shared by sentimentToward and the target model's
 * features.
 */
export function heldToward(doc: TokenDoc, first: number, last: number): HeldToward {
  let praise = 0;
  let criticism = 0;
  const holders: HeldToward['holders'][number][] = [];
  for (const name of namesAround(doc, first, last)) {
    const holderFirst = name[0] < first;
    const decision = holderFirst ? classifyDirected(doc, name, [first, last]) : classifyDirected(doc, [first, last], name);
    const p = decision.probabilities;
    // Classes: none, firstPraisesSecond, secondPraisesFirst, firstCriticisesSecond, secondCriticisesFirst.
    praise = Math.max(praise, holderFirst ? p[1]! : p[2]!);
    criticism = Math.max(criticism, holderFirst ? p[3]! : p[4]!);
    holders.push({ name, decision, holderFirst, acts: holderFirst && actsOn(doc, name[1], first) });
  }
  return { praise, criticism, holders };
}

/** Runs of proper-noun tokens in the sentence of tokens [first, last), other than the mention's own. */
export function namesAround(doc: TokenDoc, first: number, last: number): [number, number][] {
  const s = doc.sentences[doc.tokens[first]?.sentence ?? 0];
  const from = s?.first ?? 0;
  const to = s?.last ?? doc.tokens.length;
  const out: [number, number][] = [];
  for (let i = from; i < to; i++) {
    if (doc.tokens[i]!.pos !== 'PROPN' || (i >= first && i < last)) continue;
    let j = i + 1;
    while (j < to && doc.tokens[j]!.pos === 'PROPN' && !(j >= first && j < last)) j++;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}

/**
 * Whether the words between a holder ending at token `from` and a target starting at `to` are a
 * short verb group with no clause break ("Hale thanked Lopez", "Hale warmly praised Lopez"): the
 * one construction where the holder's act certainly lands on the target.
 */
function actsOn(doc: TokenDoc, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  let verb = false;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'PRON') return false;
    if (t.pos === 'VERB') verb = true;
  }
  return verb;
}
