import { ANY_BODY_HEADS, HEAD_NAME_WORDS, ORG_COMMON_HEADS, ORG_WORDS, OUTLET_HEADS, OUTLET_WORDS } from '../../vocabulary/organisations.js';
import { LOOKBACK, MAX_CANDIDATES, type EntityDraft, type EntityIndex } from './types.js';


/** The head noun of "the court", "this airline", when it names an organisation's kind; else undefined. */
export function organisationHead(phrase: string): string | undefined {
  const m = /^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(\p{Ll}+)$/u.exec(phrase.trim());
  const head = m?.[1];
  return head && (ORG_WORDS.has(head) || ORG_COMMON_HEADS.has(head) || OUTLET_HEADS.has(head)) ? head : undefined;
}

/** Whether an organisation's kind fits a head it is not named with: a business for "the company"; for "the network", any (an outlet's name need not say it is one). */
function fits(e: EntityDraft, head: string): boolean {
  if (OUTLET_HEADS.has(head) || OUTLET_WORDS.has(head)) return true;
  // "the airline" is no "Senate": a head with name words of its own fits only a name without a body's word ("Lufthansa").
  if (HEAD_NAME_WORDS[head] && e.words.some((w) => ORG_WORDS.has(w.replace(/[.,]$/, '')))) return false;
  return ANY_BODY_HEADS.has(head) && !e.outlet;
}

/**
 * A definite description of an organisation ("the court", "the airline", "this company") refers
 * to the organisation the article named in the last few sentences before it (mention index
 * `before` exclusive, in sentence `sentence`): the most recent one whose name holds the head word
 * ("court" ↔ "European Court of Justice", "airline" ↔ "Norvik Air": HEAD_NAME_WORDS), failing that the only one whose kind fits (a
 * non-outlet organisation for "the company", any organisation for "the newspaper"); -1 when none
 * or several do (never a person or a place).
 */
export function namedOrganisation(ents: EntityIndex, phrase: string, before: number, sentence: number): number {
  const head = organisationHead(phrase);
  if (!head) return -1;
  const kinds = new Set<number>();
  for (let k = before - 1; k >= 0 && before - k <= MAX_CANDIDATES; k--) {
    const m = ents.mentions[k]!;
    if (sentence - m.sentence > LOOKBACK) break;
    const e = ents.entityOf[k]!;
    if (e < 0 || m.kind !== 'name') continue;
    const entity = ents.entities[e]!;
    if (entity.type !== 'organization') continue;
    if (holdsHead(entity, head)) return e;
    if (fits(entity, head)) kinds.add(e);
  }
  // Without the word in a name, the kind decides only when one organisation of the kind is near.
  if (kinds.size === 1) return [...kinds][0]!;
  return kinds.size === 0 ? salientNamed(ents, head, before) : -1;
}

/**
 * Past the last few sentences, "the court" is the article's court: of the organisations named
 * before with the head word in their name, the one named most often, when it is named at least
 * twice and more often than any other; else -1.
 */
function salientNamed(ents: EntityIndex, head: string, before: number): number {
  let best = -1, top = 0, second = 0;
  for (const [e, n] of namedCounts(ents, before)) {
    const entity = ents.entities[e]!;
    if (entity.type !== 'organization' || !headedBy(entity, head)) continue;
    if (n > top) { second = top; top = n; best = e; } else if (n > second) second = n;
  }
  return top >= 2 && top > second ? best : -1;
}

/** Running counts of name mentions per entity, up to a mention index (`upTo` exclusive). */
interface NamedCounts { upTo: number; counts: Map<number, number> }
const COUNTS = new WeakMap<EntityIndex, NamedCounts>();

/**
 * How often each entity is named by the mentions before `before`. Descriptions are read in text
 * order, so the counts are carried forward from the last call (linear over an article, not a
 * scan from its start per description); an earlier `before` counts afresh.
 */
function namedCounts(ents: EntityIndex, before: number): Map<number, number> {
  let c = COUNTS.get(ents);
  if (!c || c.upTo > before) COUNTS.set(ents, (c = { upTo: 0, counts: new Map() }));
  for (let k = c.upTo; k < before; k++) {
    const e = ents.entityOf[k]!;
    if (e >= 0 && ents.mentions[k]!.kind === 'name') c.counts.set(e, (c.counts.get(e) ?? 0) + 1);
  }
  c.upTo = before;
  return c.counts;
}

/** Whether the name's head is the word: its last word, or the word before "of" ("Party of Labour"); not "Party City Inc.". */
function headedBy(entity: EntityDraft, head: string): boolean {
  const words = entity.words.map((w) => w.replace(/[.,]$/, ''));
  const of = words.indexOf('of');
  const last = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  return last === head || HEAD_NAME_WORDS[head]?.includes(last) === true;
}

/** Whether any word of the name is the head or one of its name words ("court" in "European Court of Justice", "air" for "the airline"). */
function holdsHead(entity: EntityDraft, head: string): boolean {
  return entity.words.some((w) => { const bare = w.replace(/[.,]$/, ''); return bare === head || HEAD_NAME_WORDS[head]?.includes(bare); });
}
