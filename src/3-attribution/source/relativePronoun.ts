// "Officials who said …": the relative pronoun is the cue's source phrase, its antecedent names the speaker.
import type { Segmentation } from '../../1-segment/segment.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';

/**
 * A source found as the noun phrase right before "who" when the cue follows the pronoun, past
 * auxiliaries and adverbs only ("business leaders who say …", "voters who have long argued …"):
 * the pronoun is the cue's subject, so it is the source phrase (the span), and the antecedent
 * names the speaker (`named`), as for "Nora Vance, who said …" (source.ts). PolNeAR marks the
 * pronoun as the source of such a restrictive relative clause.
 */
export function relativePronounSource(seg: Segmentation, a: Anchor, s: Source | null): Source | null {
  if (!s || s.how !== 'subject' || a.form !== 'verb' || s.named !== undefined) return s;
  const tokens = seg.doc.tokens;
  const who = tokens[s.last];
  if (!who || who.lower !== 'who' || s.last >= a.first || who.sentence !== tokens[a.first]!.sentence || seg.quoteOf[s.last]! >= 0) return s;
  for (let x = s.last + 1; x < a.first; x++) {
    const t = tokens[x]!;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return s;
  }
  return { ...s, span: { start: who.start, end: who.end }, named: s.span };
}
