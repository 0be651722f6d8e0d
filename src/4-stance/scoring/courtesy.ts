import type { Token } from '../../adapters/wink.js';
import { COURTESY_ACTS, COURTESY_COMPLEMENTS, COURTESY_NOUNS } from '../../vocabulary/stanceWords.js';
import { FIRST_PERSON } from '../../vocabulary/pronouns.js';

/**
 * Does a "thank you" (ending before token k) close its sentence as a formula of politeness? A
 * bare "Thank you." or "Thank you so much!", a vocative after it ("Thank you, Dan."), or the
 * courtesies of an interview ("thank you for joining us", "for your time"). Read by assignHits
 * for the constructions that hold their target inside ("thank you"): only "very", "so", "much",
 * "again", a vocative or a courtesy, then the sentence's end (or the range's), follow token k.
 */
export function closesSentence(tokens: readonly Token[], k: number, to: number): boolean {
  let x = k;
  while (x < to && (tokens[x]!.lower === 'very' || tokens[x]!.lower === 'so' || tokens[x]!.lower === 'much' || tokens[x]!.lower === 'again')) x++;
  // "Thank you, Dan.", "Thank you, Mr. President.": a vocative closes the formula too.
  if (tokens[x]?.value === ',' && x + 1 < to) {
    let v = x + 1;
    while (v < to && v - x <= 4 && tokens[v]!.pos === 'PROPN') v++;
    // (A quote's own comma may end it: '“Thank you, Dan,” she said'.)
    if (v > x + 1 && (v >= to || /^[.!]$/.test(tokens[v]!.value) || (tokens[v]!.value === ',' && v + 1 >= to))) return true;
  }
  return x >= to || /^[.!]$/.test(tokens[x]!.value) || courtesy(tokens, k);
}

/** "Thank you for joining us", "for having me", "for your time": the courtesies of an interview (k: the word after "for"). */
export function courtesy(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (tokens[k - 1]?.lower !== 'for' || !next) return false;
  // ("for being here", "for joining us", "for taking the time": not "for being a tireless champion".)
  if (next.lower.endsWith('ing')) return COURTESY_ACTS.has(next.lemma) && courtesyComplement(tokens, k + 1);
  return courtesyNoun(tokens, k);
}

/** "the time", "your time", "my question" from token k. */
function courtesyNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.lower === 'the' || t.lower === 'your' || FIRST_PERSON.has(t.lower)) && COURTESY_NOUNS.has(tokens[k + 1]?.lower ?? '');
}

/** What a courtesy's gerund is done to or where: "us", "me", "here", "with us", "the time", "my question". */
function courtesyComplement(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  return COURTESY_COMPLEMENTS.has(t.lower) || /^[.!,]$/.test(t.value) || courtesyNoun(tokens, k);
}
