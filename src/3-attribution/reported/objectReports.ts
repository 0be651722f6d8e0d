// Verbs whose object is the report: naming ("called it “a disaster”"), phrase cues ("called for a ban"), "spoke about", "agreed with", support ("backed her"), speech objects ("announced a plan").
import type { Span } from '../../model/span.js';
import type { ReportedSpan } from './reportedClause.js';
import { lowerBound, shortQuote, QUOTE_MARK } from '../scan.js';
import { WH_WORDS } from '../cues/verbClasses.data.js';
import { type OpenClause, objectPhrase, spanUntilStop, NP_START } from './clauseReader.js';
import { POSSESSIVES } from '../../vocabulary/pronouns.js';
import { PICTURES } from '../../vocabulary/documents.js';
import { PREPOSITION_OBJECT, NAMING_VERBS, OBJECT_CONTENT, STANCE_OBJECT, STANCE_NOT_OBJECT } from '../cues/verbClasses.data.js';


/**
 * The object reported by the cue's verb or phrase, null when the construction holds but has no
 * object, undefined when it does not apply. Every object but a name given ("called him a liar")
 * or a wh-clause ("complained about how …") is a `topic`: what the act was about, not words said.
 */
export function objectReport(c: OpenClause, start: number): ReportedSpan | null | undefined {
  const object = objectOf(c, start);
  if (!object) return object;
  return 'words' in object ? object.words : { ...object, topic: true };
}

/** A name given or a wh-clause comes as `words` (what was said); any other object is the topic of the act. */
function objectOf(c: OpenClause, start: number): ReportedSpan | { readonly words: ReportedSpan } | null | undefined {
  const { tokens, a, cue, after, next } = c;
  // "called the system “rotten to the core”": the named thing and the quoted name given to it.
  if (NAMING_VERBS.has(a.lemma) && NP_START.has(next.pos)) {
    const named = namedAs(c, after);
    if (named) return { words: named };
    // "called him a reckless opportunist", "labeled the plan unworkable": a name given with no quote.
    const bare = namedBare(c, after);
    if (bare) return { words: bare };
  }
  // "called for a ban", "referring to Obama", "talked about the border": a phrase cue that ends in its
  // preposition takes the object after it as its content.
  // ("called for reducing the tax", "called for increased spending": a gerund or a participle before its noun opens the object too.)
  const verbal = next.pos === 'VERB' && (next.lower.endsWith('ing') || (next.lower.endsWith('ed') && c.tokens[after + 1]?.pos === 'NOUN'));
  if (start < 0 && a.form === 'phrase' && a.complement.includes('object') && !cue.negated && (NP_START.has(next.pos) || verbal) && !(next.pos === 'PRON' && !POSSESSIVES.has(next.lower))) {
    const o = objectPhrase(c, after, 1);
    if (o) return o;
  }
  // "spoke about the need for border control", "complained about how …": what the talk was about.
  if (start < 0 && a.complement.includes('about') && next.lower === 'about' && !cue.negated) {
    const subject = tokens[after + 1];
    if (subject && WH_WORDS.has(subject.lower)) {
      const clause = spanUntilStop(c, after + 1);
      return clause && { words: clause };
    }
    if (subject && NP_START.has(subject.pos)) {
      const o = objectPhrase(c, after + 1, 1);
      if (o) return o;
    }
  }
  // "agreed with the analysis", "did not respond to requests for comment": the object of the verb's preposition.
  if (start < 0 && PREPOSITION_OBJECT.get(a.lemma) === next.lower) {
    const o = objectPhrase(c, after + 1, 1);
    if (o) return o;
  }
  // "supported Sanders", "oppose the ban", "backing her": what the source stands for or against.
  if (start < 0 && STANCE_OBJECT.has(a.lemma) && !cue.negated && (NP_START.has(next.pos) || next.pos === 'VERB' && next.lower.endsWith('ing')) && !STANCE_NOT_OBJECT.has(next.lower)) {
    return objectPhrase(c, after, 1);
  }
  // "criticized the decision", "announced a new plan": the object is what was said, for verbs whose object is speech.
  if (start < 0 && OBJECT_CONTENT.has(a.lemma) && !cue.negated && NP_START.has(next.pos) && !(next.pos === 'PRON' && !POSSESSIVES.has(next.lower)) && !picturedThing(c)) {
    return objectPhrase(c, after);
  }
  if (start < 0 && objectByLexicon(c)) {
    const o = objectPhrase(c, after);
    if (o) return o;
  }
  return undefined;
}

/**
 * "lamented the state of the race", "underscored the challenge": a speech cue whose lexicon row
 * says it takes an object reports that object, as the verbs of `OBJECT_CONTENT` do — not one
 * that also asks a question or an infinitive of its object ("asked him", "urged voters to"), whose
 * object is the addressee.
 */
function objectByLexicon(c: OpenClause): boolean {
  const { a, cue, next } = c;
  // (Naming verbs have their own construction above; a participle's source is only inherited:
  // "…, lambasting the plan" is left to the rows that list it.)
  if (NAMING_VERBS.has(a.lemma) || cue.lower.endsWith('ing')) return false;
  if (a.kind !== 'speech' || a.confidence < OBJECT_BY_LEXICON_MIN_CONFIDENCE || !a.complement.includes('object') || a.complement.includes('wh') || a.complement.includes('to') || a.complement.includes('object-that')) return false;
  return !cue.negated && NP_START.has(next.pos) && !(next.pos === 'PRON' && !POSSESSIVES.has(next.lower)) && !picturedThing(c);
}

/**
 * Rows less sure than this ("defended the measure", 0.6) report their object only when
 * `OBJECT_CONTENT` lists them: their object is more often an act's than a report's.
 */
export const OBJECT_BY_LEXICON_MIN_CONFIDENCE = 0.7;

export function namedAs(c: OpenClause, from: number): ReportedSpan | null {
  const { seg, tokens, sentence } = c;
  for (let k = from + 1; k < Math.min(sentence!.last, from + 9); k++) {
    const t = tokens[k]!;
    const qk = seg.quoteOf[k]!;
    if (qk >= 0 && QUOTE_MARK.test(t.value)) {
      const q = seg.quotes[qk]!;
      if (q.open < t.start || q.runsOn) return null;
      // A name of a few words stays a partial quote of its own ("called it “a disaster”"), inside
      // the report of the thing named and its name.
      // ("called her a “crook” who is “past saving”": to the end of the clause.)
      // (Not past a prepositional adjunct of the verb: "called them “cowards” on Sunday".)
      if (shortQuote(seg, qk)) {
        const rest = tokens[lowerBound(tokens, q.close + 1)]?.pos === 'ADP' ? null : spanUntilStop(c, from);
        return { start: tokens[from]!.start, end: Math.max(q.close + 1, rest?.end ?? 0), quotesOwn: true, namedOnly: true };
      }
      return { start: tokens[from]!.start, end: q.close + 1 };
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
  }
  return null;
}

/** Object pronouns a naming verb names: "called him …". */
/** "call it a day", "call it a night": idioms, no names. */
const IDIOM_NAMES = new Set(['day', 'night']);
const NAMED_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you']);

/**
 * "called him a reckless opportunist", "dubbed the plan unworkable": an object (a pronoun or a
 * short noun phrase) right after the naming verb, then the name given to it, an adjective or a
 * noun phrase with "a"/"an". The object and the name are the report. Null when the words after
 * the object are no such name ("called the police on Friday", "called her mother").
 */
export function namedBare(c: OpenClause, from: number): Span | null {
  const { tokens, sentence } = c;
  const last = sentence!.last;
  let k = from;
  if (NAMED_PRONOUNS.has(tokens[k]!.lower)) k++;
  else {
    if (tokens[k]!.pos === 'DET' || POSSESSIVES.has(tokens[k]!.lower)) k++;
    const head = k;
    let noun = false;
    // (An adjective after the noun is the name: "called the decision reckless".)
    while (k < Math.min(last, head + 4) && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || tokens[k]!.lower === "'s" || tokens[k]!.lower === '\u2019s' || (tokens[k]!.pos === 'ADJ' && !noun))) {
      noun ||= tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN';
      k++;
    }
    if (!noun) return null;
  }
  const name = tokens[k];
  if (!name || k >= last) return null;
  const article = name.lower === 'a' || name.lower === 'an';
  if (!article && name.pos !== 'ADJ') return null;
  // The name needs a word of its own after an article ("a liar"), and an adjective stands alone or before a noun.
  const word = tokens[k + 1];
  if (article && (!word || (word.pos !== 'ADJ' && word.pos !== 'NOUN' && word.pos !== 'PROPN') || IDIOM_NAMES.has(word.lower))) return null;
  const span = spanUntilStop(c, from);
  if (!span) return null;
  // "called him divisive and accused him of lying": a second verb ends the name.
  for (let x = k + 1; x < last && tokens[x]!.start < span.end; x++) {
    if (tokens[x]!.pos === 'CCONJ' && (tokens[x + 1]?.pos === 'VERB' || tokens[x + 1]?.pos === 'AUX')) return { start: span.start, end: tokens[x - 1]!.end };
  }
  return span;
}

/** Is the cue an evidence verb ("show", "find") whose subject is a picture ("the footage shows the crowd")? */
export function picturedThing(c: OpenClause): boolean {
  const { tokens, a, source } = c;
  if (a.lemma !== 'show' && a.lemma !== 'find' && a.lemma !== 'demonstrate') return false;
  for (let k = Math.max(0, source.first); k < Math.min(a.first, source.last + 1); k++) if (PICTURES.has(tokens[k]!.lemma)) return true;
  return false;
}
