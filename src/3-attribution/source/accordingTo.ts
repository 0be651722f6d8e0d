// A source after its cue: "according to Smith", "according to a note issued by the mayor's office", "in a poll by Gallup".
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { fromMention, nounPhraseAt, pastTimeBeforeAuthor } from './nounPhrase.js';
import { EXCHANGES } from '../../vocabulary/documents.js';

/** The source of a cue whose source follows it ("according to X"): the author after a document noun, else the noun phrase after the cue. */
export function sourceAfterCue(seg: Segmentation, ents: EntityIndex, a: Anchor): Source | null {
  const tokens = seg.doc.tokens;
  // "according to a note issued by the mayor's office": the cue took the document; its author follows.
  const last = tokens[a.last - 1]!;
  // (The tagger may read the noun after "to" as a verb: "according to sources".)
  if ((last.pos === 'NOUN' || (last.pos === 'VERB' && /^\p{Ll}+$/u.test(last.value))) && a.last - a.first > 2) {
    let k = a.last;
    if (tokens[k]?.pos === 'VERB') k++;
    // "according to a tweet on Thursday by the senator": a time between the document and its author.
    k = pastTimeBeforeAuthor(tokens, k);
    if (tokens[k]?.lower === 'by' || tokens[k]?.lower === 'from' || tokens[k]?.lower === 'of') {
      const author = nounPhraseAt(seg, ents, k + 1, 'after');
      if (author) return author;
    }
    const docFirst = a.first + 2;
    return { span: { start: tokens[docFirst]!.start, end: last.end }, mention: -1, first: docFirst, last: a.last, how: 'after' };
  }
  const np = nounPhraseAt(seg, ents, a.last, 'after');
  // "according to interviews with six harbor pilots": the people interviewed speak.
  if (np && EXCHANGES.has(tokens[np.last - 1]!.lower) && tokens[np.last]?.lower === 'with') return nounPhraseAt(seg, ents, np.last + 1, 'after') ?? np;
  return np;
}

/** A phrase cue that holds its source: the first mention inside it ("in a Gallup poll"). */
export function sourceInsidePhrase(ents: EntityIndex, a: Anchor): Source | null {
  for (let k = a.first + 1; k < a.last; k++) if (mentionIndex(ents, k) >= 0) return fromMention(ents, mentionIndex(ents, k), 'after');
  return null;
}
