import { normalizeName } from '../knowledgeIndex.js';
import type { Resolution } from './context.js';

/** Small words a name's acronym may take its letter from or skip: "Bank of England" (BoE, BE), "the Council for Trade". */
const SKIPPABLE = new Set(['of', 'the', 'for', 'and', '&']);

/** What may stand between a full name and the acronym the article gives it: "(", ", or ", ", or the ". */
const BEFORE_ACRONYM = /^\s*(?:\(\s*|,\s+or\s+(?:the\s+)?)$/;
/** What follows the acronym: the closing bracket, or the comma or stop of an appositive. */
const AFTER_BRACKET = /^\s*\)/;
const AFTER_OR = /^\s*[,.;:)]/;

/**
 * Sieve 1b, acronyms the article defines: "The North Atlantic Fisheries Council (NAFC)" or "the
 * Fisheries Council, or FC, …": the acronym right after a full name whose capitalised words give
 * its letters (the small words "of", "the", "for", "and" may give theirs or not) is a name of the
 * full name's entity; its later mentions ("the NAFC said") then join that entity in sieve 2,
 * before the knowledge base is asked. Letters that are no initials of the name ("Senator Ann
 * Price (R)", "Jane Roe (AP)") link nothing. "NAFC (North Atlantic Fisheries Council)" is read too.
 */
export function acronyms(r: Resolution): void {
  const { mentions, entityOf, entities } = r.index;
  for (let mi = 0; mi + 1 < mentions.length; mi++) {
    const a = mentions[mi]!;
    const b = mentions[mi + 1]!;
    if (a.kind !== 'name' || b.kind !== 'name' || b.start - a.end > 12) continue;
    const between = r.text.slice(a.end, b.start);
    if (!BEFORE_ACRONYM.test(between)) continue;
    const bracket = between.includes('(');
    if (!(bracket ? AFTER_BRACKET : AFTER_OR).test(r.text.slice(b.end, b.end + 3))) continue;
    // "Full Name (ACR)", or with a bracket "ACR (Full Name)".
    const [full, fi, short, si] = entityOf[mi]! >= 0 && entityOf[mi + 1] === -1 ? [a, mi, b, mi + 1] : bracket && entityOf[mi + 1]! >= 0 && entityOf[mi] === -1 ? [b, mi + 1, a, mi] : [];
    if (!full || !short || !isAcronymOf(short.text, full.text)) continue;
    const e = entities[entityOf[fi!]!]!;
    const key = normalizeName(short.text);
    const have = r.byKey.get(key);
    if (have && have !== e) continue;
    r.byKey.set(key, e);
    r.link(si!, e);
  }
}

/** Is `acronym` ("NAFC", "N.A.F.C.") the initials of `name`'s words ("North Atlantic Fisheries Council")? */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[\u2019']s$/, '').replace(/[.&]/g, '');
  if (!/^\p{Lu}{2,8}$/u.test(letters)) return false;
  const words = name.replace(/[\u2019']s$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  return spells(letters.toLowerCase(), 0, words, 0);
}

/** Do words[w…] spell letters[l…]? Each capitalised word gives its initial (a hyphenated one, one per part or one in all); a small word gives its initial or nothing. */
function spells(letters: string, l: number, words: readonly string[], w: number): boolean {
  if (w === words.length) return l === letters.length;
  const word = words[w]!;
  const lower = word.toLowerCase();
  if (SKIPPABLE.has(lower)) return spells(letters, l, words, w + 1) || (letters[l] === lower[0] && spells(letters, l + 1, words, w + 1));
  if (!/^\p{Lu}/u.test(word)) return false;
  if (letters[l] !== lower[0]) return false;
  if (spells(letters, l + 1, words, w + 1)) return true;
  // "Anti-Corruption Bureau" (ACB): one letter per capitalised part.
  const parts = word.split('-').filter((p) => /^\p{Lu}/u.test(p));
  if (parts.length < 2) return false;
  const initials = parts.map((p) => p[0]!.toLowerCase()).join('');
  return letters.startsWith(initials, l) && spells(letters, l + initials.length, words, w + 1);
}
