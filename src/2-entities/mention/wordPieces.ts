/**
 * Words that wink's tokenizer cuts at a letter outside ASCII ("Naus|ė|da", "R|ū|ta", "Erdo|ğ|an",
 * "Ł|ukaszenka"), joined again by their offsets for the mention readers. Every Unicode letter and
 * mark belongs to the word it stands in; a name is read whole or not at all.
 */
import type { Token } from '../../adapters/wink.js';

const LETTERS = /^[\p{L}\p{M}]+$/u;
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * The tokens with each cut word joined: its first piece carries the whole word (value, end,
 * proper-noun tag when capitalised) and the other pieces become empty "glue" tokens (value "",
 * pos 'GLUE') at the word's end, so token indices stay those of the segmentation. The same
 * array when nothing is cut (the common case: one pass, no copy).
 */
export function joinWordPieces(tokens: readonly Token[], text: string): readonly Token[] {
  let out: Token[] | undefined;
  let k = 1;
  while (k < tokens.length) {
    const a = tokens[k - 1]!;
    if (!isPiece(tokens, k) || !LETTERS.test(a.value)) { k++; continue; }
    let end = k;
    while (end < tokens.length && isPiece(tokens, end)) end++;
    const pieces = tokens.slice(k - 1, end);
    if (!pieces.some((t) => NOT_ASCII.test(t.value))) { k = end; continue; }
    out ??= tokens.slice();
    const last = pieces[pieces.length - 1]!;
    const value = text.slice(a.start, last.end);
    const cap = /^\p{Lu}/u.test(value);
    out[k - 1] = { ...a, value, lower: value.toLowerCase(), lemma: value.toLowerCase(), end: last.end, pos: cap ? 'PROPN' : a.pos === 'X' ? 'NOUN' : a.pos };
    for (let g = k; g < end; g++) out[g] = { ...tokens[g]!, value: '', lower: '', lemma: '', start: last.end, end: last.end, pos: GLUE };
    k = end;
  }
  return out ?? tokens;
}

/** The part of speech of a glue token: the rest of a word joined into the token before it. */
export const GLUE = 'GLUE';

/** Token k continues the word of token k−1: no space between them, letters only. */
function isPiece(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.start === tokens[k - 1]!.end && LETTERS.test(t.value) && t.sentence === tokens[k - 1]!.sentence;
}
