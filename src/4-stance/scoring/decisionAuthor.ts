import type { Token } from '../../adapters/wink.js';
import { SELF, type MentionSlot } from '../assignHits.js';
import { TIME_WORDS, WEEKDAYS } from '../../vocabulary/time.js';
import { timeAdjunctEndingAt } from '../../vocabulary/timeAdjunct.js';
import type { ArticleMention } from './targets.js';
import { POINTING_BACK } from '../../vocabulary/determiners.js';

/**
 * Nouns that name a decision, by family, with the verbs by which the article says someone made
 * it: "the ruling" was made by whoever "ruled"; "the court's decision" and "this judgment" are the
 * same act of a court. Judging the decision judges its author (issue #14). (A family for "the
 * move", made by whoever "moved to" act or owned "X's move" / "a move by X", changed no polar
 * stance over the 956 texts, 2026-12-07: left out.)
 */
interface Family {
  readonly nouns: readonly string[];
  readonly verbs: readonly string[];
}
const FAMILIES: readonly Family[] = [
  { nouns: ['ruling', 'verdict', 'judgment', 'judgement', 'decision'], verbs: ['rule', 'judge', 'decide'] },
  { nouns: ['order'], verbs: ['order'] },
  { nouns: ['ban'], verbs: ['ban'] },
];
const FAMILY_OF: ReadonlyMap<string, Family> = new Map(FAMILIES.flatMap((f) => f.nouns.map((n) => [n, f] as const)));

/** Verbs whose subject makes the decision named by their object: "the court issued a ruling". */
const ISSUE_VERBS = new Set(['issue', 'deliver', 'hand', 'announce', 'make', 'reach', 'impose']);

const BLOCKED = Symbol('blocked');

const SENTENCE_END = new Set(['.', '!', '?']);

/** Tokens between a subject and its verb: "has ruled", "unanimously decided", "did not ban". */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/** What the decision reading needs of the article. */
export interface DecisionContext {
  readonly tokens: readonly Token[];
  readonly mentions: readonly ArticleMention[];
  /** Entities that are nobody's target. */
  readonly unnamed: ReadonlySet<string>;
  readonly speakerId: string;
}

/**
 * Slots for decisions judged in the utterance [uf, ul) and made by someone the article names:
 * "this ruling" after "the court ruled …", "the decision" after "Nadia Petrova's decision" or
 * "the decision by the ministry". The decision noun becomes a mention of its author when exactly
 * one author is found before it; its author's own words about it are the speaker's own (SELF).
 * Only a bare decision pointed at by "the/this/that" (adjectives allowed): "the weather decision",
 * "the film's ending" or "the decision of the panel" name no author this way. `covered` flags the
 * tokens already in a mention (1 at k - uf for token k).
 */
export function decisionSlots(ctx: DecisionContext, uf: number, ul: number, covered: Uint8Array): MentionSlot[] {
  const out: MentionSlot[] = [];
  for (let k = uf; k < ul; k++) {
    if (covered[k - uf] === 1) continue;
    const author = decisionAuthorAt(ctx, k, uf);
    if (author !== undefined) out.push({ first: k, last: k + 1, key: author });
  }
  return out;
}

/**
 * The author of the decision named by the noun at k, as decisionSlots reads it ("this ruling"
 * after "the court ruled"); SELF for the speaker's own; undefined when k names no decision, or no
 * single author the article names. The determiner that points at it lies at or after token `from`.
 */
export function decisionAuthorAt(ctx: DecisionContext, k: number, from = 0): string | undefined {
  const { tokens } = ctx;
  const t = tokens[k];
  const family = t && t.pos === 'NOUN' ? FAMILY_OF.get(t.lower) : undefined;
  if (!family || !pointedAt(tokens, k, from)) return undefined;
  const next = tokens[k + 1];
  if (next && (next.lower === 'of' || next.lower === 'by')) return undefined;
  const author = nearestAuthor(ctx, family, k);
  return author === undefined ? undefined : author === ctx.speakerId ? SELF : author;
}

/** The noun at k is a bare decision pointed at by a determiner: "the ruling", "this shameful verdict". */
function pointedAt(tokens: readonly Token[], k: number, uf: number): boolean {
  let j = k - 1;
  while (j >= uf && tokens[j]!.pos === 'ADJ') j--;
  return j >= uf && POINTING_BACK.has(tokens[j]!.lower) && tokens[j]!.pos === 'DET';
}

/**
 * The author of the nearest earlier decision of the same family whose author the article names:
 * the subject mention of an active matching verb ("the court ruled", not "Facebook was
 * ordered"), of a verb that issues the decision ("the court issued a judgment"), the mention
 * before the noun ("the court's ruling", "the Senate ruling") or after "by" ("a ruling by the
 * court"). Undefined when that author is not one plain mention ("X and Y ruled") or nobody's target.
 */
function nearestAuthor(ctx: DecisionContext, family: Family, k: number): string | undefined {
  const { tokens } = ctx;
  const edges = mentionEdges(ctx.mentions);
  // Only mentions that start before the decision noun count.
  const before = tokens[k]!.start;
  const endingAt = startingBefore(edges.endingAt, before);
  const startingAt = startingBefore(edges.startingAt, before);
  let found: ArticleMention | undefined;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    // Another author in the sentence of the nearest one: "X ruled for the city and Y against it".
    if (found && SENTENCE_END.has(t.value)) break;
    const m = authorAt(tokens, j, family, endingAt, startingAt);
    if (m === undefined) continue;
    // The nearest decision is someone's the article does not resolve: no author.
    if (m === BLOCKED) {
      if (found) continue;
      return undefined;
    }
    if (found && m.entityId !== found.entityId) return undefined;
    if (found) continue;
    const w = tokenAt(tokens, j, m.start);
    if (w > 0 && (tokens[w - 1]!.lower === 'and' || tokens[w - 1]!.lower === 'or')) return undefined;
    found = m;
  }
  return found && !ctx.unnamed.has(found.entityId) ? found.entityId : undefined;
}

/**
 * The article's mentions by end and by start offset: for each offset, the mentions there in
 * article order (the last of those starting before a decision noun is the one its maps held).
 */
interface MentionEdges {
  readonly endingAt: ReadonlyMap<number, readonly ArticleMention[]>;
  readonly startingAt: ReadonlyMap<number, readonly ArticleMention[]>;
}

/** MentionEdges by mention list: built once per article, not once per decision noun. */
const edgesOf = new WeakMap<readonly ArticleMention[], MentionEdges>();

function mentionEdges(mentions: readonly ArticleMention[]): MentionEdges {
  const known = edgesOf.get(mentions);
  if (known) return known;
  const endingAt = new Map<number, ArticleMention[]>();
  const startingAt = new Map<number, ArticleMention[]>();
  for (const m of mentions) {
    (endingAt.get(m.end) ?? endingAt.set(m.end, []).get(m.end)!).push(m);
    (startingAt.get(m.start) ?? startingAt.set(m.start, []).get(m.start)!).push(m);
  }
  const edges = { endingAt, startingAt };
  edgesOf.set(mentions, edges);
  return edges;
}

/** The mention at an offset (its end, or its start). */
type MentionAt = (offset: number) => ArticleMention | undefined;

/** One side of MentionEdges read as the last mention at each offset among those that start before `before`. */
function startingBefore(all: ReadonlyMap<number, readonly ArticleMention[]>, before: number): MentionAt {
  return (offset) => {
    const list = all.get(offset);
    if (list) for (let i = list.length - 1; i >= 0; i--) if (list[i]!.start < before) return list[i];
    return undefined;
  };
}

/**
 * The author named by the token at j, if it names a decision of the family; BLOCKED for a decision
 * whose owner is named but is no author the article resolves: a case name ("the Roe v. Wade
 * decision"), a possessive or proper name without a mention of its own.
 */
function authorAt(tokens: readonly Token[], j: number, family: Family, endingAt: MentionAt, startingAt: MentionAt): ArticleMention | typeof BLOCKED | undefined {
  const t = tokens[j]!;
  if (t.pos === 'VERB' && (family.verbs.includes(t.lemma) || (ISSUE_VERBS.has(t.lemma) && issuesDecision(tokens, j, family)))) return subjectOf(tokens, j, endingAt);
  if (t.pos !== 'NOUN' || !family.nouns.includes(t.lower)) return undefined;
  const before = tokens[j - 1];
  const possessive = before !== undefined && (before.lower === "'s" || before.lower === '’s');
  const owner = possessive ? tokens[j - 2] : before;
  // "Friday's ruling", "today's judgment": a time, not an owner.
  if (possessive && owner && (TIME_WORDS.has(owner.lower) || WEEKDAYS.has(owner.lower))) return undefined;
  const byMention = tokens[j + 1]?.lower === 'by' ? tokens[j + 2] : undefined;
  const m = (owner && endingAt(owner.end)) ?? (before && endingAt(before.end)) ?? (byMention && startingAt(byMention.start));
  if (m && !inCaseName(tokens, j, m)) return m;
  return possessive || before?.pos === 'PROPN' || m ? BLOCKED : undefined;
}

/** The mention is a party of a case name: "Roe v. Wade", "Smith vs. Jones" (rare: once in 957 news texts, right). */
function inCaseName(tokens: readonly Token[], j: number, m: ArticleMention): boolean {
  const w = tokenAt(tokens, j, m.start);
  return w > 0 && /^(?:v\.?|vs\.?|versus)$/i.test(tokens[w - 1]!.value);
}

/** Index of the token starting at `start`, searching back from j. */
function tokenAt(tokens: readonly Token[], j: number, start: number): number {
  let w = j;
  while (w > 0 && tokens[w]!.start > start) w--;
  return w;
}

/** The active subject mention of the verb at j: "the court has ruled", "the court on Monday ruled", not "the post was banned". */
function subjectOf(tokens: readonly Token[], j: number, endingAt: MentionAt): ArticleMention | undefined {
  let s = j - 1;
  for (let pass = 0; pass < 2; pass++) {
    while (s >= 0 && BETWEEN.has(tokens[s]!.pos)) {
      if (tokens[s]!.lemma === 'be' || tokens[s]!.lemma === 'get') return undefined;
      s--;
    }
    const m = s >= 0 ? endingAt(tokens[s]!.end) : undefined;
    if (m || pass === 1) return m;
    // "the court on Monday ruled": the subject stands before the time.
    const time = s >= 0 ? timeAdjunctEndingAt(tokens, s) : -1;
    s = time >= 0 ? time - 1 : -1;
  }
  return undefined;
}

/** The verb at j takes a decision of the family as its object: "issued a judgment", "handed down its verdict". */
function issuesDecision(tokens: readonly Token[], j: number, family: Family): boolean {
  for (let o = j + 1; o < tokens.length && o <= j + 4; o++) {
    const t = tokens[o]!;
    if (family.nouns.includes(t.lower) && t.pos === 'NOUN') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADP' && t.pos !== 'PRON') return false;
  }
  return false;
}
