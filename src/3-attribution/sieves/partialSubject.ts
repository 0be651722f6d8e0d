// A partial quote that nothing attributes: the subject of its sentence uses the words (`Lee calls the plan “a gift to landlords”`).
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import { PASSIVE_BE } from '../../vocabulary/beForms.js';
import type { Quote } from '../../1-segment/quotes.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Span } from '../../model/span.js';
import { DASH, lowerBound } from '../scan.js';
import { SUBORDINATORS } from '../reported/clauseReader.js';
import { CLAUSE_ONLY_SUBORDINATORS } from '../../vocabulary/subordinators.js';
import { speakerOf } from '../speaker.js';

/** First-person subjects: the writer's own sentence, or a speaker's whose quote marks went astray. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * The speaker of a partial quote that no cue, label or conversation attributes: the first
 * grammatical subject of its sentence before the quote, outside quotes ("Lee calls the plan “a
 * gift to landlords”", "The union's flyer lists the mayor as “no friend of labor”"). The verb
 * is no speech verb, or a cue would have claimed the quote; the quoted words are still the
 * subject's, which uses them. Skipped: a subject in a subordinate clause ("when", "that": up to
 * its comma, or to the quote when there is none), anything after a label ("Lee: Ada …"), "I"
 * or "we", a place, and a subject the entity stage cannot name. Null when the sentence has no
 * such subject before the quote.
 */
export function partialQuoteSubject(seg: Segmentation, ents: EntityIndex, q: Quote): { speaker: number; mention: Span } | null {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  const sentence = tokens[open]?.sentence;
  if (sentence === undefined) return null;
  // "…, which is being criticized as “slash and burn”": words given in the passive,
  // with no agent, are no one's the sentence names.
  if (passiveBefore(tokens, open)) return null;
  let first = open;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  for (let k = first; k < open; k++) {
    if (seg.quoteOf[k]! >= 0) continue;
    // "Lee: Ada needs to …": the words after a label are the label's (sieve 10), not its subject's.
    if (tokens[k]!.value === ':' || (DASH.test(tokens[k]!.value) && tokens[k]!.pos === 'PUNCT')) return null;
    // A subordinate clause ends at its comma ("When Lee left, Ada …"); with none, the quote is in it.
    if (SUBORDINATORS.has(tokens[k]!.lower) || CLAUSE_ONLY_SUBORDINATORS.has(tokens[k]!.lower) || tokens[k]!.pos === 'SCONJ') {
      while (k < open && tokens[k]!.value !== ',') k++;
      if (k === open) return null;
      continue;
    }
    const mi = mentionIndex(ents, k);
    if (mi < 0) continue;
    const m = ents.mentions[mi]!;
    k = Math.max(k, m.last - 1);
    if (!m.subject || m.afterPreposition || m.quote >= 0 || m.last > open) continue;
    // "I", "we": the writer's own sentence, or a speaker's whose quote marks went astray.
    if (FIRST_PERSON.has(m.key)) return null;
    const speaker = speakerOf(seg, ents, { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'subject' });
    const type = speaker >= 0 ? ents.entities[speaker]!.type : undefined;
    if (type === undefined || type === 'place') return null;
    return { speaker, mention: { start: m.start, end: m.end } };
  }
  return null;
}

/**
 * Does a passive participle stand right before the quote opening at token `open`, past "as" and an
 * article ("was attacked as a “…”", "was dubbed “…”", "has been called “…”")?
 */
function passiveBefore(tokens: readonly Token[], open: number): boolean {
  let k = open - 1;
  if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'as') k--;
  const v = tokens[k];
  if (!v || v.pos !== 'VERB' || v.lower === v.lemma || v.lower.endsWith('ing')) return false;
  k--;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && PASSIVE_BE.has(tokens[k]!.lower) && tokens[k]!.sentence === v.sentence;
}

/** Does the quote open after a comma or a colon inside a sentence the writer began ("… launched an ad titled, “…”")? */
export function midSentence(seg: Segmentation, q: Quote): boolean {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  const prev = tokens[open - 1];
  return prev !== undefined && (prev.value === ',' || prev.value === ':') && prev.sentence === tokens[open]?.sentence && seg.quoteOf[open - 1]! < 0;
}
