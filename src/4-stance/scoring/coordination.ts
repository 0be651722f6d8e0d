import { THIRD_PERSON_POSSESSIVES } from '../../vocabulary/pronouns.js';
import type { Token } from '../../adapters/wink.js';
import type { MentionSlot } from '../assignHits.js';
import { firstAtOrAfter } from '../../util/sorted.js';
import { NOMINAL_TAGS } from '../../vocabulary/tags.js';

/** The most tokens between two conjuncts ("and former Secretary of State"). */
export const CONJUNCT_GAP = 5;

const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);
/** Words that open a clause whatever their tag ("groups that support Y"): no conjunct after them. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);

/**
 * The mentions coordinated with `head` as one object: "criticized both Lee and Senator Ross",
 * "accused Acme, Globex and their parent company Initech of …". From `head`, each next mention of
 * `sorted` joins when only a comma or a conjunction (and, or, nor; "as well as"), then titles and
 * modifiers ("former Senator", "its parent company", "of State" after a title) stand between, and a
 * conjunction comes before the last one. Stops at a verb, a pronoun, a clause word or any other
 * preposition: "accused Lee of helping Ross" coordinates nothing. Returns `head` first. `sorted` is
 * sorted by position; the walk starts after `head` (binary search) and ends at the first gap that
 * joins nothing, so a call costs the length of the list it returns.
 *
 * @example
 * coordinated(tokens, mentions, leeSlot); // [leeSlot, rossSlot] for "… criticized Lee and Senator Ross."
 */
export function coordinated(tokens: readonly Token[], sorted: readonly MentionSlot[], head: MentionSlot): MentionSlot[] {
  const out = [head];
  const pending: MentionSlot[] = [];
  let prev = head;
  for (let k = firstAtOrAfter(sorted, head.last, (x) => x.first); k < sorted.length; k++) {
    const m = sorted[k]!;
    if (m.first < prev.last) continue;
    // ("and its parent company Globex": the possessive is a modifier of the next conjunct.)
    if (m.last === m.first + 1 && THIRD_PERSON_POSSESSIVES.has(tokens[m.first]!.lower)) continue;
    // (A gap too long to join two conjuncts ends the list before its tokens are copied.)
    if (m.first - prev.last > CONJUNCT_GAP) break;
    const gap = tokens.slice(prev.last, m.first);
    const link = linkOf(gap);
    if (link === undefined) break;
    if (link === 'comma') pending.push(m);
    else {
      out.push(...pending, m);
      pending.length = 0;
    }
    prev = m;
  }
  return out;
}

/** How a gap joins two conjuncts: 'and' (a conjunction), 'comma' (a list comma), or undefined. */
function linkOf(gap: readonly Token[]): 'and' | 'comma' | undefined {
  if (gap.length === 0 || gap.length > CONJUNCT_GAP) return undefined;
  let k = 0;
  let link: 'and' | 'comma' | undefined;
  if (gap[k]?.value === ',') {
    link = 'comma';
    k++;
  }
  if (gap[k] && CONJUNCTIONS.has(gap[k]!.lower)) {
    link = 'and';
    k++;
  } else if (gap[k]?.lower === 'as' && gap[k + 1]?.lower === 'well' && gap[k + 2]?.lower === 'as') {
    link = 'and';
    k += 3;
  }
  if (link === undefined) return undefined;
  for (; k < gap.length; k++) {
    const t = gap[k]!;
    // ("its parent company", "their leader": a possessive determiner opens the next conjunct.)
    const possessive = t.pos === 'PRON' && THIRD_PERSON_POSSESSIVES.has(t.lower);
    // ("former Secretary of State": "of" inside a capitalised title.)
    const titleOf = t.lower === 'of' && /^\p{Lu}/u.test(gap[k + 1]?.value ?? '');
    if ((!NOMINAL_TAGS.has(t.pos) && !possessive && !titleOf) || CLAUSE_WORDS.has(t.lower)) return undefined;
  }
  return link;
}
