// A participle or noun cue inside a prepositional phrase that opens its sentence: "Despite warnings that …, officials …".
import type { Segmentation } from '../../1-segment/segment.js';
import type { Anchor } from '../anchors.js';

/**
 * Does the participle or noun cue `a` stand in a prepositional phrase that opens its sentence
 * ("After the release of a survey showing …, the senator stayed home", "Despite warnings that …,
 * officials kept it open")? That phrase ends at the main clause after its comma, as an opening
 * participle does. Not a finite verb: "In a statement Hale said …" is the main clause itself.
 */
export function insideOpeningPhrase(seg: Segmentation, a: Anchor): boolean {
  const tokens = seg.doc.tokens;
  const k = a.first;
  const cue = tokens[k]!;
  if (a.form !== 'noun' && !(a.form === 'verb' && /\p{Ll}ing$/u.test(cue.value))) return false;
  const sentence = seg.doc.sentences[cue.sentence];
  if (!sentence) return false;
  let first = sentence.first;
  while (first < k && (tokens[first]!.pos === 'PUNCT' || tokens[first]!.pos === 'SPACE')) first++;
  const opener = tokens[first];
  if (first >= k || !opener || opener.pos !== 'ADP' || opener.lower === 'according' || seg.quoteOf[first]! >= 0) return false;
  for (let x = first + 1; x < k; x++) if (tokens[x]!.value === ',' || seg.quoteOf[x]! >= 0) return false;
  return true;
}
