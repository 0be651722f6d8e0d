/**
 * The reader of time.ts's lists that two stages share: where a time expression ending at a token
 * begins. The attribution stage skips it between a subject and its verb ("Senator Smith on
 * Saturday criticized …"); the stance stage skips it before a decision's author. Moved here from
 * 3-attribution/source/subject.ts so that 4-stance/scoring/decisionAuthor.ts does not import
 * attribution internals. Origin: written by hand for plaudit.
 */
import type { Token } from '../adapters/wink.js';
import { DAY_PARTS, MONTHS, PERIODS, PERIOD_DETERMINERS, TIME_OPENERS, WEEKDAYS } from './time.js';

/**
 * The first token of a time expression ending at token j ("on Saturday", "earlier Thursday",
 * "late last week", "this past month", "on Dec. 11", "earlier in the day"), or -1. A time between a
 * subject and its verb names no one: "Senator Smith on Saturday criticized …".
 */
export function timeAdjunctEndingAt(tokens: readonly Token[], j: number): number {
  let k = j;
  const at = (x: number) => tokens[x]?.lower ?? '';
  if (DAY_PARTS.has(at(k)) && (WEEKDAYS.has(at(k - 1)) || at(k - 1) === 'yesterday' || at(k - 1) === 'friday')) k--;
  if (WEEKDAYS.has(at(k)) && /^\p{Lu}/u.test(tokens[k]!.value)) k--;
  else if (at(k) === 'yesterday' || at(k) === 'today' || at(k) === 'tonight') k--;
  else if (tokens[k]?.pos === 'NUM' && MONTHS.has(at(k - 1)) && /^\p{Lu}/u.test(tokens[k - 1]!.value) && at(k - 2) === 'on') k -= 3;
  else if (MONTHS.has(at(k)) && /^\p{Lu}/u.test(tokens[k]!.value) && (at(k - 1) === 'in' || at(k - 1) === 'early' || at(k - 1) === 'late' || at(k - 1) === 'last')) k -= 2;
  // "who in 2010 said": a year after "in".
  else if (/^(?:1[89]|20)\d\d$/.test(at(k)) && at(k - 1) === 'in') k -= 2;
  else if (at(k) === 'day' && at(k - 1) === 'the' && at(k - 2) === 'in' && (at(k - 3) === 'earlier' || at(k - 3) === 'later')) k -= 4;
  else if (PERIODS.has(at(k)) && PERIOD_DETERMINERS.has(at(k - 1))) {
    k -= 2;
    if (at(k) === 'this' && at(k + 1) === 'past') k--;
  } else return -1;
  while (k >= 0 && k < j && TIME_OPENERS.has(at(k)) && j - k < 7) k--;
  return k + 1;
}
