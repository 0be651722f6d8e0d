/**
 * The prepObject check of the acceptance pin (badSpeakers.test.ts): is a speaker mention the object
 * of a preposition inside the subject phrase ("the judges in the cases would rule" crediting "the
 * cases")? A mention right after a preposition counts, except where the construction makes the
 * preposition's object the speaker itself, outside any subject phrase (each below says which and
 * why); those exceptions are tested by prepObject.test.ts. Counts only: no evaluation text here.
 */

const PREPOSITION_BEFORE = /\b(?:of|at|from|for|with|in|on|to)\s+(?:the\s+|a\s+|an\s+)?$/i;
const ACCORDING_TO = /according\s+to\s+(?:the\s+|a\s+|an\s+)?$/i;
const POSSESSOR = /^['\u2019]s?\b/;
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
/**
 * A host handing the floor over: "let me go to Dana Reyes", "we'll go over to Lin". The object of
 * "to" is the questioner, the speaker of the transcript turn that follows, not part of a subject.
 */
const HAND_OVER = /\bgo\s+(?:over\s+)?to\s+(?:the\s+)?$/i;
/**
 * A recording of someone speaking: "footage of the mayor saying", "a clip of Reyes asking". The
 * object of "of" performs the participle right after it (the recording shows its speaker).
 */
const RECORDING_OF = /\b(?:footage|video|videos|clip|clips|recording|recordings|tape|tapes|audio)\s+of\s+(?:the\s+|a\s+|an\s+)?$/i;
/**
 * The absolute construction "with <noun phrase> <participle>" opening a sentence or after a comma:
 * ", with aides insisting …", "With the union warning …". Its noun phrase is the subject of
 * the participle (the cue right after it, past adverbs), not a preposition's object in a subject.
 */
const ABSOLUTE_WITH = /(?:^|[,;:\u2014\u2013-]\s*|[.!?]\s+)with\s+(?:the\s+|a\s+|an\s+)?$/i;
const ONLY_ADVERBS = /^\s*(?:\p{Ll}+ly\s+)*$/u;

export interface SpokenAt {
  /** The speaker mention and the cue, as offsets into `text`; `kind` is the utterance's kind. */
  readonly mention: { readonly start: number; readonly end: number };
  readonly cue?: { readonly start: number; readonly end: number };
  readonly kind: string;
}

/** Is the speaker mention the object of a preposition inside the subject phrase? */
export function prepObjectSpeaker(text: string, u: SpokenAt): boolean {
  const m = u.mention;
  // (A possessor is no object of the preposition before it: "examples of Lee's remarks" credits Lee.)
  if (POSSESSOR.test(text.slice(m.end, m.end + 2)) || POSSESSIVE_PRONOUNS.has(text.slice(m.start, m.end).toLowerCase())) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const prep = PREPOSITION_BEFORE.exec(before);
  if (!prep || ACCORDING_TO.test(before)) return false;
  const prepStart = m.start - before.length + prep.index;
  // A cue that is itself the prepositional phrase ("In the latest survey, …", like "according to"): its object is the source.
  if (u.cue && u.cue.start <= prepStart && u.cue.end >= m.end) return false;
  if (u.kind === 'turn' && HAND_OVER.test(before)) return false;
  // The two participle constructions: the cue follows the mention, past adverbs only.
  const cueRightAfter = u.cue !== undefined && u.cue.start >= m.end && ONLY_ADVERBS.test(text.slice(m.end, u.cue.start));
  if (cueRightAfter && (RECORDING_OF.test(before) || ABSOLUTE_WITH.test(before))) return false;
  return true;
}
