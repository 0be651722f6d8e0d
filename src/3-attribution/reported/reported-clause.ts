// The reported clause of a cue.
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Quote } from '../../1-segment/quotes.js';
import type { Span } from '../../model/span.js';
import { firstAtOrAfter } from '../../util/sorted.js';
import type { Anchor } from '../anchors.js';
import { addEntity, displayName, mentionIndex, mostSalient, resolvePronoun, type EntityDraft, type EntityIndex } from '../../2-entities/resolve.js';
import { DOCUMENTS, type Source } from '../source.js';
import { lowerBound, sameClauseRun, firstAnchorFrom, anchorAt, anchorWithin, shortQuote, hasVerb, sentenceAt, startsClause, SUBJECT_POS, SENTENCE_END, QUOTE_MARK, DASH } from '../scan.js';
import { round, SpanIndex, type UtteranceDraft, type Found } from '../draft.js';
import { speakerOf, platformNear } from '../speaker.js';

/** Verbs whose content is the object of one preposition: "agree with", "respond to". */
export const PREPOSITION_OBJECT = new Map([['agree', 'with'], ['disagree', 'with'], ['concur', 'with'], ['object', 'to'], ['allude', 'to'], ['testify', 'about'], ['comment', 'on']]);
/** Verbs that give their object a name, often in quotes: "called the plan “a disaster”". */
export const NAMING_VERBS = new Set(['call', 'dub', 'term', 'label', 'brand', 'deem']);
/** Phrase cues that frame a report by where it was made: "in a poll", "in a statement", "in a post". */
export const IN_FRAME = new Set(['in a poll']);
/** Cues at least this sure of themselves ("said", "according to", "suggested") report a clause even when no source was found. */
export const UNSOURCED_MIN_CONFIDENCE = 0.8;
/** …and, a little less sure, when `subjectBefore` finds their subject. */
export const SUBJECT_FALLBACK_MIN_CONFIDENCE = 0.75;
export const CONTENT_STOP = new Set(['according']);
/**
 * Longest reported clause, in tokens. Real ones are far shorter; the cap keeps a "sentence" of
 * thousands of cues (hostile or broken input) linear.
 */
export const MAX_CLAUSE_TOKENS = 120;
export const CLAUSE_BREAK = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet']);
/** Words that open a short adjunct after a trailing cue: "…, he said on Friday", "…, she told reporters in Paris". */
export const TRAILING_ADJUNCT = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'after', 'before', 'when', 'while', 'via', 'through', 'to', 'reporters', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);


/**
 * The reported clause of a cue: after "that" (or the addressee and "that" for tell-verbs),
 * or a clause starting right after the cue, up to the end of the sentence, a quotation mark, a
 * dash, or a new attribution (", claiming …"). A cue at the end of a sentence ("…, officials
 * said") reports what comes before it.
 */
export function reportedClause(seg: Segmentation, a: Anchor, source: Source, anchors: readonly Anchor[], speech: ReadonlySet<number>): Span | null {
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
export function subjectBefore(seg: Segmentation, ents: EntityIndex, a: Anchor): Source | null {
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
export function invertedPosition(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  // (", saying …" is a participle: its subject came before.)
  return prev !== undefined && prev.sentence === tokens[first]!.sentence && (prev.value === ',' || QUOTE_MARK.test(prev.value)) && !tokens[first]!.lower.endsWith('ing');
}

/**
 * "Voters who said they were undecided made up a fifth": a cue in a relative clause with no comma
 * before it; its report runs into the main clause's verb, so no span of it can be trusted.
 */
export function inRestrictiveRelative(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const rel = tokens[k];
  return rel !== undefined && (rel.lower === 'who' || rel.lower === 'that' || rel.lower === 'which') && tokens[k - 1]?.value !== ',';
}

export const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'while', 'if', 'because', 'although', 'though', 'since', 'until', 'once', 'whereas', 'whenever', 'unless']);

/** Does the sentence of token k open with a subordinating word before k ("When the moderator pointed out …")? */
export function opensWithSubordinator(seg: Segmentation, k: number): boolean {
  const tokens = seg.doc.tokens;
  const sentence = seg.doc.sentences[tokens[k]!.sentence];
  if (!sentence) return false;
  let first = sentence.first;
  while (first < k && first - sentence.first < 4 && (tokens[first]!.pos === 'PUNCT' || tokens[first]!.pos === 'SPACE' || tokens[first]!.pos === 'CCONJ')) first++;
  return first < k && SUBORDINATORS.has(tokens[first]!.lower) && seg.quoteOf[first]! < 0;
}

/** Words after a say-verb that never open its reported clause ("said so", "said of the plan", "says it all"). */
export const NOT_CLAUSE_OPENERS = new Set(['so', 'of', 'it', 'this', 'nothing', 'something', 'anything', 'much', 'little', 'more', 'less', 'goodbye', 'hello', 'thanks', 'sorry', 'yes', 'no']);
/**
 * Where the clause reported by a say-verb starts when `startsClause` did not see a subject and
 * its verb (a name tagged as a verb, a gerund subject, a long subject with several
 * prepositions): the word right after the verb, if a word opens a noun phrase or a gerund there
 * and a finite verb follows later in the sentence. Only for verbs that hardly ever take a bare
 * object (`SAY_LIKE`), not negated, so "did not say much" or "added 200 jobs" stay out. -1 if not.
 */
export function clauseAfterSayVerb(tokens: readonly Token[], a: Anchor, k: number, sentenceLast: number): number {
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
export const SAY_LIKE = new Set(['say', 'claim', 'insist', 'argue', 'add', 'state', 'assert', 'contend', 'maintain', 'suggest', 'predict', 'allege', 'declare', 'announce', 'believe', 'think', 'hope', 'fear', 'write', 'tweet', 'post', 'report', 'testify', 'explain', 'note', 'acknowledge', 'admit', 'concede', 'confirm', 'reveal', 'estimate', 'warn', 'stress', 'emphasize', 'indicate', 'conclude', 'agree', 'complain', 'recall', 'speculate', 'reckon', 'guess', 'worry', 'realize', 'suspect', 'vow', 'pledge', 'boast', 'brag', 'joke', 'quip', 'reply', 'respond', 'retort', 'counter', 'observe', 'remark', 'comment', 'signal', 'hint', 'imply', 'deny', 'dispute', 'reiterate', 'repeat']);

export const NP_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** Prepositions that stay inside an object ("the plan for Syria", "his handling of the crisis"); "via Twitter", "on Friday" do not. */
export const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'about', 'against', 'over', 'to', 'toward', 'towards', 'with', 'between', 'into']);
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const WH_WORDS = new Set(['how', 'whether', 'why', 'what', 'when', 'where', 'who', 'which', 'if']);
/**
 * Verbs whose object is what was said ("announced a plan", "denied the report") or what the
 * source evaluated ("criticized the decision", "praised the deal": the stance stage scores it with
 * the cue). For support (back, vote for) or belief (know, see) the object is not speech.
 */
export const OBJECT_CONTENT = new Set(['announce', 'explain', 'discuss', 'mention', 'confirm', 'point out', 'report', 'note', 'describe', 'deny', 'reveal', 'disclose', 'unveil', 'propose', 'recommend', 'predict', 'promise', 'pledge', 'vow', 'demand', 'repeat', 'reiterate', 'concede', 'cite', 'highlight', 'stress', 'emphasize', 'outline', 'detail', 'recount', 'acknowledge', 'admit',
  // Verbs that evaluate their object report a stance toward it: "criticized the decision", "praised the deal".
  'criticize', 'praise', 'condemn', 'endorse', 'denounce', 'blast', 'slam', 'decry', 'hail', 'welcome', 'attack', 'accuse', 'blame', 'thank', 'congratulate', 'applaud', 'commend', 'lambast', 'mock', 'ridicule', 'dismiss', 'reject', 'question', 'dispute', 'warn', 'urge']);

/**
 * Verbs of support and opposition: their object, a single name or pronoun included, is the
 * position the source holds ("voters supported Sanders", "most oppose the ban", "backing her").
 */
export const STANCE_OBJECT = new Set(['support', 'back', 'oppose', 'endorse', 'favor', 'prefer', 'embrace', 'champion']);
/** Words after such a verb that are no object: "backed away", "support that …", "defended himself". */
export const STANCE_NOT_OBJECT = new Set(['it', 'that', 'this', 'there', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'one', 'some', 'more', 'much', 'both', 'all']);

/** Past a short adjunct after a cue ("said on Friday", "told the Times Tuesday morning"): the token after it. */
export function skipAdjunct(tokens: readonly Token[], k: number): number {
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
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'week', 'month', 'year', 'earlier', 'later', 'recently', 'again', 'also']);
