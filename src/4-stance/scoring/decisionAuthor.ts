import type { Token } from '../../adapters/wink.js';
import { SELF, type MentionSlot } from '../assignHits.js';
import type { ArticleMention } from './targets.js';

/**
 * Nouns that name a decision, with the verbs by which the article says someone made it: "the
 * ruling" was made by whoever "ruled". Judging the decision judges its author (issue #14).
 */
const DECISION_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ruling', ['rule']],
  ['verdict', ['rule']],
  ['judgment', ['rule', 'judge']],
  ['judgement', ['rule', 'judge']],
  ['decision', ['decide', 'rule']],
  ['order', ['order']],
  ['ban', ['ban']],
]);

/** Determiners that point back to a decision the article has named: "the ruling", "this verdict". */
const POINTING = new Set(['the', 'this', 'that']);

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
 * "the film's ending" or "the decision of the panel" name no author this way. `covered` holds the
 * tokens already in a mention.
 */
export function decisionSlots(ctx: DecisionContext, uf: number, ul: number, covered: ReadonlySet<number>): MentionSlot[] {
  const { tokens } = ctx;
  const out: MentionSlot[] = [];
  for (let k = uf; k < ul; k++) {
    const t = tokens[k]!;
    if (covered.has(k) || t.pos !== 'NOUN') continue;
    const verbs = DECISION_VERBS.get(t.lower);
    if (!verbs || !pointedAt(tokens, k, uf)) continue;
    const next = tokens[k + 1];
    if (next && (next.lower === 'of' || next.lower === 'by')) continue;
    const author = soleAuthor(ctx, t.lower, verbs, k);
    if (author === undefined) continue;
    out.push({ first: k, last: k + 1, key: author === ctx.speakerId ? SELF : author });
  }
  return out;
}

/** The noun at k is a bare decision pointed at by a determiner: "the ruling", "this shameful verdict". */
function pointedAt(tokens: readonly Token[], k: number, uf: number): boolean {
  let j = k - 1;
  while (j >= uf && tokens[j]!.pos === 'ADJ') j--;
  return j >= uf && POINTING.has(tokens[j]!.lower) && tokens[j]!.pos === 'DET';
}

/**
 * The one author of the decision named `noun` before token k: the subject mention of a matching
 * verb ("the court ruled"), the mention before the noun ("the court's ruling", "the Senate
 * ruling") or after "by" ("a ruling by the court"). Undefined unless exactly one entity is found.
 */
function soleAuthor(ctx: DecisionContext, noun: string, verbs: readonly string[], k: number): string | undefined {
  const { tokens, mentions } = ctx;
  const endingAt = new Map<number, string>();
  const startingAt = new Map<number, string>();
  for (const m of mentions) {
    if (m.start >= tokens[k]!.start) break;
    endingAt.set(m.end, m.entityId);
    startingAt.set(m.start, m.entityId);
  }
  const found = new Set<string>();
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && verbs.includes(t.lemma)) {
      let s = j - 1;
      while (s >= 0 && BETWEEN.has(tokens[s]!.pos)) s--;
      const id = s >= 0 ? endingAt.get(tokens[s]!.end) : undefined;
      if (id !== undefined) found.add(id);
    } else if (t.pos === 'NOUN' && t.lower === noun) {
      const before = tokens[j - 1];
      const owner = before && (before.lower === "'s" || before.lower === '’s') ? tokens[j - 2] : undefined;
      const byMention = tokens[j + 1]?.lower === 'by' ? tokens[j + 2] : undefined;
      const id = (before && endingAt.get(before.end)) ?? (owner && endingAt.get(owner.end)) ?? (byMention && startingAt.get(byMention.start));
      if (id) found.add(id);
    }
    if (found.size > 1) return undefined;
  }
  const [id] = found;
  return id !== undefined && !ctx.unnamed.has(id) ? id : undefined;
}
