// The per-quote pass: each top-level speech quote goes through sieves 02–05 in order, the first that finds a speaker wins.
import type { Span } from '../model/span.js';
import type { UtteranceKind } from '../model/utterance.js';
import { quoteVerbFrame, quoteVerbFrameBefore } from './sieves/quoteVerbFrame.js';
import { round } from './draft.js';
import { lowerBound } from './scan.js';
import { speakerOf, platformNear } from './speaker.js';
import { documentWords } from './sieves/documentWords.js';
import { inTurn, type AttributionState } from './state.js';
import { cueAfter, cueAfterTail } from './sieves/02-cueAfterQuote.js';
import { cueBefore } from './sieves/03-cueBeforeQuote.js';
import { dashOrColonLabel, labelInside } from './sieves/04-dashColonLabel.js';
import { midSentence, partialQuoteSubject } from './sieves/partialSubject.js';
import { backfill, cueInSentenceBefore, isPartial, lastSpeakerBefore, onlyPersonInParagraph, otherPersonBetween, startsParagraph } from './sieves/05-conversation.js';

/**
 * Sieves 02–05 over the direct quotes, in the quote-attribution literature's order (most
 * reliable first): a cue right after the quote ("…,” Trump said") or right before it ("Trump
 * said: “…”"), a cue earlier in the same sentence (partial quotes), a dash or colon label, then
 * the conversation: a quote with no cue continues the speaker of the quote before it in the
 * paragraph or the one before.
 */
export function directQuotes(st: AttributionState): void {
  const { seg, ents, tokens, issues, speech, anchors, sources, used, drafts, draftOfQuote } = st;

  // Direct quotes.
  let previous: { speaker: number; paragraph: number; quote: number } | undefined;
  for (const q of seg.quotes) {
    if (!speech.has(q.index) || q.depth > 0 || inTurn(st, q.open)) continue;
    const openTok = lowerBound(tokens, q.open);
    const paragraph = seg.paragraphOf[openTok] ?? 0;
    let found = cueAfter(seg, q, anchors, sources, speech) ?? cueAfterTail(seg, q, anchors, sources, speech);
    // "Acme released a statement which read, “…”": the document's text is its author's.
    const document = found ? null : documentWords(seg, ents, q);
    if (!document) found ??= cueBefore(seg, q, anchors, sources, speech);
    let confidence = found?.confidence ?? 0;
    if (!found && !document) {
      const dash = dashOrColonLabel(seg, ents, q);
      if (dash) { found = dash; confidence = 0.8; }
    }
    // "“…!” beamed Dana Holt.": a verb no list knows, in the frame right after the quote.
    if (!found && !document) {
      const frame = quoteVerbFrame(seg, ents, q) ?? quoteVerbFrameBefore(seg, ents, q);
      if (frame) { found = frame; confidence = frame.confidence; }
    }
    // A quoted transcript line, '"WALLACE: Let's start …"': the label inside names the speaker.
    const inner = labelInside(seg, ents, q);
    if (inner) { found = inner; confidence = 0.9; }
    const start = inner ? inner.contentStart : q.start;
    let speaker = -1;
    let mention: Span | undefined;
    let cue: Span | undefined;
    let kindHint: 'post' | undefined;
    if (document) {
      ({ speaker, mention, cue } = document);
      confidence = 0.85;
      if (document.post) kindHint = 'post';
    } else if (found) {
      speaker = speakerOf(seg, ents, found.source);
      mention = found.source.span;
      if (found.anchor) {
        cue = { start: tokens[found.anchor.first]!.start, end: tokens[found.anchor.last - 1]!.end };
        used.add(found.anchor.index);
        if (found.anchor.kind === 'post' || platformNear(tokens, found.anchor, found.source)) kindHint = 'post';
      }
    }
    // A continued quote (runs over paragraphs) keeps the speaker of its first part, and with it
    // the same attribution: its source phrase and cue stand for this part too.
    if (speaker < 0 && q.continues !== undefined) {
      const d = draftOfQuote.get(q.continues);
      if (d !== undefined) {
        const first = drafts[d]!;
        speaker = first.speaker;
        confidence = first.confidence;
        if (speaker >= 0 && first.mention) mention = first.mention;
        if (speaker >= 0 && first.cue) cue = first.cue;
      }
    }
    // A quote right after a sentence that attributes ("Lund criticized the ruling via Twitter. “…”").
    if (speaker < 0) {
      const prior = cueInSentenceBefore(seg, q, anchors, sources);
      if (prior) {
        speaker = speakerOf(seg, ents, prior.source);
        mention = prior.source.span;
        confidence = 0.7;
        if (prior.anchor && (prior.anchor.kind === 'post' || platformNear(tokens, prior.anchor, prior.source))) kindHint = 'post';
      }
    }
    // A partial quote no cue claims, or one after a comma or colon in the writer's sentence: the subject of its sentence uses the words.
    if (speaker < 0 && (isPartial(seg, q) || midSentence(seg, q))) {
      const subject = partialQuoteSubject(seg, ents, q);
      if (subject) { ({ speaker, mention } = subject); confidence = 0.5; }
    }
    // Floating quote: the conversation goes on with the last speaker.
    if (speaker < 0 && previous && paragraph - previous.paragraph <= 1 && previous.speaker >= 0 && !otherPersonBetween(seg, ents, previous.quote, q, previous.speaker)) {
      speaker = previous.speaker;
      confidence = paragraph === previous.paragraph ? 0.75 : 0.6;
      // The same attribution goes on: its source phrase and cue stand for this piece too.
      const before = drafts[draftOfQuote.get(previous.quote)!]!;
      if (before.mention) mention = before.mention;
      if (before.cue) cue = before.cue;
    }
    if (speaker < 0 && startsParagraph(seg, q)) {
      const prior = lastSpeakerBefore(seg, ents, anchors, sources, q, paragraph);
      if (prior >= 0) { speaker = prior; confidence = 0.55; }
    }
    if (speaker < 0) {
      const only = onlyPersonInParagraph(seg, ents, paragraph);
      if (only >= 0) { speaker = only; confidence = 0.4; }
    }
    if (speaker < 0) issues.push({ code: 'unknown-speaker', message: 'no cue, name or conversation gives the speaker of this quote', span: { start: q.start, end: q.end } });
    const kind: UtteranceKind = kindHint ?? (isPartial(seg, q) ? 'partial' : 'direct');
    draftOfQuote.set(q.index, drafts.length);
    drafts.push({ start, end: q.end, kind, speaker, ...(mention ? { mention } : {}), ...(cue ? { cue } : {}), confidence: speaker >= 0 ? round(confidence) : 0, quote: q.index });
    // A quote attributed by a cue after it also carries the speaker back to an unattributed run-on part before it.
    if (speaker >= 0 && q.continues !== undefined) backfill(drafts, draftOfQuote, seg.quotes, q.continues, speaker, confidence, mention);
    if (speaker >= 0) previous = { speaker, paragraph, quote: q.index };
  }
}
