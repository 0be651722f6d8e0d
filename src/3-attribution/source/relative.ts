// Relative clauses: "X, who said …", "The man who Price praised said", "Nora Vance, who ran a bakery in Dayton, Ohio, said".
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Source, SourceCtx } from '../source.js';
import { QUOTE_MARK_LATIN } from '../../vocabulary/punctuation.js';
import { CLAUSE_START, beforeBrackets, fromMention, nounPhraseEndingAt, speakerLike } from './nounPhrase.js';
import { DASH_ASIDE } from '../../vocabulary/punctuation.js';
import { PARTITIVE_QUANTIFIERS } from '../../vocabulary/quantifiers.js';
import { appositionHead } from './apposition.js';
import { timeAdjunctEndingAt } from '../../vocabulary/timeAdjunct.js';
import { commonNounType } from '../../2-entities/resolution/commonNounType.js';
import { NP_START } from '../../vocabulary/tags.js';

/**
 * The antecedent of a relative clause that ends with the phrase starting at token `from`:
 * "aides who talked to the Ledger", "groups that have endorsed him" — the relative pronoun,
 * a verb after it, and a noun phrase before it.
 */
export function relativeAntecedent(seg: Segmentation, ents: EntityIndex, from: number, inQuote: (k: number) => boolean): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[from]!.sentence;
  // "Economists who favor sales taxes agree": right after "who" a verb stands, whatever the tagger
  // made of it; the phrase read from it is the relative clause, and the antecedent speaks.
  const who = tokens[from - 1];
  if (who?.lower === 'who' && who.sentence === sentence && !inQuote(from - 1) && /^\p{Ll}/u.test(tokens[from]!.value) && tokens[from]!.pos !== 'PRON') {
    const np = nounPhraseEndingAt(seg, ents, from - 2);
    const head = tokens[from - 2];
    if (np && head && head.sentence === sentence && (head.pos === 'NOUN' || head.pos === 'PROPN' || mentionIndex(ents, from - 2) >= 0) && (np.mention < 0 || speakerLike(ents, np))) return np;
  }
  let verb = false;
  for (let k = from - 1; k > 0 && from - k < 12; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || inQuote(k) || t.pos === 'PUNCT') return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') { verb = true; continue; }
    if (t.lower !== 'who' && t.lower !== 'that') {
      if (CLAUSE_START.has(t.lower) || t.pos === 'SCONJ') return null;
      continue;
    }
    if (!verb || k + 1 > from - 1) return null;
    const np = nounPhraseEndingAt(seg, ents, k - 1);
    if (!np || (np.mention >= 0 && !speakerLike(ents, np))) return null;
    const head = tokens[k - 1]!;
    // "that" after a verb opens a complement ("argued that"), not a relative clause.
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && mentionIndex(ents, k - 1) < 0) return null;
    return np;
  }
  return null;
}

/**
 * The comma opening a relative clause (", who", ", whose", ", which") that runs to the comma j
 * before a cue, within the sentence: -1 when a sentence break, a semicolon or a speech quote
 * comes first.
 */
export function relativeOpenerBefore(tokens: readonly Token[], j: number, inQuote: (k: number) => boolean): number {
  for (let k = j - 2; k > 0 && j - k < 50; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[j]!.sentence || t.value === ';' || inQuote(k)) return -1;
    if (t.value === ',' && ['who', 'whose', 'which'].includes(tokens[k + 1]?.lower ?? '')) return k;
  }
  return -1;
}

/**
 * The relative pronoun a cue at token `cue` belongs to, named by its antecedent: "who" (or
 * "which") opening a subject relative aside in the same clause run as the cue, with a verb
 * right after it, and neither a comma, dash, quote nor another subject between it and the cue
 * ("Sanders - who digested his defeat and discussed a path ahead").
 */
export function relativeSubjectOf(seg: Segmentation, ents: EntityIndex, cue: number, speech: ReadonlySet<number>): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[cue]!.sentence;
  // "Ms. Adler, who last year threatened …": a time between the pronoun and its verb.
  const time = timeAdjunctEndingAt(tokens, cue - 1);
  const verbAt = time > 0 && (tokens[time - 1]?.lower === 'who' || tokens[time - 1]?.lower === 'which') ? time : cue;
  let aside = false;
  for (let k = verbAt - 1; k > 0 && cue - k < 25; k--) {
    let t = tokens[k]!;
    if (t.value === ',' && t.sentence === sentence) {
      // "Maher, who backs Sanders, but has dismissed …": a second verb of the relative clause.
      // (Not ", and": "…, which let him go, and said" goes back to the main clause.)
      if (k + 1 < verbAt && tokens[k + 1]!.lower === 'but' && k !== verbAt - 1) continue;
      // "Amsel, who, after a long quarrel with the host, said": an aside right after the pronoun.
      const who = k === verbAt - 1 ? asideAfterRelative(tokens, k, sentence) : -1;
      if (who < 0) return null;
      k = who;
      t = tokens[k]!;
      aside = true;
    }
    if (t.sentence !== sentence || t.value === ',' || t.value === ';' || (t.pos === 'PUNCT' && DASH_ASIDE.test(t.value)) || QUOTE_MARK_LATIN.test(t.value) || (seg.quoteOf[k]! >= 0 && speech.has(seg.quoteOf[k]!))) return null;
    if (k === verbAt - 1 && t.lower !== 'and' && t.pos !== 'ADV' && t.pos !== 'AUX' && t.lower !== 'who' && t.lower !== 'which') return null;
    if (t.lower !== 'who' && t.lower !== 'which') continue;
    const next = tokens[k + 1]!;
    if (!aside && k + 1 !== verbAt && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV' && !phraseBeforeVerb(tokens, k + 1, verbAt)) return null;
    // Only an aside set off by a comma or a dash: "Voters who said they were undecided" is a description.
    const before = tokens[k - 1]!;
    if (!(before.value === ',' || (before.pos === 'PUNCT' && /^[\u2014\u2013-]{1,2}$/.test(before.value)))) return null;
    // ("the marchers here, who …": a place adverb after the antecedent.)
    const end = HERE_THERE.has(tokens[k - 2]?.lower ?? '') ? k - 3 : k - 2;
    const climbed = nounPhraseEndingAt(seg, ents, beforeBrackets(tokens, end));
    const phrase = t.lower === 'who' && climbed && climbed.mention < 0 && commonNounType(seg.doc.text.slice(climbed.span.start, climbed.span.end), 'person') === 'thing' ? peopleEndingAt(ents, tokens, end) ?? climbed : climbed;
    // "McConnell, now the majority leader, who said": an apposition names the person before it.
    const inQuote = (x: number) => seg.quoteOf[x]! >= 0 && speech.has(seg.quoteOf[x]!);
    const antecedent = phrase && phrase.mention >= 0 && ents.mentions[phrase.mention]!.kind !== 'name' ? appositionHead(seg, ents, phrase.first, inQuote) ?? phrase : phrase;
    if (!antecedent || (antecedent.mention >= 0 && !speakerLike(ents, antecedent))) return null;
    return { ...antecedent, span: { start: t.start, end: t.end }, named: antecedent.named ?? antecedent.span, how: 'subject' };
  }
  return null;
}

/**
 * "Quist, who in her youth had voiced …", "Lowe, who through her office declined …": a
 * prepositional phrase right after the relative pronoun, then the verb group of the cue at token
 * `verbAt` (auxiliaries and adverbs only after the phrase). Its words: a preposition, then
 * determiners, adjectives, nouns and numbers.
 */
function phraseBeforeVerb(tokens: readonly Token[], from: number, verbAt: number): boolean {
  if (tokens[from]!.pos !== 'ADP') return false;
  let k = from + 1;
  while (k < verbAt && NP_START.has(tokens[k]!.pos)) k++;
  if (k === from + 1) return false;
  while (k < verbAt && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  return k === verbAt;
}
/**
 * "a focal point for marchers, who …": "who" stands for people, so when the head the phrase climbs
 * to names a thing, the mention that can speak or the plural noun run right before "who" (after
 * its preposition) is the antecedent. Null when there is neither.
 */
function peopleEndingAt(ents: EntityIndex, tokens: readonly Token[], end: number): Source | null {
  // ("a victory for the mayor, who …": a mention that can speak.)
  const mi = mentionIndex(ents, end);
  if (mi >= 0 && ents.mentions[mi]!.last === end + 1 && speakerLike(ents, fromMention(ents, mi, 'subject'))) return fromMention(ents, mi, 'subject');
  const head = tokens[end];
  if (!head || head.pos !== 'NOUN' || !/[^s]s$/.test(head.lower)) return null;
  let first = end;
  while (first > 0 && end - first < 3 && (tokens[first - 1]!.pos === 'NOUN' || tokens[first - 1]!.pos === 'ADJ') && tokens[first - 1]!.sentence === head.sentence) first--;
  if (tokens[first - 1]?.pos !== 'ADP') return null;
  return { span: { start: tokens[first]!.start, end: head.end }, mention: -1, first, last: end + 1, how: 'subject' };
}

/** Place adverbs that may follow a relative clause's antecedent ("the marchers here, who …"). */
const HERE_THERE: ReadonlySet<string> = new Set(['here', 'there']);

/**
 * The relative pronoun opening an aside that closes with the comma at token `close` ("who, after
 * a long quarrel with the host, said"): "who" or "which", then a comma, then the aside with no
 * other comma, within the sentence. Its token index, or -1.
 */
function asideAfterRelative(tokens: readonly Token[], close: number, sentence: number): number {
  for (let x = close - 1; x > 1 && close - x < 20; x--) {
    const t = tokens[x]!;
    if (t.sentence !== sentence || t.value === ';' || QUOTE_MARK_LATIN.test(t.value)) return -1;
    if (t.value !== ',') continue;
    const who = tokens[x - 1]!;
    return (who.lower === 'who' || who.lower === 'which') && x + 1 < close ? x - 1 : -1;
  }
  return -1;
}

/** "The man who Price praised on Friday said": a relative clause with its own subject and verb. */
export function relativeWithOwnSubject(c: SourceCtx): Source | null {
  const { seg, ents, a, inQuote, j, left } = c;
  // "The man who Price praised on Friday said": a relative clause with its own subject and verb.
  if (left && left.pos === 'VERB' && a.form === 'verb' && !inQuote(j)) {
    const antecedent = relativeAntecedent(seg, ents, j + 1, inQuote);
    if (antecedent) return antecedent;
  }
  return null;
}

/** A relative clause with commas of its own: "Nora Vance, who ran a bakery in Dayton, Ohio, for years, said". */
export function relativeWithCommas(c: SourceCtx): Source | null {
  const { seg, ents, tokens, cue, inQuote, j, left } = c;
  // A relative clause with commas of its own: "Nora Vance, who ran a bakery in Dayton,
  // Ohio, for years, said", "Mr. Olsen, whose firm, Brightline, sells software, said".
  if (left && left.value === ',' && !inQuote(j) && !cue.lower.endsWith('ing')) {
    const opener = relativeOpenerBefore(tokens, j, inQuote);
    // "Drevia, whose foreign minister, Anton Brezic, had said": with no verb before the cue, the cue
    // is the relative clause's own; its subject is the possessed noun, named in apposition.
    if (opener > 0 && tokens[opener + 1]!.lower === 'whose') {
      let verb = false;
      for (let k = opener + 2; k < j && !verb; k++) verb = tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX';
      if (!verb) return possessedNamed(ents, tokens, opener + 2, j);
    }
    const np = opener > 0 ? nounPhraseEndingAt(seg, ents, beforeBrackets(tokens, opener - 1)) : null;
    if (np && (np.mention < 0 || speakerLike(ents, np))) return appositionHead(seg, ents, np.first, inQuote) ?? np;
  }
  return null;
}

/** The name in apposition inside "whose N, Name," (tokens from..to): the subject of the relative clause; null if none. */
function possessedNamed(ents: EntityIndex, tokens: readonly Token[], from: number, to: number): Source | null {
  for (let k = from; k < to; k++) {
    const mi = mentionIndex(ents, k);
    if (mi >= 0 && ents.mentions[mi]!.kind === 'name' && tokens[k - 1]?.value === ',') return fromMention(ents, mi, 'subject');
  }
  return null;
}

/**
 * "95 retired officers -- most of whom had announced their support --", "the families, many of
 * whom say …": a share of a relative pronoun speaks for part of its antecedent, the phrase before
 * the comma or dash. The span is the share ("most of whom"), the speaker the antecedent.
 */
export function quantifiedRelative(c: SourceCtx): Source | null {
  const { seg, ents, tokens, cue, inQuote, j, left } = c;
  if (!left || (left.lower !== 'whom' && left.lower !== 'which') || tokens[j - 1]?.lower !== 'of' || inQuote(j)) return null;
  const share = tokens[j - 2];
  if (!share || !(PARTITIVE_QUANTIFIERS.has(share.lower) || share.pos === 'NUM')) return null;
  const opener = tokens[j - 3];
  if (!opener || opener.sentence !== cue.sentence || !(opener.value === ',' || (opener.pos === 'PUNCT' && DASH_ASIDE.test(opener.value)))) return null;
  const antecedent = nounPhraseEndingAt(seg, ents, beforeBrackets(tokens, j - 4));
  if (!antecedent || (antecedent.mention >= 0 && !speakerLike(ents, antecedent)) || tokens[antecedent.first]!.sentence !== cue.sentence) return null;
  return { ...antecedent, span: { start: share.start, end: left.end }, named: antecedent.named ?? antecedent.span, how: 'subject' };
}
