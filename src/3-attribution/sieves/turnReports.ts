// Reports inside a transcript's turn: "HALE: Senator Bell said the bill is a disaster. Do you agree?"
// gives Bell's words as a child of Hale's turn (sieve 07, reportedSpeech).
import type { Segmentation } from '../../1-segment/segment.js';
import type { Span } from '../../model/span.js';
import { FIRST_AND_SECOND_PERSON } from '../../vocabulary/pronouns.js';
import type { Anchor } from '../anchors.js';
import type { UtteranceDraft } from '../draft.js';
import { QUOTE_MARK } from '../scan.js';
import type { Source } from '../source.js';

/**
 * Whether a cue inside a turn may report: its source is a mention that is not the turn's own "I",
 * "we" or the "you" addressed, and the cue is neither negated ("has not read the bill") nor in a
 * question put to the guest ("Do you agree with him?"). Checked before the clause and the speaker
 * are looked up, which would tie a first person to the writer.
 */
export function mayReportInTurn(seg: Segmentation, a: Anchor, source: Source): boolean {
  const tokens = seg.doc.tokens;
  return source.mention >= 0 && !FIRST_AND_SECOND_PERSON.has(tokens[source.first]!.lower) && !tokens[a.first]!.negated && !endsInQuestion(seg, a.first);
}

/** The turn among `around` that holds the source, the cue and the clause whole, if any. */
export function turnHolding(around: readonly { i: number; d: UtteranceDraft }[], clause: Span, cue: Span, source: Source): { i: number; d: UtteranceDraft } | undefined {
  return around.find(({ d }) => d.kind === 'turn' && d.start <= Math.min(clause.start, cue.start, source.span.start) && Math.max(clause.end, cue.end) <= d.end);
}

/** Does the sentence of token k end in a question mark? */
function endsInQuestion(seg: Segmentation, k: number): boolean {
  const { tokens, sentences } = seg.doc;
  const sentence = sentences[tokens[k]!.sentence];
  if (sentence === undefined) return false;
  let end = sentence.last - 1;
  while (end > k && (tokens[end]!.pos === 'SPACE' || QUOTE_MARK.test(tokens[end]!.value))) end--;
  return tokens[end]?.value === '?';
}
