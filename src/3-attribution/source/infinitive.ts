// The speaker of a cue in a to-infinitive: "Reyes was quick to point out", "the ruling led voters to say".
import type { Token } from '../../adapters/wink.js';
import { mentionIndex } from '../../2-entities/resolve.js';
import { COUNTING_QUANTIFIERS } from '../../vocabulary/quantifiers.js';
import { PERIODS } from '../../vocabulary/time.js';
import { DOCUMENTS, MEDIA_NOUNS } from '../../vocabulary/documents.js';
import { OBJECT_CONTROL_VERBS } from '../../vocabulary/stanceVerbs.js';
import type { Source, SourceCtx } from '../source.js';
import { findSource } from '../source.js';
import { SUBJECT_FALLBACK_MIN_CONFIDENCE } from '../sieves/07-reportedSpeech.js';
import { finiteVerbBefore, nounPhraseEndingAt, speakerLike } from './nounPhrase.js';

/**
 * A cue after "to" is spoken by the one who controls the infinitive. The people named right
 * before "to" when they can speak ("letting members vote", "led the clerks to say", "a push
 * on her to say", "for him to argue"); else the subject of the nearest finite verb before it
 * ("Reyes has failed to answer", "Price was slow to back", "the mayor will have a
 * last turn on Friday to mock", "Fans have gone online to complain"). After
 * a preposition only a pronoun controls ("rushing to the network to say" is the rushers', "a
 * meeting of farmers to discuss" the meeting's). Null when "to" opens its sentence (an opening participle, `openingParticiple`)
 * or no subject is found; the construction is tried after all the others.
 */
export function infinitiveController(c: SourceCtx): Source | null {
  const { seg, ents, anchors, a, speech, depth, tokens, cue, inQuote, j, left } = c;
  if (!left || left.lower !== 'to' || left.pos !== 'PART' || depth > 0 || inQuote(j)) return null;
  const before = tokens[j - 1];
  if (!before || before.sentence !== cue.sentence) return null;
  const np = nounPhraseEndingAt(seg, ents, j - 1);
  if (np && np.mention >= 0 && speakerLike(ents, np)) {
    const m = ents.mentions[np.mention]!;
    const preceding = tokens[np.first - 1]?.pos === 'DET' ? tokens[np.first - 2] : tokens[np.first - 1];
    if (preceding?.pos !== 'ADP' || m.kind === 'pronoun') return np;
  }
  // "The delay led some to speculate", "the ruling caused many to wonder", "allowing users to
  // tell": people the entity stage left unmarked, as the object of the verb before them.
  const object = objectController(tokens, np, j);
  if (object) return object;
  // (A weak cue, which the reported-speech sieve drops when no subject reaches it, gains none this far away.)
  if (a.confidence < SUBJECT_FALLBACK_MIN_CONFIDENCE) return null;
  const verb = finiteVerbBefore(seg, ents, j, inQuote);
  // ("The unions are to blame", "her job is to advise": a copula right before "to" makes no one speak.)
  if (verb < 0 || mentionIndex(ents, verb) >= 0 || (verb === j - 1 && tokens[verb]!.pos === 'AUX')) return null;
  const s = findSource(seg, ents, anchors, { ...a, first: verb, last: verb + 1, form: 'verb', inversion: false, source: 'subject' }, speech, depth + 1);
  // ("It is hard to say …": an empty "it" speaks for no one.)
  if (!s || (s.mention >= 0 && (!speakerLike(ents, s) || ents.mentions[s.mention]!.expletive === true))) return null;
  return { ...s, how: 'inherited' };
}

/**
 * The object of a verb right before "to" (token j) that names people the entity stage left
 * unmarked: a counting quantifier alone ("led some to speculate", "caused many to wonder") or a
 * plural common noun ("allowing users to tell"). Such an object controls the infinitive
 * after a verb of OBJECT_CONTROL_VERBS ("persuade", "lead", "allow", "cause", "urge"; not "promise",
 * whose subject keeps it, nor "toured factories to announce").
 * Null otherwise: a thing ("gave Lee a chance to say") or a singular noun is no controller.
 */
function objectController(tokens: readonly Token[], np: Source | null, j: number): Source | null {
  const word = tokens[j - 1]!;
  const quantifier = COUNTING_QUANTIFIERS.has(word.lower) && /^\p{Ll}/u.test(word.value);
  const phrase: Source | null = quantifier ? { span: { start: word.start, end: word.end }, mention: -1, first: j - 1, last: j, how: 'subject' } : np && np.mention < 0 && np.last === j ? np : null;
  if (!phrase) return null;
  const head = tokens[phrase.last - 1]!;
  if (!quantifier && !(head.pos === 'NOUN' && /^\p{Ll}+$/u.test(head.value) && /[^su]s$/.test(head.lower) && !PERIODS.has(head.lower.slice(0, -1)) && !DOCUMENTS.has(head.lower) && !MEDIA_NOUNS.has(head.lower))) return null;
  let v = phrase.first - 1;
  if (tokens[v]?.pos === 'DET' && !quantifier) v--;
  const verb = tokens[v];
  // ("toured factories to announce …": a verb that controls no object leaves the subject speaking.)
  return verb && verb.pos === 'VERB' && verb.sentence === word.sentence && OBJECT_CONTROL_VERBS.has(verb.lemma) ? phrase : null;
}
