// Host calls in a briefing: "Go ahead, Dana." makes Dana the one who asks next.
import type { Turn } from '../../1-segment/transcript.js';
import { isQuestionLabel } from '../../1-segment/transcript.js';
import type { Span } from '../../model/span.js';
import { titleEndsAt } from '../../1-segment/inlineLabels.js';
import { trimSpan } from '../../1-segment/paragraphs.js';
import { isGivenName } from '../../adapters/compromise.js';

/** Who asks in a question turn: the name a host called ("Dana"), or nobody named (`name` null). */
export interface Questioner {
  readonly name: string | null;
  /** The name in the host's call, the evidence. */
  readonly span: Span | null;
}

/** Either case of a phrase's first letter: "Go ahead" and "go ahead" (names keep their capitals, so no /i flag). */
const anyCase = (phrases: readonly string[]) => `(?:${phrases.map((p) => `[${p[0]!.toUpperCase()}${p[0]!.toLowerCase()}]${p.slice(1)}`).join('|')})`;
/** Words a host calls on someone with, before or after the name: "Go ahead, Dana", "Dana, go ahead", "Yes, Dana". */
const CALL_WORDS = anyCase(['go ahead', 'yes', 'yeah', 'yep', 'okay', 'ok', 'sure', 'all right', 'alright', 'please', "you're up", 'you’re up', "you're next", 'you’re next', 'next', 'over to you']);
/** "I'll take Dana", "I'm going to go to Dana", "let's go to Dana": a first person who takes or goes to someone. */
const TAKE = String.raw`(?:^|[\s,—–-])${anyCase(["I'll", 'I’ll', 'I will', "I'm going to", 'I’m going to', 'I am going to', 'let me', "let's", 'let’s', "we'll", 'we’ll', "we're going to", 'we’re going to'])}\s+(?:take|go to|call on|go over to)`;
/** A vocative: a capitalised name of one or two words, "Mr. Lee", optionally "from The Courier". */
const CALLED = String.raw`((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+)?)`;
/** Where a called reporter works: "from The Courier", "with Reuters". */
const AFFILIATION = String.raw`\s+(?:from|with|at|of)\s+(?:the\s+|The\s+)?\p{Lu}[\p{L}\p{M}'’.&\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&\-]*){0,3}`;
const NAME = String.raw`${CALLED}(?:${AFFILIATION})?`;
/** Words that address someone without naming them ("Yes, sir", "Go ahead, ma'am", "in the back"). */
const UNNAMED_VOCATIVE = anyCase(['sir', "ma'am", 'ma’am', 'madam', 'my friend', 'everybody', 'everyone', 'folks', 'guys', 'in the back', 'in the front', 'in the middle', 'right here', 'right there', 'there', 'you']);

/** One sentence that calls on someone by name; the first group is the name. */
const CALLS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:${CALL_WORDS},?\s+)+${NAME}\s*[.!?]?$`, 'u'),
  new RegExp(String.raw`^${NAME},\s+(?:${CALL_WORDS}[,\s]*)+[.!?]?$`, 'u'),
  new RegExp(String.raw`${TAKE}\s+${NAME}\s*[.!?]?$`, 'u'),
];

/**
 * "Tom from the Courier.": a given name with where its bearer works (from or with), alone, is a
 * call too; the given name is what tells it from "Hello from Kyiv." or "More from Reuters.", and
 * "Ann Lee of the Treasury." introduces someone.
 */
const BARE_CALL = new RegExp(String.raw`^${CALLED}(?=\s+(?:from|with)\s)${AFFILIATION}\s*[.!?]?$`, 'u');
/** One sentence that calls on someone without a name: "Go ahead.", "Yes, sir.", "You, in the back." */
const UNNAMED_CALLS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:${CALL_WORDS}[,\s]*)+(?:${UNNAMED_VOCATIVE})?\s*[.!?]?$`, 'u'),
  new RegExp(String.raw`^(?:${CALL_WORDS},?\s+)*(?:${UNNAMED_VOCATIVE},?\s*){1,2}(?:${CALL_WORDS})?\s*[.!?]?$`, 'u'),
];
/** Capitalised words that are not names in a call ("Yes, Mr. President", "Go ahead, Senator"). */
const NOT_CALLED_NAMES = new Set(['president', 'secretary', 'senator', 'governor', 'minister', 'prime', 'chancellor', 'sir', 'ma’am', "ma'am", 'madam', 'everybody', 'everyone', 'thanks', 'thank', 'please', 'yes', 'yeah', 'okay', 'ok', 'sure', 'next', 'go', 'and', 'so', 'all', 'well', 'right', 'good', 'great', 'question', 'questions', 'anybody', 'anyone', 'nobody', 'guys', 'folks']);

/** The last sentences of a host's turn that are read for a call: the call closes the turn. */
const LAST_SENTENCES = 3;
/** Characters at the end of a turn that are split into sentences. */
const TAIL = 400;

/**
 * Reads the questioner of each question turn ("Q", "QUESTION"): a host's turn that ends by
 * calling on someone by name makes that person the questioner of the following question turns,
 * follow-ups included, until a host calls again; a call without a name ("Go ahead.", "Yes, sir")
 * or no call at all before the first question leaves the questioner unnamed (`name` null).
 * Returns one entry per turn, undefined for turns that are not questions.
 */
export function questionersOf(text: string, turns: readonly Turn[]): (Questioner | undefined)[] {
  let current: Questioner = { name: null, span: null };
  return turns.map((turn) => {
    if (isQuestionLabel(text.slice(turn.label.start, turn.label.end))) return current;
    const call = callIn(text, turn.content);
    if (call) current = call;
    return undefined;
  });
}

/** The call that closes a turn, or undefined when its last sentences call on nobody. */
export function callIn(text: string, content: Span): Questioner | undefined {
  const sentences = sentencesOf(text, content).slice(-LAST_SENTENCES).reverse();
  for (const s of sentences) {
    const words = text.slice(s.start, s.end);
    for (const re of [...CALLS, BARE_CALL]) {
      const m = re.exec(words);
      if (!m || !m[1]) continue;
      if (re === BARE_CALL && !givenName(m[1])) continue;
      const name = m[1].replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/u, '');
      if (name.split(/\s+/u).some((w) => NOT_CALLED_NAMES.has(w.toLowerCase()))) continue;
      const at = s.start + m.index + m[0].indexOf(m[1]) + (m[1].length - name.length);
      return { name, span: { start: at, end: at + name.length } };
    }
    if (UNNAMED_CALLS.some((re) => re.test(words))) return { name: null, span: null };
  }
  return undefined;
}

/** Whether a called name opens with a given name the tagger knows ("Tom Ashe", "Priya"). */
function givenName(name: string): boolean {
  const first = name.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/u, '').split(/\s+/u)[0]!.toLowerCase();
  return isGivenName(first);
}

/** Sentences of the end of a span, cut after . ! ? (a title's period, "Mr.", ends none). */
function sentencesOf(text: string, content: Span): Span[] {
  // Only the end of a turn is read: a call closes it, and a long turn stays cheap.
  const from = Math.max(content.start, content.end - TAIL);
  const slice = text.slice(from, content.end);
  const out: Span[] = [];
  const end = /[.!?]+["”’]?(?=\s|$)/gu;
  let last = 0;
  for (let m = end.exec(slice); m; m = end.exec(slice)) {
    if (titleEndsAt(slice, m.index, last)) continue;
    out.push(trimSpan(text, from + last, from + m.index + m[0].length));
    last = m.index + m[0].length;
  }
  if (slice.slice(last).trim()) out.push(trimSpan(text, from + last, content.end));
  return out;
}
