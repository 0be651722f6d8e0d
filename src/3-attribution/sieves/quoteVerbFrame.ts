// "“…!” beamed Dana Holt.", "“…,” Lee shot back.": a quote, a verb no cue list knows, a mention, and the sentence ends.
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Quote } from '../../1-segment/quotes.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Source } from '../source.js';
import type { Found } from '../draft.js';
import { lowerBound, QUOTE_MARK } from '../scan.js';

/** Particles after such a verb ("shot back", "piped up", "cut in"). */
const PARTICLES: ReadonlySet<string> = new Set(['back', 'up', 'in', 'out', 'on', 'off']);
/** How sure the frame is: below a listed cue's, above the conversation's guesses. */
const FRAME_CONFIDENCE = 0.7;

/** Is token t a finite verb of the frame ("beamed", "shot", "says"): lower case, tagged a verb, no -ing form, no base form? */
function frameVerb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.value) && !t.lower.endsWith('ing') && t.lower !== t.lemma;
}

/** Does the frame close at token k: the sentence ends, or a comma, within the verb's sentence? */
function closes(tokens: readonly Token[], k: number, sentence: number): boolean {
  const t = tokens[k];
  return t === undefined || t.sentence !== sentence || /^[.!?,;]$/.test(t.value);
}

/**
 * The speaker of a quote that no cue attributes, read from the frame right after it: a finite
 * verb and a mention ("“…!” beamed Dana Holt.", "“…,” blared the front page."), or a mention and
 * a finite verb, a particle allowed ("“…,” Dana Holt shot back.", "“…,” the host started."),
 * with the sentence or clause ending right after. The frame says who speaks whatever the verb:
 * nothing else but a speaker and a verb of delivery stands there. The quote must end in a comma,
 * "!" or "?" inside its marks (or a comma right after), as a quote its attribution follows does.
 */
export function quoteVerbFrame(seg: Segmentation, ents: EntityIndex, q: Quote): Found | null {
  const tokens = seg.doc.tokens;
  const inner = seg.doc.text.slice(q.start, q.end);
  let k = lowerBound(tokens, q.close + 1);
  while (k < tokens.length && QUOTE_MARK.test(tokens[k]!.value) && tokens[k]!.start <= q.close + 2) k++;
  const commaAfter = tokens[k]?.value === ',';
  if (!/[,!?]$/.test(inner) && !commaAfter) return null;
  if (commaAfter) k++;
  const first = tokens[k];
  if (!first || seg.quoteOf[k]! >= 0) return null;
  const sentence = first.sentence;
  const mentionFrom = (x: number): Source | null => {
    const mi = mentionIndex(ents, x);
    if (mi < 0) return null;
    const m = ents.mentions[mi]!;
    // ("the front page": a determiner the mention leaves out.)
    const opens = m.first === x || (m.first === x + 1 && tokens[x]!.pos === 'DET');
    return opens && m.sentence === sentence ? { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'inverted' } : null;
  };
  // "“…!” beamed Dana Holt." — the verb first.
  if (frameVerb(first)) {
    const s = mentionFrom(k + 1);
    if (s && (closes(tokens, s.last, sentence) || tokens[s.last]!.lower === 'of')) return { source: s, confidence: FRAME_CONFIDENCE };
    return null;
  }
  // "“…,” Dana Holt shot back." — the mention first.
  const s = mentionFrom(k);
  if (!s) return null;
  let v = s.last;
  if (!frameVerb(tokens[v])) return null;
  v++;
  if (PARTICLES.has(tokens[v]?.lower ?? '')) v++;
  return closes(tokens, v, sentence) ? { source: { ...s, how: 'subject' }, confidence: FRAME_CONFIDENCE } : null;
}

/**
 * The frame before a quote: a mention and a finite verb, a particle allowed, then a comma or a
 * colon and the quote ("Dana Holt cracked, “…”", "Tom Ashe sang back then: “…”" is no frame: the
 * verb must stand right before the mark). The mention must open its clause: the sentence start,
 * or a comma before it.
 */
export function quoteVerbFrameBefore(seg: Segmentation, ents: EntityIndex, q: Quote): Found | null {
  const tokens = seg.doc.tokens;
  let k = lowerBound(tokens, q.open) - 1;
  while (k >= 0 && QUOTE_MARK.test(tokens[k]!.value) && seg.quoteOf[k] === q.index) k--;
  if (k < 1 || !/^[,:]$/.test(tokens[k]!.value)) return null;
  let v = k - 1;
  if (PARTICLES.has(tokens[v]!.lower)) v--;
  if (v < 1 || !frameVerb(tokens[v])) return null;
  const mi = mentionIndex(ents, v - 1);
  if (mi < 0) return null;
  const m = ents.mentions[mi]!;
  const before = tokens[m.first - 1];
  if (m.last !== v || m.sentence !== tokens[v]!.sentence || (before && before.sentence === m.sentence && before.value !== ',' && before.pos !== 'SPACE')) return null;
  return { source: { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'subject' }, confidence: FRAME_CONFIDENCE };
}
