// A dash aside between subject and cue: "A former candidate -- John McCain, who lost in 2008 -- said".
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Source, SourceCtx } from '../source.js';
import { beforeBrackets, fromMention, nounPhraseEndingAt, speakerLike } from './nounPhrase.js';
import { DASH_ASIDE } from '../../vocabulary/punctuation.js';


/**
 * The subject before a dash aside that closes at token j: the name opening the aside when the
 * phrase before it only describes ("A former candidate -- John McCain, who lost in 2008 --"),
 * else the phrase before it ("Gingrich — mentioned as a running mate —").
 */
export function subjectBeforeDashAside(seg: Segmentation, ents: EntityIndex, j: number, inQuote: (k: number) => boolean): Source | null {
  const tokens = seg.doc.tokens;
  for (let k = j - 1; k > 0 && j - k < 30; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[j]!.sentence || inQuote(k)) return null;
    if (!DASH_ASIDE.test(t.value) || t.pos !== 'PUNCT') continue;
    const np = nounPhraseEndingAt(seg, ents, beforeBrackets(tokens, k - 1));
    const inner = mentionIndex(ents, k + 1);
    const innerName = inner >= 0 && ents.mentions[inner]!.kind === 'name' && ents.mentions[inner]!.first === k + 1 ? inner : -1;
    const outerName = np !== null && np.mention >= 0 && ents.mentions[np.mention]!.kind === 'name';
    if (innerName >= 0 && !outerName) return fromMention(ents, innerName, 'subject');
    return np && (np.mention < 0 || speakerLike(ents, np)) ? np : null;
  }
  return null;
}

/** The subject before a dash aside that ends right before the cue. */
export function dashAside(c: SourceCtx): Source | null {
  const { seg, ents, inQuote, j, left } = c;
  // A dash aside: "A former candidate -- John McCain, who lost in 2008 -- said".
  if (left && DASH_ASIDE.test(left.value) && left.pos === 'PUNCT' && !inQuote(j)) {
    const aside = subjectBeforeDashAside(seg, ents, j, inQuote);
    if (aside) return aside;
  }
  return null;
}
