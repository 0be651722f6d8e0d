// The people a poll asked: "those surveyed said", "voters polled say", "58 percent of Republicans asked said".
import type { Source, SourceCtx } from '../source.js';
import { nounPhraseEndingAt } from './nounPhrase.js';

/** Participles of polling that follow the people they describe ("those surveyed", "voters polled"). */
export const POLLED = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled', 'asked', 'queried', 'contacted']);
/** Demonstratives that stand for the people the participle describes ("those polled"). */
const DEMONSTRATIVES = new Set(['those', 'these']);

/**
 * "Those surveyed said", "Democrats polled on Sunday say", "Some 56 percent of voters polled
 * said": a participle of polling right after a noun phrase makes the phrase and the participle
 * the subject of the cue. The participle is no verb of the clause; the people it describes speak.
 */
export function polledSubject(c: SourceCtx): Source | null {
  const { seg, ents, tokens, cue, inQuote, j, left } = c;
  if (!left || !POLLED.has(left.lower) || left.sentence !== cue.sentence || inQuote(j) || j < 1) return null;
  const before = tokens[j - 1]!;
  if (before.sentence !== cue.sentence || inQuote(j - 1)) return null;
  if (DEMONSTRATIVES.has(before.lower)) return { span: { start: before.start, end: left.end }, mention: -1, first: j - 1, last: j + 1, how: 'subject' };
  // A noun phrase of people (a mention, a plural noun, a share of them: "56 percent of voters"): not "the question asked".
  const np = nounPhraseEndingAt(seg, ents, j - 1);
  if (!np) return null;
  const head = tokens[np.last - 1]!;
  const people = np.mention >= 0 ? ents.mentions[np.mention]!.kind !== 'pronoun' : (head.pos === 'NOUN' && /[^s]s$/.test(head.lower)) || head.lower === 'percent' || head.value === '%';
  if (!people) return null;
  return { ...np, span: { start: np.span.start, end: left.end }, last: j + 1 };
}
