import type { Token } from '../../adapters/wink.js';
import { DETERMINERS } from '../../vocabulary/determiners.js';
import { NOT_NAMES } from '../../vocabulary/notNames.js';
import { GROUP_NOUNS, ROLE_NOUNS } from '../../vocabulary/roles.js';
import { TITLE_GENDER } from '../../vocabulary/titles.js';
import { normalizeName, type KnowledgeIndex } from '../knowledgeIndex.js';
import type { Make, Mention } from './types.js';
import { headOfBody } from './headOfBody.js';
import { ownedBody } from './readBodyDescription.js';
import { isCap, isPossessive, placeOf } from './words.js';
import { wordClass } from '../../util/wordClasses.js';

/** First words of role and group nouns ("prime" of "prime minister"). */
const ROLE_FIRST = new Set([...ROLE_NOUNS, ...GROUP_NOUNS].map((r) => r.split(' ')[0]!));
const startsRole = wordClass('lower', () => ROLE_FIRST);
const ROLE_MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * A role, description or group at its head noun i ("president", "spokesperson", "officials"),
 * with its determiner and modifiers to the left: "the former KGB intelligence officer".
 * `from` is where a capitalised qualifier already started ("a Kremlin spokesperson").
 */
export function readRole(tokens: readonly Token[], i: number, kb: KnowledgeIndex, make: Make, from?: number): { mention: Mention; next: number } | null {
  const t = tokens[i]!;
  // Most tokens start no role noun: one look-up rejects them before any phrase is built.
  if (!startsRole(t)) return null;
  let head = t.lower;
  let end = i + 1;
  // Two-word role nouns: "prime minister", "press secretary", "head of state".
  const two = `${t.lower} ${tokens[i + 1]?.lower ?? ''}`;
  const three = `${two} ${tokens[i + 2]?.lower ?? ''}`;
  if (ROLE_NOUNS.has(three)) { head = three; end = i + 3; }
  else if (ROLE_NOUNS.has(two)) { head = two; end = i + 2; }
  const group = GROUP_NOUNS.has(head);
  if (!ROLE_NOUNS.has(head) && !group && !headOfBody(tokens, i)) return null;
  // The head of "prime minister" is "minister": its tag decides, not the adjective's.
  const headToken = tokens[end - 1]!;
  if (headToken.pos !== 'NOUN' && headToken.pos !== 'PROPN' && !(group && headToken.pos === 'ADJ')) return null;
  // Walk left over modifiers to a determiner.
  let first = from ?? i;
  let indefinite = false;
  let of: string | undefined;
  let qualifier: string | undefined;
  let determiner = from !== undefined;
  for (let k = (from ?? i) - 1; k >= Math.max(0, (from ?? i) - 6); k--) {
    const m = tokens[k]!;
    if (DETERMINERS.has(m.lower)) {
      first = k;
      determiner = true;
      if (m.lower === 'a' || m.lower === 'an' || m.lower === 'another' || m.lower === 'one') indefinite = true;
      break;
    }
    if (isPossessive(m)) {
      // "Varnia's president, Mikhail Orlov,", "the firm's spokesperson, Paul Kern,": an owner's role
      // in apposition with a name is a definite role, the name's (rolesAndGroups, apposedName);
      // alone ("Trump's lawyer said") it stays for the speaker stage to read with its owner.
      if (tokens[end]?.value === ',' && tokens[end + 1] !== undefined && isCap(tokens[end + 1]!) && k > 0) {
        determiner = true;
        of = placeOf(tokens[k - 1]!.value, kb) ?? of;
      }
      break;
    }
    if (m.pos === 'PUNCT' && m.value !== '-') break;
    if (!ROLE_MODIFIER_POS.has(m.pos) && m.value !== '-' && m.lower !== 'former' && m.lower !== 'then') break;
    first = k;
  }
  // Bare plural groups need no determiner ("officials said"); singular roles do, unless
  // capitalised without a name: "President", "Prime Minister" at the start of a clause.
  if (!determiner && !group && !isCap(t)) return null;
  for (let k = first; k < i; k++) {
    const m = tokens[k]!;
    const p = placeOf(m.value, kb);
    if (p) of = p;
    else if (isCap(m) && !DETERMINERS.has(m.lower) && !NOT_NAMES.has(m.lower)) {
      qualifier = qualifier ? `${qualifier} ${m.value}` : m.value;
    }
  }
  // "… of Russia", "… of the Kremlin"
  let next = -1;
  if (tokens[end]?.lower === 'of' && tokens[end + 1]) {
    let k = end + 1;
    if (tokens[k]!.lower === 'the') k++;
    const start = k;
    while (k < tokens.length && isCap(tokens[k]!) && k - start < 5) k++;
    // ("the head of the Harbor Guard Corps-Coast Wing": a name that goes on past a hyphen is read whole, next.)
    const goesOn = tokens[k]?.value === '-' && tokens[k]!.start === tokens[k - 1]!.end;
    if (k > start && goesOn) qualifier = tokens.slice(start, k).map((x) => x.value).join(' ');
    if (k > start && goesOn && !group) next = end + 1;
    else if (k > start) {
      const body = tokens.slice(start, k).map((x) => x.value).join(' ');
      of = placeOf(body, kb) ?? kb.bodyName.get(normalizeName(body)) ?? of;
      // ("the chief executive of Norvalis": a body nothing knows is a name of its own, read next,
      // so that "the company" and a stance can find it; a group keeps it: "members of the Caucus".)
      if (!of) qualifier = body;
      if (!of && !group) next = end + 1;
      else end = k;
    }
  }
  if (qualifier && !of) {
    const body = kb.bodyName.get(normalizeName(qualifier));
    if (body && kb.placeOfAdjective.has(body.toLowerCase())) of = body;
  }
  // "the transit workers' union", "the farmers’ association": a group that owns a body names the body.
  const body = group ? ownedBody(tokens, end) : undefined;
  if (body !== undefined) end += 2;
  const text = tokens.slice(first, end).map((x, n) => (n === 0 ? '' : ' '.repeat(Math.min(1, x.start - tokens[first + n - 1]!.end))) + x.value).join('');
  if (body !== undefined) {
    return { mention: make(first, end, { kind: 'role', text, key: body, type: 'organization', ...(of ? { of } : {}) }), next: end };
  }
  return {
    mention: make(first, end, {
      kind: group ? 'group' : 'role',
      text,
      key: head,
      title: head,
      ...(of ? { of } : {}),
      ...(qualifier ? { qualifier } : {}),
      type: group ? 'group' : 'person',
      ...(TITLE_GENDER[head] ? { gender: TITLE_GENDER[head] } : {}),
      ...(indefinite ? { indefinite } : {}),
    }),
    next: next >= 0 ? next : end,
  };
}

