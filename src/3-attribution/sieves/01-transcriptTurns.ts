// Transcript turns: "SMITH: …" lines are utterances of their labelled speakers.
import type { Segmentation } from '../../1-segment/segment.js';
import { isQuestionLabel } from '../../1-segment/transcript.js';
import type { Span } from '../../model/span.js';
import { addEntity, mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import { lowerBound } from '../scan.js';
import { type AttributionState } from '../state.js';
import { questionersOf } from './hostCalls.js';
import { UNNAMED_REPORTERS } from '../../vocabulary/roles.js';

/** Distinct labels compared with each other, at most. */
const MAX_LABELS = 200;

/**
 * Transcript labels: "PRESIDENT BIDEN" → Joe Biden through the title and the knowledge base;
 * "President of Freedonia Ann Lee" → the person named inside the label; "Q" → unnamed reporters.
 */
export function speakerOfLabel(ents: EntityIndex, seg: Segmentation, span: Span, label: string): number {
  // ("Q", "INTERVIEWER": whoever asks, even when the entity stage read the word as someone.)
  if (isQuestionLabel(label)) return addEntity(ents, UNNAMED_REPORTERS, 'group', span);
  const tokens = seg.doc.tokens;
  const k = lowerBound(tokens, span.start);
  const mi = mentionIndex(ents, k);
  if (mi >= 0 && ents.entityOf[mi]! >= 0 && ents.entities[ents.entityOf[mi]!]!.type === 'person') return ents.entityOf[mi]!;
  // A label with a title before the name ("Prime Minister of Freedonia Ann Lee"): the first person named in it.
  for (let j = k; j < tokens.length && tokens[j]!.start < span.end; j++) {
    const m = mentionIndex(ents, j);
    if (m >= 0 && ents.entityOf[m]! >= 0 && ents.entities[ents.entityOf[m]!]!.type === 'person') return ents.entityOf[m]!;
  }
  if (mi >= 0 && ents.entityOf[mi]! >= 0) return ents.entityOf[mi]!;
  // Upper-case labels: look the words up in title case.
  const words = label.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  const last = words[words.length - 1]!.toLowerCase();
  const local = ents.entities.find((e) => e.type === 'person' && e.words.length >= 1 && e.words[e.words.length - 1] === last);
  if (local) { local.mentions.push({ ...span }); local.aliases.add(label); return local.index; }
  const entry = ents.kb.bySurname.get(last)?.[0] ?? ents.kb.byName.get(words.join(' ').toLowerCase())?.[0];
  const name = label === 'A' ? 'answerer' : words.join(' ');
  return addEntity(ents, entry?.name ?? name, 'person', span, entry);
}

/**
 * The person a host called on by name ("Go ahead, Dana"): the entity of that mention, or a new
 * person; -1 when the words name a known place or body ("I'll go to Ukraine"), which asks nothing.
 * A lone name the entity stage could only guess at (an unknown capitalised word it typed as an
 * organization, or as a place after "go to") is a person here: one is called on by name to ask.
 */
function calledPerson(ents: EntityIndex, seg: Segmentation, name: string, span: Span): number {
  const mi = mentionIndex(ents, lowerBound(seg.doc.tokens, span.start));
  const e = mi >= 0 ? ents.entityOf[mi]! : -1;
  if (e < 0) return addEntity(ents, name, 'person', span);
  const entity = ents.entities[e]!;
  if (entity.type === 'person') return e;
  if (entity.kb || entity.outlet || entity.name !== name) return -1;
  entity.type = 'person';
  return e;
}

/**
 * Sieve 01: each turn of a transcript is an utterance of its labelled speaker; a question turn
 * ("Q") is the utterance of the person the host called on by name, else of the unnamed reporters.
 */
export function transcriptTurns(st: AttributionState): void {
  const { seg, ents, text, drafts, turnSpans } = st;
  const askers = questionersOf(text, seg.turns);
  const speakerOf = labelSpeakers(st);
  seg.turns.forEach((turn, t) => {
    const label = text.slice(turn.label.start, turn.label.end);
    const asker = askers[t];
    const called = asker?.name && asker.span ? calledPerson(ents, seg, asker.name, asker.span) : -1;
    const named = called >= 0 ? { speaker: called, mention: asker!.span! } : undefined;
    const speaker = named?.speaker ?? speakerOf(turn.label);
    const mention = named?.mention ?? turn.label;
    drafts.push({ start: turn.content.start, end: turn.content.end, kind: 'turn', speaker, mention, cue: turn.label, confidence: speaker >= 0 ? 0.95 : 0.3 });
    turnSpans.push(turn.content);
  });
}

/**
 * The speakers of a transcript's labels, resolved once per turn in text order, except that a long
 * label holding a shorter label of the same transcript takes that label's speaker: "President of
 * Freedonia Ann Lee:" and "Ann Lee:" are one person, even when the long label runs on into words
 * a page glued to it. Returns a lookup by label start.
 */
function labelSpeakers(st: AttributionState): (label: Span) => number {
  const { seg, ents, text } = st;
  const labels = seg.turns.map((t) => t.label);
  const texts = [...new Set(labels.map((l) => text.slice(l.start, l.end)))].filter((l) => !isQuestionLabel(l) && (l.includes(' ') || l.length >= 4));
  const done = new Map<number, number>();
  const resolve = (label: Span): number => {
    let s = done.get(label.start);
    if (s === undefined) done.set(label.start, (s = speakerOfLabel(ents, seg, label, text.slice(label.start, label.end))));
    return s;
  };
  const firstOf = new Map<string, Span>();
  for (const l of labels) if (!firstOf.has(text.slice(l.start, l.end))) firstOf.set(text.slice(l.start, l.end), l);
  const shorterOf = new Map<string, string | undefined>();
  return (label) => {
    const own = text.slice(label.start, label.end);
    // Distinct labels are few in a transcript; past MAX_LABELS (a pathological text) labels stand alone.
    if (!shorterOf.has(own)) shorterOf.set(own, texts.length > MAX_LABELS ? undefined : texts.filter((t) => t.length < own.length && containsWords(own, t)).sort((a, b) => a.length - b.length)[0]);
    const shorter = shorterOf.get(own);
    const first = shorter === undefined ? undefined : firstOf.get(shorter);
    if (first) {
      const s = resolve(first);
      if (ents.entities[s]?.type === 'person') return s;
    }
    return resolve(label);
  };
}

/** True when `words` stand in `label` as whole words. */
function containsWords(label: string, words: string): boolean {
  const at = label.indexOf(words);
  if (at < 0) return false;
  const before = at === 0 || /\s/u.test(label[at - 1]!);
  const after = at + words.length === label.length || /\s/u.test(label[at + words.length]!);
  return before && after;
}
