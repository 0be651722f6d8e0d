// Appositions: "Mara Quist, a trade official during the talks, told", "The governor, Ana Ruiz, said".
import { onMap } from '../../util/onMap.js';
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Source, SourceCtx } from '../source.js';
import { QUOTE_MARK_LATIN } from '../../vocabulary/punctuation.js';
import { CLAUSE_START, NP_POS, beforeBrackets, fromMention, nounPhraseEndingAt, possessiveMark } from './nounPhrase.js';

const INDEFINITE = new Set(['a', 'an', 'another', 'one']);

/** Does the phrase starting at token `first` stand after a preposition, perhaps past a possessor ("of Norway's Red Cross")? */
export function insideComplement(seg: Segmentation, ents: EntityIndex, first: number): boolean {
  const tokens = seg.doc.tokens;
  let p = first - 1;
  if (tokens[p]?.lower === "'s" || tokens[p]?.lower === '\u2019s') {
    // The possessor's own words (a name, perhaps inside a longer mention the entity stage made).
    p--;
    while (p >= 0 && tokens[p]!.pos === 'PROPN' && first - p < 8) p--;
  }
  if (tokens[p]?.pos === 'DET') p--;
  return tokens[p]?.pos === 'ADP' && tokens[p]!.sentence === tokens[first]?.sentence;
}

/** Words that may stand inside a chain of appositions: "Ada Moss, 31, of Erie, Pa.". */
export const CHAIN_WORDS = new Set(['of', 'from', 'at', 'for', 'in', 'with', 'on', '(', ')', '-', "'s", '\u2019s', 'and']);

/**
 * The name opening a chain of appositions that ends with the phrase starting at token `from`:
 * walking back over noun phrases, commas, ages and prepositional affiliations to the start of
 * the clause, a person or organisation named right before the chain's first comma.
 */
export function appositionHead(seg: Segmentation, ents: EntityIndex, from: number, inQuote: (k: number) => boolean): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[from]!.sentence;
  let k = from - 1;
  let commas = 0;
  for (; k >= 0 && from - k < 40; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || inQuote(k) || CLAUSE_START.has(t.lower)) break;
    if (t.value === ',') { commas++; continue; }
    if (possessiveMark(tokens, k)) continue;
    // "…, one of the towns suing the state, said": a participle after its noun describes it, in the chain.
    if (reducedRelative(tokens, k)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' && !CHAIN_WORDS.has(t.value) && t.value !== '.' || t.pos === 'ADP' && !CHAIN_WORDS.has(t.lower)) break;
    if (!NP_POS.has(t.pos) && !CHAIN_WORDS.has(t.lower) && t.pos !== 'PUNCT') break;
  }
  if (commas === 0) return null;
  // "In a note to the Herald, his deputy, Ivo Petrov, said": the object of a preposition heads no chain.
  if (tokens[k]?.pos === 'ADP') return null;
  // The first element of the chain: its name, then its comma.
  let first = k + 1;
  if (tokens[first]?.pos === 'DET') first++;
  const mi = mentionIndex(ents, first);
  if (mi < 0) return null;
  const m = ents.mentions[mi]!;
  if (m.kind !== 'name' || m.first !== first || m.last >= from || tokens[m.last]?.value !== ',' || m.afterPreposition) return null;
  const e = ents.entityOf[mi]!;
  const type = e >= 0 ? ents.entities[e]!.type : m.type;
  if (onMap(type)) return null;
  return fromMention(ents, mi, 'subject');
}

/**
 * Does the phrase starting at token `first` stand right after a participle, as its object ("a
 * group backing Governor Hale")? Then it is inside a description, not the name the description's
 * apposition renames.
 */
function objectOfParticiple(tokens: readonly Token[], first: number): boolean {
  const v = tokens[first - 1];
  return v !== undefined && v.pos === 'VERB' && /(?:ing|ed)$/.test(v.lower) && v.sentence === tokens[first]!.sentence;
}

/** A present participle right after a plural or common noun, inside an apposition ("the towns suing the state"). */
function reducedRelative(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.pos === 'VERB' && t.lower.endsWith('ing') && tokens[k - 1]?.pos === 'NOUN';
}

/** Is token k inside a relative clause opened after the comma before j ("Hill, who served …, said")? */
export function relativeClauseAt(tokens: readonly Token[], k: number, j: number): boolean {
  for (let x = k - 1; x >= Math.max(0, j - 40); x--) {
    const t = tokens[x]!;
    if (t.value === ',') return ['who', 'which', 'whose'].includes(tokens[x + 1]?.lower ?? '');
    // "Jane Roe, a former official who now studies …, said": the clause opens after the description's noun.
    if (t.lower === 'who' || t.lower === 'whose' || (t.lower === 'that' && (tokens[x - 1]?.pos === 'NOUN' || tokens[x - 1]?.pos === 'PROPN' || tokens[x - 1]?.lower === "'s"))) return true;
  }
  return false;
}

/** The apposition's name reaches its closing comma, a parenthesised acronym aside: "Forces (SDF),". */
export function appositionEndsWith(tokens: readonly Token[], last: number, j: number): boolean {
  if (last === j) return true;
  return tokens[last]?.value === '(' && tokens[j - 1]?.value === ')' && j - last <= 4;
}

/**
 * "Gov. Ann Marsh (R-Ohio), said": a name and its bracketed party label, then a comma, are the
 * subject, not the end of an adjunct or an apposition to something before them (the place in the
 * label, a phrase before the name).
 */
export function labelledName(c: SourceCtx): Source | null {
  const { ents, tokens, inQuote, j, left } = c;
  if (left?.value !== ',' || tokens[j - 1]?.value !== ')' || inQuote(j - 1)) return null;
  const b = beforeBrackets(tokens, j - 1);
  const mi = b < j - 1 ? mentionIndex(ents, b) : -1;
  if (mi < 0) return null;
  const m = ents.mentions[mi]!;
  const e = ents.entityOf[mi]!;
  // (A party label marks a politician: a person, not a firm named in a list, "with Shaw & Co. (R),".)
  if (m.kind !== 'name' || m.last !== b + 1 || tokens[m.first - 1]?.pos === 'ADP' || (e >= 0 ? ents.entities[e]!.type : m.type) !== 'person') return null;
  return fromMention(ents, mi, 'subject');
}

/** The name an apposition before the cue describes, or the phrase it describes. */
export function apposition(c: SourceCtx): Source | null {
  const { seg, ents, tokens, cue, inQuote, j, left } = c;
  // An apposition: "Mara Quist, a trade official during the talks, told".
  // (Before a participle, a phrase and its apposition are the object of the clause: "… for Donald
  // Trump, the front-runner, saying"; the clause's subject says it, below.)
  if (left && left.value === ',' && !inQuote(j) && !cue.lower.endsWith('ing')) {
    for (let k = j - 1; k >= Math.max(0, j - 40); k--) {
      const t = tokens[k]!;
      if (t.sentence !== cue.sentence && k < j - 1) break;
      // A title in quotation marks may stand in the apposition ("star of the show “Scandal,”"); speech may not.
      if (inQuote(k) || (QUOTE_MARK_LATIN.test(t.value) && !(seg.quoteOf[k]! >= 0) && !possessiveMark(tokens, k))) break;
      if (t.value === ',') {
        // "Sen. Paul Rand (R-Utah), a candidate, tweeted": a party label after the name.
        // ("The county inspector general, Ana Ruiz, said": "general" after a noun ends a title.)
        const b0 = beforeBrackets(tokens, k - 1);
        const b = tokens[b0]?.lower === 'general' && tokens[b0 - 1]?.pos === 'NOUN' && tokens[b0 - 1]!.sentence === tokens[b0]!.sentence ? b0 - 1 : b0;
        const before = tokens[b];
        if (before && !inQuote(b) && (mentionIndex(ents, b) >= 0 || before.pos === 'PROPN' || before.pos === 'NUM' || before.pos === 'NOUN')) {
          const np = nounPhraseEndingAt(seg, ents, before.pos === 'NUM' && tokens[b - 1]?.value === ',' ? b - 2 : b);
          // "The governor, Ana Ruiz, said", "One of the unions, the National Nurses
          // Council (NNC), said": a name in the apposition names the description before it.
          // ("The other candidate, former Governor Ana Ruiz, said": an adjective before the name's title.)
          let innerAt = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
          if (mentionIndex(ents, innerAt) < 0 && tokens[innerAt]?.pos === 'ADJ' && /^\p{Ll}/u.test(tokens[innerAt]!.value) && mentionIndex(ents, innerAt + 1) >= 0) innerAt++;
          const inner = mentionIndex(ents, innerAt);
          // The description is a name only when the name heads it: not "a Democrat" (one of a party),
          // nor "Chancellor Weber's spokesperson" (the possessor's voice, whose own name follows).
          // Nor a name inside a description's complement ("The director of Norway's Red Cross, Lena Berg,").
          const outerIsName = np !== null && np.mention >= 0 && ents.mentions[np.mention]!.kind === 'name' && ents.mentions[np.mention]!.last === np.last && !INDEFINITE.has(tokens[np.first - 1]?.lower ?? '') && !INDEFINITE.has(tokens[np.first]?.lower ?? '') && !insideComplement(seg, ents, np.first) && !objectOfParticiple(tokens, np.first);
          // "Vian, the editor of the paper, L'Osservatore Romano, said", "Cory James, 22, of Flint,
          // Mich., said": a chain of appositions describes the name that opens it.
          const head = np ? appositionHead(seg, ents, np.first, inQuote) : null;
          if (head) return head;
          if (np && !outerIsName && inner >= 0 && ents.mentions[inner]!.kind === 'name' && appositionEndsWith(tokens, ents.mentions[inner]!.last, j)) {
            return fromMention(ents, inner, 'subject');
          }
          if (np) return np;
        }
        break;
      }
      // A reduced relative ("a statement delivered via …") may stand in an apposition; a finite verb may not.
      // (Nor a gerund before its noun: "the party's platform drafting committee".)
      // ("one of the towns suing the state": a present participle after its noun describes it too.)
      const participle = (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && tokens[k - 1]?.pos === 'NOUN') || (t.pos === 'VERB' && /ing$/.test(t.lower) && tokens[k + 1]?.pos === 'NOUN') || reducedRelative(tokens, k);
      // (A word of a name the tagger took for a verb, "Paul Kern", is no verb.)
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !participle && !relativeClauseAt(tokens, k, j) && !(mentionIndex(ents, k) >= 0 && ents.mentions[mentionIndex(ents, k)]!.kind === 'name')) break;
    }
  }
  return null;
}
