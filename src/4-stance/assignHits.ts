import { POSSESSIVE_MARKERS } from '../vocabulary/pronouns.js';
import { subjectOfSubordinate } from './scoring/subordinateSubject.js';
import { gerundBeforeCopula, objectOfGerundSubject } from './scoring/gerundSubject.js';
import { possessedHead } from './scoring/possessedHead.js';
import { prepositionGerundDoer } from './scoring/prepositionGerund.js';
import { relativeHead } from './scoring/relativeObject.js';
import { relativeSubject } from './scoring/relativeSubject.js';
import { attitudeTarget } from './scoring/attitudeTarget.js';
import { closesSentence, courtesy } from './scoring/courtesy.js';
import { firstAtOrAfter } from '../util/sorted.js';
import type { Token } from '../adapters/wink.js';
import { isHarmVerb, lexicon, lexiconHits, type Hit } from './lexicon.js';
import { CONDITIONALS } from '../vocabulary/politicalLexicon.js';
import { inlineQuotes, quoteAround } from './scoring/scareQuotes.js';
import { coordinated } from './scoring/coordination.js';
import { CATENATIVE, CLAUSE_REPORTING_VERBS, COPULA, COUNTERING_VERBS, DIRECTIVE_VERBS, NAMING_VERBS } from '../vocabulary/stanceVerbs.js';
import { APPEALS, CONTRAST, CREDIT_NOUNS, IMPERATIVE_OPENERS, RELATIONAL } from '../vocabulary/stanceWords.js';
import { wordClass } from '../util/wordClasses.js';
import { hasComma } from './tokensBetween.js';
import { namedAfter } from './scoring/namedAfter.js';

/** A mention the stance rules may pick as holder or target: tokens [first, last) and a key. */
export interface MentionSlot {
  readonly first: number;
  readonly last: number;
  /** The entity key; `SELF` for first-person pronouns (the speaker). */
  readonly key: string;
}

export const SELF = '\u0000self';
/** A holder the text names without an entity mention ("they", "the critics"): not the speaker. */
export const OTHER = '\u0000other';
/**
 * A mention that names no one who can be judged where it stands: a place as a location ("the
 * talks in Lisbon"), a name that modifies a facility ("the Northgate pipeline"). An evaluation
 * assigned to it is absorbed rather than handed to another name nearby.
 */
export const NOBODY = '\u0000nobody';

/** One evaluative hit with the mention it is about and the mention that holds it (if said). */
export interface AssignedHit {
  readonly hit: Hit;
  readonly target: MentionSlot;
  /** The holder named in the text ("X slammed Y" → X), or null when the words are the speaker's own. */
  readonly holder: MentionSlot | null;
  /** The hit's weight after dampening (questions, conditionals, plain-lexicon words). */
  readonly weight: number;
}

const STRONG_BREAK = new Set([';', ':', '.', '?', '!', '"', '“', '”', '(', ')']);
/** A strong break or a contrast word; a mark has no case, so its lower-case form is the mark. */
const isBreakWord = wordClass('lower', () => [...STRONG_BREAK, ...CONTRAST]);
const breaks = (t: Token): boolean => isBreakWord(t) || t.pos === 'SPACE';
const isConditional = wordClass('lower', () => CONDITIONALS);
const PARTICIPLE = /(ed|en|wn|ght|id|ut|ung)$/;

/**
 * Finds the evaluative words of tokens [from, to) and, for each, which mention it is about and
 * who holds it, from word order alone:
 * - a verb of praise/criticism is about its object and held by its subject ("X slammed Y");
 *   in the passive ("Y was praised by X") the roles swap;
 * - an evaluation is about the subject of its copula ("he's smart"), the possessor before it
 *   ("Putin's genius move"), the head of an apposition ("Y, a liar"), the object of a naming
 *   verb ("called Y a liar"), or the agent after "by" ("this decision by Y");
 * - other words go to the subject or object of their clause, never to every name in the sentence.
 * Hits in yes-no questions count nothing, in other questions or conditionals half; plain-lexicon words (not praise/criticism verbs or
 * evaluations of people) count 0.6. Linear in the range, times the (small) number of mentions.
 */
/** Tokens a clause reaches each way from a hit, at most. */
const CLAUSE_REACH = 60;

export function assignHits(tokens: readonly Token[], from: number, to: number, mentions: readonly MentionSlot[], skip?: (i: number) => boolean): AssignedHit[] {
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  const out: AssignedHit[] = [];
  const hits = lexiconHits(tokens, from, to, true);
  const quotes = hits.length ? inlineQuotes(tokens, from, to) : [];
  for (const hit of hits) {
    if (skip?.(hit.first)) continue;
    // Inside a mention ("the Liberal Democrats")? The mention starting last at or before the hit tells.
    const around = sorted[firstAtOrAfter(sorted, hit.first + 1, (m) => m.first) - 1];
    if (around && hit.first >= around.first && hit.first < around.last) continue;
    // "the role of Y in resolving the conflict", "Y's efforts in rebuilding": the act is credited
    // to (or blamed on) Y.
    const credited = creditedAgent(tokens, hit.first, sorted, from);
    // Plain-lexicon verbs report events ("won", "suffered", "defeated"), not judgements of a
    // person; weak plain words ("work", "support" as a noun) are too vague to be a stance.
    if (!credited && hit.kind === 'base' && (tokens[hit.first]!.pos === 'VERB' || Math.abs(hit.weight) < 2)) continue;
    // Clause bounds around the hit (commas do not break: appositions and lists stay together).
    // (A clause reaches at most CLAUSE_REACH tokens each way: run-on text stays linear.)
    let cFrom = hit.first;
    // (The marks of a short quote around the hit, 'Y was "unfit"', end no clause: scareQuotes.ts.)
    const quoted = quotes.length ? quoteAround(quotes, hit.first) : undefined;
    const stops = (k: number): boolean => breaks(tokens[k]!) && k !== quoted?.open && k !== quoted?.close;
    while (cFrom > from && hit.first - cFrom < CLAUSE_REACH && !stops(cFrom - 1)) cFrom--;
    let cTo = hit.last;
    while (cTo < to && cTo - hit.last < CLAUSE_REACH && !stops(cTo)) cTo++;
    const inClause: MentionSlot[] = [];
    for (let k = firstAtOrAfter(sorted, cFrom, (m) => m.first); k < sorted.length && sorted[k]!.first < cTo; k++) if (sorted[k]!.last <= cTo) inClause.push(sorted[k]!);
    let damp = 1;
    for (let k = cFrom; k < cTo; k++) if (isConditional(tokens[k]!) && k < hit.first) damp = 0.5;
    // A yes-no question asserts nothing ("Can we rely on him?"); a wh-question presupposes
    // its predicate ("Why is he so dishonest?") and a tag asks for assent ("He's a liar,
    // right?"): they count half.
    if (tokens[cTo]?.value === '?') {
      if (yesNoQuestion(tokens, cFrom, cTo)) continue;
      damp = 0.5;
    }
    const weightOf = (extra = 1): number => hit.weight * damp * (hit.kind === 'base' ? 0.6 : 1) * extra;
    if (credited) {
      out.push({ hit, target: credited, holder: null, weight: weightOf() });
      continue;
    }
    // "Mr. President, don't hold them hostage", "my message to X: stop attacking us": an
    // imperative's doer is the one addressed; a prohibited harm says they do it or might.
    const addressee = hit.kind === 'verb' ? imperativeAddressee(tokens, hit.first, cFrom, from, sorted) : undefined;
    if (hit.prohibited) {
      if (addressee) out.push({ hit, target: addressee, holder: null, weight: weightOf(0.6) });
      continue;
    }
    if (inClause.length === 0 && !addressee) continue;
    const before = inClause.filter((m) => m.last <= hit.first);
    const after = inClause.filter((m) => m.first >= hit.last);
    const prevM = before[before.length - 1];
    const nextM = after[0];
    // "thank you", "congratulations to you": a construction that holds its target inside.
    const inside = inClause.find((m) => m.first >= hit.first && m.last <= hit.last);
    if (inside) {
      // A bare "Thank you." closing a turn, "Thank you, Dan.", "thank you for joining us": formulas of politeness, not gratitude for anything.
      if (!closesSentence(tokens, hit.last, to)) out.push({ hit, target: inside, holder: null, weight: weightOf() });
      continue;
    }

    if (hit.kind === 'verb') {
      // An attributive participle ("the occupied territories") describes a state, not an act.
      const tv = tokens[hit.first]!;
      if (tv.pos !== 'VERB' && tv.pos !== 'AUX' && (tokens[hit.first + 1]?.pos === 'NOUN' || tokens[hit.first + 1]?.pos === 'ADJ') && tokens[hit.first + 1]?.lower !== 'by') continue;
      const passive = isPassive(tokens, hit.first, cFrom);
      if (passive) {
        const agent = after.find((m) => afterBy(tokens, m.first) && m.first - hit.last <= 3) ?? null;
        // The passive subject of a harmful act is its victim, not its target: without an agent
        // there is nobody to hold it against ("its sovereignty is violated").
        const harmless = !agent && harmful(tokens, hit);
        if (prevM && !harmless && !betweenVerb(tokens, prevM.last, hit.first)) out.push({ hit, target: prevM, holder: agent, weight: weightOf() });
        // A harmful act with its doer named but its victim not a mention: held against the doer.
        else if (agent && !harmless && harmful(tokens, hit) && hit.weight < 0) out.push({ hit, target: agent, holder: agent, weight: weightOf() });
        continue;
      }
      // "Blaming Y was unfair": the act is what the speaker judges, not the speaker's act (gerundSubject.ts).
      if (gerundBeforeCopula(tokens, hit.first, cFrom, cTo)) continue;
      // "She told us to trust her": the one asked is not the holder; the asker is.
      const asker = askedToAct(tokens, before, hit.first);
      const subject = asker !== undefined ? subjectOf(tokens, before.filter((m) => m.last <= asker), asker) ?? unnamedSubject(tokens, cFrom, asker)
        : subjectOf(tokens, before, hit.first) ?? unnamedSubject(tokens, cFrom, hit.first) ?? adjunctSubject(tokens, hit.first, sorted, from) ?? prepositionGerundDoer(tokens, hit.first, before, cFrom) ?? relativeSubject(tokens, hit.first, before, from, OTHER) ?? addressee;
      // ("admired Ostland's president, Tomas Brandt": the possessed name, possessedHead.ts.)
      let object = nextM && nextM.first - hit.last <= 6 && !betweenVerb(tokens, hit.last, nextM.first) && !inReason(tokens, hit.last, nextM.first) && !subjectOfSubordinate(tokens, hit.last, nextM) ? possessedHead(tokens, after, nextM) : undefined;
      // "Biden, whom Trump mocked as …": the object is the antecedent of the relative pronoun.
      if (subject) object = relativeAntecedent(tokens, subject, before) ?? object;
      // "I want to thank Senator Y for joining us": a courtesy, not gratitude (courtesy.ts).
      if (object && tv.lemma === 'thank' && courtesy(tokens, object.last + 1)) continue;
      const harm = hit.weight < 0 && harmful(tokens, hit);
      // The object of a harmful act is its victim: with no doer named ("the occupied region"),
      // nobody holds it against anyone.
      // ("slammed Lee and Ross": each conjunct of the object, coordination.ts.)
      if (object && !(harm && !subject)) for (const m of coordinated(tokens, after, object)) out.push({ hit, target: m, holder: subject ?? null, weight: weightOf() });
      // A harmful act with no named victim ("he ignores the law") still judges its doer.
      else if (subject && subject.key !== OTHER && harm) {
        out.push({ hit, target: subject, holder: null, weight: weightOf(0.6) });
      }
      continue;
    }

    // Evaluations and plain words.
    const target = evaluationTarget(tokens, hit, before, after, cFrom);
    if (!target) continue;
    out.push({ hit, target, holder: holderOf(tokens, target, sorted, cFrom, from), weight: weightOf() });
  }
  return out;
}

function isPassive(tokens: readonly Token[], v: number, cFrom: number): boolean {
  if (!PARTICIPLE.test(tokens[v]!.lower)) return false;
  // A reduced relative: "the region, occupied by Y", "a plan praised by Y".
  if (tokens[v + 1]?.lower === 'by') return true;
  for (let k = v - 1; k >= cFrom && k >= v - 3; k--) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'get')) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

function betweenVerb(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && !/(ing)$/.test(t.lower)) return true;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that') return true;
  }
  return false;
}

/**
 * The directive verb whose object is asked to do the act at v ("told [us] to trust", "urged
 * [voters] to reject", "called on [members] to back"), or undefined.
 */
function askedToAct(tokens: readonly Token[], before: readonly MentionSlot[], v: number): number | undefined {
  const object = before[before.length - 1];
  if (!object || tokens[v - 1]?.lower !== 'to' || object.last !== v - 1) return undefined;
  let k = object.first - 1;
  // ("urged all voters to …", "told the two of us to …": words before the one asked.)
  while (k > 0 && object.first - k <= 3 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'ADJ')) k--;
  if (tokens[k]?.lower === 'on' && tokens[k - 1]?.lemma === 'call') k--;
  const t = tokens[k];
  return t && (t.pos === 'VERB' || t.pos === 'AUX') && DIRECTIVE_VERBS.has(t.lemma) ? k : undefined;
}

/** The subject of the verb at v: the nearest mention before it with no other verb in between. */
function subjectOf(tokens: readonly Token[], before: readonly MentionSlot[], v: number): MentionSlot | undefined {
  const m = before[before.length - 1];
  if (!m) return undefined;
  // "the group that attacked Y had lied": the head of the relative clause, not its object (relativeObject.ts).
  // (From the text's start: the head noun may stand before the clause the hit was read in.)
  const head = relativeHead(tokens, m, 0);
  if (head >= 0) return { first: head, last: head + 1, key: OTHER };
  for (let k = m.last; k < v; k++) {
    const t = tokens[k]!;
    // "X is trying to weaken Y", "X wants to undermine Y": the subject carries over.
    if (transparent(tokens, k)) continue;
    if (t.pos === 'VERB' || t.lower === ',' || t.pos === 'ADP' || t.pos === 'SCONJ') return undefined;
  }
  return m;
}

function evaluationTarget(tokens: readonly Token[], hit: Hit, before: readonly MentionSlot[], after: readonly MentionSlot[], cFrom: number): MentionSlot | undefined {
  const prev = before[before.length - 1];
  const next = after[0];
  // "committed to Ukraine's sovereignty", "loyal to the party": the relation's object is judged.
  // (Not "committed to defeating Y": the relation is to the act, and Y is its object.)
  if (next && next.first - hit.last <= 3 && !hasComma(tokens, hit.last, next.first) && relationTo(tokens, hit) && !hasVerbBetween(tokens, hit.last, next.first)) return next;
  // "Thank you, Mr. President": thanks go to the person addressed.
  if (next && tokens[hit.first]!.lemma === 'thank' && tokens[next.first - 1]?.lower === ',' && next.first - hit.last <= 5) return next;
  // Plain-lexicon words ("victory", "crisis") judge a person only when predicated of them
  // (copula, apposition, naming), not as the possessor's or agent's ("Ukraine's victory").
  const plain = hit.kind === 'base';
  // "this decision by Y", "a great job by Y". Not a passive verb of a good word: "the crimes
  // committed by Y" are not Y's commitment, "a plan praised by Y" is Y's praise of the plan (a
  // harm, "abused by Y", is still Y's).
  if (!plain && next && afterBy(tokens, next.first) && next.first - hit.last <= 4 && !(hit.weight > 0 && passiveBy(tokens, hit))) return next;
  // "Y deserves our gratitude", "our thanks to Y": the possessor holds the attitude (attitudeTarget.ts).
  const attitude = attitudeTarget(tokens, hit.first, before, after, SELF);
  if (attitude !== undefined) return attitude ?? undefined;
  if (prev) {
    // Possessor: "Putin's genius move", "his brilliant idea"
    const poss = tokens[prev.last];
    if (!plain && poss && (poss.lower === "'s" || poss.lower === '’s') && hit.first - prev.last <= 3) return prev;
    if (!plain && prev.last === prev.first + 1 && /^(his|her|their|its|my|our)$/.test(tokens[prev.first]!.lower) && hit.first - prev.last <= 2) {
      // "Poland, our closest partner": a first-person possessive names a relation
      // to the speaker; the evaluation is of the apposition's head.
      if (/^(my|our)$/.test(tokens[prev.first]!.lower)) {
        const head = before[before.length - 2];
        if (head && tokens[prev.first - 1]?.value === ',' && head.last === prev.first - 1) return head;
      } else return prev;
    }
    // Naming: "called Y a liar", "described Y as a genius", "Y, whom X described as a genius".
    // (The verb may stand before the range read, whose words start at Y: then the evaluation must
    // be the name given, right after Y; not "called Y to offer condolences", "called Y after the
    // tragic accident", "called Y's father, a beloved teacher".)
    for (let k = prev.first - 1; k >= 0 && k >= prev.first - 2 && !breaks(tokens[k]!); k--) {
      if (NAMING_VERBS.has(tokens[k]!.lemma)) {
        if (k >= cFrom || namedAfter(tokens, prev, hit.first)) return prev;
        break;
      }
      if (k < cFrom && tokens[k]!.pos !== 'DET') break;
    }
    // Copula or apposition: "he's smart", "Y is a liar", "Y, a liar", "She's a very sharp woman, gifted"
    // "Y, whom X described as a genius": X names the antecedent of the relative pronoun.
    const rel = relativeAntecedent(tokens, prev, before);
    if (rel) {
      for (let k = prev.last; k < hit.first; k++) if (NAMING_VERBS.has(tokens[k]!.lemma)) return rel;
    }
    let sawCopula = false;
    let sawVerb = false;
    for (let k = prev.last; k < hit.first; k++) {
      const t = tokens[k]!;
      const cop = (t.pos === 'AUX' || t.pos === 'VERB') && COPULA.has(t.lemma);
      if (cop) sawCopula = true;
      else if (t.pos === 'VERB') sawVerb = true;
      // Another noun before the copula is its subject: "told Kim that the summit was a success".
      else if (!sawCopula && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'SCONJ')) sawVerb = true;
    }
    // ("Writing Y off would be a mistake": the copula's subject is the gerund's act, not Y.)
    if (sawCopula && !sawVerb) return objectOfGerundSubject(tokens, prev.first, cFrom) ? undefined : prev;
    if (!sawVerb && tokens[prev.last]?.lower === ',' && hit.first - prev.last <= 4) return prev;
    // "denounced Y as a terrorist", "hailed Y as a hero"
    if (!sawVerb && tokens[prev.last]?.lower === 'as' && hit.first - prev.last <= 4) return prev;
    if (!plain && !sawVerb && hit.first - prev.last <= 1) return prev;
  }
  // Plain-lexicon words ("war", "victory", "losses") judge a person only through the
  // constructions above; they do not fall back on the clause's subject or object.
  if (hit.kind === 'base') return undefined;
  // Other words: the subject of the clause, else the object right after.
  if (prev && before.length > 0) {
    const s = before[0]!;
    let verb = -1;
    for (let k = s.last; k < hit.first; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') { verb = k; break; }
    if (verb >= 0) {
      let other = false;
      // A verb before the subject may govern it ("praising Y, X …" is no clause of Y), unless it
      // sits in a fronted prepositional adjunct closed by a comma: "In so doing, the council …".
      const adjunct = tokens[s.first - 1]?.lower === ',' && tokens[cFrom]?.pos === 'ADP';
      if (!adjunct) for (let k = s.first - 1; k >= cFrom; k--) if (tokens[k]!.pos === 'VERB') other = true;
      // "we all felt that the vote was a betrayal": the evaluation belongs to the embedded clause.
      for (let k = s.last; k < hit.first; k++) {
        const t = tokens[k]!;
        if (t.lower === 'that' || t.pos === 'SCONJ') other = true;
      }
      // "X must delete unlawful ads": the words describe what X acts against, not X.
      if (!other && !countered(tokens, hit.first, s.last)) return s;
    }
  }
  // "a stab in the back for Y", "a disgrace to Y": after a preposition Y is the one wronged.
  // ("an outrage if Parliament were …": a subordinate clause's subject is not the one wronged.)
  if (next && next.first - hit.last <= 2 && !hasComma(tokens, hit.last, next.first) && !hasAdposition(tokens, hit.last, next.first) && !opensClause(tokens, hit.last, next.first)) return next;
  return undefined;
}

/**
 * Whether the word at `at` lies in the object of a verb acting against it (COUNTERING_VERBS):
 * "delete unlawful ads", "combat tax fraud", "end the 'reckless' spending", with only
 * determiners, adjectives, adverbs, nouns and quote marks between. Not through a possessive:
 * "curb its reckless spending" judges the possessor.
 */
function countered(tokens: readonly Token[], at: number, from: number): boolean {
  // The word must be inside the object's noun phrase: an adjective before its noun, or a noun
  // ("voter fraud"); a word after the object ("cut the budget far too deeply") judges the act.
  const word = tokens[at]!;
  if (word.pos !== 'ADJ' && word.pos !== 'NOUN') return false;
  for (let k = at - 1; k >= from && k >= at - 4; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return COUNTERING_VERBS.has(t.lemma);
    if (POSSESSIVE_MARKERS.has(t.lower)) return false;
    if (t.pos === 'NOUN' && word.pos === 'ADJ') return false;
    if (!/^(DET|ADJ|ADV|NOUN|PUNCT)$/.test(t.pos) || (t.pos === 'PUNCT' && !/^['"‘’“”]$/u.test(t.value))) return false;
  }
  return false;
}

/**
 * Who holds an evaluation whose target is `target`: the subject of a naming or reporting verb
 * that governs it ("X called Y a liar", "X said Y is weak", "Y, whom X described as …"),
 * else null (the words are the utterance's own).
 */
function holderOf(tokens: readonly Token[], target: MentionSlot, mentions: readonly MentionSlot[], cFrom: number, from: number): MentionSlot | null {
  // "Y, whom X described as": the holder follows the target.
  const rel = tokens[target.last]?.lower === ',' ? tokens[target.last + 1] : tokens[target.last];
  if (rel && (rel.lower === 'whom' || rel.lower === 'who' || rel.lower === 'which')) {
    const x = mentions.find((m) => m.first > rel.i && m.first - rel.i <= 2);
    if (x) {
      const v = tokens[x.last];
      if (v && (NAMING_VERBS.has(v.lemma) || CLAUSE_REPORTING_VERBS.has(v.lemma))) return x;
    }
  }
  // "X called Y …" / "X said (that) Y is …": a naming/reporting verb before the target.
  for (let k = target.first - 1; k >= from && k >= target.first - 4; k--) {
    const t = tokens[k]!;
    // wink sometimes tags "views" or "calls" as a noun right before the object; trust the position.
    const verbish = t.pos === 'VERB' || (k === target.first - 1 && NAMING_VERBS.has(t.lemma));
    if (verbish && (NAMING_VERBS.has(t.lemma) || CLAUSE_REPORTING_VERBS.has(t.lemma) || lexicon().verbs.has(t.lemma))) {
      // (Not a place as a location, nor a name a comma cuts off: "… across the Gulf, supporting Y's
      // reckless plans" is a free participle, and the words stay the utterance's own.)
      const subj = [...mentions].reverse().find((m) => m.last <= k && k - m.last <= 2);
      return subj && subj.key !== NOBODY && !hasComma(tokens, subj.last, k) ? subj : null;
    }
    if (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'PROPN') break;
  }
  void cFrom;
  return null;
}

/** For "Y, whom X …" / "Y, who X …": Y, when `m` (X) directly follows the relative pronoun. */
function relativeAntecedent(tokens: readonly Token[], m: MentionSlot, before: readonly MentionSlot[]): MentionSlot | undefined {
  const r = tokens[m.first - 1];
  if (!r || !/^(whom|who|that)$/.test(r.lower)) return undefined;
  const end = tokens[m.first - 2]?.lower === ',' ? m.first - 2 : m.first - 1;
  return before.find((x) => x.last === end);
}


/**
 * The one credited with the act at token v, an -ing form after "in": "the (key) role of Y in
 * resolving", "Y's tireless efforts in rebuilding", "his role in ending". Looks back at most
 * eight tokens; the credit noun's possessor or its "of" phrase is the mention.
 */
function creditedAgent(tokens: readonly Token[], v: number, mentions: readonly MentionSlot[], from: number): MentionSlot | undefined {
  if (!tokens[v]!.lower.endsWith('ing') || tokens[v - 1]?.lower !== 'in') return undefined;
  const inAt = v - 1;
  const endingAt = (k: number) => mentionEndingAt(mentions, k);
  // "role of Y in": the mention ends right before "in" and follows "of" + a credit noun.
  const ofY = endingAt(inAt - 1);
  if (ofY && tokens[ofY.first - 1]?.lower === 'of' && CREDIT_NOUNS.has(tokens[ofY.first - 2]?.lower ?? '')) return ofY;
  // "Y's (key) role in", "his role in": a credit noun right before "in", possessed by Y.
  let k = inAt - 1;
  if (k < from || !CREDIT_NOUNS.has(tokens[k]!.lower)) return undefined;
  k--;
  while (k >= from && inAt - k <= 8 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV' || tokens[k]!.value === ',')) k--;
  if (k < from) return undefined;
  const t = tokens[k]!;
  if (t.lower === "'s" || t.lower === '’s') return endingAt(k - 1);
  const own = endingAt(k);
  return own && own.last === own.first + 1 && /^(his|her|their|its)$/.test(t.lower) ? own : undefined;
}

/** The mention (of `sorted`, ordered by first token) whose last token is k, found by binary search. */
function mentionEndingAt(sorted: readonly MentionSlot[], k: number): MentionSlot | undefined {
  for (let i = firstAtOrAfter(sorted, k + 1, (m) => m.first) - 1; i >= 0 && k + 1 - sorted[i]!.first <= 16; i--) {
    if (sorted[i]!.last === k + 1) return sorted[i];
  }
  return undefined;
}

/** A harmful act: a verb of harm or a gapped idiom of harm. */
export function harmful(tokens: readonly Token[], hit: Hit): boolean {
  return hit.harm === true || isHarmVerb(tokens[hit.first]!);
}


/**
 * The one an imperative at verb v is addressed to: the clause opens with the verb (after "do
 * n't", "please", "stop"), and the sentence before it names the addressee — a vocative right
 * before ("Mr. President, don't …") or the object of an appeal ("a plea to the president: …",
 * "I say to Putin: …").
 */
function imperativeAddressee(tokens: readonly Token[], v: number, cFrom: number, from: number, mentions: readonly MentionSlot[]): MentionSlot | undefined {
  let k = v - 1;
  while (k >= from && IMPERATIVE_OPENERS.has(tokens[k]!.lower)) k--;
  const verb = tokens[v]!;
  if (verb.lower !== verb.lemma && !(tokens[v - 1]?.lower === 'stop' && verb.lower.endsWith('ing'))) return undefined;
  if (k < from) return undefined;
  // Vocative: "Mr. President, don't …" — a mention and a comma right before the imperative.
  if (tokens[k]!.value === ',') {
    const voc = mentionEndingAt(mentions, k - 1);
    if (voc && (voc.first === from || /^[.!?:;]$/.test(tokens[voc.first - 1]!.value) || tokens[voc.first - 1]!.pos === 'SPACE')) return voc;
    return undefined;
  }
  if (k >= cFrom || (tokens[k]!.value !== ':' && tokens[k]!.value !== '—')) return undefined;
  // "… an appeal to the governor: don't …": the mention after an appeal and "to".
  for (let j = k - 1; j >= from && k - j <= 10; j--) {
    const t = tokens[j]!;
    if (/^[.!?;]$/.test(t.value)) break;
    if ((t.lower === 'to' || t.lower === 'on') && APPEALS.has(tokens[j - 1]?.lemma ?? '') || (t.lower === 'to' && APPEALS.has(tokens[j - 2]?.lemma ?? ''))) {
      const m = mentions[firstAtOrAfter(mentions, j + 1, (x) => x.first)];
      if (m && m.first - j <= 2 && m.last <= k) return m;
    }
  }
  return undefined;
}

/**
 * The clause [from, q) closed by the question mark at q is a yes-no question: it opens with an
 * auxiliary or a modal ("Can we rely on …?", "Is he …?", "Has anyone …?"), after any quote mark,
 * and ends with no tag of assent.
 */
function yesNoQuestion(tokens: readonly Token[], from: number, q: number): boolean {
  let k = from;
  while (k < q && (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'SPACE')) k++;
  return k < q && tokens[k]!.pos === 'AUX' && !tagQuestion(tokens, q);
}

/** Words of a tag that asks for assent after a comma: "…, right?", "…, no?". */
const ASSENT_TAGS = new Set(['right', 'no', 'correct', 'true', 'yes']);

/**
 * The question mark at q closes a tag question, which asserts its clause: "…, right?", "…,
 * isn't it?", "…, doesn't he?" (a comma, then an assent word or an auxiliary and a pronoun).
 */
function tagQuestion(tokens: readonly Token[], q: number): boolean {
  const a = tokens[q - 1];
  if (a && ASSENT_TAGS.has(a.lower) && tokens[q - 2]?.value === ',') return true;
  const aux = tokens[q - 2];
  const pron = tokens[q - 1];
  if (!aux || !pron || pron.pos !== 'PRON') return false;
  const auxAt = aux.lower === "n't" || aux.lower === 'n’t' || aux.lower === 'not' ? q - 3 : q - 2;
  return tokens[auxAt]?.pos === 'AUX' && tokens[auxAt - 1]?.value === ',';
}

/** The hit is a verb read in the passive with its agent: "committed by", "praised by". */
function passiveBy(tokens: readonly Token[], hit: Hit): boolean {
  const t = tokens[hit.last - 1]!;
  return t.pos === 'VERB' && /ed$/.test(t.lower) && tokens[hit.last]?.lower === 'by';
}

/** "committed to", "grateful to" (a construction or a word and the preposition after it). */
function relationTo(tokens: readonly Token[], hit: Hit): boolean {
  const to = (t: Token | undefined): boolean => t !== undefined && /^(to|toward|towards)$/.test(t.lower);
  const last = tokens[hit.last - 1]!;
  if (to(last)) return hit.last - hit.first >= 2 && RELATIONAL.has(tokens[hit.last - 2]!.lower);
  return RELATIONAL.has(last.lower) && to(tokens[hit.last]);
}

function hasVerbBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.lower.endsWith('ing')) return true;
  return false;
}

function opensClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.pos === 'SCONJ' || /^(if|that|when|whether|because|unless)$/.test(tokens[k]!.lower)) return true;
  return false;
}

/** First and second person as a verb's subject: the speaker's side or the one addressed, never an OTHER holder. */
const SPEAKER_SIDE = ['i', 'we', 'you'] as const;
/** Subjects right before a verb that make no OTHER holder: the speaker's side and the relative pronouns, whose antecedent stands elsewhere. */
const NOT_UNNAMED_HOLDERS: ReadonlySet<string> = new Set([...SPEAKER_SIDE, 'who', 'that', 'which']);
/** Sentence subjects that make no OTHER holder for a free participle: the speaker's side and things ("it", "this", "that"). */
const NOT_ADJUNCT_HOLDERS: ReadonlySet<string> = new Set([...SPEAKER_SIDE, 'it', 'this', 'that']);

/**
 * When a verb's subject is not an entity mention, it may still be someone other than the speaker
 * ("they are trying to weaken", "critics slammed"): a pronoun or noun right before the verb, not
 * first person, makes an OTHER holder, so the words are not taken as the speaker's.
 */
function unnamedSubject(tokens: readonly Token[], cFrom: number, v: number): MentionSlot | undefined {
  for (let k = v - 1; k >= cFrom && k >= v - 7; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'PROPN') {
      if (NOT_UNNAMED_HOLDERS.has(t.lower)) return undefined;
      return { first: k, last: k + 1, key: OTHER };
    }
    if (transparent(tokens, k)) continue;
    if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.value === ',') return undefined;
  }
  return undefined;
}

/** Personal pronouns that, as a verb's object, are who a possessive after "for" stands for: "thanked them for their help". */
const PERSONAL_OBJECTS = new Set(['you', 'him', 'her', 'them', 'us', 'me']);

/**
 * "thanked everyone for their help", "blamed the storm for Y's losses": a mention inside the "for"
 * phrase after the verb's own object is part of the reason, not the one judged. Checked on the
 * directed data (../shared/directed/train.txt): a name in such a phrase is judged by the verb's
 * subject with the verb's sign in 18 of 42 sentences, a name right after the verb in 1,141 of
 * 1,434. (A personal pronoun as the object, "thanked them for their …", is the possessive's referent.)
 */
function inReason(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (tokens[k]!.lower === 'for') return !(k === a + 1 && PERSONAL_OBJECTS.has(tokens[a]!.lower));
  }
  return false;
}

/** Words that may open a sentence before its subject: "But X …", "And then X …". */
const OPENERS = new Set(['CCONJ', 'ADV', 'PUNCT', 'SPACE']);

/**
 * "X toured the flooded towns, praising Y": a free participle after a comma has the subject of the
 * sentence it hangs on, not the speaker. The subject is the mention that opens the sentence
 * (after a conjunction, an adverb or a quote mark); a common noun or a pronoun there (other than
 * first and second person) makes an OTHER holder. A sentence opened by anything else ("In a
 * statement, …", "After the vote, …") gives none.
 */
function adjunctSubject(tokens: readonly Token[], v: number, mentions: readonly MentionSlot[], from: number): MentionSlot | undefined {
  const verb = tokens[v]!;
  if (verb.pos !== 'VERB' || !verb.lower.endsWith('ing') || tokens[v - 1]?.value !== ',') return undefined;
  let s = v - 1;
  while (s > from && tokens[s - 1]!.sentence === verb.sentence) s--;
  while (s < v - 1 && OPENERS.has(tokens[s]!.pos)) s++;
  const named = mentions.find((m) => m.first === s || (m.first === s + 1 && tokens[s]!.pos === 'DET'));
  if (named) return named.last < v - 1 ? named : undefined;
  let k = s;
  while (k < v - 1 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k++;
  const t = tokens[k]!;
  if (k >= v - 1 || !(t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN')) return undefined;
  if (NOT_ADJUNCT_HOLDERS.has(t.lower)) return undefined;
  return { first: k, last: k + 1, key: OTHER };
}

/** True when the mention starting at `i` follows "by" ("by Y", "by the Y"). */
function afterBy(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (p?.lower === 'by') return true;
  return p?.pos === 'DET' && tokens[i - 2]?.lower === 'by';
}

function hasAdposition(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.pos === 'ADP') return true;
  return false;
}

/** "trying to", "keep (undermining)": verbs that pass their subject on to the next verb. */
function transparent(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || !CATENATIVE.has(t.lemma)) return false;
  const n = tokens[k + 1];
  return n?.lower === 'to' || (n?.pos === 'VERB' && n.lower.endsWith('ing'));
}
