// A cue that continues a clause takes that clause's source: "X criticized the plan in a statement", "…, claiming …", "… and added", "Having announced …, Judge Berman".
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Anchor } from '../anchors.js';
import type { Source, SourceCtx } from '../source.js';
import { findSource } from '../source.js';
import { QUOTE_MARK_LATIN } from '../../vocabulary/punctuation.js';
import { POSSESSIVES, RELATIVE_PRONOUNS } from '../../vocabulary/pronouns.js';
import { SUBORDINATORS } from '../reported/clauseReader.js';
import { QUESTION_VERBS } from '../cues/verbClasses.data.js';
import { dashBetween, finiteVerbBefore, fromMention, mainClauseVerb, nounPhraseAt, speakerLike } from './nounPhrase.js';


/** Words that may open a sentence before a participle cue: "After saying …", "Having announced …", "Continuing to explain …". */
export const PARTICIPLE_OPENERS = new Set(['after', 'before', 'since', 'in', 'while', 'when', 'by', 'upon', 'on', 'despite', 'without', 'having', 'continuing', 'to', 'not', 'also', 'first', 'again', 'even', 'addition']);

export function opensItsSentence(tokens: readonly Token[], first: number, cue: number): boolean {
  // (The space or the mark a sentence starts with is no word: "\n\nHaving said that, …".)
  while (first < cue && (tokens[first]!.pos === 'SPACE' || tokens[first]!.pos === 'PUNCT')) first++;
  if (cue - first > 3) return false;
  for (let k = first; k < cue; k++) if (!PARTICIPLE_OPENERS.has(tokens[k]!.lower)) return false;
  return true;
}

/** How deep in the search for an earlier cue's source the verb of its clause is still read. */
const MAX_VERB_DEPTH = 1;

/** A participle or a second verb continues the clause before it: "…, claiming …", "… and added". */
export function continuedClause(c: SourceCtx): Source | null {
  const { seg, ents, anchors, a, speech, depth, tokens, cue, inQuote, j, left } = c;
  // A participle or a second verb continues the clause before it: "…, claiming …", "… and added".
  const continues = left && (left.value === ',' || left.lower === 'and' || left.lower === 'but' || QUOTE_MARK_LATIN.test(left.value) || inQuote(j));
  if (continues || cue.lower.endsWith('ing')) {
    // The subject of the nearest finite verb before the cue, when no earlier cue stands after it:
    // "Ruiz, who is a farmer, also opposed the tax, noting …", "Holt praised Adler, calling …".
    const linked = left?.value === ',' || left?.lower === 'and' || left?.lower === 'but';
    // ("… and said", "… but said": a verb coordinated with the one before shares its subject.)
    const coordinated = left?.lower === 'and' || left?.lower === 'but';
    // (Also for the earlier cue that a second one inherits from, one level down: in "Lee visited the
    // port, thanking the crews and accusing the mayor", "accusing" takes the source of "thanking",
    // which is the subject of "visited", not the first name of the sentence. `findSource` stops the
    // recursion two levels down.)
    const verb = depth > MAX_VERB_DEPTH ? -1 : linked ? mainClauseVerb(seg, ents, a.first, inQuote) : finiteVerbBefore(seg, ents, a.first, inQuote);
    const prior = anchors[a.index - 1];
    // (An earlier cue after that verb takes over, unless it is only an adjunct: "in a tweet".)
    // ("…, according to X, and said …": an aside whose source follows it is an adjunct too.)
    const priorClause = prior && tokens[prior.first]!.sentence === cue.sentence && prior.last > verb && prior.form !== 'noun' && !(prior.form === 'phrase' && tokens[prior.first]!.pos === 'ADP') && prior.source !== 'after';
    // (Not when that cue's clause is the object of the main verb: "Byrne wrote the guards knew …, saying".)
    const nested = priorClause && linked && verb >= 0 && insideVerbPhrase(seg, ents, anchors, prior, speech, depth, verb);
    if (verb >= 0 && (!priorClause || nested)) {
      const s = passiveSubject(c, coordinated, findSource(seg, ents, anchors, { ...a, first: verb, last: verb + 1, form: 'verb', inversion: false, source: 'subject' }, speech, depth + 1));
      if (s && (nested ? s.mention >= 0 && speakerLike(ents, s) : s.mention < 0 || speakerLike(ents, s))) return { ...s, how: 'inherited' };
    }
    // The nearest earlier cue of the sentence with a source of its own (a few back at most:
    // a sentence of nothing but cues must stay linear).
    for (let b = a.index - 1; b >= Math.max(0, a.index - 3); b--) {
      const prev = anchors[b]!;
      if (tokens[prev.first]!.sentence !== cue.sentence) break;
      if (prev.source === 'after') continue;
      const s = passiveSubject(c, coordinated, findSource(seg, ents, anchors, prev, speech, depth + 1));
      if (s) return { ...s, how: 'inherited' };
    }
    // Else the subject of the clause: the nearest mention before the cue that stands before its verb
    // ("When she arrived she opened by saying"), or the sentence's first mention.
    const sentence = seg.doc.sentences[cue.sentence];
    if (sentence && (cue.lower.endsWith('ing') || left?.lower === 'and' || left?.lower === 'but')) {
      for (let k = a.first - 1; k >= sentence.first; k--) {
        const mi = mentionIndex(ents, k);
        if (mi >= 0 && !inQuote(k) && ents.mentions[mi]!.subject && ents.mentions[mi]!.last <= a.first) return fromMention(ents, mi, 'inherited');
      }
      for (let k = sentence.first; k < a.first; k++) {
        const t = tokens[k]!;
        if (inQuote(k)) continue;
        if (mentionIndex(ents, k) >= 0) return { ...fromMention(ents, mentionIndex(ents, k), 'inherited') };
        if (t.pos === 'VERB' || t.pos === 'AUX') break;
      }
    }
  }
  return null;
}

/**
 * "The mayor was praised by the union and said …": the clause that a coordinated verb continues is a passive, whose
 * "by" agent is the source of the passive cue only; the verb after it has the passive's subject
 * ("the mayor"), which is read from the form of "be" (`Source.passiveBe`). Null when that
 * subject is no one who can speak; any other source is returned as it is.
 */
function passiveSubject(c: SourceCtx, coordinated: boolean, s: Source | null): Source | null {
  if (!s || s.passiveBe === undefined || !coordinated) return s;
  const { seg, ents, anchors, a, speech, depth } = c;
  const subject = findSource(seg, ents, anchors, { ...a, first: s.passiveBe, last: s.passiveBe + 1, form: 'verb', inversion: false, source: 'subject' }, speech, depth + 1);
  return subject && (subject.mention < 0 || speakerLike(ents, subject)) ? subject : null;
}

/**
 * Does the source of an earlier cue stand inside the phrase of the main verb at token `verb`, as
 * (part of) its object or a bare complement clause: "Byrne also wrote the guards knew …, saying",
 * "Quist sent a short note to the club, saying", "Holt asked why Reyes had not spoken,
 * implying"? Then a participle or a second verb after a comma continues the main clause, not
 * the earlier cue. Not when a subordinator, a relative pronoun, punctuation or a quote mark
 * stands between: an adverbial or relative clause is continued itself ("after her fans attacked
 * her and questioned …", "because he favors the law and opposes …", "in which he was booed …").
 */
function insideVerbPhrase(seg: Segmentation, ents: EntityIndex, anchors: readonly Anchor[], prior: Anchor, speech: ReadonlySet<number>, depth: number, verb: number): boolean {
  const tokens = seg.doc.tokens;
  const ps = findSource(seg, ents, anchors, prior, speech, depth + 1);
  if (!ps || ps.first <= verb || ps.how === 'inverted') return false;
  for (let k = verb + 1; k < ps.first; k++) {
    const t = tokens[k]!;
    if (SUBORDINATORS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'whose' || t.lower === 'where' || t.pos === 'PUNCT' || QUOTE_MARK_LATIN.test(t.value) || seg.quoteOf[k]! >= 0) return false;
  }
  return true;
}

/** "Having said that …, Judge Lund went on": a participle opening its sentence takes the main clause's subject. */
export function openingParticiple(c: SourceCtx): Source | null {
  const { seg, ents, a, tokens, cue, inQuote } = c;
  // "Having said that …, Judge Lund went on": a participle opening its sentence takes the main clause's subject.
  // So does one after a preposition or a subordinator: "After blasting the report, Glenn Beck
  // doubled down", "Since announcing in October …, Mr. Biden has been", "Continuing to explain …, Carson".
  const sentence = seg.doc.sentences[cue.sentence];
  if (sentence && opensItsSentence(tokens, sentence.first, a.first) && (/(?:ing|ed)$/.test(cue.lower) || tokens[a.first - 1]?.lower === 'to')) {
    // "Asked whether the bridge would reopen, the mayor said …": a passive participle of asking
    // makes the main clause's subject the one asked; the question is the asker's (a reporter's),
    // not the subject's report. ("Having asked whether …, she said" is active: she asked.)
    if (QUESTION_VERBS.has(a.lemma) && cue.lower.endsWith('ed') && tokens[a.first - 1]?.lower !== 'having') return null;
    for (let k = a.last; k < sentence.last; k++) {
      if (tokens[k]!.value !== ',' || inQuote(k)) continue;
      // "After greeting the voters, who waved flags, she praised …": past a relative clause.
      if (RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? '')) continue;
      // ("…, his team is suggesting": a possessor opens the subject, which is the phrase it opens.)
      const mi = POSSESSIVES.has(tokens[k + 1]?.lower ?? '') ? -1 : mentionIndex(ents, k + 1) >= 0 ? mentionIndex(ents, k + 1) : mentionIndex(ents, k + 2);
      if (mi >= 0 && ents.mentions[mi]!.subject) return fromMention(ents, mi, 'inherited');
      // A subject the entity stage left alone: "…, the man ended up …".
      const np = mi < 0 ? nounPhraseAt(seg, ents, k + 1, 'inherited') : null;
      if (np && (np.mention < 0 || POSSESSIVES.has(tokens[k + 1]!.lower)) && (tokens[np.last]?.pos === 'VERB' || tokens[np.last]?.pos === 'AUX')) return np;
      break;
    }
  }
  return null;
}

/** "X criticized the plan in a statement", "Ruiz sent a short reply to the board: “…”": a phrase cue opened by a preposition (or a colon after a clause) is an adjunct; the subject of its verb is the source. */
export function adjunctPhraseSource(seg: Segmentation, ents: EntityIndex, anchors: readonly Anchor[], a: Anchor, speech: ReadonlySet<number>, depth: number): Source | null {
  const tokens = seg.doc.tokens;
  const cue = tokens[a.first]!;
  const colonAfterClause = a.lemma === ':' && !dashBetween(tokens, a.first);
  if (a.form === 'phrase' && (cue.pos === 'ADP' || colonAfterClause) && depth <= 1) {
    const inQuoted = (k: number) => seg.quoteOf[k]! >= 0 && speech.has(seg.quoteOf[k]!);
    const verb = finiteVerbBefore(seg, ents, a.first, inQuoted);
    if (verb >= 0) {
      const s = findSource(seg, ents, anchors, { ...a, first: verb, last: verb + 1, form: 'verb', inversion: false, source: 'subject' }, speech, depth + 1);
      if (s) return { ...s, how: 'inherited' };
    }
  }
  return null;
}
