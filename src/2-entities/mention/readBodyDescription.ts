import type { Token } from '../../adapters/wink.js';
import { BODY_HEAD_NOUNS, DESCRIBED_BODY_HEADS } from '../../vocabulary/organisations.js';
import { POINTING_BACK } from '../../vocabulary/determiners.js';
import type { Make, Mention } from './types.js';
import { normalizeName } from '../knowledgeIndex.js';
import { wordClass } from '../../util/wordClasses.js';
import { apposedBefore } from './apposedHeads.js';

const pointsBack = wordClass('lower', () => POINTING_BACK);

/**
 * "the company", "this court", "the ministry's": a definite description of a body at the
 * determiner i, a role mention of type organisation (key: the head noun) that resolution links to
 * the organisation the article named (resolution/organisationDescription.ts). Not when a noun
 * follows ("the company car", "the court ruling": the head modifies it), nor a capitalised
 * head ("the Court" is a name). Besides the heads of DESCRIBED_BODY_HEADS, a head the text has
 * given a name before ("the freight carrier Norland Cargo … the carrier": apposedHeads.ts).
 */
export function readBodyDescription(tokens: readonly Token[], i: number, make: Make): { mention: Mention; next: number } | null {
  const det = tokens[i]!;
  if (!pointsBack(det)) return null;
  const owned = ownerAndBody(tokens, i, make);
  if (owned) return owned;
  const head = tokens[i + 1];
  if (!head || head.pos !== 'NOUN' || head.value !== head.lower || head.sentence !== det.sentence) return null;
  // ("the carrier" after "the freight carrier Norland Cargo": a head the text gave a name, apposedHeads.ts.)
  // (The set is asked first: most texts then never read their appositions.)
  if (!DESCRIBED_BODY_HEADS.has(head.lower) && !(BODY_HEAD_NOUNS.has(head.lower) && apposedBefore(tokens, head.lower, i))) return null;
  const after = tokens[i + 2];
  if (after && after.sentence === head.sentence && (after.pos === 'NOUN' || after.pos === 'PROPN') && !verbRead(tokens, i + 2)) return null;
  return { mention: make(i, i + 2, { kind: 'role', text: `${det.value} ${head.value}`, key: head.lower, type: 'organization' }), next: i + 2 };
}

/**
 * "the transit workers' union", "the farmers’ association": a plural possessive before a body noun
 * names the body (not a group of workers). Read at the determiner i, over up to three lower-case
 * modifiers; the mention is the body's name (without "the"), which a later "the union" finds.
 */
function ownerAndBody(tokens: readonly Token[], i: number, make: Make): { mention: Mention; next: number } | null {
  for (let k = i + 1; k <= i + 3; k++) {
    const t = tokens[k];
    if (!t || t.value !== t.lower || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return null;
    const body = t.pos === 'NOUN' && t.lower.endsWith('s') ? ownedBody(tokens, k + 1) : undefined;
    if (body === undefined) continue;
    const end = k + 3;
    const text = tokens.slice(i, end).map((x, n) => (n === 0 || x.start === tokens[i + n - 1]!.end ? '' : ' ') + x.value).join('');
    // (A name of the body, as "the Harbor Union" would be, so that "the union" later finds it.)
    const name = text.slice(text.indexOf(' ') + 1);
    return { mention: make(i + 1, end, { kind: 'name', text: name, key: normalizeName(name), type: 'organization' }), next: end };
  }
  return null;
}

/** The body noun after a plural possessive mark at j ("workers[' union]"), or undefined. */
export function ownedBody(tokens: readonly Token[], j: number): string | undefined {
  const mark = tokens[j];
  const noun = tokens[j + 1];
  if (!mark || !noun || (mark.value !== "'" && mark.value !== '\u2019') || mark.start !== tokens[j - 1]!.end) return undefined;
  if (noun.pos !== 'NOUN' || noun.value !== noun.lower || !DESCRIBED_BODY_HEADS.has(noun.lower) || noun.sentence !== mark.sentence) return undefined;
  const after = tokens[j + 2];
  if (after && after.sentence === noun.sentence && (after.pos === 'NOUN' || after.pos === 'PROPN')) return undefined;
  return noun.lower;
}

/**
 * A noun in "-s" right after a body's head and before the start of a noun phrase is the body's
 * verb, which the tagger read as a compound: "the carrier ships rockets", "the company shares data".
 */
function verbRead(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && next !== undefined && next.sentence === t.sentence && (next.pos === 'NOUN' || next.pos === 'DET' || next.pos === 'NUM');
}
