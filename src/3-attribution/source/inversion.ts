// Inverted order after a quote or a comma: "…,” said Smith.", "…, says a spokesperson for the campaign.", "Said Comey, “…”".
import type { Source, SourceCtx } from '../source.js';
import { QUOTE_MARK_LATIN } from '../../vocabulary/punctuation.js';
import { nounPhraseAt } from './nounPhrase.js';
import { POSSESSIVE_DETERMINERS } from '../../vocabulary/pronouns.js';

const SENTENCE_END_TOKEN = /^[.!?\u2026]$/;
/** The possessive ending as the tagger splits it off. */
const POSSESSIVE_MARK: ReadonlySet<string> = new Set(["'s", '\u2019s']);

/** The noun phrase after an inverting cue that opens its sentence or follows a quote or a comma. */
export function invertedSource(c: SourceCtx): Source | null {
  const { seg, ents, a, tokens, cue, inQuote, j, left } = c;
  // Inverted: "…,” said Smith." / "…, says a spokesperson for the campaign."
  if (a.inversion || a.form === 'phrase') {
    // Only right after a quote: "…,” said Smith" — not ", claiming the officer …".
    const afterQuote = (k: number) => k >= 0 && (QUOTE_MARK_LATIN.test(tokens[k]!.value) || inQuote(k));
    // Also at the start of a sentence: "Said Comey, “…”", "But, said Solovey, “…”".
    const opensSentence = a.form !== 'phrase' && a.inversion && (left === undefined || left.sentence !== cue.sentence || (left.value === ',' && (tokens[j - 1]?.sentence !== cue.sentence || (j - 1 === seg.doc.sentences[cue.sentence]?.first && tokens[j - 1]!.pos === 'CCONJ'))));
    const leftIsBoundary = opensSentence || (left !== undefined && (afterQuote(j) || (left.value === ',' && afterQuote(j - 1))));
    if (leftIsBoundary && !cue.lower.endsWith('ing')) {
      const np = nounPhraseAt(seg, ents, a.last, 'inverted');
      if (np) return np;
    }
    // "…in the spring primary, said professor Lena Ostrow.": after a comma, a name that ends the sentence,
    // or ends at a comma: "…, said Lena Ostrow, in a statement", "…, said Lena Ostrow, adding …",
    // "…, said Lena Ostrow, another veteran of the campaign" (what follows the comma describes the
    // speaker or her speaking, not a clause the name opens), or at a restrictive relative clause:
    // "…, said several Democrats who know him".
    if (left?.value === ',' && a.inversion && !cue.lower.endsWith('ing')) {
      // ("…, noted the Ledger's Dana Chinn.": past a possessor, the name it owns.)
      const first = nounPhraseAt(seg, ents, a.last, 'inverted');
      const owned = first && POSSESSIVE_MARK.has(tokens[first.last]?.lower ?? '') ? nounPhraseAt(seg, ents, first.last + 1, 'inverted') : null;
      const np = owned ?? first;
      const after = np ? tokens[np.last] : undefined;
      if (np && np.mention >= 0 && (!after || after.sentence !== cue.sentence || SENTENCE_END_TOKEN.test(after.value) || after.value === ',' || after.lower === 'who' || affiliationTail(c, np.last))) return np;
    }
  }
  return null;
}

/**
 * "…, said Vale, a Toledo Republican who …", "…, said Okafor, who joined the council in 2014", "…, said Acme, which runs the ferries": a
 * comma after the name opens an apposition or a relative clause describing it, not a new clause.
 */
function appositionAfter(c: SourceCtx, k: number): boolean {
  const { tokens, cue, inQuote } = c;
  const next = tokens[k + 1];
  if (tokens[k]?.value !== ',' || !next || next.sentence !== cue.sentence || inQuote(k + 1)) return false;
  return next.lower === 'a' || next.lower === 'an' || next.lower === 'the' || next.lower === 'who' || next.lower === 'whose' || next.lower === 'which' || POSSESSIVE_DETERMINERS.has(next.lower) || bareTitle(c, k + 1);
}

/** Prepositions that attach where a speaker is from or works ("a spokesman for the firm", "a farmer from Dover"). */
const AFFILIATION: ReadonlySet<string> = new Set(['of', 'for', 'from', 'at', 'in', 'with', 'on']);
/** Words of the noun phrases in such a tail. */
const TAIL_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP', 'PART', 'PUNCT']);

/**
 * "…, said a spokesman for the company.", "…, said one official in the room.": prepositional
 * phrases with no verb close the sentence after the name (a comma may open an apposition after them).
 */
function affiliationTail(c: SourceCtx, k: number): boolean {
  const { tokens, cue, inQuote } = c;
  if (!AFFILIATION.has(tokens[k]?.lower ?? '')) return false;
  for (let x = k + 1; x < Math.min(tokens.length, k + 14); x++) {
    const t = tokens[x]!;
    if (t.sentence !== cue.sentence || SENTENCE_END_TOKEN.test(t.value)) return true;
    if (t.value === ',') return appositionAfter(c, x);
    if (!TAIL_POS.has(t.pos) || inQuote(x) || QUOTE_MARK_LATIN.test(t.value)) return false;
  }
  return false;
}

/**
 * "…, said Robert Vale, executive director of the institute.", "…, said Ana Ruiz, 45.": a title
 * or an age with no article, and no verb before the next comma or the end of the sentence.
 */
function bareTitle(c: SourceCtx, k: number): boolean {
  const { tokens, cue } = c;
  if (!BARE_TITLE_POS.has(tokens[k]!.pos)) return false;
  for (let x = k; x < Math.min(tokens.length, k + 12); x++) {
    const t = tokens[x]!;
    if (t.sentence !== cue.sentence || t.value === ',' || SENTENCE_END_TOKEN.test(t.value)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || QUOTE_MARK_LATIN.test(t.value)) return false;
  }
  return false;
}
const BARE_TITLE_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
