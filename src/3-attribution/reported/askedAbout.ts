// What a question asked: "Asked on Monday whether she would run, …", "When asked by a journalist about the strike, …", "was asked by a listener why …".
import type { Span } from '../../model/span.js';
import { WH_WORDS } from '../cues/verbClasses.data.js';
import { type OpenClause, spanUntilStop } from './clauseReader.js';
import { NOUN_PHRASE_TAGS } from '../../vocabulary/tags.js';

/** Prepositions of the adjuncts read through between "asked" and its question: the asker ("by a reporter"), a time or a place. */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'on', 'at', 'in', 'during', 'after', 'before', 'from']);
/** Longest run of adjuncts read through, in tokens. */
const MAX_ADJUNCT_TOKENS = 10;

/**
 * The question of "ask" read past the adjuncts after it, which the clause opening does not skip:
 * a question word and its clause ("whether she would run", "why the fares had doubled") or the
 * object of "about" ("the strike"). Before the passive's subject is read ("Ortiz was asked by a
 * caller why …": the question is the report, not Ortiz). Only after an adjunct; undefined otherwise
 * (a plain "asked whether …" is read by the clause opening, and "Asked about the plan, Ortiz said,
 * “…”" stays scene-setting before the quote, as tests/3-attribution/attribute.test.ts pins, though
 * PolNeAR reads it as a report too). PolNeAR train content F1 +0.06 (22 reports, 20 inside a gold content).
 */
export function askedAbout(c: OpenClause): Span | null | undefined {
  const { tokens, a, after, sentence } = c;
  if (a.lemma !== 'ask' || a.form !== 'verb' || a.last !== a.first + 1) return undefined;
  const limit = Math.min(sentence.last, after + MAX_ADJUNCT_TOKENS);
  let k = after;
  while (k < limit && !WH_WORDS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'about') {
    const t = tokens[k]!;
    if (t.pos === 'ADV') k++;
    else if (ADJUNCT_PREPOSITIONS.has(t.lower) && NOUN_PHRASE_TAGS.has(tokens[k + 1]?.pos ?? '')) {
      k++;
      while (k < limit && NOUN_PHRASE_TAGS.has(tokens[k]!.pos) && !WH_WORDS.has(tokens[k]!.lower)) k++;
    } else return undefined;
  }
  const q = tokens[k];
  if (k >= limit || q === undefined) return undefined;
  if (k === after) return undefined;
  if (q.lower === 'about') {
    const object = tokens[k + 1];
    if (object === undefined || k + 1 >= sentence.last || !(NOUN_PHRASE_TAGS.has(object.pos) || object.pos === 'PRON' || (object.pos === 'VERB' && object.lower.endsWith('ing')))) return undefined;
    return spanUntilStop(c, k + 1);
  }
  return spanUntilStop(c, k);
}
