import type { Token } from '../adapters/wink.js';
import type { Segmentation } from '../1-segment/segment.js';
import type { Quote } from '../1-segment/quotes.js';
import { addEntity, displayName, mentionIndex, mostSalient, resolvePronoun, type EntityDraft, type EntityIndex } from '../2-entities/resolve.js';
import type { AnalysisIssue } from '../model/issue.js';
import type { Span } from '../model/span.js';
import type { UtteranceKind } from '../model/utterance.js';
import { firstAtOrAfter, insideSorted } from '../util/sorted.js';
import { cueTable, findAnchors, type Anchor } from './anchors.js';
import { classifyQuote, type QuoteRole } from './quote-roles.js';
import { DOCUMENTS, findSource, type Source } from './source.js';

/** An utterance before ids and sentiment are given: who said which span, found how. */
export interface UtteranceDraft {
  readonly start: number;
  readonly end: number;
  readonly kind: UtteranceKind;
  /** Entity index, or -1 when nobody can be named. */
  readonly speaker: number;
  readonly mention?: Span;
  readonly cue?: Span;
  /** For embedded quotes: the draft index of the quote around it. */
  readonly parent?: number;
  readonly confidence: number;
  /** The quote this draft comes from, if any. */
  readonly quote?: number;
}

export interface Attribution {
  readonly utterances: UtteranceDraft[];
  readonly issues: AnalysisIssue[];
  readonly roles: readonly QuoteRole[];
}

const SENTENCE_END = /^[.!?\u2026]$/;
const QUOTE_MARK = /^["'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2033\u2032\u300c\u300d\u300e\u300f\u2039\u203a]$/;
const DASH = /^[\u2014\u2013-]{1,2}$/;

/**
 * Stage 3: who said what. Direct quotes first, by ordered sieves (the quote-attribution
 * literature's order, most reliable first): a cue right after the quote ("…,” Trump said) or
 * right before it ("Trump said: “…”"), a cue earlier in the same sentence (partial quotes), a
 * dash or colon label, then the conversation: a quote with no cue continues the speaker of the
 * quote before it in the paragraph or the one before. Then reported speech: every cue with a
 * source and a clause after it ("X said (that) …", "X told Y that …", "…, X said").
 * Transcript turns, when the text is a transcript, are utterances of their labelled speakers.
 */
export function attributeUtterances(seg: Segmentation, ents: EntityIndex): Attribution {
  const tokens = seg.doc.tokens;
  const text = seg.doc.text;
  const issues: AnalysisIssue[] = [];

  // Which quotes are speech: decided with the cues of the writer's text around them.
  const provisional = new Set(seg.quotes.map((q) => q.index));
  const cues = cueTable(seg);
  const anchors0 = findAnchors(seg, provisional, cues);
  const firstTokenAfter = (offset: number) => lowerBound(tokens, offset);
  const roles: QuoteRole[] = seg.quotes.map((q) => {
    const at = firstTokenAfter(q.open);
    const sentence = tokens[at]?.sentence ?? -1;
    let cueBefore = false;
    for (let ai = firstAnchorFrom(anchors0, at) - 1; ai >= 0 && !cueBefore; ai--) {
      const a = anchors0[ai]!;
      if (tokens[a.first]!.sentence !== sentence) break;
      cueBefore = tokens[a.first]!.start < q.open && sameClauseRun(seg, a.last, at);
    }
    return classifyQuote(seg, q, cueBefore);
  });
  const speech = new Set(seg.quotes.filter((q) => roles[q.index] === 'speech').map((q) => q.index));
  const anchors = findAnchors(seg, speech, cues);
  const sources = anchors.map((a) => findSource(seg, ents, anchors, a, speech));
  const used = new Set<number>();

  const drafts: UtteranceDraft[] = [];
  const draftOfQuote = new Map<number, number>();

  // Transcript turns.
  const turnSpans: Span[] = [];
  for (const turn of seg.turns) {
    const label = text.slice(turn.label.start, turn.label.end);
    const speaker = speakerOfLabel(ents, seg, turn.label, label);
    drafts.push({ start: turn.content.start, end: turn.content.end, kind: 'turn', speaker, mention: turn.label, cue: turn.label, confidence: speaker >= 0 ? 0.95 : 0.3 });
    turnSpans.push(turn.content);
  }
  const inTurn = (offset: number) => insideSorted(turnSpans, offset);

  // Direct quotes.
  let previous: { speaker: number; paragraph: number; quote: number } | undefined;
  for (const q of seg.quotes) {
    if (!speech.has(q.index) || q.depth > 0 || inTurn(q.open)) continue;
    const openTok = firstTokenAfter(q.open);
    const paragraph = seg.paragraphOf[openTok] ?? 0;
    let found = cueAfter(seg, q, anchors, sources, speech) ?? cueBefore(seg, q, anchors, sources, speech);
    let confidence = found?.confidence ?? 0;
    if (!found) {
      const dash = dashOrColonLabel(seg, ents, q);
      if (dash) { found = dash; confidence = 0.8; }
    }
    // A quoted transcript line, '"WALLACE: Let's start …"': the label inside names the speaker.
    const inner = labelInside(seg, ents, q);
    if (inner) { found = inner; confidence = 0.9; }
    const start = inner ? inner.contentStart : q.start;
    let speaker = -1;
    let mention: Span | undefined;
    let cue: Span | undefined;
    let kindHint: 'post' | undefined;
    if (found) {
      speaker = speakerOf(seg, ents, found.source);
      mention = found.source.span;
      if (found.anchor) {
        cue = { start: tokens[found.anchor.first]!.start, end: tokens[found.anchor.last - 1]!.end };
        used.add(found.anchor.index);
        if (found.anchor.kind === 'post' || platformNear(tokens, found.anchor, found.source)) kindHint = 'post';
      }
    }
    // A continued quote (runs over paragraphs) keeps the speaker of its first part.
    if (speaker < 0 && q.continues !== undefined) {
      const d = draftOfQuote.get(q.continues);
      if (d !== undefined) { speaker = drafts[d]!.speaker; confidence = drafts[d]!.confidence; }
    }
    // A quote right after a sentence that attributes ("McGurk criticized the decision via Twitter. “…”").
    if (speaker < 0) {
      const prior = cueInSentenceBefore(seg, q, anchors, sources);
      if (prior) {
        speaker = speakerOf(seg, ents, prior.source);
        mention = prior.source.span;
        confidence = 0.7;
        if (prior.anchor && (prior.anchor.kind === 'post' || platformNear(tokens, prior.anchor, prior.source))) kindHint = 'post';
      }
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
    if (speaker >= 0 && q.continues !== undefined) backfill(drafts, draftOfQuote, seg.quotes, q.continues, speaker, confidence);
    if (speaker >= 0) previous = { speaker, paragraph, quote: q.index };
  }

  // Embedded quotes: the speaker of the quote around them, unless a cue inside names someone else.
  for (const q of seg.quotes) {
    if (!speech.has(q.index) || q.depth === 0 || q.parent === undefined) continue;
    let top = q.parent;
    while (seg.quotes[top]!.parent !== undefined && !draftOfQuote.has(top)) top = seg.quotes[top]!.parent!;
    const parentDraft = draftOfQuote.get(q.parent) ?? draftOfQuote.get(top);
    if (parentDraft === undefined) continue;
    const outer = drafts[parentDraft]!;
    const inner = embeddedSpeaker(seg, ents, q, outer.speaker);
    draftOfQuote.set(q.index, drafts.length);
    drafts.push({ start: q.start, end: q.end, kind: 'embedded', speaker: inner.speaker, ...(inner.mention ? { mention: inner.mention } : {}), parent: parentDraft, confidence: round(outer.confidence * (inner.speaker === outer.speaker ? 0.8 : 0.6)), quote: q.index });
  }

  // Reported speech. Top-level utterances never overlap, so a sorted index answers "what overlaps this clause".
  const removed = new Set<number>();
  const topLevel = new SpanIndex(drafts);
  drafts.forEach((d, i) => { if (d.kind !== 'embedded') topLevel.add(i); });
  // Sourced cues first, so a cue whose subject `findSource` could not reach never takes a
  // clause from one that has its source; then the strong ones among the rest (see `subjectBefore`).
  // Verbs and phrases claim their clauses before nouns do: in "Trump's accusation that … had
  // imperiled the troops, Biden said" the report is Biden's; the noun's content lies inside it.
  // So do cues with their subject before cues whose source follows them ("Nurses, citing long
  // shifts, said …" is the nurses' report, not the shifts').
  const rank = (x: number): number => (anchors[x]!.form === 'noun' ? 2 : sources[x]?.how === 'after' ? 1 : 0);
  const byStrength = [...anchors.keys()].sort((x, y) => rank(x) - rank(y) || x - y);
  const report = (a: Anchor, ai: number, sourced: boolean): void => {
    // A dash credits the quote before it ("“…” ― Smith"); it reports nothing after it.
    // Nor does a colon before a quote ("Price was blunt: “…”"): the quote is attributed as a quote.
    if (a.lemma === '\u2014' || (a.lemma === ':' && a.complement.length === 1)) return;
    const found = sources[ai];
    if ((found !== null) !== sourced) return;
    // "in a new poll": a phrase that holds its source names the document when it names no one.
    const inside = a.source === 'inside' && a.last - a.first > 1 ? { span: { start: tokens[a.first + 1]!.start, end: tokens[a.last - 1]!.end }, mention: -1, first: a.first + 1, last: a.last, how: 'after' as const } : null;
    if (!found && !inside && (a.confidence < SUBJECT_FALLBACK_MIN_CONFIDENCE || inRestrictiveRelative(tokens, a.first))) return;
    // (A cue whose source follows it, "according to …", never falls back on the subject before it.)
    const fallback = found ? null : inside ?? (a.source === 'after' ? null : subjectBefore(seg, ents, a));
    if (!found && !fallback && a.confidence < UNSOURCED_MIN_CONFIDENCE) return;
    // With no subject at all, the clause is still reported, by nobody known: it stands at the cue.
    const source: Source = found ?? fallback ?? { span: { start: tokens[a.first]!.start, end: tokens[a.first]!.start }, mention: -1, first: a.first, last: a.first, how: 'subject' };
    if (inTurn(tokens[a.first]!.start)) return;
    const clause = reportedClause(seg, a, source, anchors, speech);
    if (!clause) return;
    let content: Span = clause;
    const overlapping = topLevel.overlapping(clause).map((i) => ({ i, d: drafts[i]! }));
    if (overlapping.some(({ d }) => d.kind === 'indirect' || d.kind === 'turn' || d.quote === undefined)) return;
    // Short quotes inside the reported clause become part of it ("said he 'can' and 'may' act").
    const short = overlapping.filter(({ d }) => shortQuote(seg, d.quote!));
    for (const { i, d } of short) {
      removed.add(i);
      topLevel.remove(i);
      content = { start: Math.min(content.start, d.start), end: Math.max(content.end, d.end) };
    }
    // Longer quotes inside it are partial quotes of the same report: children of the clause.
    const inner = overlapping.filter((x) => !short.includes(x));
    if (inner.some(({ d }) => d.start < content.start || d.end > content.end)) return;
    const parent = drafts.length;
    for (const { i, d } of inner) {
      drafts[i] = { ...d, parent, kind: d.kind === 'post' ? 'post' : 'partial' };
      topLevel.remove(i);
    }
    const speaker = found || fallback ? speakerOf(seg, ents, source) : -1;
    if (speaker < 0) issues.push({ code: 'unknown-speaker', message: 'no subject gives the source of this reported clause', span: content });
    const confidence = a.confidence * (source.how === 'inherited' ? 0.8 : found ? 0.9 : 0.6) * (speaker >= 0 ? 1 : 0);
    drafts.push({
      start: content.start,
      end: content.end,
      kind: 'indirect',
      speaker,
      ...(found || fallback ? { mention: source.span } : {}),
      cue: { start: tokens[a.first]!.start, end: tokens[a.last - 1]!.end },
      confidence: round(confidence),
    });
    topLevel.add(drafts.length - 1);
  };
  for (const ai of byStrength) report(anchors[ai]!, ai, true);
  for (const ai of byStrength) report(anchors[ai]!, ai, false);

  // 'Belgium failed to act and "should have acted sooner," said the minister': the writer's
  // words that lead into a partial quote are part of what the cue after it reports.
  for (let i = 0, n = drafts.length; i < n; i++) {
    const d = drafts[i]!;
    // A quote after a comma that opens in lower case still continues the writer's sentence.
    const continues = d.kind === 'partial' || (d.kind === 'direct' && /^\p{Ll}/u.test(text.slice(d.start, d.start + 1)));
    if (!continues || d.parent !== undefined || d.quote === undefined || !d.cue || d.cue.start < d.end || d.speaker < 0 || removed.has(i)) continue;
    // A dash label ("“…” ― Name") credits the quote alone: what precedes it is someone else's.
    if (/^[\u2015\u2014\u2013-]+$/.test(text.slice(d.cue.start, d.cue.end).trim())) continue;
    const from = leadInStart(seg, seg.quotes[d.quote]!);
    if (from < 0 || inTurn(from)) continue;
    const lead = { start: from, end: d.start };
    if (topLevel.overlapping(lead).some((j) => j !== i)) continue;
    topLevel.remove(i);
    drafts[i] = { ...d, parent: drafts.length, kind: 'partial' };
    drafts.push({ start: from, end: d.end, kind: 'indirect', speaker: d.speaker, ...(d.mention ? { mention: d.mention } : {}), cue: d.cue, confidence: round(d.confidence * 0.9) });
    topLevel.add(drafts.length - 1);
  }

  // "The sale is expected to close in May", "Voters seemed unmoved": an assessment with no
  // one named as its holder (the writer's, or an unnamed many) covers subject and predicate.
  for (const span of raisingReports(seg, speech)) {
    if (inTurn(span.start) || topLevel.overlapping(span).length > 0) continue;
    drafts.push({ start: span.start, end: span.end, kind: 'indirect', speaker: -1, cue: span.cue, confidence: 0 });
    topLevel.add(drafts.length - 1);
  }

  // Headline style "Issa: Clinton's 'Honesty Is In Question'": a line opened by a name and a
  // colon reports that person's words (outside transcripts, whose labels are turns).
  if (seg.turns.length === 0) {
    for (const p of seg.paragraphs) {
      const label = colonLabel(seg, ents, p);
      // "Senator Smith: “…”" is a quote with its label, already attributed.
      if (!label || /^["'\u2018\u201c\u201e\u00ab]/.test(seg.doc.text.slice(label.contentStart, label.contentStart + 1))) continue;
      const content = { start: label.contentStart, end: p.end };
      const overlapping = topLevel.overlapping(content).map((i) => ({ i, d: drafts[i]! }));
      if (overlapping.some(({ d }) => d.kind === 'indirect' || d.kind === 'turn' || d.start < content.start || d.end > content.end)) continue;
      const speaker = speakerOf(seg, ents, label.source);
      if (speaker < 0) continue;
      const parent = drafts.length;
      for (const { i, d } of overlapping) {
        // A quote inside the report is the reported person's unless a cue said otherwise.
        drafts[i] = { ...d, parent, kind: 'partial', speaker: d.speaker >= 0 && d.confidence >= 0.5 ? d.speaker : speaker };
        topLevel.remove(i);
      }
      drafts.push({ start: content.start, end: content.end, kind: 'indirect', speaker, mention: label.source.span, cue: label.cue, confidence: 0.6 });
      topLevel.add(drafts.length - 1);
    }
  }

  const kept = drafts.filter((_, i) => !removed.has(i));
  if (removed.size > 0) {
    // Parent indices move down past the removed drafts.
    const shift: number[] = [];
    let gone = 0;
    for (let i = 0; i < drafts.length; i++) { shift.push(i - gone); if (removed.has(i)) gone++; }
    for (let k = 0; k < kept.length; k++) if (kept[k]!.parent !== undefined) kept[k] = { ...kept[k]!, parent: shift[kept[k]!.parent!]! };
  }
  drafts.length = 0;
  drafts.push(...kept);
  resolveQuotePronouns(seg, ents, drafts);
  // A part that got its speaker later (a run-on quote attributed at its end) keeps no stale issue.
  const attributed = new Set(drafts.filter((d) => d.speaker >= 0).map((d) => `${d.start}:${d.end}`));
  const settled = issues.filter((i) => i.code !== 'unknown-speaker' || !i.span || !attributed.has(`${i.span.start}:${i.span.end}`));
  return { utterances: drafts, issues: settled, roles };
}

const PLATFORMS = new Set(['twitter', 'x', 'facebook', 'instagram', 'truth', 'threads', 'tiktok', 'telegram', 'tweet', 'tweeted', 'tweets', 'bluesky', 'weibo', 'youtube', 'linkedin']);

/** "wrote Trump on Twitter", "speaking via Twitter": a platform named right after the cue or its source. */
function platformNear(tokens: readonly Token[], a: Anchor, s: Source): boolean {
  // After the cue (and an inverted source): "wrote Trump on Twitter", "speaking via Twitter"; not
  // a platform in the source's own relative clause ("Trump, who posts on Truth Social, said").
  const from = a.first;
  const to = Math.min(tokens.length, (s.how === 'inverted' ? s.last : a.last) + 4);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[a.first]!.sentence) break;
    const word = t.lower.replace(/\.$/, '');
    if ((PLATFORMS.has(word) && /^\p{Lu}/u.test(t.value) && ['on', 'via', 'to', 'in'].includes(tokens[k - 1]?.lower ?? '')) || word.startsWith('tweet')) return true;
  }
  return false;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

function backfill(drafts: UtteranceDraft[], draftOf: Map<number, number>, quotes: readonly Quote[], from: number, speaker: number, confidence: number): void {
  let q: number | undefined = from;
  while (q !== undefined) {
    const d = draftOf.get(q);
    if (d === undefined) break;
    const dr = drafts[d]!;
    if (dr.speaker >= 0) break;
    drafts[d] = { ...dr, speaker, confidence: round(confidence * 0.9) };
    q = quotes[q]!.continues;
  }
}

/** First token whose start is at or after `offset`. */
export function lowerBound(tokens: readonly Token[], offset: number): number {
  return firstAtOrAfter(tokens, offset, (t) => t.start);
}

/** No sentence end outside quotes between token a and token b. */
function sameClauseRun(seg: Segmentation, a: number, b: number): boolean {
  const tokens = seg.doc.tokens;
  for (let k = a; k < b; k++) if (SENTENCE_END.test(tokens[k]!.value) && seg.quoteOf[k]! < 0) return false;
  return true;
}

interface Found {
  readonly source: Source;
  readonly anchor?: Anchor;
  readonly confidence: number;
}

/**
 * A cue right after the quote: `…,” Trump told the crowd`, `…,” said Smith`, `…,” Fiona Hill, a
 * former official, told …`. Between the closing mark and the cue only the source may stand.
 */
function cueAfter(seg: Segmentation, q: Quote, anchors: readonly Anchor[], sources: readonly (Source | null)[], speech: ReadonlySet<number>): Found | null {
  const tokens = seg.doc.tokens;
  let k = lowerBound(tokens, q.close + 1);
  // The quote must end its sentence or clause: punctuation inside the marks or right after.
  while (k < tokens.length && (tokens[k]!.value === ',' || QUOTE_MARK.test(tokens[k]!.value))) k++;
  const limit = Math.min(tokens.length, k + 25);
  const paragraph = seg.paragraphOf[lowerBound(tokens, q.open)];
  const endsSentence = /[.!?\u2026]$/.test(seg.doc.text.slice(q.start, q.end));
  for (let ai = firstAnchorFrom(anchors, k); ai < anchors.length; ai++) {
    const a = anchors[ai]!;
    if (a.first >= limit || seg.paragraphOf[a.first] !== paragraph) break;
    const s = sources[a.index];
    if (!s) return null;
    // Nothing but the source and its apposition between quote and cue.
    const from = Math.min(s.first, a.first);
    // The source may open with a determiner the mention leaves out ("the Kremlin said").
    // So may modifiers it leaves out ("former Florida governor Jeb Bush", "State spokesman Mark Toner").
    const sourceStart = s.how === 'inverted' ? s.first : phraseStart(tokens, s.first, k);
    // A cue with its source after it ("…,” said Smith", "…” ― Smith", "…,” according to Smith") opens right after the quote.
    if (s.how === 'inverted' || s.how === 'after' ? a.first !== k : sourceStart !== k && !describedBefore(tokens, k, s.first)) return null;
    for (let x = k; x < from; x++) if (SENTENCE_END.test(tokens[x]!.value) || (seg.quoteOf[x]! >= 0 && speech.has(seg.quoteOf[x]!))) return null;
    // `…the region." Kino Gabriel said, "…"`: a cue that opens the next quote is that quote's.
    // (A dash always credits the quote before it.)
    if (endsSentence && a.lemma !== '\u2014' && quoteLaterInSentence(seg, a.last, speech)) return null;
    return { source: s, anchor: a, confidence: a.confidence * 0.95 };
  }
  return null;
}

/**
 * "…,” Okafor's press aide, Lena Brandt, said": a short description and its comma stand
 * between the quote and the name; no verb, no sentence end.
 */
function describedBefore(tokens: readonly Token[], k: number, first: number): boolean {
  if (first - k > 10 || first - k < 2 || tokens[first - 1]?.value !== ',') return false;
  for (let x = k; x < first - 1; x++) if (tokens[x]!.pos === 'VERB' || tokens[x]!.pos === 'AUX' || SENTENCE_END.test(tokens[x]!.value) || tokens[x]!.value === ',') return false;
  return true;
}

/**
 * Where the noun phrase of a source starting at token `first` begins, when determiners and
 * modifiers the mention leaves out stand before it back to token `floor` ("the former", "State").
 */
function phraseStart(tokens: readonly Token[], first: number, floor: number): number {
  let k = first;
  while (k > floor && first - k < 4) {
    const p = tokens[k - 1]!;
    const attached = p.value === '-' || tokens[k]?.value === '-';
    const possessive = p.pos === 'PRON' && ['his', 'her', 'their', 'its', 'our', 'my'].includes(p.lower);
    if (!(p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'PROPN' || p.pos === 'NOUN' || p.pos === 'NUM' || attached || possessive) || p.sentence !== tokens[first]!.sentence) break;
    k--;
  }
  return k === floor ? floor : first;
}

/** Does a speech quote open after token k before the sentence ends? */
function quoteLaterInSentence(seg: Segmentation, k: number, speech: ReadonlySet<number>): boolean {
  const tokens = seg.doc.tokens;
  for (let x = k; x < Math.min(tokens.length, k + 30); x++) {
    const q = seg.quoteOf[x]!;
    if (q >= 0 && speech.has(q)) return true;
    if (SENTENCE_END.test(tokens[x]!.value)) return false;
  }
  return false;
}

/**
 * A cue before the quote in the same sentence: `Trump said: “…”`, `Trump told reporters, “…”`,
 * or a partial quote in the clause a cue governs: `Putin said Biden was “more experienced”`.
 * The nearest such cue wins; a cue before an earlier speech quote of the sentence belongs to that quote.
 */
function cueBefore(seg: Segmentation, q: Quote, anchors: readonly Anchor[], sources: readonly (Source | null)[], speech: ReadonlySet<number>): Found | null {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  for (let ai = firstAnchorFrom(anchors, open) - 1; ai >= 0; ai--) {
    const a = anchors[ai]!;
    if (a.last > open) continue;
    if (!sameClauseRun(seg, a.last, open)) return null;
    const s = sources[a.index];
    if (!s) continue;
    // A cue in an aside ("— which the BBC noted as unusual —", ", who said …,") is not the quote's.
    if (insideAside(tokens, a.first, open)) continue;
    // "X, speaking via Twitter: “…”": the colon only links; the verb before it carries the source.
    if (a.lemma === ':' && ai > 0 && sources[ai - 1] && sameClauseRun(seg, anchors[ai - 1]!.last, a.first) && tokens[anchors[ai - 1]!.first]!.sentence === tokens[a.first]!.sentence && !dashWithin(tokens, anchors[ai - 1]!.last, a.first)) {
      const v = anchors[ai - 1]!;
      return { source: sources[ai - 1]!, anchor: v, confidence: v.confidence * 0.9 };
    }
    // A speech quote between the cue and this quote: the cue was for that one (unless a split quote continues).
    let between = false;
    for (let x = a.last; x < open; x++) if (seg.quoteOf[x]! >= 0 && speech.has(seg.quoteOf[x]!) && seg.quoteOf[x] !== q.index) between = true;
    const adjacent = open - a.last <= 2;
    if (between && !adjacent) return null;
    return { source: s, anchor: a, confidence: a.confidence * (adjacent ? 0.9 : 0.8) };
  }
  return null;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom']);

/** A dash between tokens [from, to): "Pollsters agree - Carl Bialik: “…”" labels a new speaker. */
function dashWithin(tokens: readonly Token[], from: number, to: number): boolean {
  // (A few tokens at most: a colon label stands right after its dash.)
  for (let x = Math.max(from, to - 12); x < to; x++) if (DASH.test(tokens[x]!.value) && tokens[x]!.pos === 'PUNCT') return true;
  return false;
}

/** Is token k inside a dash-delimited aside that closes before `until`, or after a relative pronoun? */
function insideAside(tokens: readonly Token[], k: number, until: number): boolean {
  const prev = tokens[k - 1];
  if (prev && (prev.lower === 'which' || prev.lower === 'who' || prev.lower === 'whom')) return true;
  let dashes = 0;
  for (let x = k - 1; x >= 0 && tokens[x]!.sentence === tokens[k]!.sentence; x--) if (DASH.test(tokens[x]!.value) && tokens[x]!.value !== '-') dashes++;
  if (dashes % 2 === 0) return false;
  for (let x = k + 1; x < until; x++) if (DASH.test(tokens[x]!.value) && tokens[x]!.value !== '-') return true;
  return false;
}

/** "“…” — Senator Smith" or "Smith: “…”" with no verb. */
function dashOrColonLabel(seg: Segmentation, ents: EntityIndex, q: Quote): Found | null {
  const tokens = seg.doc.tokens;
  let after = lowerBound(tokens, q.close + 1);
  // The label may stand on its own line: '"…"\n\n-Michelle Marks, Philadelphia.'
  if (tokens[after]?.pos === 'SPACE' && tokens[after + 1] && DASH.test(tokens[after + 1]!.value) && labelLine(ents, tokens, after + 2)) after++;
  const a = tokens[after];
  if (a && DASH.test(a.value) && tokens[after + 1] && mentionIndex(ents, after + 1) >= 0) {
    const mi = mentionIndex(ents, after + 1);
    const m = ents.mentions[mi]!;
    if (m.kind !== 'pronoun') return { source: { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'after' }, confidence: 0.8 };
  }
  const open = lowerBound(tokens, q.open);
  const colon = tokens[open - 1];
  if (colon && colon.value === ':' && mentionIndex(ents, open - 2) >= 0) {
    const mi = mentionIndex(ents, open - 2);
    const m = ents.mentions[mi]!;
    if (m.kind !== 'pronoun' || m.key === 'he' || m.key === 'she' || m.key === 'they') return { source: { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'subject' }, confidence: 0.75 };
  }
  return null;
}

/** A name and nothing but a place or description after a comma, on a line of its own: "-Michelle Marks, Philadelphia." (not "- Trump said …"). */
function labelLine(ents: EntityIndex, tokens: readonly Token[], k: number): boolean {
  const mi = mentionIndex(ents, k);
  if (mi < 0) return false;
  const next = tokens[ents.mentions[mi]!.last];
  return !next || next.value === ',' || next.value === '.' || next.pos === 'SPACE';
}

/** Labels an editor puts before a colon, never a speaker: "Update:", "Note:", "Photo:". */
const EDITORIAL_LABELS = new Set(['note', 'update', 'updated', 'correction', 'clarification', 'editor', "editor's", 'photo', 'photos', 'video', 'watch', 'read', 'related', 'source', 'sources', 'warning', 'breaking', 'disclaimer', 'advertisement', 'listen', 'share', 'caption', 'credit', 'credits', 'q', 'a', 'question', 'answer', 'subscribe', 'more', 'also', 'see', 'background', 'context', 'analysis', 'opinion', 'exclusive', 'live', 'poll', 'quiz']);

/** "Dr. Ben Carson: …" — a name (not a place) and a colon opening a paragraph, the words after it. */
function colonLabel(seg: Segmentation, ents: EntityIndex, p: Span): { source: Source; cue: Span; contentStart: number } | null {
  const tokens = seg.doc.tokens;
  const k = lowerBound(tokens, p.start);
  const mi = mentionIndex(ents, k);
  if (mi < 0) {
    // A capitalised name the entity stage did not keep ("Issa:" opening a headline).
    let end = k;
    while (end < k + 3 && tokens[end] && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.value) && tokens[end]!.pos !== 'VERB' && !EDITORIAL_LABELS.has(tokens[end]!.lower)) end++;
    const colon = tokens[end];
    if (end === k || !colon || colon.value !== ':' || colon.start >= p.end) return null;
    let contentStart = colon.end;
    while (contentStart < p.end && /\s/.test(seg.doc.text[contentStart]!)) contentStart++;
    if (p.end - contentStart < 8) return null;
    return { source: { span: { start: tokens[k]!.start, end: tokens[end - 1]!.end }, mention: -1, first: k, last: end, how: 'subject' }, cue: { start: colon.start, end: colon.end }, contentStart };
  }
  const m = ents.mentions[mi]!;
  if (m.first !== k || m.kind === 'pronoun' || m.quote >= 0) return null;
  const colon = tokens[m.last];
  if (!colon || colon.value !== ':' || colon.start >= p.end) return null;
  const e = ents.entityOf[mi]!;
  if (e >= 0 && ents.entities[e]!.type === 'place') return null;
  let contentStart = colon.end;
  while (contentStart < p.end && /\s/.test(seg.doc.text[contentStart]!)) contentStart++;
  if (p.end - contentStart < 8) return null;
  return { source: { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'subject' }, cue: { start: colon.start, end: colon.end }, contentStart };
}

/** A speaker label opening the quote's words ("WALLACE: …", "MR. SMITH: …"), as a mention. */
function labelInside(seg: Segmentation, ents: EntityIndex, q: Quote): (Found & { contentStart: number }) | null {
  const head = seg.doc.text.slice(q.start, Math.min(q.end, q.start + 50));
  const m = /^((?:[A-Z][A-Z'’.-]*\s){0,3}[A-Z][A-Z'’.-]+):\s/.exec(head);
  if (!m) return null;
  const k = lowerBound(seg.doc.tokens, q.start);
  const mi = mentionIndex(ents, k);
  if (mi < 0) return null;
  const mention = ents.mentions[mi]!;
  if (mention.end > q.start + m[1]!.length) return null;
  // A label names a speaker: an unknown name in capitals ("BRANDT") is a person, written "Brandt".
  const e = ents.entityOf[mi]!;
  const entity = e >= 0 ? ents.entities[e]! : undefined;
  if (entity && !entity.kb && !/\p{Ll}/u.test(entity.name)) {
    entity.aliases.add(entity.name);
    entity.name = displayName(entity.name, true);
    entity.type = 'person';
  }
  return { source: { span: { start: mention.start, end: mention.end }, mention: mi, first: mention.first, last: mention.last, how: 'subject' }, confidence: 0.9, contentStart: q.start + m[0].length };
}

/** A quote that continues the writer's sentence (after a word, not after a colon, comma or sentence start) is partial. */
function isPartial(seg: Segmentation, q: Quote): boolean {
  const text = seg.doc.text;
  let k = q.open - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  if (k < 0 || text[k] === '\n') return false;
  const ch = text[k]!;
  if (/[.!?:,;\u2014\u2013(\[\-"'\u201c\u201d\u2018\u2019]/.test(ch)) return false;
  return true;
}

/** The attribution of the sentence just before the quote, in the same paragraph, when nothing comes between. */
function cueInSentenceBefore(seg: Segmentation, q: Quote, anchors: readonly Anchor[], sources: readonly (Source | null)[]): Found | null {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  const paragraph = seg.paragraphOf[open];
  let end = open - 1;
  while (end >= 0 && (tokens[end]!.pos === 'SPACE' || QUOTE_MARK.test(tokens[end]!.value))) end--;
  if (end < 0 || !SENTENCE_END.test(tokens[end]!.value) || seg.paragraphOf[end] !== paragraph || seg.quoteOf[end]! >= 0) return null;
  const sentence = tokens[end]!.sentence;
  for (let ai = firstAnchorFrom(anchors, end + 1) - 1; ai >= 0; ai--) {
    const a = anchors[ai]!;
    if (a.first > end) continue;
    if (tokens[a.first]!.sentence !== sentence) break;
    const s = sources[ai];
    // "…,” said Marsh, who covered the summit. “…”": a cue in a relative clause is an aside.
    if (RELATIVE_PRONOUNS.has(tokens[a.first - 1]?.lower ?? '')) continue;
    if (s && a.kind !== 'perception' && a.kind !== 'belief' && a.kind !== 'intention') return { source: s, anchor: a, confidence: 0.7 };
  }
  return null;
}

function startsParagraph(seg: Segmentation, q: Quote): boolean {
  return seg.paragraphs.some((p) => p.start === q.open);
}

/**
 * A paragraph that is only a quote continues whoever the paragraph before it reported: the
 * speaker of its last attribution, else the subject of its last sentence (the floating-quote
 * rule of news quote extractors).
 */
function lastSpeakerBefore(seg: Segmentation, ents: EntityIndex, anchors: readonly Anchor[], sources: readonly (Source | null)[], q: Quote, paragraph: number): number {
  if (paragraph === 0) return -1;
  const prev = seg.paragraphs[paragraph - 1]!;
  for (let ai = firstAnchorFrom(anchors, lowerBound(seg.doc.tokens, q.open)) - 1; ai >= 0; ai--) {
    const a = anchors[ai]!;
    const at = seg.doc.tokens[a.first]!.start;
    if (at >= q.open) continue;
    if (at < prev.start) break;
    const s = sources[ai];
    if (s && a.kind !== 'perception') return speakerOf(seg, ents, s);
  }
  // Else the person the paragraph's last sentence is about: its first person named outside a preposition.
  const tokens = seg.doc.tokens;
  let last = lowerBound(tokens, prev.end) - 1;
  while (last >= 0 && tokens[last]!.pos === 'SPACE') last--;
  if (last < 0) return -1;
  const sentence = tokens[last]!.sentence;
  let first = last;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  for (let k = first; k <= last; k++) {
    const mi = mentionIndex(ents, k);
    if (mi < 0 || seg.quoteOf[k]! >= 0) continue;
    const m = ents.mentions[mi]!;
    const e = ents.entityOf[mi]!;
    if (e >= 0 && ents.entities[e]!.type === 'person' && !m.afterPreposition && !m.possessive) return e;
  }
  return -1;
}

function otherPersonBetween(seg: Segmentation, ents: EntityIndex, prevQuote: number, q: Quote, speaker: number): boolean {
  const tokens = seg.doc.tokens;
  const from = lowerBound(tokens, seg.quotes[prevQuote]!.close + 1);
  const to = lowerBound(tokens, q.open);
  // A new person named as the subject of a sentence between the two quotes breaks the conversation.
  for (let k = from; k < to; k++) {
    const mi = mentionIndex(ents, k);
    if (mi < 0 || seg.quoteOf[k]! >= 0) continue;
    const e = ents.entityOf[mi]!;
    const m = ents.mentions[mi]!;
    if (e >= 0 && e !== speaker && ents.entities[e]!.type === 'person' && m.kind === 'name' && !m.possessive) {
      const next = tokens[m.last];
      if (m.subject || (next && next.value === ',' && !m.afterPreposition)) return true;
    }
  }
  return false;
}

const peopleByParagraph = new WeakMap<EntityIndex, Map<number, Set<number>>>();

/** The only person the paragraph's own text (outside quotes) names, or -1. Indexed once per article. */
function onlyPersonInParagraph(seg: Segmentation, ents: EntityIndex, paragraph: number): number {
  let index = peopleByParagraph.get(ents);
  if (!index) {
    index = new Map();
    ents.mentions.forEach((m, mi) => {
      const e = ents.entityOf[mi]!;
      if (m.quote >= 0 || e < 0 || ents.entities[e]!.type !== 'person') return;
      const p = seg.paragraphOf[m.first]!;
      let set = index!.get(p);
      if (!set) index!.set(p, (set = new Set()));
      set.add(e);
    });
    peopleByParagraph.set(ents, index);
  }
  const found = index.get(paragraph);
  return found && found.size === 1 ? [...found][0]! : -1;
}

/** The entity a source refers to; a phrase the entity stage did not resolve becomes an entity of its own. */
function speakerOf(seg: Segmentation, ents: EntityIndex, s: Source): number {
  // "The statement also said …": a document already attributed speaks for its author.
  const raw = seg.doc.text.slice((s.named ?? s.span).start, (s.named ?? s.span).end);
  const doc = /^(?:the|this|that)\s+(\w+)$/i.exec(raw);
  if (s.mention < 0 && doc && DOCUMENTS.has(doc[1]!.toLowerCase())) {
    const author = authorOf(seg, ents, doc[1]!.toLowerCase(), s.span.start);
    if (author >= 0) return author;
  }
  if (s.mention >= 0) {
    const e = ents.entityOf[s.mention]!;
    if (e >= 0) return e;
    const m = ents.mentions[s.mention]!;
    if (m.kind === 'pronoun') {
      // "I said", "we argued" in the writer's own text: the writer speaks.
      if ((m.key === 'i' || m.key === 'we' || m.key === 'my' || m.key === 'our') && m.quote < 0) {
        const writer = addEntity(ents, 'the writer', 'person', { start: m.start, end: m.end });
        ents.entityOf[s.mention] = writer;
        return writer;
      }
      const r = resolvePronoun(ents, s.mention);
      if (r) { ents.entityOf[s.mention] = r.index; r.mentions.push({ start: m.start, end: m.end }); return r.index; }
      const fallback = farReferent(seg, ents, s.mention);
      if (fallback >= 0) ents.entityOf[s.mention] = fallback;
      return fallback;
    }
    const name = seg.doc.text.slice(m.start, m.end).replace(/^(the|a|an|this|that|another|one)\s+/i, '');
    const e2 = addEntity(ents, name, m.kind === 'group' ? 'group' : (m.type ?? 'person'), { start: m.start, end: m.end });
    ents.entityOf[s.mention] = e2;
    return e2;
  }
  const name = raw.replace(/^(the|a|an|this|that|another|one|some|several|two|three)\s+/i, '');
  if (!/\p{L}/u.test(name)) return -1;
  const plural = /s$/i.test(name) && !/ss$/i.test(name);
  return addEntity(ents, name, plural ? 'group' : 'person', s.span);
}

/**
 * The referent of a speaking pronoun that nothing in the last few sentences resolves: for "he"
 * or "she", the person the article names most (its protagonist), named before, gender permitting;
 * for "they", the nearest plural noun phrase that was a subject in the two sentences before
 * ("State education departments can do that, they said"). -1 when there is none.
 */
const prominence = new WeakMap<EntityIndex, number[]>();

/** The people of the article, most named first (by name mentions), computed once per article. */
function peopleByProminence(ents: EntityIndex): number[] {
  let list = prominence.get(ents);
  if (!list) {
    const counts = new Map<number, number>();
    ents.mentions.forEach((m, mi) => {
      const e = ents.entityOf[mi]!;
      if (e >= 0 && m.kind === 'name' && ents.entities[e]!.type === 'person') counts.set(e, (counts.get(e) ?? 0) + 1);
    });
    list = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([e]) => e).slice(0, 5);
    prominence.set(ents, list);
  }
  return list;
}

/** Written things that speak in the writer's text besides documents: "the sign read", "the ad says". */
const WRITTEN = new Set(['sign', 'signs', 'ad', 'ads', 'email', 'banner', 'poster', 'placard', 'headline', 'editorial', 'website', 'page', 'card', 'flyer', 'leaflet', 'mailer', 'caption', 'slogan', 'shirt', 't-shirt']);

function farReferent(seg: Segmentation, ents: EntityIndex, mi: number): number {
  const m = ents.mentions[mi]!;
  const tokens = seg.doc.tokens;
  if (m.key === 'he' || m.key === 'she') {
    for (const e of peopleByProminence(ents)) {
      const entity = ents.entities[e]!;
      if (m.gender && entity.gender && entity.gender !== m.gender) continue;
      // Named before the pronoun, and more than once.
      if (entity.mentions.length < 2 || !entity.mentions.some((x) => x.start < m.start)) continue;
      entity.mentions.push({ start: m.start, end: m.end });
      return e;
    }
    return -1;
  }
  if (m.key === 'it') {
    // "“…,” it read": the document or sign just mentioned, which speaks for its author when one is named.
    for (let k = m.first - 1; k > 0 && m.sentence - tokens[k]!.sentence <= 2 && m.first - k < 80; k--) {
      const t = tokens[k]!;
      if (seg.quoteOf[k]! >= 0 || t.pos !== 'NOUN' || !(DOCUMENTS.has(t.lower) || WRITTEN.has(t.lower))) continue;
      const author = authorOf(seg, ents, t.lower, m.start);
      if (author >= 0) { ents.entities[author]!.mentions.push({ start: m.start, end: m.end }); return author; }
      return addEntity(ents, t.lower, 'person', { start: m.start, end: m.end });
    }
    return -1;
  }
  if (m.key !== 'they') return -1;
  for (let k = m.first - 1; k > 0 && m.sentence - tokens[k]!.sentence <= 2 && m.first - k < 80; k--) {
    const t = tokens[k]!;
    if (seg.quoteOf[k]! >= 0 || t.pos !== 'NOUN' || !/[^su]s$/.test(t.lower)) continue;
    // The verb may follow the head's complement: "State departments of education can …".
    let v = k + 1;
    if (tokens[v]?.lower === 'of') { v++; while (v < tokens.length && v - k < 6 && (tokens[v]!.pos === 'NOUN' || tokens[v]!.pos === 'ADJ' || tokens[v]!.pos === 'DET' || tokens[v]!.pos === 'PROPN')) v++; }
    const next = tokens[v];
    if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
    let first = k;
    while (first > 0 && (tokens[first - 1]!.pos === 'NOUN' || tokens[first - 1]!.pos === 'ADJ' || tokens[first - 1]!.pos === 'PROPN') && tokens[first - 1]!.sentence === t.sentence && k - first < 4) first--;
    const name = seg.doc.text.slice(tokens[first]!.start, t.end);
    return addEntity(ents, name, 'group', { start: m.start, end: m.end });
  }
  return -1;
}

/** The source of the last cue before `at` that names the document ("in a statement") within three sentences. */
function authorOf(seg: Segmentation, ents: EntityIndex, noun: string, at: number): number {
  const tokens = seg.doc.tokens;
  const k0 = lowerBound(tokens, at);
  const sentence = tokens[k0]?.sentence ?? 0;
  for (let k = k0 - 1; k >= 0 && sentence - tokens[k]!.sentence <= 3; k--) {
    if (tokens[k]!.lower !== noun) continue;
    // The nearest subject before the document noun in its sentence.
    for (let x = k - 1; x >= 0 && tokens[x]!.sentence === tokens[k]!.sentence; x--) {
      const mi = mentionIndex(ents, x);
      if (mi >= 0 && ents.entityOf[mi]! >= 0 && ents.entities[ents.entityOf[mi]!]!.type !== 'place' && !ents.mentions[mi]!.afterPreposition) return ents.entityOf[mi]!;
    }
  }
  return -1;
}

/** Transcript labels: "PRESIDENT BIDEN" → Joe Biden through the title and the knowledge base; "Q" → the questioner. */
function speakerOfLabel(ents: EntityIndex, seg: Segmentation, span: Span, label: string): number {
  const tokens = seg.doc.tokens;
  const k = lowerBound(tokens, span.start);
  const mi = mentionIndex(ents, k);
  if (mi >= 0 && ents.entityOf[mi]! >= 0) return ents.entityOf[mi]!;
  // Upper-case labels: look the words up in title case.
  const words = label.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  const last = words[words.length - 1]!.toLowerCase();
  const local = ents.entities.find((e) => e.type === 'person' && e.words.length >= 1 && e.words[e.words.length - 1] === last);
  if (local) { local.mentions.push({ ...span }); local.aliases.add(label); return local.index; }
  const entry = ents.kb.bySurname.get(last)?.[0] ?? ents.kb.byName.get(words.join(' ').toLowerCase())?.[0];
  const name = label === 'Q' ? 'questioner' : label === 'A' ? 'answerer' : words.join(' ');
  return addEntity(ents, entry?.name ?? name, 'person', span, entry);
}

function embeddedSpeaker(seg: Segmentation, ents: EntityIndex, q: Quote, outer: number): { speaker: number; mention?: Span } {
  // "I said, ‘…’" keeps the outer speaker; "they told me, ‘…’" names another.
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  for (let k = open - 1; k >= Math.max(0, open - 12); k--) {
    const t = tokens[k]!;
    if (seg.quoteOf[k] !== q.parent) break;
    const mi = mentionIndex(ents, k);
    if (mi >= 0) {
      const m = ents.mentions[mi]!;
      if (m.kind === 'pronoun' && (m.key === 'i' || m.key === 'we' || m.key === 'me')) return { speaker: outer };
      const e = ents.entityOf[mi]!;
      const next = tokens[m.last];
      if (e >= 0 && next && (next.pos === 'VERB' || next.pos === 'AUX')) return { speaker: e, mention: { start: m.start, end: m.end } };
    }
    if (SENTENCE_END.test(t.value)) break;
  }
  return { speaker: outer };
}

/** Verbs whose content is the object of one preposition: "agree with", "respond to". */
const PREPOSITION_OBJECT = new Map([['agree', 'with'], ['disagree', 'with'], ['concur', 'with'], ['object', 'to'], ['allude', 'to'], ['testify', 'about'], ['comment', 'on']]);
/** Verbs that give their object a name, often in quotes: "called the plan “a disaster”". */
const NAMING_VERBS = new Set(['call', 'dub', 'term', 'label', 'brand', 'deem']);
/** Phrase cues that frame a report by where it was made: "in a poll", "in a statement", "in a post". */
const IN_FRAME = new Set(['in a poll']);
/** Cues at least this sure of themselves ("said", "according to", "suggested") report a clause even when no source was found. */
const UNSOURCED_MIN_CONFIDENCE = 0.8;
/** …and, a little less sure, when `subjectBefore` finds their subject. */
const SUBJECT_FALLBACK_MIN_CONFIDENCE = 0.75;
const CONTENT_STOP = new Set(['according']);
/**
 * Longest reported clause, in tokens. Real ones are far shorter; the cap keeps a "sentence" of
 * thousands of cues (hostile or broken input) linear.
 */
const MAX_CLAUSE_TOKENS = 120;
const CLAUSE_BREAK = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet']);
/** Words that open a short adjunct after a trailing cue: "…, he said on Friday", "…, she told reporters in Paris". */
const TRAILING_ADJUNCT = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'after', 'before', 'when', 'while', 'via', 'through', 'to', 'reporters', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * The reported clause of a cue: after "that" (or the addressee and "that" for tell-verbs),
 * or a clause starting right after the cue, up to the end of the sentence, a quotation mark, a
 * dash, or a new attribution (", claiming …"). A cue at the end of a sentence ("…, officials
 * said") reports what comes before it.
 */
function reportedClause(seg: Segmentation, a: Anchor, source: Source, anchors: readonly Anchor[], speech: ReadonlySet<number>): Span | null {
  const tokens = seg.doc.tokens;
  const cue = tokens[a.first]!;
  const sentence = seg.doc.sentences[cue.sentence];
  if (!sentence) return null;
  const isStop = (k: number): boolean => {
    const t = tokens[k]!;
    if (t.sentence !== cue.sentence) return true;
    const qk = seg.quoteOf[k]!;
    // A quote that opens inside the clause is part of it (a partial quote of the report).
    if (qk >= 0 && (speech.has(qk) || QUOTE_MARK.test(t.value))) return clauseFrom < 0 || seg.quotes[qk]!.open < tokens[clauseFrom]!.start || seg.quotes[qk]!.runsOn;
    // A mark the quote scanner paired with nothing is an apostrophe ("Americans’ rights") or a stray: no stop.
    if (QUOTE_MARK.test(t.value) && !/^['\u2019\u2018]$/.test(t.value)) return true;
    if (DASH.test(t.value) && t.value !== '-') return true;
    if (t.value === ';' || t.value === '(') return true;
    if (t.value === ',' && tokens[k + 1] && (anchorAt(anchors, k + 1) || CONTENT_STOP.has(tokens[k + 1]!.lower))) return true;
    // ", but Ruiz would not say how": a new clause with its own subject ends the report;
    // so does ", and the speaker said …", a second report.
    if (t.value === ',' && CLAUSE_BREAK.has(tokens[k + 1]?.lower ?? '') && startsClause(tokens, k + 2)) return true;
    if (t.value === ',' && (tokens[k + 1]?.lower === 'and' || tokens[k + 1]?.lower === 'but') && anchorWithin(anchors, k + 2, k + 9)) return true;
    if (t.value === ',' && tokens[k + 1] && anchorAt(anchors, k + 2) && ['he', 'she', 'they', 'it', 'we', 'i'].includes(tokens[k + 1]!.lower)) return true;
    // "When the host noted that …, the senator said …": the main clause ends the subordinate one.
    if (t.value === ',' && subordinate && startsClause(tokens, k + 1)) return true;
    return false;
  };
  const subordinate = opensWithSubordinator(seg, a.first);
  let start = -1;
  let clauseFrom = -1;
  const after = a.source === 'after' ? source.last : a.last;
  const next = tokens[after];
  if (!next || next.sentence !== cue.sentence) return contentBefore();
  if (next.value === ':') return null;
  if (QUOTE_MARK.test(next.value) || (seg.quoteOf[after]! >= 0 && speech.has(seg.quoteOf[after]!))) return spanUntilStop(after);
  if (a.source === 'after') {
    // "According to X, …" reports what follows; "…, according to X." what came before.
    let head = sentence.first;
    while (head < a.first && (tokens[head]!.pos === 'PUNCT' || tokens[head]!.pos === 'SPACE' || tokens[head]!.pos === 'CCONJ' || QUOTE_MARK.test(tokens[head]!.value))) head++;
    if (head === a.first) {
      // "According to a poll from X broadcast on Y, …": the report starts after the phrase's comma.
      let comma = after;
      for (let k = after; k < Math.min(sentence.last, after + 12); k++) if (tokens[k]!.value === ',') { comma = k + 1; break; }
      return comma < sentence.last ? spanUntilStop(comma) : null;
    }
    const before = contentBefore(a.first, a.lemma === 'according to');
    // "At the heart of it, according to Ross, was a decision …": the report goes on after the aside.
    if (before && tokens[a.first - 1]?.value === ',') {
      for (let k = after; k < Math.min(sentence.last - 2, after + 25); k++) {
        if (tokens[k]!.value !== ',') continue;
        // Only a predicate goes on ("…, was a decision"); a new clause (", and …") is not the report.
        const go = tokens[k + 1]!;
        if (go.pos !== 'AUX' && go.pos !== 'VERB' && !(go.pos === 'ADV' && (tokens[k + 2]?.pos === 'VERB' || tokens[k + 2]?.pos === 'AUX'))) return before;
        const rest = spanUntilStop(k + 1);
        return rest ? { start: before.start, end: rest.end } : before;
      }
    }
    return before;
  }
  // "declined to comment (on the report)": PolNeAR's content is the refused comment itself.
  if (a.lemma === 'decline to comment') {
    let to = a.first;
    while (to < a.last && tokens[to]!.lower !== 'to') to++;
    if (to >= a.last) return null;
    const end = a.last;
    if (tokens[end]?.lower === 'on' || tokens[end]?.lower === 'about') {
      const o = objectPhrase(end + 1, 1);
      if (o) return { start: tokens[to]!.start, end: o.end };
    }
    return { start: tokens[to]!.start, end: tokens[end - 1]!.end };
  }
  // "half said so", "75 percent said yes", "a third said the same of Sanders": a pro-form stands for the report.
  if (a.lemma === 'say' && !cue.negated && source.first < a.first) {
    if (next.lower === 'so' || next.lower === 'yes' || next.lower === 'no') {
      const after2 = tokens[after + 1];
      if (!after2 || after2.pos === 'PUNCT' || after2.pos === 'ADP' || after2.pos === 'CCONJ' || after2.pos === 'SCONJ' || after2.sentence !== cue.sentence) return { start: next.start, end: next.end };
    }
    if (next.lower === 'the' && tokens[after + 1]?.lower === 'same') {
      const end = after + 2;
      if (tokens[end]?.lower === 'of' || tokens[end]?.lower === 'for' || tokens[end]?.lower === 'about') {
        const o = objectPhrase(end + 1, 1);
        if (o) return { start: next.start, end: o.end };
      }
      return { start: next.start, end: tokens[end - 1]!.end };
    }
  }
  if (IN_FRAME.has(a.lemma)) {
    // "In a poll released Monday, 50 percent chose …" / "…, in a statement." / "… in the same poll."
    const frame = frameReport();
    if (frame) return frame;
  }
  const adjunct = skipAdjunct(tokens, after);
  if (next.lower === 'that' && (next.pos !== 'PRON' || startsClause(tokens, after + 1))) start = after + 1;
  else if (a.complement.includes('object-that') || a.complement.includes('object') || a.complement.includes('as') || a.complement.includes('of')) {
    // "told the crowd at a rally in …, that …": skip the addressee up to "that".
    start = thatAhead(after);
    if (start < 0 && (startsClause(tokens, after) || (SAY_LIKE.has(a.lemma) && startsClause(tokens, after, 18)))) start = after;
    if (start < 0 && adjunct > after && startsClause(tokens, adjunct)) start = adjunct;
    // "accused him of lying", "described the plan as reckless" — not "spoke at the rally".
    if (start < 0 && ((a.complement.includes('of') && wordAhead(after, 'of')) || (a.complement.includes('as') && wordAhead(after, 'as'))) && after < sentence.last - 1 && !(next.pos === 'ADP' && next.lower !== 'of' && next.lower !== 'as')) start = after;
  } else if (startsClause(tokens, after) || (SAY_LIKE.has(a.lemma) && startsClause(tokens, after, 18))) start = after;
  else if (adjunct > after && (startsClause(tokens, adjunct) || tokens[adjunct]?.lower === 'that')) start = tokens[adjunct]!.lower === 'that' ? adjunct + 1 : adjunct;
  else start = thatAhead(after);
  // "explained how …", "asked whether …", "did not say when …".
  if (start < 0 && WH_WORDS.has(next.lower) && (a.complement.includes('wh') || a.lemma === 'say' || a.lemma === 'tell' || a.lemma === 'explain')) start = after;
  // "asked the senator whether …", "asked voters what …": the question after its addressee.
  if (start < 0 && a.complement.includes('wh') && NP_START.has(next.pos)) start = whAhead(after);
  // "called the system “rotten to the core”": the named thing and the quoted name given to it.
  if (NAMING_VERBS.has(a.lemma) && NP_START.has(next.pos)) {
    const named = namedAs(after);
    if (named) return named;
  }
  // "called for a ban", "referring to Obama", "talked about the border": a phrase cue that ends in its
  // preposition takes the object after it as its content.
  if (start < 0 && a.form === 'phrase' && a.complement.includes('object') && !cue.negated && NP_START.has(next.pos) && !(next.pos === 'PRON' && !POSSESSIVES.has(next.lower))) {
    const o = objectPhrase(after, 1);
    if (o) return o;
  }
  // "spoke about the need for border control", "complained about how …": what the talk was about.
  if (start < 0 && a.complement.includes('about') && next.lower === 'about' && !cue.negated) {
    const subject = tokens[after + 1];
    if (subject && WH_WORDS.has(subject.lower)) return spanUntilStop(after + 1);
    if (subject && NP_START.has(subject.pos)) {
      const o = objectPhrase(after + 1, 1);
      if (o) return o;
    }
  }
  // "agreed with the analysis", "did not respond to requests for comment": the object of the verb's preposition.
  if (start < 0 && PREPOSITION_OBJECT.get(a.lemma) === next.lower) {
    const o = objectPhrase(after + 1, 1);
    if (o) return o;
  }
  // "supported Sanders", "oppose the ban", "backing her": what the source stands for or against.
  if (start < 0 && STANCE_OBJECT.has(a.lemma) && !cue.negated && (NP_START.has(next.pos) || next.pos === 'VERB' && next.lower.endsWith('ing')) && !STANCE_NOT_OBJECT.has(next.lower)) {
    return objectPhrase(after, 1);
  }
  // "criticized the decision", "announced a new plan": the object is what was said, for verbs whose object is speech.
  if (start < 0 && OBJECT_CONTENT.has(a.lemma) && !cue.negated && NP_START.has(next.pos) && !(next.pos === 'PRON' && !POSSESSIVES.has(next.lower))) {
    return objectPhrase(after);
  }
  // "The Times said Cook provided …", "says expanding the monument will …": a say-verb whose subject
  // came before it reports the clause after it even when the tagger hides that clause's subject.
  if (start < 0 && source.first < a.first && !invertedPosition(tokens, a.first)) {
    const from = clauseAfterSayVerb(tokens, a, adjunct > after ? adjunct : after, sentence.last);
    if (from >= 0) start = from;
  }
  const sourceStart = tokens[source.first - 1]?.pos === 'DET' ? source.first - 1 : source.first;
  if (start < 0 && next.value === ',' && (tokens[sourceStart - 1]?.value === ',' || tokens[a.first - 1]?.value === ',')) {
    // "The economy, the minister said, is growing": the report stands on both sides of the aside.
    // One span covers both; the cue span says where the aside is.
    // "Asked about it on Sunday, Issa said, “…”": the cue is the quote's; the words before it set the scene.
    const quoteNext = tokens[after + 1] !== undefined && (QUOTE_MARK.test(tokens[after + 1]!.value) || (seg.quoteOf[after + 1]! >= 0 && speech.has(seg.quoteOf[after + 1]!)));
    if (quoteNext) return null;
    const beforeSide = contentBefore();
    const afterSide = after + 1 < sentence.last ? spanUntilStop(after + 1) : null;
    if (beforeSide && afterSide) return { start: beforeSide.start, end: afterSide.end };
    if (afterSide && startsClause(tokens, after + 1)) return afterSide;
    if (beforeSide) return beforeSide;
  }
  if (start < 0) {
    if (a.complement.includes('to') && next.lower === 'to' && (a.kind === 'speech' || a.kind === 'intention')) start = after;
    // "want all immigrants to be deported", "expect the press to play along": an object and its infinitive.
    else if (a.complement.includes('to') && (a.kind === 'intention' || a.kind === 'belief') && NP_START.has(next.pos) && objectThenTo(after)) start = after;
    else return contentBeforeIfTrailing();
  }
  return spanUntilStop(start);

  /** "asked the former governor if …": a question word after an addressee of a few words, no verb between. */
  function whAhead(from: number): number {
    for (let k = from; k < Math.min(sentence!.last - 1, from + 8); k++) {
      const t = tokens[k]!;
      if (k > from && (t.lower === 'whether' || t.lower === 'if' || t.lower === 'why' || t.lower === 'how' || t.lower === 'what' || t.lower === 'when' || t.lower === 'where' || t.lower === 'who')) return k;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || isStop(k)) return -1;
    }
    return -1;
  }

  /** The report around a framing phrase: after it when it opens the sentence, before it when it closes it. */
  function frameReport(): Span | null {
    let head = sentence!.first;
    while (head < a.first && (tokens[head]!.pos === 'PUNCT' || tokens[head]!.pos === 'SPACE' || QUOTE_MARK.test(tokens[head]!.value))) head++;
    if (head === a.first) {
      // Past the phrase's own modifiers ("released Monday", "of 1,000 voters") to its comma.
      for (let k = after; k < Math.min(sentence!.last - 2, after + 12); k++) {
        if (tokens[k]!.value === ',') return spanUntilStop(k + 1);
        if (isStop(k)) return null;
      }
      return null;
    }
    let k = a.last;
    while (k < sentence!.last && k - a.last < 6 && tokens[k]!.pos !== 'PUNCT') k++;
    return k >= sentence!.last || SENTENCE_END.test(tokens[k]!.value) ? contentBefore(a.first) : null;
  }

  /** Does `word` stand within the next six tokens of the clause? ("accused him of", "described the plan as") */
  function wordAhead(from: number, word: string): boolean {
    for (let k = from; k < Math.min(sentence!.last, from + 6); k++) {
      if (tokens[k]!.lower === word) return true;
      if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') return false;
    }
    return false;
  }

  /** Do at least two words of the same sentence follow offset `close`? */
  function continuesAfter(close: number): boolean {
    const k = lowerBound(tokens, close + 1);
    return tokens[k] !== undefined && tokens[k]!.sentence === cue.sentence && tokens[k]!.pos !== 'PUNCT' && tokens[k + 1] !== undefined && tokens[k + 1]!.pos !== 'PUNCT';
  }

  /** The object noun phrase, with its complements, up to a comma, a new clause or the sentence end. */
  function objectPhrase(from: number, min = 2): Span | null {
    let end = from;
    // "for accepting donations", "of lying": a gerund after a preposition stays in the object.
    const gerundAfterPreposition = (k: number): boolean => tokens[k]!.lower.endsWith('ing') && (tokens[k - 1]!.pos === 'ADP' || tokens[k - 1]!.lower === 'for');
    while (end < Math.min(sentence!.last, from + MAX_CLAUSE_TOKENS) && !isStop(end) && tokens[end]!.value !== ',' && (tokens[end]!.pos !== 'SCONJ' || tokens[end]!.lower === 'for') && !(end > from && (tokens[end]!.pos === 'VERB' || tokens[end]!.pos === 'AUX') && tokens[end - 1]!.pos !== 'PART' && !gerundAfterPreposition(end)) &&
      !(end > from && tokens[end]!.pos === 'ADP' && !OBJECT_PREPOSITIONS.has(tokens[end]!.lower) && !nounModifier(end))) end++;
    while (end > from && (tokens[end - 1]!.pos === 'PUNCT' || tokens[end - 1]!.pos === 'CCONJ' || tokens[end - 1]!.pos === 'ADP')) end--;
    if (end - from < min) return null;
    return { start: tokens[from]!.start, end: tokens[end - 1]!.end };
  }

  /**
   * A preposition that modifies the noun before it ("positions on defense", "victory in the
   * primary"), not the verb ("on Friday", "at the rally", "in Paris"): its object is a common
   * noun phrase that names no time, and the noun before it is not a name.
   */
  function nounModifier(k: number): boolean {
    const p = tokens[k]!.lower;
    if (p !== 'on' && p !== 'in' && p !== 'from' && p !== 'at') return false;
    if (tokens[k - 1]!.pos !== 'NOUN') return false;
    for (let x = k + 1; x < Math.min(sentence!.last, k + 4); x++) {
      const t = tokens[x]!;
      if (TIME_WORDS.has(t.lower) || t.pos === 'NUM') return false;
      if (t.pos === 'NOUN') return true;
      if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.lower !== "'s" && t.lower !== '\u2019s') return false;
    }
    return false;
  }

  /** "every farm in the valley to be inspected": a noun phrase, then "to" and a verb, no verb between. */
  function objectThenTo(from: number): boolean {
    for (let k = from + 1; k < Math.min(sentence!.last - 1, from + 10); k++) {
      const t = tokens[k]!;
      if (t.lower === 'to') return tokens[k + 1]!.pos === 'VERB' || tokens[k + 1]!.pos === 'AUX';
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || isStop(k)) return false;
    }
    return false;
  }

  /** An object of a few words and the quote right after it, up to the quote's closing mark. */
  function namedAs(from: number): Span | null {
    for (let k = from + 1; k < Math.min(sentence!.last, from + 9); k++) {
      const t = tokens[k]!;
      const qk = seg.quoteOf[k]!;
      if (qk >= 0 && QUOTE_MARK.test(t.value)) {
        const q = seg.quotes[qk]!;
        // A name of a few words stays a partial quote of its own ("called it “a disaster”").
        if (q.open < t.start || q.runsOn || shortQuote(seg, qk)) return null;
        return { start: tokens[from]!.start, end: q.close + 1 };
      }
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
    }
    return null;
  }

  /** "told the crowd at a rally in X, Y, that …": "that" after an addressee or adjuncts, no verb between. */
  function thatAhead(from: number): number {
    for (let k = from; k < Math.min(sentence!.last, from + 18); k++) {
      const t = tokens[k]!;
      // "(via Associated Press)": an aside in brackets is skipped.
      if (t.value === '(') {
        let close = k + 1;
        while (close < Math.min(sentence!.last, k + 12) && tokens[close]!.value !== ')') close++;
        if (tokens[close]?.value === ')') { k = close; continue; }
      }
      if (isStop(k) && t.value !== ',') return -1;
      if (t.lower === 'that' && (t.pos !== 'PRON' || startsClause(tokens, k + 1)) && tokens[k + 1] && tokens[k + 1]!.pos !== 'PUNCT') return k + 1;
      if (t.pos === 'AUX' && k > from) return -1;
      // "who spoke on condition of anonymity, said that …": the "that" belongs to the next cue.
      if (k > from && t.pos === 'VERB' && anchorAt(anchors, k)) return -1;
    }
    return -1;
  }

  function spanUntilStop(from: number): Span | null {
    if (from >= tokens.length) return null;
    clauseFrom = from;
    if (seg.quoteOf[from]! >= 0 || QUOTE_MARK.test(tokens[from]!.value)) {
      // 'Kerr said "it makes me angry" whenever …': a quote the sentence goes on after is part of the report.
      const q = seg.quotes[seg.quoteOf[from]!];
      if (!q || !continuesAfter(q.close)) return null;
      clauseFrom = -1;
      let end = lowerBound(tokens, q.close + 1);
      const limit = Math.min(sentence!.last, end + MAX_CLAUSE_TOKENS);
      while (end < limit && !isStop(end)) end++;
      while (end > from && (tokens[end - 1]!.pos === 'PUNCT' || tokens[end - 1]!.pos === 'SPACE')) end--;
      return { start: q.open, end: Math.max(tokens[end - 1]!.end, q.close + 1) };
    }
    let end = from;
    const limit = Math.min(sentence!.last, from + MAX_CLAUSE_TOKENS);
    while (end < limit && !isStop(end)) end++;
    const reach = end;
    while (end > from && (tokens[end - 1]!.pos === 'PUNCT' || tokens[end - 1]!.pos === 'SPACE' || tokens[end - 1]!.pos === 'CCONJ' || tokens[end - 1]!.pos === 'SCONJ')) end--;
    if (end - from < 2) return null;
    // A partial quote at the end of the clause is kept whole, its own closing punctuation included.
    let endOffset = tokens[end - 1]!.end;
    for (let k = from; k < reach; k++) {
      const qk = seg.quoteOf[k]!;
      if (qk < 0) continue;
      const q = seg.quotes[qk]!;
      // The closing mark belongs to the report too, when there is one.
      if (q.open >= tokens[from]!.start) endOffset = Math.max(endOffset, q.runsOn ? q.end : q.close + 1);
    }
    return { start: tokens[from]!.start, end: endOffset };
  }
  /** "…, sources said." / "…, he said on Friday." — a speech verb at the end of its sentence reports what came before. */
  function contentBeforeIfTrailing(): Span | null {
    if (a.kind === 'belief' || a.kind === 'intention' || a.kind === 'perception' || a.confidence < 0.75) return null;
    let k = a.last;
    const adjunct = TRAILING_ADJUNCT.has(tokens[k]?.lower ?? '');
    while (k < sentence!.last && tokens[k]!.pos !== 'PUNCT' && k - a.last < 6) k++;
    if (k - a.last > (adjunct ? 5 : 1)) return null;
    if (k < sentence!.last && !SENTENCE_END.test(tokens[k]!.value) && tokens[k]!.value !== ',') return null;
    return contentBefore();
  }
  function contentBefore(until = source.first < a.first ? (tokens[source.first - 1]?.pos === 'DET' ? source.first - 1 : source.first) : a.first, commaOptional = false): Span | null {
    let end = until;
    while (end > sentence!.first && (tokens[end - 1]!.value === ',' || tokens[end - 1]!.pos === 'SPACE')) end--;
    if (end === until && !commaOptional) return null; // no comma: the cue is not trailing
    let from = end;
    const floor = Math.max(sentence!.first, end - MAX_CLAUSE_TOKENS);
    while (from > floor && !isStopBack(from - 1)) from--;
    while (from < end && (tokens[from]!.pos === 'PUNCT' || tokens[from]!.pos === 'SPACE')) from++;
    if (end - from < 3) return null;
    // '“…,” the Vice President, Mike Pence, said': after a quote, a phrase with no verb describes the speaker.
    if (from > 0 && isStopBack(from - 1) && !hasVerb(tokens, from, end)) return null;
    return { start: tokens[from]!.start, end: tokens[end - 1]!.end };
  }
  function isStopBack(k: number): boolean {
    const t = tokens[k]!;
    // 'Trump's “excesses” are sickening, Hollande said': a quote of a few words inside the report is part of it.
    const q = seg.quoteOf[k]!;
    // (Not the first part of a split quote: “The tariffs,” the governor said, “…”.)
    if (q >= 0 && shortQuote(seg, q) && !seg.quotes[q]!.runsOn && /[\p{L}\p{N}]$/u.test(seg.doc.text.slice(seg.quotes[q]!.start, seg.quotes[q]!.end))) return false;
    return (q >= 0 && speech.has(q)) || QUOTE_MARK.test(t.value) || t.value === ';';
  }
}

/**
 * The subject of a cue that `findSource` could not reach ("Sen. Smith (D-Ohio) said", "Jones,
 * a farmer who voted for both parties in the past, said"): the first mention of the sentence
 * before the cue that does not stand after a preposition, or null.
 */
function subjectBefore(seg: Segmentation, ents: EntityIndex, a: Anchor): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[a.first]!.sentence;
  let first = -1;
  for (let k = a.first - 1; k >= 0 && tokens[k]!.sentence === sentence && a.first - k <= 40; k--) {
    if (QUOTE_MARK.test(tokens[k]!.value) || tokens[k]!.value === ';') break;
    const mi = mentionIndex(ents, k);
    if (mi < 0) continue;
    const m = ents.mentions[mi]!;
    const before = tokens[m.first - 1];
    if (before && before.sentence === sentence && (before.pos === 'ADP' || before.pos === 'VERB' || before.lower === "'s" || before.lower === '\u2019s')) continue;
    first = mi;
  }
  if (first < 0) return null;
  const m = ents.mentions[first]!;
  return { span: { start: m.start, end: m.end }, mention: first, first: m.first, last: m.last, how: 'subject' };
}

/** '“…,” said Kevin Madden, a strategist': after a comma or a quote the cue's source follows it. */
function invertedPosition(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  // (", saying …" is a participle: its subject came before.)
  return prev !== undefined && prev.sentence === tokens[first]!.sentence && (prev.value === ',' || QUOTE_MARK.test(prev.value)) && !tokens[first]!.lower.endsWith('ing');
}

/**
 * "Voters who said they were undecided made up a fifth": a cue in a relative clause with no comma
 * before it; its report runs into the main clause's verb, so no span of it can be trusted.
 */
function inRestrictiveRelative(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const rel = tokens[k];
  return rel !== undefined && (rel.lower === 'who' || rel.lower === 'that' || rel.lower === 'which') && tokens[k - 1]?.value !== ',';
}

/**
 * Where the writer's lead-in to a partial quote starts: the first word of the quote's sentence,
 * when at least three words of the writer stand before the quote and none of them is a cue's
 * colon or another quote. -1 when the quote opens its sentence.
 */
function leadInStart(seg: Segmentation, q: Quote): number {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  const t = tokens[open];
  if (!t) return -1;
  let k = open;
  let words = 0;
  while (k > 0 && tokens[k - 1]!.sentence === t.sentence && seg.paragraphOf[k - 1] === seg.paragraphOf[open]) {
    const x = tokens[k - 1]!;
    if (x.value === ':' || x.value === ';' || (seg.quoteOf[k - 1]! >= 0 && seg.quoteOf[k - 1] !== q.index)) return -1;
    if (x.pos !== 'PUNCT' && x.pos !== 'SPACE') words++;
    k--;
  }
  while (k < open && (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'SPACE')) k++;
  return words >= 3 && k < open ? tokens[k]!.start : -1;
}

/** "seem", "appear": the subject's state as someone sees it. */
const RAISING_VERBS = new Set(['seem', 'appear']);
/** Passives that report an unnamed many's expectation or belief: "is expected to", "was thought to". */
const RAISING_PASSIVES = new Set(['expected', 'believed', 'thought', 'rumored', 'rumoured', 'projected', 'predicted', 'reported', 'said', 'alleged', 'understood', 'presumed', 'considered', 'estimated']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s', "'re", '’re']);
/** Words that end the subject of a raising verb when walking back from it. */
const SUBJECT_EDGE = new Set([',', ';', ':', '(', ')', 'that', 'which', 'who', 'because', 'while', 'although', 'though', 'if', 'when', 'as', 'and', 'but', 'since', 'so', 'whether']);

/**
 * Raising constructions that PolNeAR counts as attributions with no named source: "X seemed
 * to …", "X appears unmoved", "X is expected to …", "It appears that …". The span runs from the
 * start of the subject (after a comma or clause word) to the end of the clause; the cue is the
 * verb group.
 */
function raisingReports(seg: Segmentation, speech: ReadonlySet<number>): (Span & { cue: Span })[] {
  const tokens = seg.doc.tokens;
  const out: (Span & { cue: Span })[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (seg.quoteOf[i]! >= 0 && speech.has(seg.quoteOf[i]!)) continue;
    let cueFirst = i;
    let after = i + 1;
    const raising = RAISING_VERBS.has(t.lemma) && t.pos === 'VERB';
    if (raising) {
      const n = tokens[after]!;
      const adjective = n.pos === 'ADJ' || (n.pos === 'ADV' && tokens[after + 1]?.pos === 'ADJ');
      if (!(n.lower === 'to' && tokens[after + 1]?.pos !== 'DET' && tokens[after + 1]?.pos !== 'PRON' && tokens[after + 1]?.pos !== 'PROPN') && !adjective && n.lower !== 'that') continue;
    } else if (RAISING_PASSIVES.has(t.lower) && BE_FORMS.has(tokens[i - 1]!.lower) && tokens[after]!.lower === 'to') {
      cueFirst = i - 1;
    } else continue;
    if (tokens[after]!.sentence !== t.sentence) continue;
    // The subject: back to a comma, a clause word or the sentence start.
    let from = cueFirst;
    while (from > 0 && tokens[from - 1]!.sentence === t.sentence && seg.paragraphOf[from - 1] === seg.paragraphOf[i] && !SUBJECT_EDGE.has(tokens[from - 1]!.lower) && !QUOTE_MARK.test(tokens[from - 1]!.value) && tokens[from - 1]!.pos !== 'VERB' && cueFirst - from < 12) from--;
    if (from === cueFirst && tokens[after]!.lower !== 'that') continue;
    if (tokens[from]!.lower === 'it' && tokens[after]!.lower !== 'that' && tokens[after]!.lower !== 'to') continue;
    // "It appears that …": the clause after "that" is the content.
    if (tokens[after]!.lower === 'that') {
      if (tokens[from]!.lower !== 'it' || from !== cueFirst - 1) continue;
      from = after + 1;
    }
    let end = after;
    while (end < tokens.length && tokens[end]!.sentence === t.sentence && end - after < 60) {
      const x = tokens[end]!;
      if (x.value === ';' || x.value === '(' || (DASH.test(x.value) && x.value !== '-') || (seg.quoteOf[end]! >= 0 && speech.has(seg.quoteOf[end]!) && QUOTE_MARK.test(x.value) && seg.quotes[seg.quoteOf[end]!]!.open < t.start)) break;
      if (x.value === ',' && (CLAUSE_BREAK.has(tokens[end + 1]?.lower ?? '') || tokens[end + 1]?.lower === 'and' || tokens[end + 1]?.lower === 'according')) break;
      end++;
    }
    while (end > after && (tokens[end - 1]!.pos === 'PUNCT' || tokens[end - 1]!.pos === 'CCONJ')) end--;
    if (end - from < 3) continue;
    out.push({ start: tokens[from]!.start, end: tokens[end - 1]!.end, cue: { start: tokens[cueFirst]!.start, end: t.end } });
    i = end;
  }
  return out;
}

const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'while', 'if', 'because', 'although', 'though', 'since', 'until', 'once', 'whereas', 'whenever', 'unless']);

/** Does the sentence of token k open with a subordinating word before k ("When the moderator pointed out …")? */
function opensWithSubordinator(seg: Segmentation, k: number): boolean {
  const tokens = seg.doc.tokens;
  const sentence = seg.doc.sentences[tokens[k]!.sentence];
  if (!sentence) return false;
  let first = sentence.first;
  while (first < k && first - sentence.first < 4 && (tokens[first]!.pos === 'PUNCT' || tokens[first]!.pos === 'SPACE' || tokens[first]!.pos === 'CCONJ')) first++;
  return first < k && SUBORDINATORS.has(tokens[first]!.lower) && seg.quoteOf[first]! < 0;
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** A quote of one to three words inside reported speech is part of it ("said he 'can' and 'may' act"). */
function shortQuote(seg: Segmentation, q: number): boolean {
  const quote = seg.quotes[q]!;
  return quote.end - quote.start <= 25 && seg.doc.text.slice(quote.start, quote.end).split(/\s+/).length <= 3;
}

/** Is there a speech cue among tokens [from, to)? */
function anchorWithin(anchors: readonly Anchor[], from: number, to: number): boolean {
  for (let ai = firstAnchorFrom(anchors, from); ai < anchors.length && anchors[ai]!.first < to; ai++) {
    const x = anchors[ai]!;
    // (Beliefs and intentions too: "…, and Republicans want …" is a report of its own.)
    if (x.kind !== 'perception') return true;
  }
  return false;
}

/** Index of the first anchor whose first token is at or after k. */
function firstAnchorFrom(anchors: readonly Anchor[], k: number): number {
  return firstAtOrAfter(anchors, k, (a) => a.first);
}

/**
 * Draft indices sorted by start, for spans that never overlap one another (top-level
 * utterances): the ones overlapping a span are found by binary search, not by a scan.
 */
class SpanIndex {
  private readonly order: number[] = [];
  constructor(private readonly drafts: readonly UtteranceDraft[]) {}
  private position(start: number): number {
    return firstAtOrAfter(this.order, start, (i) => this.drafts[i]!.start);
  }
  add(i: number): void {
    this.order.splice(this.position(this.drafts[i]!.start), 0, i);
  }
  remove(i: number): void {
    const at = this.order.indexOf(i, Math.max(0, this.position(this.drafts[i]!.start) - 2));
    if (at >= 0) this.order.splice(at, 1);
  }
  overlapping(span: Span): number[] {
    const out: number[] = [];
    let k = this.position(span.end) - 1;
    for (; k >= 0; k--) {
      const d = this.drafts[this.order[k]!]!;
      if (d.end <= span.start) break;
      if (d.start < span.end) out.push(this.order[k]!);
    }
    return out.reverse();
  }
}

function anchorAt(anchors: readonly Anchor[], k: number): boolean {
  const lo = firstAnchorFrom(anchors, k);
  return anchors[lo]?.first === k && (anchors[lo]!.kind === 'speech' || anchors[lo]!.kind === 'writing');
}

/** Does a clause start at k: a subject (pronoun, name, determiner + noun …) followed by its verb? */
function startsClause(tokens: readonly Token[], k: number, reach = 10): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (!SUBJECT_POS.has(t.pos)) return false;
  if (t.pos === 'PRON' && ['him', 'them', 'me', 'us', 'myself', 'himself', 'herself', 'themselves'].includes(t.lower)) return false;
  for (let x = k + 1; x < Math.min(tokens.length, k + reach); x++) {
    const y = tokens[x]!;
    if (y.sentence !== t.sentence) return false;
    if (y.pos === 'VERB' || y.pos === 'AUX') return true;
    // A long subject may carry an infinitive or an adverb ("new rules to more strictly limit fishing quotas are …").
    if (reach > 10 && (y.lower === 'to' || y.pos === 'ADV' || y.pos === 'PART')) continue;
    // The subject may hold a genitive or a compound ("the Kremlin's spokesman", "U.S. troops"), not a preposition or a clause.
    if (SUBJECT_POS.has(y.pos) || y.pos === 'ADV' || y.value === '-' || y.lower === "'s" || y.lower === '\u2019s' || QUOTE_MARK.test(y.value) || y.value === '.' && y.end - y.start === 1 && /^\p{Lu}$/u.test(tokens[x - 1]!.value.slice(-1))) continue;
    // "he and Putin would …", "the leader of the group will …", "citizens to continue paying …".
    if (y.pos === 'CCONJ' && (y.lower === 'and' || y.lower === 'or') && x - k <= 4) continue;
    if (y.pos === 'ADP' && SUBJECT_PREPOSITIONS.has(y.lower) && x - k <= 5) continue;
    if (y.lower === 'to' && tokens[x + 1]?.pos === 'VERB') return true;
    return false;
  }
  return false;
}
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'NUM', 'ADJ']);

/** Words after a say-verb that never open its reported clause ("said so", "said of the plan", "says it all"). */
const NOT_CLAUSE_OPENERS = new Set(['so', 'of', 'it', 'this', 'nothing', 'something', 'anything', 'much', 'little', 'more', 'less', 'goodbye', 'hello', 'thanks', 'sorry', 'yes', 'no']);
/**
 * Where the clause reported by a say-verb starts when `startsClause` did not see a subject and
 * its verb (a name tagged as a verb, a gerund subject, a long subject with several
 * prepositions): the word right after the verb, if a word opens a noun phrase or a gerund there
 * and a finite verb follows later in the sentence. Only for verbs that hardly ever take a bare
 * object (`SAY_LIKE`), not negated, so "did not say much" or "added 200 jobs" stay out. -1 if not.
 */
function clauseAfterSayVerb(tokens: readonly Token[], a: Anchor, k: number, sentenceLast: number): number {
  if (!SAY_LIKE.has(a.lemma) || tokens[a.first]!.negated) return -1;
  const t = tokens[k];
  if (t === undefined || k >= sentenceLast || NOT_CLAUSE_OPENERS.has(t.lower)) return -1;
  if (!(SUBJECT_POS.has(t.pos) || (t.pos === 'VERB' && (t.lower.endsWith('ing') || /^\p{Lu}/u.test(t.value))))) return -1;
  if (t.pos === 'PRON' && !POSSESSIVES.has(t.lower) && !['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'this', 'that', 'these', 'those', 'everyone', 'nobody', 'somebody', 'someone', 'everybody'].includes(t.lower)) return -1;
  for (let x = k + 1; x < Math.min(sentenceLast, k + 40); x++) {
    const y = tokens[x]!;
    if (y.value === ';' || y.value === ':' || DASH.test(y.value)) return -1;
    if (y.pos === 'AUX' || (y.pos === 'VERB' && !y.lower.endsWith('ing'))) return k;
  }
  return -1;
}
/** Verbs that take a clause, hardly ever a bare object: after them a noun phrase opens the reported clause. */
const SAY_LIKE = new Set(['say', 'claim', 'insist', 'argue', 'add', 'state', 'assert', 'contend', 'maintain', 'suggest', 'predict', 'allege', 'declare', 'announce', 'believe', 'think', 'hope', 'fear', 'write', 'tweet', 'post', 'report', 'testify', 'explain', 'note', 'acknowledge', 'admit', 'concede', 'confirm', 'reveal', 'estimate', 'warn', 'stress', 'emphasize', 'indicate', 'conclude', 'agree', 'complain', 'recall', 'speculate', 'reckon', 'guess', 'worry', 'realize', 'suspect', 'vow', 'pledge', 'boast', 'brag', 'joke', 'quip', 'reply', 'respond', 'retort', 'counter', 'observe', 'remark', 'comment', 'signal', 'hint', 'imply', 'deny', 'dispute', 'reiterate', 'repeat']);

const NP_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** Prepositions that stay inside an object ("the plan for Syria", "his handling of the crisis"); "via Twitter", "on Friday" do not. */
const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'about', 'against', 'over', 'to', 'toward', 'towards', 'with', 'between', 'into']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const WH_WORDS = new Set(['how', 'whether', 'why', 'what', 'when', 'where', 'who', 'which', 'if']);
/**
 * Verbs whose object is what was said ("announced a plan", "denied the report") or what the
 * source evaluated ("criticized the decision", "praised the deal": the stance stage scores it with
 * the cue). For support (back, vote for) or belief (know, see) the object is not speech.
 */
const OBJECT_CONTENT = new Set(['announce', 'explain', 'discuss', 'mention', 'confirm', 'point out', 'report', 'note', 'describe', 'deny', 'reveal', 'disclose', 'unveil', 'propose', 'recommend', 'predict', 'promise', 'pledge', 'vow', 'demand', 'repeat', 'reiterate', 'concede', 'cite', 'highlight', 'stress', 'emphasize', 'outline', 'detail', 'recount', 'acknowledge', 'admit',
  // Verbs that evaluate their object report a stance toward it: "criticized the decision", "praised the deal".
  'criticize', 'praise', 'condemn', 'endorse', 'denounce', 'blast', 'slam', 'decry', 'hail', 'welcome', 'attack', 'accuse', 'blame', 'thank', 'congratulate', 'applaud', 'commend', 'lambast', 'mock', 'ridicule', 'dismiss', 'reject', 'question', 'dispute', 'warn', 'urge']);

/**
 * Verbs of support and opposition: their object, a single name or pronoun included, is the
 * position the source holds ("voters supported Sanders", "most oppose the ban", "backing her").
 */
const STANCE_OBJECT = new Set(['support', 'back', 'oppose', 'endorse', 'favor', 'prefer', 'embrace', 'champion']);
/** Words after such a verb that are no object: "backed away", "support that …", "defended himself". */
const STANCE_NOT_OBJECT = new Set(['it', 'that', 'this', 'there', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'one', 'some', 'more', 'much', 'both', 'all']);

/** Past a short adjunct after a cue ("said on Friday", "told the Times Tuesday morning"): the token after it. */
function skipAdjunct(tokens: readonly Token[], k: number): number {
  let x = k;
  const start = tokens[x];
  if (!start) return k;
  if (start.pos === 'ADP' && start.lower !== 'that') {
    x++;
    while (x < tokens.length && x - k <= 5 && (tokens[x]!.pos === 'DET' || tokens[x]!.pos === 'PROPN' || tokens[x]!.pos === 'NOUN' || tokens[x]!.pos === 'NUM' || tokens[x]!.pos === 'ADJ') && tokens[x]!.sentence === start.sentence) x++;
  }
  // Time words: "Tuesday", "last week", "this morning", "yesterday".
  while (x < tokens.length && x - k <= 6 && TIME_WORDS.has(tokens[x]!.lower)) x++;
  if (tokens[x]?.value === ',') x++;
  return x;
}
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'week', 'month', 'year', 'earlier', 'later', 'recently', 'again', 'also']);
const SUBJECT_PREPOSITIONS = new Set(['of', 'for', 'in', 'from', 'with', 'at', 'on']);

/**
 * In a transcript, whom each speaker addresses: the person (other than themself) with the most
 * turns, the other party of an interview or a bilateral meeting. Questioners ("Q") and people
 * with a single turn do not count as the addressee of others when someone speaks more.
 */
function addresseesOfTurns(drafts: readonly UtteranceDraft[], ents: EntityIndex): Map<number, number> {
  const turns = new Map<number, number>();
  for (const d of drafts) if (d.kind === 'turn' && d.speaker >= 0 && ents.entities[d.speaker]!.type === 'person') turns.set(d.speaker, (turns.get(d.speaker) ?? 0) + 1);
  const ranked = [...turns].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const out = new Map<number, number>();
  for (const [speaker] of ranked) {
    const other = ranked.find(([e]) => e !== speaker);
    if (other) out.set(speaker, other[0]);
  }
  return out;
}

/** The first person named after utterance d in the sentence of mention mi, other than d's speaker. */
function namedAfter(ents: EntityIndex, mi: number, d: UtteranceDraft): EntityIndex['entities'][number] | undefined {
  const m = ents.mentions[mi]!;
  if (m.key !== 'he' && m.key !== 'she' && m.key !== 'him' && m.key !== 'her' && m.key !== 'his') return undefined;
  for (let k = mi + 1; k < Math.min(ents.mentions.length, mi + 30); k++) {
    const c = ents.mentions[k]!;
    if (c.sentence !== m.sentence) break;
    if (c.start < d.end) continue;
    const e = ents.entityOf[k]!;
    if (e < 0 || e === d.speaker || c.kind === 'pronoun') continue;
    const entity = ents.entities[e]!;
    if (entity.type === 'person' && !(m.gender && entity.gender && entity.gender !== m.gender)) return entity;
  }
  return undefined;
}

/**
 * The people (two or three, other than the speaker) named in the sentence of mention mi before it
 * or in the sentence before, when no group or body is named there: the referents of a plural
 * "they". Empty when a group could be meant.
 */
function peopleJustBefore(ents: EntityIndex, mi: number, speaker: number): number[] {
  const m = ents.mentions[mi]!;
  const found: number[] = [];
  for (let k = mi - 1; k >= Math.max(0, mi - 20); k--) {
    const c = ents.mentions[k]!;
    if (m.sentence - c.sentence > 1) break;
    const e = ents.entityOf[k]!;
    if (e < 0 || c.kind === 'pronoun') continue;
    const t = ents.entities[e]!.type;
    if (t === 'group' || (t === 'organization' && !ents.entities[e]!.outlet)) return [];
    if (t === 'person' && e !== speaker && !found.includes(e)) found.push(e);
  }
  return found.length <= 3 ? found : [];
}

/** The sentence of the token at or after `offset` (the last one past the end). */
function sentenceAt(seg: Segmentation, offset: number): number {
  const tokens = seg.doc.tokens;
  return tokens[Math.min(tokens.length - 1, lowerBound(tokens, offset))]?.sentence ?? -1;
}

const REPLY_CUES = new Set(['reply', 'respond', 'retort', 'answer', 'counter', 'rebut', 'hit', 'fire', 'shoot', 'snap', 'return']);

/**
 * The referent of a third-person pronoun inside d's words. Not the speaker; and, for he/she, not
 * another source just quoted in the sentence before (Schiff called it "…". Durbin said "he …"
 * speaks of whom they both discuss), when someone more prominent in the article fits and d does
 * not answer that source ("replied", "hit back": then "he" is the one answered).
 */
function quotePronounReferent(seg: Segmentation, ents: EntityIndex, mi: number, d: UtteranceDraft, quotedIn: ReadonlyMap<number, readonly UtteranceDraft[]>): EntityDraft | undefined {
  const own = resolvePronoun(ents, mi, new Set([d.speaker]), true);
  const m = ents.mentions[mi]!;
  if (!own || own.type !== 'person' || !/^(he|him|his|she|her)$/.test(m.key)) return own;
  if (d.cue && REPLY_CUES.has(seg.doc.tokens[lowerBound(seg.doc.tokens, d.cue.start)]?.lemma ?? '')) return own;
  const here = sentenceAt(seg, d.start);
  const quotedJustBefore = [here, here - 1].some((s) => quotedIn.get(s)?.some((o) => o !== d && o.speaker === own.index && o.start < d.start));
  if (!quotedJustBefore) return own;
  const other = resolvePronoun(ents, mi, new Set([d.speaker, own.index]), true);
  return other && other.mentions.length > own.mentions.length ? other : own;
}

/**
 * Pronouns inside an utterance: I, me, my, we are its speaker (left to the stance stage);
 * he, she, him, her point to the person the context last named other than the speaker.
 */
function resolveQuotePronouns(seg: Segmentation, ents: EntityIndex, drafts: readonly UtteranceDraft[]): void {
  const addressees = addresseesOfTurns(drafts, ents);
  // Quotes by the sentence of their cue (or start), for "the source quoted in the sentence before".
  const quotedIn = new Map<number, UtteranceDraft[]>();
  for (const o of drafts) {
    if (o.kind === 'indirect') continue;
    const s = sentenceAt(seg, o.cue?.start ?? o.start);
    const list = quotedIn.get(s);
    if (list) list.push(o);
    else quotedIn.set(s, [o]);
  }
  for (const d of drafts) {
    if (d.kind === 'indirect' || d.speaker < 0) continue;
    const first = lowerBound(seg.doc.tokens, d.start);
    for (let k = first; k < seg.doc.tokens.length && seg.doc.tokens[k]!.start < d.end; k++) {
      const mi = mentionIndex(ents, k);
      if (mi < 0 || ents.mentions[mi]!.first !== k) continue;
      const m = ents.mentions[mi]!;
      // "Thank you, Mr. President" in the president's own words is the other president.
      if (m.kind === 'role' && (ents.entityOf[mi] === d.speaker || ents.entityOf[mi] === -1)) {
        const other = mostSalient(ents, mi, (e) => e.index !== d.speaker && e.type === 'person' && e.titles.has(m.key), true);
        if (other) {
          const own = ents.entities[d.speaker]!;
          const at = own.mentions.findIndex((x) => x.start === m.start && x.end === m.end);
          if (at >= 0) own.mentions.splice(at, 1);
          ents.entityOf[mi] = other.index;
          other.mentions.push({ start: m.start, end: m.end });
        }
        continue;
      }
      if (ents.entityOf[mi]! >= 0) continue;
      // "Thank you", "your invitation" in a transcript turn: the one the speaker talks with.
      if (m.kind === 'pronoun' && (m.key === 'you' || m.key === 'your') && d.kind === 'turn') {
        const to = addressees.get(d.speaker);
        if (to !== undefined) { ents.entityOf[mi] = to; ents.entities[to]!.mentions.push({ start: m.start, end: m.end }); }
        continue;
      }
      if (m.kind !== 'pronoun' || !['he', 'she', 'him', 'her', 'his', 'they', 'them', 'their', 'it', 'its'].includes(m.key)) continue;
      // "It is a real pleasure": the empty "it" before a copula refers to nothing.
      if (m.key === 'it' && seg.doc.tokens[m.last]?.lemma === 'be') continue;
      // "Okafor sees Lindqvist as a rival. … they're both trying to …": "they" after two people
      // and no group is those people; the mention then belongs to each of them.
      if (m.key === 'they' || m.key === 'them' || m.key === 'their') {
        const pair = peopleJustBefore(ents, mi, d.speaker);
        if (pair.length >= 2) {
          for (const e of pair) ents.entities[e]!.mentions.push({ start: m.start, end: m.end });
          ents.entityOf[mi] = pair[0]!;
          continue;
        }
      }
      // '“He is a genius,” Trump said of Putin': with no one named before, the person the
      // sentence names after the quote (not the speaker) is meant.
      const r = quotePronounReferent(seg, ents, mi, d, quotedIn) ?? namedAfter(ents, mi, d);
      if (r) { ents.entityOf[mi] = r.index; r.mentions.push({ start: m.start, end: m.end }); }
    }
  }
}
