// A document's relative clause: "The Tarrow Group released a statement which read, “…”" — the document's author speaks.
import type { Segmentation } from '../../1-segment/segment.js';
import type { EntityIndex } from '../../2-entities/resolve.js';
import type { Anchor } from '../anchors.js';
import { findSource, type Source } from '../source.js';
import { nounPhraseEndingAt } from './nounPhrase.js';
import { DOCUMENTS, MEDIA_NOUNS, WRITTEN } from '../../vocabulary/documents.js';

/**
 * A cue right after "which"/"that" and a document noun ("a statement which read", "a letter that
 * said"): the verb that made the document ("released", "issued", "posted") has the author as its
 * subject, and the author is the source; with no such verb, the document itself (whose author
 * `speakerOf` looks up). Null when the cue is not in such a clause.
 */
export function documentRelative(seg: Segmentation, ents: EntityIndex, anchors: readonly Anchor[], a: Anchor, speech: ReadonlySet<number>, depth: number): Source | null {
  const tokens = seg.doc.tokens;
  const rel = tokens[a.first - 1];
  const noun = tokens[a.first - 2];
  if (!rel || !noun || (rel.lower !== 'which' && rel.lower !== 'that') || !(DOCUMENTS.has(noun.lower) || WRITTEN.has(noun.lower) || MEDIA_NOUNS.has(noun.lower)) || noun.pos !== 'NOUN' || noun.sentence !== tokens[a.first]!.sentence) return null;
  const doc = nounPhraseEndingAt(seg, ents, a.first - 2);
  if (!doc || doc.mention >= 0) return null;
  const verb = tokens[doc.first - 1];
  if (verb && verb.pos === 'VERB' && verb.sentence === noun.sentence && !/ing$/.test(verb.lower)) {
    const author = findSource(seg, ents, anchors, { ...a, first: doc.first - 1, last: doc.first, form: 'verb', inversion: false, source: 'subject' }, speech, depth + 1);
    if (author && !DOCUMENTS.has(tokens[author.last - 1]!.lower)) return { ...author, how: 'inherited' };
  }
  return doc;
}
