// The phrase that opens a sentence, before its first comma: "Asked about …, the mayor said", "Despite warnings that …, officials …".
import type { Segmentation } from '../../1-segment/segment.js';
import type { Anchor } from '../anchors.js';

/** The first word of token k's sentence, past the marks and spaces it opens with (k when none comes before it), or -1 with no sentence. */
export function sentenceFirstWord(seg: Segmentation, k: number): number {
  const tokens = seg.doc.tokens;
  const sentence = seg.doc.sentences[tokens[k]!.sentence];
  if (!sentence) return -1;
  let first = sentence.first;
  while (first < k && (tokens[first]!.pos === 'PUNCT' || tokens[first]!.pos === 'SPACE')) first++;
  return first;
}

/**
 * Does token k stand in the phrase that opens its sentence, which no comma or quote separates
 * from it, and does that phrase's first word pass `opens`? Not when k is that first word itself.
 * (`opens` is read first: the walk to k runs only for the few cues in such a phrase, so a long
 * sentence of cues stays linear.)
 */
export function inOpeningPhrase(seg: Segmentation, k: number, opens: (first: number) => boolean): boolean {
  const first = sentenceFirstWord(seg, k);
  if (first < 0 || first >= k || !opens(first)) return false;
  for (let x = first + 1; x < k; x++) if (seg.doc.tokens[x]!.value === ',' || seg.quoteOf[x]! >= 0) return false;
  return true;
}

/**
 * Does the participle or noun cue `a` stand in a prepositional phrase that opens its sentence
 * ("After the release of a survey showing …, the senator stayed home", "Despite warnings that …,
 * officials kept it open")? That phrase ends at the main clause after its comma, as an opening
 * participle does. Not a finite verb: "In a statement Hale said …" is the main clause itself.
 */
export function insideOpeningPhrase(seg: Segmentation, a: Anchor): boolean {
  const tokens = seg.doc.tokens;
  if (a.form !== 'noun' && !(a.form === 'verb' && /\p{Ll}ing$/u.test(tokens[a.first]!.value))) return false;
  return inOpeningPhrase(seg, a.first, (first) => tokens[first]!.pos === 'ADP' && tokens[first]!.lower !== 'according' && seg.quoteOf[first]! < 0);
}
