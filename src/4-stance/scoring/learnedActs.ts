import type { Token, TokenDoc } from '../../adapters/wink.js';
import type { Entity, Evidence, Span, TextSpan, Utterance } from '../../model/index.js';
import { NAMING_VERBS } from '../../3-attribution/cues/verbClasses.data.js';
import { GENITIVE_MARKS, POSSESSIVES } from '../../vocabulary/pronouns.js';
import { classifyDirected, cueEvidence } from '../directedModel.js';
import { isHarmVerb, lexiconHits, mayAct, type Hit } from '../lexicon.js';
import { tokenRange } from '../tokenRange.js';
import { round } from '../../util/round.js';
import { crossesSorted, insideSorted, mergedSpans } from '../../util/sorted.js';
import { STOP } from './punctuation.js';
import { lowerBound, type ArticleTargets } from './targets.js';

/**
 * Probability of the directed model's polar class above which a reported act becomes a stance:
 * chosen on ../shared/directed/valid.txt (never on the train split the model learned from), where
 * analyze()'s relations between the marked pair (scripts/survey-analyze-stances.mjs) come out at
 * recall / precision 22.3 / 81.3 with p ≥ 0.5, 22.1 / 81.2 at 0.7, 21.9 / 81.0 at 0.8 and
 * 21.5 / 81.3 at 0.9 (19.4 / 80.3 without the step): the syntax of the act (holdsAct) does most
 * of the sorting, and the middle of the flat range is kept for unseen text.
 */
export const ACT_CONFIDENT = 0.7;

/**
 * Probability of the directed model's polar class above which an act with no word of the lexicon
 * becomes a stance, when its holder is the subject of a verb whose object is the target (verbLink:
 * "Hale disregarded Lopez's advice", "Hale campaigned against Lopez"). Chosen on
 * ../shared/directed/train.txt (flattered: the model learned from it), where the step adds 12
 * right relations of 13 at p ≥ 0.9 and 33 of 37 at p ≥ 0.8; and on 956 news texts, where the
 * polar stances it adds are right 9 of 9 at 0.9 but 19 of 26 at 0.8 (the model reads "invited"
 * or "went further than" as acts there).
 */
export const ACT_SURE = 0.9;

/** How far past the second mention an evaluation still reads on the pair ("X called Y's decision bold and wise"). */
const AFTER = 6;

/** Mentions farther apart than this many tokens are seldom one act of one on the other. */
const MAX_GAP = 20;

/** Sentences with more entity mentions than this are lists, not acts of one name on another. */
const MAX_MENTIONS = 6;

/** How many tokens past its target a topic of an act runs at most ("Y for the shortages …"). */
const TOPIC_TAIL = 12;

/** Prepositions after which a name is the setting of an act (place, medium, time), neither its holder nor its target. */
const SETTING = new Set(['on', 'in', 'at', 'via', 'across', 'through', 'during', 'into', 'near', 'inside', 'outside', 'from']);

/** Entity types that can hold a stance as the doer of an act. */
const ACTORS = new Set<Entity['type']>(['person', 'role', 'organization', 'group', 'country']);

/** A reported act of one entity on another, read by the directed model, before it becomes a stance. */
export interface LearnedAct {
  readonly holder: Entity;
  readonly target: Entity;
  readonly holderMention: Span;
  readonly targetMention: Span;
  readonly praise: boolean;
  /** The lexicon's words of the act's sign on the pair, their weights signed. */
  readonly evidence: Evidence[];
  /** The holder's utterance in the act's sentence, when there is one: it carries the stance. */
  readonly carrier: Utterance | undefined;
  /** For an act with no carrier: the word of the act ("blamed", "praise") and what it was about. */
  readonly cue: TextSpan;
  readonly topic: Span;
}

/** A mention of the sentence by token range; `named` when it can hold or receive an act (see byName). */
interface Named {
  readonly first: number;
  readonly last: number;
  readonly entity: Entity;
  readonly named: boolean;
  /** After a preposition of place, medium or time ("in Paris", "on Twitter"): a setting, unless the act governs it ("heaped praise on X"). */
  readonly setting: boolean;
  /** The report that holds the mention, when it is the whole of a report read from a cue ("[Y] was praised by X"). */
  readonly report?: Utterance | undefined;
}

/**
 * The acts the writer reports between two entities of one sentence ("X praised Y's decision",
 * "X blamed Y for the shortages", "X accused Y of lying", "X thanked Y for her leadership", "Y was
 * condemned by X"), read by the directed stance model (directedModel.ts, trained on 13,144
 * labelled news sentences). Cheap by construction: a sentence is read only when it names two
 * entities outside anyone's words, and a pair goes to the model only when a verb, phrase or
 * evaluation of the stance lexicon lies between the two mentions or just after the second (not a
 * mere sentiment word, not negated, not quoted, not an act of harm: see `harm`); those words are
 * the stance's evidence and must have the model's sign. Questions are left out, and so are
 * names inside anyone's quoted or reported words: the stance rules read those (the model, trained on pairs of names in the
 * writer's prose, misreads what a speaker says of the subject of a reported clause). Who holds the
 * act is checked on the syntax around it (`holdsAct`).
 */
export function learnedActs(doc: TokenDoc, utterances: readonly Utterance[], entities: readonly Entity[], article: ArticleTargets): LearnedAct[] {
  const tokens = doc.tokens;
  const byId = new Map(entities.map((e) => [e.id, e]));
  // (A topic is what an act was about, not words said: its names can be the act's target.)
  const said = mergedSpans(utterances.filter((u) => u.form !== 'topic'));
  const inSaid = (start: number) => insideSorted(said, start);
  // (Utterances never overlap, so a new topic crosses no utterance at all, topics included.)
  let taken: ReturnType<typeof mergedSpans> | undefined;
  let heldBy: Map<string, Utterance[]> | undefined;
  let byReport: Map<string, Utterance> | undefined;
  const reports = (span: Span) => {
    byReport ??= new Map(utterances.filter((u) => u.kind === 'indirect' && u.cue !== undefined).map((u) => [`${u.start}:${u.end}`, u]));
    return byReport.get(`${span.start}:${span.end}`);
  };
  const out: LearnedAct[] = [];
  for (const s of doc.sentences) {
    if (s.last - s.first < 3 || tokens[s.last - 1]?.value === '?') continue;
    const all = mentionsOf(doc, s, article, byId, inSaid, reports);
    const named = all.filter((n) => n.named);
    if (named.length < 2 || all.length > MAX_MENTIONS || !named.some((n) => ACTORS.has(n.entity.type))) continue;
    // (A look-up per word before the lexicon reads the words on the pairs: most sentences with two
    // names report no act, and every act has a verb or phrase of the lexicon, or a naming verb, between them.)
    let from = named[0]!.last;
    const lastStart = named[named.length - 1]!.first;
    while (from < lastStart && !actWord(tokens[from]!)) from++;
    // (With no such word, only a verb the model is sure of, between its subject and its object, is an act: see verbLink.)
    const lexical = from < lastStart;
    const to = Math.min(s.last, named[named.length - 1]!.last + AFTER);
    let hits: Hit[] | undefined;
    const seen = new Set<string>();
    const newTopics: Span[] = [];
    for (let a = 0; a < named.length; a++) {
      for (let b = a + 1; b < named.length; b++) {
        const x = named[a]!;
        const y = named[b]!;
        if (x.entity.id === y.entity.id || y.first < x.last || y.first - x.last > MAX_GAP) continue;
        hits ??= !lexical ? [] : lexiconHits(tokens, from, to).filter((h) => h.kind !== 'base' && !harm(tokens, h) && !negated(tokens, h) && !inSaid(tokens[h.first]!.start));
        const end = Math.min(s.last, y.last + AFTER);
        const onPair = hits.filter((h) => h.first >= x.last && h.first < end && (h.first >= y.last || h.last <= y.first));
        // (Who could hold an act here, by the syntax alone, before the model is asked: see holdsAct.)
        const may = (holder: Named, target: Named) => ACTORS.has(holder.entity.type) && holdsAct(tokens, all, holder, target, onPair) !== undefined;
        const link = properName(tokens, x) && properName(tokens, y) ? verbLink(tokens, all, x, y) : -1;
        if (link < 0 && !may(x, y) && !may(y, x)) continue;
        const d = classifyDirected(doc, [x.first, x.last], [y.first, y.last]);
        if (d.label === 'none' || Math.max(...d.probabilities) < ACT_CONFIDENT) continue;
        const firstHolds = d.label === 'firstPraisesSecond' || d.label === 'firstCriticisesSecond';
        const praise = d.label === 'firstPraisesSecond' || d.label === 'secondPraisesFirst';
        const holder = firstHolds ? x : y;
        const target = firstHolds ? y : x;
        const key = `${holder.entity.id}|${target.entity.id}`;
        if (seen.has(key) || !ACTORS.has(holder.entity.type) || article.unnamed.has(target.entity.id) || holder.report) continue;
        if (target.report && !holds(target.report, holder.entity.id)) continue;
        const signed = onPair.filter((h) => h.weight > 0 === praise);
        let cueHit: { readonly first: number; readonly last: number } | undefined = holdsAct(tokens, all, holder, target, signed);
        let evidence = signed.map((h) => spanOf(doc, h.first, h.last, round(h.weight)));
        // (No word of the lexicon holds the act, but the model is sure of the verb between subject and object: the verb is the cue, the model's words the evidence.)
        if (!cueHit && link >= 0 && firstHolds && Math.max(...d.probabilities) >= ACT_SURE) {
          const within = cueEvidence(doc, d, praise).filter((e) => e.start >= tokens[x.last]!.start && e.end <= tokens[Math.min(s.last, y.last + AFTER) - 1]!.end);
          if (within.length) {
            cueHit = { first: link, last: link + 1 };
            evidence = within;
          }
        }
        if (!cueHit) continue;
        // (The holder's own utterance that holds the target's mention carries the act, else any of
        // the holder's in the sentence: a rules' stance of that utterance is then not doubled.)
        const at = tokens[target.first]!.start;
        const own = (heldBy ??= utterancesByHolder(utterances)).get(holder.entity.id)?.filter((u) => u.start < s.end && u.end > s.start) ?? [];
        const carrier = target.report ?? own.find((u) => u.start <= at && u.end > at) ?? own[0];
        const topic = topicOf(doc, target, firstHolds && cueHit.last <= target.first ? cueHit.last : target.first, firstHolds ? s.last : target.last);
        // (A topic of its own never crosses words someone said: utterances do not overlap.)
        if (!carrier && (crossesSorted((taken ??= mergedSpans(utterances)), topic) || newTopics.some((t) => t.start < topic.end && topic.start < t.end))) continue;
        if (!carrier) newTopics.push(topic);
        seen.add(key);
        const cue = spanOf(doc, cueHit.first, cueHit.last, 0);
        out.push({
          holder: holder.entity,
          target: target.entity,
          holderMention: { start: tokens[holder.first]!.start, end: tokens[holder.last - 1]!.end },
          targetMention: { start: tokens[target.first]!.start, end: tokens[target.last - 1]!.end },
          praise,
          evidence,
          carrier,
          cue: { start: cue.start, end: cue.end, text: cue.text },
          topic,
        });
      }
    }
  }
  return out;
}

/** The entity mentions of a sentence outside anyone's words, with whether each can hold or receive an act. */
function mentionsOf(doc: TokenDoc, s: TokenDoc['sentences'][number], article: ArticleTargets, byId: ReadonlyMap<string, Entity>, inSaid: (start: number) => boolean, reports: (span: Span) => Utterance | undefined): Named[] {
  const tokens = doc.tokens;
  const mentions = article.mentions;
  const out: Named[] = [];
  for (let k = lowerBound(mentions, s.start); k < mentions.length && mentions[k]!.start < s.end; k++) {
    const m = mentions[k]!;
    const entity = byId.get(m.entityId);
    if (!entity || m.end > s.end) continue;
    // ("[Governor Y] was praised by X": a report whose words are the name alone is the act itself.)
    const inside = inSaid(m.start);
    const report = inside ? reports(m) : undefined;
    if (inside && !report) continue;
    const [f, l] = tokenRange(doc, m);
    if (l <= f) continue;
    const setting = SETTING.has(tokens[beforeDeterminers(tokens, f)]?.lower ?? '');
    out.push({ first: f, last: l, entity, named: byName(tokens, f, l), setting, report });
  }
  return out;
}

/**
 * The lexicon hit that is the holder's act on the target, or undefined when the syntax says the
 * holder does not hold it. Before its target, the holder is the act's subject: not a possessive
 * ("X's aides accused Y", "his critics blame Y"), not a preposition's object ("a spokesman for
 * X"), not the subject of a passive ("X was impeached for …"), with no other name between it and
 * its act, and none between the act and the target ("X accused Y of meeting Z" is no act on Z);
 * the act is a verb or phrase of the lexicon between them, or a naming verb before an evaluation
 * after the target ("X called Y's decision bold"). After its target, the holder is the agent of a
 * passive verb ("Y was criticized by X", not "a defeat by X").
 */
function holdsAct(tokens: readonly Token[], all: readonly Named[], holder: Named, target: Named, signed: readonly Hit[]): Hit | undefined {
  if (signed.length === 0) return undefined;
  if (holder.setting) return undefined;
  if (holder.first > target.first) {
    if (target.setting) return undefined;
    let k = holder.first - 2;
    while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
    const agent = tokens[holder.first - 1]?.lower === 'by' && tokens[k]?.pos === 'VERB';
    return agent ? (signed.find((h) => h.kind !== 'eval' && h.last <= holder.first) ?? undefined) : undefined;
  }
  const after = tokens[holder.last];
  if ((after && GENITIVE_MARKS.has(after.value)) || (holder.last === holder.first + 1 && POSSESSIVES.has(tokens[holder.first]!.lower))) return undefined;
  if (tokens[beforeDeterminers(tokens, holder.first)]?.pos === 'ADP') return undefined;
  // The act itself is a verb or a phrase of the lexicon ("blamed", "lashed out at"); an
  // evaluation ("reckless", "genius") tells what was thought, not who thought it.
  const act = signed.find((h) => h.first >= holder.last && h.last <= target.first && h.kind !== 'eval');
  // ("lavished praise on X": the act's own preposition opens its target, not a setting.)
  if (target.setting && !(act && beforeDeterminers(tokens, target.first) === act.last)) return undefined;
  const others = (from: number, to: number) => all.some((n) => n.first >= from && n.last <= to && n.entity.id !== holder.entity.id && n.entity.id !== target.entity.id);
  if (act) return passiveBefore(tokens, holder.last, act.first) || others(holder.last, act.first) || others(act.last, target.first) || clauseBetween(tokens, act.last, target.first) || pronounAfterObject(tokens, act.last, target) ? undefined : act;
  if (!namingBetween(tokens, holder.last, target.first) || others(holder.last, target.first)) return undefined;
  return signed.find((h) => h.first >= target.last);
}

/**
 * A pronoun target after a noun the act governs ("praised the rescue teams for their courage"):
 * the noun is the act's object, and the pronoun most likely refers to it; a pronoun right after
 * the act ("praised her", "praised their courage") is its target.
 */
function pronounAfterObject(tokens: readonly Token[], from: number, target: Named): boolean {
  const t = tokens[target.first]!;
  if (target.last !== target.first + 1 || (t.pos !== 'PRON' && t.pos !== 'DET')) return false;
  for (let i = from; i < target.first; i++) if (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN') return true;
  return false;
}

/** A word that may open an act: a verb or phrase of the stance lexicon, or a naming verb ("called Y's plan reckless"). */
function actWord(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  return mayAct(t) || (t.pos === 'VERB' && NAMING_VERBS.has(t.lemma));
}

/** Words that open a clause of its own: a name after them is no object of the act before them ("denounced the plan, which Y …"). */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'although', 'after', 'before', 'since', 'as', 'if', ';']);

/** Whether a clause opens between the act and its target (tokens from … to). */
function clauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_OPENERS.has(tokens[i]!.lower) || (tokens[i]!.pos === 'SCONJ' && tokens[i]!.lower !== 'that')) return true;
  return false;
}

/** A naming verb between tokens from and to ("X called Y's decision bold"). */
function namingBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'VERB' && NAMING_VERBS.has(tokens[i]!.lemma)) return true;
  return false;
}

/** Index of the token before the determiners and adjectives that open a mention at `first` ("for [the] PMF"). */
function beforeDeterminers(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  return k;
}

/** Each entity's utterances (as speaker or joint speaker), in text order: an act asks only its holder's. */
function utterancesByHolder(utterances: readonly Utterance[]): Map<string, Utterance[]> {
  const out = new Map<string, Utterance[]>();
  const add = (id: string, u: Utterance) => (out.get(id) ?? out.set(id, []).get(id)!).push(u);
  for (const u of utterances) {
    if (u.speaker) add(u.speaker.entityId, u);
    for (const c of u.coSpeakers ?? []) if (c.entityId !== u.speaker?.entityId) add(c.entityId, u);
  }
  return out;
}

/** Whether the entity is the speaker of the utterance, or one of its joint speakers. */
function holds(u: Utterance, entityId: string): boolean {
  return u.speaker?.entityId === entityId || (u.coSpeakers?.some((c) => c.entityId === entityId) ?? false);
}

/**
 * A name stands for an entity that acts or is acted on when it is a name or a pronoun: "his critics",
 * "supporters" or "the people" name a crowd the model, trained on pairs of names, does not read.
 */
function byName(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (tokens[i]!.pos === 'PROPN' || (tokens[i]!.pos === 'PRON' && last === first + 1)) return true;
  return false;
}

/** Endings of past participles, regular and common irregular ("criticized", "beaten", "shown", "caught"). */
const PARTICIPLE = /(ed|en|wn|ght)$/u;

/** A passive between the first name and its act ("X was impeached for …", "X has been accused of …"): X suffers the act, it does not hold it. */
function passiveBefore(tokens: readonly Token[], from: number, act: number): boolean {
  for (let i = from; i < act; i++) {
    const t = tokens[i]!;
    if (t.lemma !== 'be' && t.lemma !== 'get') continue;
    for (let j = i + 1; j <= Math.min(act, i + 3); j++) if (tokens[j]!.pos === 'VERB' && PARTICIPLE.test(tokens[j]!.lower)) return true;
  }
  return false;
}

/**
 * Whether a hit is an act of harm ("invaded", "undermined", "held … hostage"): the lexicon's verbs
 * of harm judge their doer (the speaker or the writer holds the harm against them, scoring/
 * implicitActs.ts); they state no stance of the doer's on the one harmed. Measured on
 * directed/valid, where a few verbal "attacked" and "threatened" are labelled as criticism: right
 * relations 116 → 112, relations emitted 141 → 138.
 */
function harm(tokens: readonly Token[], h: Hit): boolean {
  return h.harm === true || (h.kind === 'verb' && isHarmVerb(tokens[h.first]!));
}

/** Whether a hit's words are in the scope of a negation ("did not criticise"): no act was done. */
function negated(tokens: readonly Token[], h: Hit): boolean {
  for (let i = h.first; i < h.last; i++) if (tokens[i]!.negated) return true;
  return false;
}

/**
 * What an act was about, as a topic: from the word after the act's cue (or the target, when the
 * cue follows it) to the end of the target's phrase ("blamed [Y for the shortages]"), stopping at
 * a clause break; a passive's target ("[Y] was praised by X") is the target's mention alone
 * (`until` is its end).
 */
function topicOf(doc: TokenDoc, target: Named, from: number, until: number): Span {
  const tokens = doc.tokens;
  let to = target.last;
  const cap = Math.min(until, target.last + TOPIC_TAIL);
  while (to < cap) {
    const t = tokens[to]!;
    if (STOP.has(t.value) || t.value === ',' || t.value === ':' || t.value === '—' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || /^["“”]$/u.test(t.value)) break;
    to++;
  }
  while (to > from + 1 && tokens[to - 1]!.pos === 'PUNCT') to--;
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

function spanOf(doc: TokenDoc, first: number, last: number, weight: number): Evidence {
  const a = doc.tokens[first]!;
  const b = doc.tokens[last - 1]!;
  return { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), weight };
}

/** Whether a mention is a name (a run with a proper-noun token), not a pronoun: the directed model learned from pairs of names. */
function properName(tokens: readonly Token[], n: Named): boolean {
  for (let i = n.first; i < n.last; i++) if (tokens[i]!.pos === 'PROPN') return true;
  return false;
}

/** Parts of speech of a verb group right after its subject ("has sharply criticised"). */
const VERB_GROUP = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/** Parts of speech of the words between an act's verb and its object: no clause, list or second verb ("took action against [the] Y"). */
const OBJECT_WORDS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'NUM', 'PART']);

/** Words that open a relative clause: a name after them is not the verb's object. */
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'where', 'when']);

/** Most words between an act's verb and its object. */
const OBJECT_GAP = 5;

/**
 * The main verb of the first mention's act on the second (or its copula: "Hale is a vocal critic
 * of Lopez"), when the first is the subject of a verb group that starts right after it and the
 * second is that verb's object, or the head or possessor of a short phrase in its complement
 * ("Hale sharply criticised Lopez", "Hale took action against Lopez", "Hale disregarded Lopez's
 * advice"); -1 otherwise: "Hale, who met Lopez", "Hale met Lopez and Ruiz"'s Lopez after a list,
 * "Hale's aides", "Hale did not criticise Lopez", "Hale praised the Lopez campaign" (a name that
 * modifies a noun), an act of harm ("Hale invaded Ostland": see harm).
 */
function verbLink(tokens: readonly Token[], all: readonly Named[], x: Named, y: Named): number {
  if (x.setting || y.setting) return -1;
  const after = tokens[x.last];
  if (!after || GENITIVE_MARKS.has(after.value) || tokens[beforeDeterminers(tokens, x.first)]?.pos === 'ADP') return -1;
  let i = x.last;
  let verb = -1;
  for (; i < y.first && VERB_GROUP.has(tokens[i]!.pos); i++) {
    if (tokens[i]!.negated) return -1;
    if (tokens[i]!.pos === 'VERB' || (tokens[i]!.pos === 'AUX' && verb < 0)) verb = i;
  }
  if (verb < 0 || isHarmVerb(tokens[verb]!) || y.first - i > OBJECT_GAP) return -1;
  for (let k = i; k < y.first; k++) if (!OBJECT_WORDS.has(tokens[k]!.pos) || tokens[k]!.negated || RELATIVE.has(tokens[k]!.lower)) return -1;
  if (all.some((n) => n.first >= x.last && n.last <= y.first)) return -1;
  const next = tokens[y.last];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !GENITIVE_MARKS.has(next.value)) return -1;
  return verb;
}
