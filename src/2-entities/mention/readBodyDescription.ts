import type { Token } from '../../adapters/wink.js';
import { DESCRIBED_BODY_HEADS } from '../../vocabulary/organisations.js';
import { POINTING_BACK } from '../../vocabulary/determiners.js';
import type { Make, Mention } from './types.js';
import { wordClass } from '../../util/wordClasses.js';

const pointsBack = wordClass('lower', () => POINTING_BACK);

/**
 * "the company", "this court", "the ministry's": a definite description of a body at the
 * determiner i, a role mention of type organisation (key: the head noun) that resolution links to
 * the organisation the article named (resolution/organisationDescription.ts). Not when a noun
 * follows ("the company car", "the court ruling": the head modifies it), nor a capitalised
 * head ("the Court" is a name).
 */
export function readBodyDescription(tokens: readonly Token[], i: number, make: Make): { mention: Mention; next: number } | null {
  const det = tokens[i]!;
  if (!pointsBack(det)) return null;
  const head = tokens[i + 1];
  if (!head || head.pos !== 'NOUN' || head.value !== head.lower || !DESCRIBED_BODY_HEADS.has(head.lower) || head.sentence !== det.sentence) return null;
  const after = tokens[i + 2];
  if (after && after.sentence === head.sentence && (after.pos === 'NOUN' || after.pos === 'PROPN')) return null;
  return { mention: make(i, i + 2, { kind: 'role', text: `${det.value} ${head.value}`, key: head.lower, type: 'organization' }), next: i + 2 };
}
