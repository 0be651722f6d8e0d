import type { Token } from '../adapters/wink.js';
import type { Segmentation } from '../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../2-entities/resolve.js';
import type { Span } from '../model/span.js';
import type { Anchor } from './anchors.js';

/** Who a cue attaches to: a span of the text, and the mention there when the entity stage found one. */
export interface Source {
  readonly span: Span;
  /** Mention index, or -1 for a noun phrase the entity stage did not mark ("a campaign operative"). */
  readonly mention: number;
  /** First and one-past-last token of the noun phrase. */
  readonly first: number;
  readonly last: number;
  /** How the source was found: its subject, the inverted order ("said Smith"), after the cue ("according to Smith"), or the clause it continues. */
  readonly how: 'subject' | 'inverted' | 'after' | 'inherited' | 'possessor';
  /** The phrase that names the speaker when it is not the span ("who" stands for "a senior aide"). */
  readonly named?: Span;
}

const SKIP_LEFT = new Set(['also', 'later', 'then', 'previously', 'reportedly', 'once', 'repeatedly', 'again', 'recently', 'earlier', 'further', 'separately', 'similarly', 'still', 'often', 'never', 'always', 'not', "n't", 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'did', 'does', 'do', 'may', 'might', 'could', 'can', 'should', 'must', 'be', 'been', 'being', 'since', 'even', 'just', 'publicly', 'privately', 'flatly', 'quickly', 'directly', 'simply', 'explicitly', 'clearly', 'openly', 'first', 'last', 'yesterday', 'today', 'too', 'now', 'currently', 'already', 'both', 'all', 'each', 'jointly']);
/** Nouns that speak for their possessor: "Erdogan's office", "her spokesman". */
const VOICE_OF = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'aides', 'aide', 'representative', 'representatives', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'press office', 'camp', 'team']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
const CLAUSE_START = new Set(['and', 'but', 'or', 'while', 'as', 'when', 'after', 'before', 'because', 'though', 'although', 'if', 'since', 'so', 'yet', 'where', 'whereas', 'who', 'which', 'that']);
const QUOTE_MARK = /^["'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2033\u2032]$/;
const SENTENCE_END_TOKEN = /^[.!?\u2026]$/;

/**
 * Finds the source of a cue: the subject to its left (skipping adverbs, auxiliaries and an
 * apposition: "Fiona Hill, a former official, told"), else the noun phrase right after it when
 * the verb allows inversion ("…,” said Smith"), else — for a participle or a second verb of the
 * same subject ("…, claiming …", "and added") — the source of the clause it continues.
 */
export function findSource(seg: Segmentation, ents: EntityIndex, anchors: readonly Anchor[], a: Anchor, speech: ReadonlySet<number>, depth = 0): Source | null {
  if (depth > 2) return null;
  const tokens = seg.doc.tokens;
  if (a.source === 'after') {
    // "according to a note issued by the mayor's office": the cue took the document; its author follows.
    const last = tokens[a.last - 1]!;
    if (last.pos === 'NOUN' && a.last - a.first > 2) {
      let k = a.last;
      if (tokens[k]?.pos === 'VERB') k++;
      if (tokens[k]?.lower === 'by' || tokens[k]?.lower === 'from' || tokens[k]?.lower === 'of') {
        const author = nounPhraseAt(seg, ents, k + 1, 'after');
        if (author) return author;
      }
      const docFirst = a.first + 2;
      return { span: { start: tokens[docFirst]!.start, end: last.end }, mention: -1, first: docFirst, last: a.last, how: 'after' };
    }
    return nounPhraseAt(seg, ents, a.last, 'after');
  }
  if (a.source === 'inside') {
    for (let k = a.first + 1; k < a.last; k++) if (mentionIndex(ents, k) >= 0) return fromMention(ents, mentionIndex(ents, k), 'after');
  }
  const cue = tokens[a.first]!;
  // Noun cues: the possessor is the source ("Smith's claim that", "his vow to").
  if (a.form === 'noun') {
    const prev = tokens[a.first - 1];
    if (prev && (prev.lower === "'s" || prev.lower === '\u2019s') && mentionIndex(ents, a.first - 2) >= 0) return fromMention(ents, mentionIndex(ents, a.first - 2), 'possessor');
    if (prev && mentionIndex(ents, a.first - 1) >= 0 && ents.mentions[mentionIndex(ents, a.first - 1)]!.kind === 'pronoun') return fromMention(ents, mentionIndex(ents, a.first - 1), 'possessor');
    return null;
  }
  // "X criticized the plan in a statement", "who wrote about the visit in the book": a phrase cue
  // opened by a preposition is an adjunct of the clause; the subject of its verb is the source.
  // So is a colon after a clause: "Ruiz sent a short reply to the board: “…”" (not a
  // label after a dash: "Pollsters agree - Carl Bialik: “…”").
  const colonAfterClause = a.lemma === ':' && !dashBetween(tokens, a.first);
  if (a.form === 'phrase' && (cue.pos === 'ADP' || colonAfterClause) && depth <= 1) {
    const inQuoted = (k: number) => seg.quoteOf[k]! >= 0 && speech.has(seg.quoteOf[k]!);
    const verb = finiteVerbBefore(seg, ents, a.first, inQuoted);
    if (verb >= 0) {
      const s = findSource(seg, ents, anchors, { ...a, first: verb, last: verb + 1, form: 'verb', inversion: false, source: 'subject' }, speech, depth + 1);
      if (s) return { ...s, how: 'inherited' };
    }
  }
  // "Ms. Adler, who has backed the mayor and faulted his staff": a cue in a relative
  // clause is the relative pronoun's, which its antecedent names.
  if (a.form === 'verb' && depth === 0) {
    const relative = relativeSubjectOf(seg, ents, a.first, speech);
    if (relative) return relative;
  }
  // Left: the subject.
  let j = a.first - 1;
  // "X, who said …": the relative pronoun is the local source, its antecedent the speaker.
  const rel = tokens[j];
  if (rel && (rel.lower === 'who' || rel.lower === 'which') && tokens[j - 1]?.value === ',') {
    const antecedent = nounPhraseEndingAt(seg, ents, j - 2);
    if (antecedent) return { ...antecedent, span: { start: rel.start, end: rel.end }, named: antecedent.named ?? antecedent.span, how: 'subject' };
  }
  for (;;) {
    while (j >= 0 && tokens[j]!.sentence === cue.sentence && ((SKIP_LEFT.has(tokens[j]!.lower) && !/^\p{Lu}/u.test(tokens[j]!.value)) || (tokens[j]!.pos === 'ADV' && tokens[j]!.lower.endsWith('ly')) || contractedAuxiliary(tokens[j]!))) j--;
    // "Smith on Saturday criticized", "Gowdy earlier Thursday said": a time between subject and verb.
    const time = timeAdjunctEndingAt(tokens, j);
    if (time < 0 || tokens[time - 1]?.sentence !== cue.sentence) break;
    j = time - 1;
    // "The report released last week said": a participle after its noun, then the time.
    if (tokens[j]?.pos === 'VERB' && /ed$/.test(tokens[j]!.lower) && tokens[j - 1]?.pos === 'NOUN' && tokens[j - 1]!.sentence === cue.sentence) j--;
  }
  // "Rep. Dana Holt (D-Vt.) said": a party label in brackets after the name.
  j = beforeBrackets(tokens, j);
  const inQuote = (k: number) => seg.quoteOf[k]! >= 0 && speech.has(seg.quoteOf[k]!);
  // The closing mark of a title ("the series “Scandal,” thanked") hides the comma before it.
  while (j > 0 && QUOTE_MARK.test(tokens[j]!.value) && seg.quoteOf[j]! >= 0 && !inQuote(j) && tokens[j - 1]!.value === ',') j--;
  const left = j >= 0 ? tokens[j]! : undefined;
  // "The man who Price praised on Friday said": a relative clause with its own subject and verb.
  if (left && left.pos === 'VERB' && a.form === 'verb' && !inQuote(j)) {
    const antecedent = relativeAntecedent(seg, ents, j + 1, inQuote);
    if (antecedent) return antecedent;
  }
  const capitalisedSubject = left !== undefined && /^\p{Lu}\p{Ll}/u.test(left.value) && !CLAUSE_START.has(left.lower) && left.pos !== 'ADP' && left.pos !== 'AUX' && !/(?:ing|ed)$/.test(left.lower);
  if (left && !inQuote(j) && left.value !== ',' && !QUOTE_MARK.test(left.value) && left.pos !== 'PUNCT' && (!isVerbish(left) || capitalisedSubject)) {
    const np = nounPhraseEndingAt(seg, ents, j);
    // "Clinton spent the run-up to the caucuses portraying …", "heard on a microphone telling …":
    // before a participle, a phrase that names no one who can speak is no source; the clause's
    // subject is (below).
    const participle = cue.lower.endsWith('ing');
    // "Officials who spoke with the Post said": the phrase ends a relative clause; its antecedent speaks.
    const antecedent = np ? relativeAntecedent(seg, ents, np.first, inQuote) ?? agentOfParticiple(seg, ents, np) : null;
    if (antecedent) return antecedent;
    if (np && (!participle || participleSubject(seg, ents, np))) return np;
  }
  // An adjunct between commas: "Clinton, during a town hall in Columbus, Ohio, said".
  if (left && left.value === ',' && !inQuote(j)) {
    const subject = subjectBeforeAdjunct(seg, ents, j, inQuote, cue.lower.endsWith('ing'));
    if (subject) return subject;
  }
  // A dash aside: "A former candidate -- John McCain, who lost in 2008 -- said".
  if (left && DASH_ASIDE.test(left.value) && left.pos === 'PUNCT' && !inQuote(j)) {
    const aside = subjectBeforeDashAside(seg, ents, j, inQuote);
    if (aside) return aside;
  }
  // A relative clause with commas of its own: "Nora Vance, who ran a bakery in Dayton,
  // Ohio, for years, said", "Mr. Olsen, whose firm, Brightline, sells software, said".
  if (left && left.value === ',' && !inQuote(j) && !cue.lower.endsWith('ing')) {
    const opener = relativeOpenerBefore(tokens, j, inQuote);
    const np = opener > 0 ? nounPhraseEndingAt(seg, ents, beforeBrackets(tokens, opener - 1)) : null;
    if (np && (np.mention < 0 || speakerLike(ents, np))) return appositionHead(seg, ents, np.first, inQuote) ?? np;
  }
  // An apposition: "Mara Quist, a trade official during the talks, told".
  // (Before a participle, a phrase and its apposition are the object of the clause: "… for Donald
  // Trump, the front-runner, saying"; the clause's subject says it, below.)
  if (left && left.value === ',' && !inQuote(j) && !cue.lower.endsWith('ing')) {
    for (let k = j - 1; k >= Math.max(0, j - 40); k--) {
      const t = tokens[k]!;
      if (t.sentence !== cue.sentence && k < j - 1) break;
      // A title in quotation marks may stand in the apposition ("star of the show “Scandal,”"); speech may not.
      if (inQuote(k) || (QUOTE_MARK.test(t.value) && !(seg.quoteOf[k]! >= 0) && !possessiveMark(tokens, k))) break;
      if (t.value === ',') {
        // "Sen. Paul Rand (R-Utah), a candidate, tweeted": a party label after the name.
        const b = beforeBrackets(tokens, k - 1);
        const before = tokens[b];
        if (before && !inQuote(b) && (mentionIndex(ents, b) >= 0 || before.pos === 'PROPN' || before.pos === 'NUM' || before.pos === 'NOUN')) {
          const np = nounPhraseEndingAt(seg, ents, before.pos === 'NUM' && tokens[b - 1]?.value === ',' ? b - 2 : b);
          // "The governor, Ana Ruiz, said", "One of the unions, the National Nurses
          // Council (NNC), said": a name in the apposition names the description before it.
          const innerAt = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
          const inner = mentionIndex(ents, innerAt);
          const outerIsName = np !== null && np.mention >= 0 && ents.mentions[np.mention]!.kind === 'name';
          // "Vian, the editor of the paper, L'Osservatore Romano, said", "Cory James, 22, of Flint,
          // Mich., said": a chain of appositions describes the name that opens it.
          const head = np ? appositionHead(seg, ents, np.first, inQuote) : null;
          if (head) return head;
          if (np && !outerIsName && inner >= 0 && ents.mentions[inner]!.kind === 'name' && appositionEndsWith(tokens, ents.mentions[inner]!.last, j)) {
            return fromMention(ents, inner, 'subject');
          }
          if (np) return np;
        }
        break;
      }
      // A reduced relative ("a statement delivered via …") may stand in an apposition; a finite verb may not.
      // (Nor a gerund before its noun: "the party's platform drafting committee".)
      const participle = (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && tokens[k - 1]?.pos === 'NOUN') || (t.pos === 'VERB' && /ing$/.test(t.lower) && tokens[k + 1]?.pos === 'NOUN');
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !participle && !relativeClauseAt(tokens, k, j)) break;
    }
  }
  // Inverted: "…,” said Smith." / "…, says a spokesperson for the campaign."
  if (a.inversion || a.form === 'phrase') {
    // Only right after a quote: "…,” said Smith" — not ", claiming the officer …".
    const afterQuote = (k: number) => k >= 0 && (QUOTE_MARK.test(tokens[k]!.value) || inQuote(k));
    // Also at the start of a sentence: "Said Comey, “…”", "But, said Solovey, “…”".
    const opensSentence = a.form !== 'phrase' && a.inversion && (left === undefined || left.sentence !== cue.sentence || (left.value === ',' && (tokens[j - 1]?.sentence !== cue.sentence || (j - 1 === seg.doc.sentences[cue.sentence]?.first && tokens[j - 1]!.pos === 'CCONJ'))));
    const leftIsBoundary = opensSentence || (left !== undefined && (afterQuote(j) || (left.value === ',' && afterQuote(j - 1))));
    if (leftIsBoundary && !cue.lower.endsWith('ing')) {
      const np = nounPhraseAt(seg, ents, a.last, 'inverted');
      if (np) return np;
    }
    // "…in the 2008 primary, said professor Paul Beck.": after a comma, a phrase that ends the sentence.
    if (left?.value === ',' && a.inversion && !cue.lower.endsWith('ing')) {
      const np = nounPhraseAt(seg, ents, a.last, 'inverted');
      const after = np ? tokens[np.last] : undefined;
      if (np && np.mention >= 0 && (!after || after.sentence !== cue.sentence || SENTENCE_END_TOKEN.test(after.value))) return np;
    }
  }
  // A participle or a second verb continues the clause before it: "…, claiming …", "… and added".
  const continues = left && (left.value === ',' || left.lower === 'and' || left.lower === 'but' || QUOTE_MARK.test(left.value) || inQuote(j));
  if (continues || cue.lower.endsWith('ing')) {
    // The subject of the nearest finite verb before the cue, when no earlier cue stands after it:
    // "Ruiz, who is a farmer, also opposed the tax, noting …", "Holt praised Adler, calling …".
    const linked = left?.value === ',' || left?.lower === 'and' || left?.lower === 'but';
    const verb = depth > 0 ? -1 : linked ? mainClauseVerb(seg, ents, a.first, inQuote) : finiteVerbBefore(seg, ents, a.first, inQuote);
    const prior = anchors[a.index - 1];
    // (An earlier cue after that verb takes over, unless it is only an adjunct: "in a tweet".)
    // ("…, according to X, and said …": an aside whose source follows it is an adjunct too.)
    const priorClause = prior && tokens[prior.first]!.sentence === cue.sentence && prior.last > verb && prior.form !== 'noun' && !(prior.form === 'phrase' && tokens[prior.first]!.pos === 'ADP') && prior.source !== 'after';
    if (verb >= 0 && !priorClause) {
      const s = findSource(seg, ents, anchors, { ...a, first: verb, last: verb + 1, form: 'verb', inversion: false, source: 'subject' }, speech, depth + 1);
      if (s && (s.mention < 0 || speakerLike(ents, s))) return { ...s, how: 'inherited' };
    }
    // The nearest earlier cue of the sentence with a source of its own (a few back at most:
    // a sentence of nothing but cues must stay linear).
    for (let b = a.index - 1; b >= Math.max(0, a.index - 3); b--) {
      const prev = anchors[b]!;
      if (tokens[prev.first]!.sentence !== cue.sentence) break;
      if (prev.source === 'after') continue;
      const s = findSource(seg, ents, anchors, prev, speech, depth + 1);
      if (s) return { ...s, how: 'inherited' };
    }
    // Else the subject of the clause: the nearest mention before the cue that stands before its verb
    // ("When she arrived she opened by saying"), or the sentence's first mention.
    const sentence = seg.doc.sentences[cue.sentence];
    if (sentence && (cue.lower.endsWith('ing') || left?.lower === 'and' || left?.lower === 'but')) {
      for (let k = a.first - 1; k >= sentence.first; k--) {
        const mi = mentionIndex(ents, k);
        if (mi >= 0 && !inQuote(k) && ents.mentions[mi]!.subject && ents.mentions[mi]!.last <= a.first) return fromMention(ents, mi, 'inherited');
      }
      for (let k = sentence.first; k < a.first; k++) {
        const t = tokens[k]!;
        if (inQuote(k)) continue;
        if (mentionIndex(ents, k) >= 0) return { ...fromMention(ents, mentionIndex(ents, k), 'inherited') };
        if (t.pos === 'VERB' || t.pos === 'AUX') break;
      }
    }
  }
  // "Having announced that …, Judge Berman proceeded": a participle opening its sentence takes the main clause's subject.
  // So does one after a preposition or a subordinator: "After blasting the report, Glenn Beck
  // doubled down", "Since announcing in October …, Mr. Biden has been", "Continuing to explain …, Carson".
  const sentence = seg.doc.sentences[cue.sentence];
  if (sentence && opensItsSentence(tokens, sentence.first, a.first) && (/(?:ing|ed)$/.test(cue.lower) || tokens[a.first - 1]?.lower === 'to')) {
    for (let k = a.last; k < sentence.last; k++) {
      if (tokens[k]!.value !== ',' || inQuote(k)) continue;
      const mi = mentionIndex(ents, k + 1) >= 0 ? mentionIndex(ents, k + 1) : mentionIndex(ents, k + 2);
      if (mi >= 0 && ents.mentions[mi]!.subject) return fromMention(ents, mi, 'inherited');
      // A subject the entity stage left alone: "…, the man ended up …".
      const np = mi < 0 ? nounPhraseAt(seg, ents, k + 1, 'inherited') : null;
      if (np && np.mention < 0 && (tokens[np.last]?.pos === 'VERB' || tokens[np.last]?.pos === 'AUX')) return np;
      break;
    }
  }
  return null;
}

/** Words that may open a sentence before a participle cue: "After saying …", "Having announced …", "Continuing to explain …". */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'since', 'in', 'while', 'when', 'by', 'upon', 'on', 'despite', 'without', 'having', 'continuing', 'to', 'not', 'also', 'first', 'again', 'even']);

function opensItsSentence(tokens: readonly Token[], first: number, cue: number): boolean {
  if (cue - first > 3) return false;
  for (let k = first; k < cue; k++) if (!PARTICIPLE_OPENERS.has(tokens[k]!.lower)) return false;
  return true;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const PERIODS = new Set(['week', 'weekend', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn', 'winter']);
const PERIOD_DETERMINERS = new Set(['last', 'this', 'next', 'past', 'that']);
const TIME_OPENERS = new Set(['on', 'earlier', 'later', 'late', 'early', 'in', 'during']);

/**
 * The first token of a time expression ending at token j ("on Saturday", "earlier Thursday",
 * "late last week", "this past month", "on Dec. 11", "earlier in the day"), or -1. A time between a
 * subject and its verb names no one: "Senator Smith on Saturday criticized …".
 */
function timeAdjunctEndingAt(tokens: readonly Token[], j: number): number {
  let k = j;
  const at = (x: number) => tokens[x]?.lower ?? '';
  if (DAY_PARTS.has(at(k)) && (WEEKDAYS.has(at(k - 1)) || at(k - 1) === 'yesterday' || at(k - 1) === 'friday')) k--;
  if (WEEKDAYS.has(at(k)) && /^\p{Lu}/u.test(tokens[k]!.value)) k--;
  else if (at(k) === 'yesterday' || at(k) === 'today' || at(k) === 'tonight') k--;
  else if (tokens[k]?.pos === 'NUM' && MONTHS.has(at(k - 1)) && /^\p{Lu}/u.test(tokens[k - 1]!.value) && at(k - 2) === 'on') k -= 3;
  else if (MONTHS.has(at(k)) && /^\p{Lu}/u.test(tokens[k]!.value) && (at(k - 1) === 'in' || at(k - 1) === 'early' || at(k - 1) === 'late' || at(k - 1) === 'last')) k -= 2;
  else if (at(k) === 'day' && at(k - 1) === 'the' && at(k - 2) === 'in' && (at(k - 3) === 'earlier' || at(k - 3) === 'later')) k -= 4;
  else if (PERIODS.has(at(k)) && PERIOD_DETERMINERS.has(at(k - 1))) {
    k -= 2;
    if (at(k) === 'this' && at(k + 1) === 'past') k--;
  } else return -1;
  while (k >= 0 && k < j && TIME_OPENERS.has(at(k)) && j - k < 7) k--;
  return k + 1;
}

/** "he’s hoping", "they’re saying", "we’ve argued": a contracted auxiliary stands between subject and verb. */
function contractedAuxiliary(t: Token): boolean {
  return t.pos === 'AUX' && /^['\u2019](?:s|re|ve|d|ll|m)$/.test(t.lower);
}

/** Verbs whose object performs the participle after it: "had Republicans wondering", "left voters saying". */
const OBJECT_DOES = new Set(['have', 'leave', 'keep', 'get', 'find', 'see', 'hear', 'watch', 'catch', 'spot', 'overhear', 'imagine', 'picture']);

/** Prepositions whose object is a place, medium or occasion, not the speaker of a participle after it ("on CNN talking"). */
const NOT_BEFORE_PARTICIPLE = new Set(['on', 'in', 'at', 'to', 'into', 'from', 'for', 'about', 'against', 'over', 'during', 'after', 'before', 'through', 'across']);

/**
 * Does the noun phrase right before a participle speak it? "with a quarter of members saying",
 * "a gunman claiming", "officials saying" — yes; "was on CNN talking", "the run-up to the
 * caucuses portraying" — no: after such a preposition the clause's subject speaks.
 */
function participleSubject(seg: Segmentation, ents: EntityIndex, np: Source): boolean {
  const tokens = seg.doc.tokens;
  let p = np.first - 1;
  if (tokens[p]?.pos === 'DET') p--;
  const before = tokens[p];
  if (before?.lower === 'with') return true;
  if (before && before.pos === 'ADP' && NOT_BEFORE_PARTICIPLE.has(before.lower)) return false;
  // "issued a statement saying", "emailed supporters saying": the object of a verb; its subject speaks.
  // But "had Republicans wondering", "left voters saying", "heard him telling": the object does it.
  if (before && (before.pos === 'VERB' || before.pos === 'AUX')) return OBJECT_DOES.has(before.lemma);
  if (speakerLike(ents, np)) return true;
  if (np.mention >= 0) return false;
  const head = tokens[np.last - 1]!;
  return (head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'NUM') && !PERIODS.has(head.lower) && !WEEKDAYS.has(head.lower) && before?.pos !== 'ADP' && !DOCUMENTS.has(head.lower) && !MEDIA_NOUNS.has(head.lower);
}

/** Does a dash or a sentence-internal colon stand between the start of the sentence and token k? */
function dashBetween(tokens: readonly Token[], k: number): boolean {
  for (let x = k - 1; x >= 0 && k - x < 40 && tokens[x]!.sentence === tokens[k]!.sentence; x--) {
    const t = tokens[x]!;
    // A spaced hyphen is a dash; one inside a word or label ("D-Mo.") is not.
    const dash = /^(?:[\u2014\u2013]|--)$/.test(t.value) || (t.value === '-' && tokens[x - 1] !== undefined && tokens[x - 1]!.end < t.start);
    if ((dash && t.pos === 'PUNCT') || t.value === ':') return true;
  }
  return false;
}

/** The nearest finite verb before token `before` in its sentence, outside speech quotes and names, or -1. */
function finiteVerbBefore(seg: Segmentation, ents: EntityIndex, before: number, inQuote: (k: number) => boolean): number {
  const tokens = seg.doc.tokens;
  const sentence = tokens[before]!.sentence;
  for (let k = before - 1; k >= 0 && before - k < 40; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return -1;
    if (inQuote(k) || mentionIndex(ents, k) >= 0 || /ing$/.test(t.lower) || tokens[k - 1]?.lower === 'to') continue;
    // A copula is the verb of its clause when no verb follows it ("Fiorina was upfront about …").
    const copula = t.pos === 'AUX' && tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX' && !contractedAuxiliary(t);
    if (t.pos === 'VERB' || copula) return k;
  }
  return -1;
}

const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'as', 'yet']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/**
 * The verb of the main clause before token `before` (a participle cue), outside speech quotes:
 * past an opening adjunct or subordinate clause ("On Sunday, …", "As the count went on,
 * …"), in the last clause joined by ", and …", skipping relative clauses ("Khan, who is Muslim,
 * also decried …") and verbs inside names. A copula counts when no verb follows it. -1 if none.
 */
function mainClauseVerb(seg: Segmentation, ents: EntityIndex, before: number, inQuote: (k: number) => boolean): number {
  const tokens = seg.doc.tokens;
  const sentence = seg.doc.sentences[tokens[before]!.sentence];
  if (!sentence || before - sentence.first > 80) return -1;
  let k = sentence.first;
  while (k < before && (tokens[k]!.pos === 'PUNCT' || QUOTE_MARK.test(tokens[k]!.value)) ) k++;
  const opener = tokens[k];
  if (opener && (opener.pos === 'SCONJ' || opener.pos === 'ADP' || opener.pos === 'ADV' || (opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.lower)))) {
    let comma = -1;
    for (let x = k; x < before; x++) if (tokens[x]!.value === ',' && !inQuote(x)) { comma = x; break; }
    if (comma < 0) return -1;
    k = comma + 1;
  }
  for (let x = k; x < before - 2; x++) {
    if (tokens[x]!.value !== ',' || inQuote(x) || !CLAUSE_LINKS.has(tokens[x + 1]!.lower)) continue;
    const next = tokens[x + 2]!;
    if (mentionIndex(ents, x + 2) >= 0 || SUBJECT_PRONOUNS.has(next.lower) || next.pos === 'DET') k = x + 2;
  }
  let relative = false;
  for (let x = k; x < before; x++) {
    const t = tokens[x]!;
    if (inQuote(x) || mentionIndex(ents, x) >= 0) continue;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'whose' || (t.lower === 'that' && (tokens[x - 1]?.pos === 'NOUN' || tokens[x - 1]?.pos === 'PROPN'))) { relative = true; continue; }
    if (/ing$/.test(t.lower) || tokens[x - 1]?.lower === 'to') continue;
    const copula = t.pos === 'AUX' && tokens[x + 1]?.pos !== 'VERB' && tokens[x + 1]?.pos !== 'AUX' && !contractedAuxiliary(t);
    const finite = (t.pos === 'VERB' && !(t.lower.endsWith('ed') && tokens[x - 1]?.pos === 'NOUN' && x > k + 1)) || copula;
    if (!finite) continue;
    if (relative) { relative = false; continue; }
    return x;
  }
  return -1;
}

function isVerbish(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || CLAUSE_START.has(t.lower);
}

function fromMention(ents: EntityIndex, mi: number, how: Source['how']): Source {
  const m = ents.mentions[mi]!;
  return { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how };
}

/** The noun phrase whose last token is j: a mention covering j, or the run of noun-phrase words ending there. */
function nounPhraseEndingAt(seg: Segmentation, ents: EntityIndex, j: number): Source | null {
  const tokens = seg.doc.tokens;
  const t = tokens[j];
  if (!t) return null;
  const mi = mentionIndex(ents, j);
  if (mi >= 0) {
    const m = ents.mentions[mi]!;
    // "Trump's campaign manager said": the possessor is not the speaker; the phrase is.
    if (m.last - 1 === j || m.kind !== 'name') return withHead(seg, ents, fromMention(ents, mi, 'subject'));
  }
  // "Erdogan's office said", "Smith's spokesman said": the voice of the possessor.
  if (VOICE_OF.has(t.lower) && (tokens[j - 1]?.lower === "'s" || tokens[j - 1]?.lower === '\u2019s') && mentionIndex(ents, j - 2) >= 0) {
    const owner = ents.mentions[mentionIndex(ents, j - 2)]!;
    if (owner.kind === 'name' && owner.type !== 'place') return { ...fromMention(ents, mentionIndex(ents, j - 2), 'subject'), span: { start: owner.start, end: t.end }, last: j + 1 };
  }
  // "Some argue", "several threatened", "many said": a quantifier stands for the people it counts.
  if (QUANTIFIERS.has(t.lower) && (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || t.pos === 'NOUN') && opensClause(tokens, j)) return { span: { start: t.start, end: t.end }, mention: -1, first: j, last: j + 1, how: 'subject' };
  // "nearly 3 in 5 said": a share of the people asked.
  const share = shareEndingAt(tokens, j);
  if (share >= 0) return { span: { start: tokens[share]!.start, end: t.end }, mention: -1, first: share, last: j + 1, how: 'subject' };
  // A capitalised word right before its verb is a name even when the tagger says otherwise ("Cook said").
  const capitalised = /^\p{Lu}\p{Ll}/u.test(t.value) && !CLAUSE_START.has(t.lower);
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'PRON' && t.pos !== 'NUM' && !capitalised) return null;
  let first = j;
  while (first > 0) {
    const p = tokens[first - 1]!;
    // A word joined by a hyphen stays in ("the conservative-leaning newspaper").
    const hyphened = tokens[first - 2]?.value === '-' && tokens[first - 2]!.end === p.start;
    if (p.sentence !== t.sentence || !(NP_POS.has(p.pos) || p.lower === "'s" || p.lower === '\u2019s' || p.value === '-' || hyphened) || CLAUSE_START.has(p.lower) || seg.quoteOf[first - 1]! >= 0) break;
    if (p.pos === 'PRON' && !['his', 'her', 'their', 'its', 'our', 'my'].includes(p.lower)) break;
    first--;
    if (j - first > 6) break;
  }
  return withHead(seg, ents, { span: { start: tokens[first]!.start, end: t.end }, mention: -1, first, last: j + 1, how: 'subject' });
}

const CLAUSE_OPENERS = new Set([',', ';', 'and', 'but', 'while', 'as', 'that', 'yet', 'because', 'though', 'although', 'if', 'when', 'since', 'whereas', 'so', 'even']);

/** Does a clause open at token j (a sentence start, a comma, a conjunction)? "…, some argue", not "has both endorsed". */
function opensClause(tokens: readonly Token[], j: number): boolean {
  const p = tokens[j - 1];
  return !p || p.sentence !== tokens[j]!.sentence || CLAUSE_OPENERS.has(p.lower) || QUOTE_MARK.test(p.value);
}

const QUANTIFIERS = new Set(['some', 'several', 'many', 'most', 'others', 'few', 'both', 'each', 'another', 'none', 'one']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** The first token of a share ending at token j ("six in 10", "more than 4 in 10", "about half"), or -1. */
function shareEndingAt(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t || !(t.pos === 'NUM' || NUMBER_WORDS.has(t.lower)) || tokens[j - 1]?.lower !== 'in') return -1;
  const n = tokens[j - 2];
  if (!n || !(n.pos === 'NUM' || NUMBER_WORDS.has(n.lower))) return -1;
  let first = j - 2;
  const at = (k: number) => tokens[k]?.lower ?? '';
  if (at(first - 1) === 'than' && ['more', 'fewer', 'less'].includes(at(first - 2))) first -= 2;
  else if (['about', 'nearly', 'almost', 'roughly', 'some', 'over', 'under'].includes(at(first - 1))) first--;
  return first;
}

const MEDIA_NOUNS = new Set(['footage', 'video', 'videos', 'clip', 'clips', 'recording', 'recordings', 'audio', 'tape', 'tapes', 'image', 'images', 'photo', 'photos', 'picture', 'pictures', 'film']);
const PP_HEAD = new Set(['from', 'of', 'at', 'with', 'for', 'in', 'across', 'on']);

/**
 * A noun phrase is named by its head, not by the phrase after a preposition: "Korea expert
 * Lena Brandt from the Hale Institute" is Brandt, "Critics from across the region's business
 * community" are critics, "Omar Said of the Green Party" is Said.
 */
function withHead(seg: Segmentation, ents: EntityIndex, np: Source, hops = 0): Source {
  const tokens = seg.doc.tokens;
  let k = np.first - 1;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a') k--;
  if (k > 0 && hops < 2 && PP_HEAD.has(tokens[k]!.lower) && tokens[k]!.sentence === tokens[np.first]!.sentence) {
    if (tokens[k]!.lower === 'across' && PP_HEAD.has(tokens[k - 1]?.lower ?? '')) k--;
    const h = k - 1;
    const head = tokens[h];
    // "footage of Trump saying", "a video of Clinton asking": the recording shows its speaker.
    if (head && tokens[k]!.lower === 'of' && MEDIA_NOUNS.has(head.lower)) return np;
    if (head && seg.quoteOf[h]! < 0 && (mentionIndex(ents, h) >= 0 || head.pos === 'NOUN' || head.pos === 'PROPN')) {
      const outer = nounPhraseEndingAt(seg, ents, h);
      if (outer && outer.first < np.first) return withHead(seg, ents, outer, hops + 1);
    }
  }
  return np;
}

/** The noun phrase starting at token k: a mention there, or determiner + modifiers + noun. */
function nounPhraseAt(seg: Segmentation, ents: EntityIndex, k: number, how: Source['how']): Source | null {
  const tokens = seg.doc.tokens;
  const t = tokens[k];
  if (!t) return null;
  const mi = mentionIndex(ents, k);
  // "said her old roommate at Tufts, Ann Lowe": a possessive opens a noun phrase.
  const possessor = (how === 'inverted' || how === 'after') && mi >= 0 && ents.mentions[mi]!.kind === 'pronoun' && POSSESSIVE_DETERMINERS.has(ents.mentions[mi]!.key) && tokens[k + 1]?.pos !== 'PUNCT';
  if (mi >= 0 && !possessor) {
    const m = ents.mentions[mi]!;
    if (m.kind === 'pronoun' && !['he', 'she', 'they', 'it', 'we', 'i'].includes(m.key)) return null;
    // "said Utah State University lecturer Ken Abe": a title before a name is the name's.
    const next = mentionIndex(ents, m.last);
    if (m.kind === 'role' && next >= 0 && ents.mentions[next]!.kind === 'name' && ents.mentions[next]!.first === m.last) {
      const n = ents.mentions[next]!;
      return { span: { start: m.start, end: n.end }, mention: next, first: m.first, last: n.last, how };
    }
    // "according to Johnson's critics": the phrase goes on to its head noun.
    if (m.possessive && m.kind === 'name') {
      let h = m.last + 1;
      while (h < tokens.length && (tokens[h]!.pos === 'ADJ' || tokens[h]!.pos === 'NOUN') && tokens[h + 1]?.pos === 'NOUN') h++;
      const head = tokens[h];
      if (head && head.pos === 'NOUN' && head.sentence === t.sentence) {
        if (VOICE_OF.has(head.lower)) return { ...fromMention(ents, mi, how), span: { start: m.start, end: head.end }, last: h + 1 };
        return { span: { start: m.start, end: head.end }, mention: mentionIndex(ents, h) >= 0 ? mentionIndex(ents, h) : -1, first: k, last: h + 1, how };
      }
    }
    return fromMention(ents, mi, how);
  }
  // "said Will Doyle": a capitalised first name the tagger took for a verb, before the name it opens.
  const next = mentionIndex(ents, k + 1);
  if (next >= 0 && /^\p{Lu}\p{Ll}/u.test(t.value) && ents.mentions[next]!.first === k + 1 && ents.mentions[next]!.kind === 'name' && t.sentence === tokens[k + 1]!.sentence) {
    const n = ents.mentions[next]!;
    return { span: { start: t.start, end: n.end }, mention: next, first: k, last: n.last, how };
  }
  // "according to show insiders": after "according to" a noun phrase follows, whatever the tagger made of its first word.
  const taggedAway = how === 'after' && /^\p{Ll}+$/u.test(t.value) && tokens[k + 1]?.pos === 'NOUN' && t.sentence === tokens[k + 1]!.sentence;
  if (!possessor && !taggedAway && (!NP_POS.has(t.pos) || t.pos === 'PART' || (t.pos === 'PRON'))) return null;
  if (taggedAway && next >= 0 && ents.mentions[next]!.first === k + 1) {
    const n = ents.mentions[next]!;
    return { span: { start: t.start, end: n.end }, mention: next, first: k, last: n.last, how };
  }
  let last = possessor ? k + 1 : k;
  while (last < tokens.length && last - k < 8) {
    const x = tokens[last]!;
    // Compounds joined by hyphens stay inside ("a just-released poll", "a well-known analyst").
    const hyphenated = x.value === '-' || tokens[last + 1]?.value === '-' || tokens[last - 1]?.value === '-';
    // A name, whatever the tagger made of its first word ("the Associated Press").
    if (x.sentence === t.sentence && x.pos !== 'PRON' && mentionIndex(ents, last) >= 0) return fromMention(ents, mentionIndex(ents, last), how);
    if (x.sentence !== t.sentence || (!NP_POS.has(x.pos) && !hyphenated) || x.pos === 'PRON') break;
    last++;
  }
  if (last === k) return null;
  // "a person close to the family": a trailing adjective opens a complement; the noun before it heads the phrase.
  if (last - 1 > k && tokens[last]?.pos === 'ADP' && tokens[last - 1]!.pos === 'ADJ' && (tokens[last - 2]!.pos === 'NOUN' || tokens[last - 2]!.pos === 'PROPN')) last--;
  const head = tokens[last - 1]!;
  // "the 46-year-old": a hyphenated age stands for a person.
  const age = head.lower === 'old' && tokens[last - 2]?.value === '-' && tokens[last - 3]?.lower === 'year';
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !age) return null;
  // "a note issued by the mayor's office": the document's author is the source.
  const by = tokens[last + 1]?.lower === 'by' || tokens[last + 1]?.lower === 'from' ? last + 2 : tokens[last]?.lower === 'by' || tokens[last]?.lower === 'from' ? last + 1 : -1;
  if (DOCUMENTS.has(head.lower) && by > 0 && (tokens[last]!.pos === 'VERB' || tokens[last]!.lower === 'by' || tokens[last]!.lower === 'from')) {
    const author = nounPhraseAt(seg, ents, by, how);
    if (author) return author;
  }
  const named = appositiveName(seg, ents, last);
  if (named >= 0) {
    const n = ents.mentions[named]!;
    return { span: { start: t.start, end: n.end }, mention: named, first: k, last: n.last, how };
  }
  return { span: { start: t.start, end: head.end }, mention: -1, first: k, last, how };
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/**
 * A person's name set off by a comma after a description ending before token k, possibly after
 * an affiliation ("her old roommate at Tufts, Ann Lowe", "a campaign aide, Jane Roe"): the
 * mention index of the name, or -1.
 */
function appositiveName(seg: Segmentation, ents: EntityIndex, k: number): number {
  const tokens = seg.doc.tokens;
  let x = k;
  if (tokens[x] && PP_HEAD.has(tokens[x]!.lower)) {
    x++;
    while (x < tokens.length && x - k < 6 && (tokens[x]!.pos === 'PROPN' || tokens[x]!.pos === 'NOUN' || tokens[x]!.pos === 'DET' || tokens[x]!.pos === 'ADJ')) x++;
  }
  if (tokens[x]?.value !== ',' || seg.quoteOf[x]! >= 0) return -1;
  const mi = mentionIndex(ents, x + 1);
  if (mi < 0) return -1;
  const m = ents.mentions[mi]!;
  if (m.kind !== 'name' || m.first !== x + 1 || m.sentence !== tokens[k - 1]?.sentence) return -1;
  const e = ents.entityOf[mi]!;
  if ((e >= 0 ? ents.entities[e]!.type : m.type) !== 'person') return -1;
  // The name closes the phrase: a comma or the sentence end follows.
  const after = tokens[m.last];
  return !after || after.value === ',' || after.value === '.' || after.sentence !== m.sentence ? mi : -1;
}

/** Token j, or the token before a bracketed aside ending at j ("Blumenauer (D-Ore.)"). */
function beforeBrackets(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.value !== ')') return j;
  for (let k = j - 1; k >= Math.max(0, j - 8); k--) {
    if (tokens[k]!.value === '(') return tokens[k - 1]?.sentence === tokens[j]!.sentence ? k - 1 : j;
    if (tokens[k]!.value === ')') return j;
  }
  return j;
}

/** Documents whose author is the real source: "a statement released by …", "a report from …". */
export const DOCUMENTS = new Set(['statement', 'report', 'letter', 'release', 'memo', 'filing', 'tweet', 'post', 'document', 'communique', 'communiqué', 'readout', 'transcript', 'message', 'note', 'announcement',
  'poll', 'survey', 'study', 'analysis', 'review', 'investigation', 'audit', 'estimate', 'estimates', 'data', 'figures', 'research', 'findings', 'reports', 'records', 'documents',
  'tally', 'count', 'calculations', 'projections', 'forecast', 'ranking', 'rankings']);

/** "Cruz, when asked what was wrong, responded": a subordinate clause between subject and verb. */
const ADJUNCT_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'if', 'although', 'though', 'once', 'asked']);
const ADJUNCT_ADVERBS = new Set(['later', 'earlier', 'however', 'meanwhile', 'instead', 'too', 'also', 'though', 'again']);

/**
 * The subject before an adjunct set off by commas and ending at the comma j before the cue:
 * "Clinton, during a town hall in Columbus, Ohio, said", "Salceda, citing federal data, said",
 * "Trump, later alleging …, said". The adjunct opens with a preposition (not "of"), a participle
 * or a linking adverb; the subject is a person, organisation, group, role or pronoun.
 */
function subjectBeforeAdjunct(seg: Segmentation, ents: EntityIndex, j: number, inQuote: (k: number) => boolean, participle: boolean): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[j]!.sentence;
  for (let c = j - 2; c > 0 && j - c < 30; c--) {
    const t = tokens[c]!;
    if (t.sentence !== sentence || inQuote(c) || t.value === ';' || QUOTE_MARK.test(t.value) && !possessiveMark(tokens, c)) return null;
    // A finite verb makes the aside a clause ("as Clinton echoed the criticism,"), not an adjunct.
    // Before a participle cue ("…, saying"), a finite verb makes the aside a clause ("as Clinton
    // echoed the criticism,"), whose subject the participle continues.
    if (participle && (t.pos === 'VERB' || t.pos === 'AUX') && tokens[c - 1]?.value !== ',') return null;
    if (t.value !== ',') continue;
    const next = tokens[c + 1]!;
    const opener = (next.pos === 'ADP' && next.lower !== 'of') || (next.pos === 'VERB' && /(?:ing|ed)$/.test(next.lower)) || ADJUNCT_ADVERBS.has(next.lower) || (ADJUNCT_SUBORDINATORS.has(next.lower) && !participle);
    if (!opener) continue;
    const np = nounPhraseEndingAt(seg, ents, beforeBrackets(tokens, c - 1));
    if (!np || tokens[np.first - 1]?.pos === 'ADP') continue;
    if (participle && np.mention < 0) continue;
    // A mention that can speak, or a noun phrase the entity stage left alone ("Nurses at the hospital").
    if (np.mention >= 0 ? speakerLike(ents, np) && !ents.mentions[np.mention]!.afterPreposition : tokens[np.last - 1]!.pos === 'NOUN' || tokens[np.last - 1]!.pos === 'PROPN') return np;
  }
  return null;
}

/**
 * "A memo from the union seen by the Tribune warns": the phrase before the cue is
 * the agent of a participle after the subject; the subject is the phrase before the participle.
 */
function agentOfParticiple(seg: Segmentation, ents: EntityIndex, np: Source): Source | null {
  const tokens = seg.doc.tokens;
  let by = np.first - 1;
  if (tokens[by]?.pos === 'DET') by--;
  const participle = tokens[by - 1];
  if (tokens[by]?.lower !== 'by' || !participle || participle.pos !== 'VERB' || !/(?:ed|en)$/.test(participle.lower) || participle.sentence !== tokens[np.first]!.sentence) return null;
  const head = tokens[by - 2];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN' && mentionIndex(ents, by - 2) < 0)) return null;
  // (A document "released by the committee" speaks for its author, the agent.)
  if (DOCUMENTS.has(head.lower)) return null;
  return nounPhraseEndingAt(seg, ents, by - 2);
}

/**
 * The antecedent of a relative clause that ends with the phrase starting at token `from`:
 * "officials who spoke with the Post", "groups that have endorsed him" — the relative pronoun,
 * a verb after it, and a noun phrase before it.
 */
function relativeAntecedent(seg: Segmentation, ents: EntityIndex, from: number, inQuote: (k: number) => boolean): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[from]!.sentence;
  let verb = false;
  for (let k = from - 1; k > 0 && from - k < 12; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || inQuote(k) || t.pos === 'PUNCT') return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') { verb = true; continue; }
    if (t.lower !== 'who' && t.lower !== 'that') {
      if (CLAUSE_START.has(t.lower) || t.pos === 'SCONJ') return null;
      continue;
    }
    if (!verb || k + 1 > from - 1) return null;
    const np = nounPhraseEndingAt(seg, ents, k - 1);
    if (!np || (np.mention >= 0 && !speakerLike(ents, np))) return null;
    const head = tokens[k - 1]!;
    // "that" after a verb opens a complement ("argued that"), not a relative clause.
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && mentionIndex(ents, k - 1) < 0) return null;
    return np;
  }
  return null;
}

/**
 * The comma opening a relative clause (", who", ", whose", ", which") that runs to the comma j
 * before a cue, within the sentence: -1 when a sentence break, a semicolon or a speech quote
 * comes first.
 */
function relativeOpenerBefore(tokens: readonly Token[], j: number, inQuote: (k: number) => boolean): number {
  for (let k = j - 2; k > 0 && j - k < 50; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[j]!.sentence || t.value === ';' || inQuote(k)) return -1;
    if (t.value === ',' && ['who', 'whose', 'which'].includes(tokens[k + 1]?.lower ?? '')) return k;
  }
  return -1;
}

const DASH_ASIDE = /^(?:[\u2014\u2013]|--)$/;

/**
 * The subject before a dash aside that closes at token j: the name opening the aside when the
 * phrase before it only describes ("A former candidate -- John McCain, who lost in 2008 --"),
 * else the phrase before it ("Gingrich — mentioned as a running mate —").
 */
function subjectBeforeDashAside(seg: Segmentation, ents: EntityIndex, j: number, inQuote: (k: number) => boolean): Source | null {
  const tokens = seg.doc.tokens;
  for (let k = j - 1; k > 0 && j - k < 30; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[j]!.sentence || inQuote(k)) return null;
    if (!DASH_ASIDE.test(t.value) || t.pos !== 'PUNCT') continue;
    const np = nounPhraseEndingAt(seg, ents, beforeBrackets(tokens, k - 1));
    const inner = mentionIndex(ents, k + 1);
    const innerName = inner >= 0 && ents.mentions[inner]!.kind === 'name' && ents.mentions[inner]!.first === k + 1 ? inner : -1;
    const outerName = np !== null && np.mention >= 0 && ents.mentions[np.mention]!.kind === 'name';
    if (innerName >= 0 && !outerName) return fromMention(ents, innerName, 'subject');
    return np && (np.mention < 0 || speakerLike(ents, np)) ? np : null;
  }
  return null;
}

/**
 * The relative pronoun a cue at token `cue` belongs to, named by its antecedent: "who" (or
 * "which") opening a subject relative aside in the same clause run as the cue, with a verb
 * right after it, and neither a comma, dash, quote nor another subject between it and the cue
 * ("Sanders - who digested his defeat and discussed a path ahead").
 */
function relativeSubjectOf(seg: Segmentation, ents: EntityIndex, cue: number, speech: ReadonlySet<number>): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[cue]!.sentence;
  for (let k = cue - 1; k > 0 && cue - k < 25; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.value === ',' || t.value === ';' || (t.pos === 'PUNCT' && DASH_ASIDE.test(t.value)) || QUOTE_MARK.test(t.value) || (seg.quoteOf[k]! >= 0 && speech.has(seg.quoteOf[k]!))) return null;
    if (k === cue - 1 && t.lower !== 'and' && t.pos !== 'ADV' && t.pos !== 'AUX' && t.lower !== 'who' && t.lower !== 'which') return null;
    if (t.lower !== 'who' && t.lower !== 'which') continue;
    const next = tokens[k + 1]!;
    if (k + 1 !== cue && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV') return null;
    // Only an aside set off by a comma or a dash: "Voters who said they were undecided" is a description.
    const before = tokens[k - 1]!;
    if (!(before.value === ',' || (before.pos === 'PUNCT' && /^[\u2014\u2013-]{1,2}$/.test(before.value)))) return null;
    const end = k - 2;
    const antecedent = nounPhraseEndingAt(seg, ents, beforeBrackets(tokens, end));
    if (!antecedent || (antecedent.mention >= 0 && !speakerLike(ents, antecedent))) return null;
    return { ...antecedent, span: { start: t.start, end: t.end }, named: antecedent.named ?? antecedent.span, how: 'subject' };
  }
  return null;
}

/** An apostrophe closing a possessive ("Sanders' campaign manager"), not a quotation mark. */
function possessiveMark(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return (t.value === "'" || t.value === '\u2019') && before !== undefined && before.end === t.start && /s$/i.test(before.value) && tokens[k + 1]?.pos !== 'PUNCT';
}

/** Words that may stand inside a chain of appositions: "Ada Moss, 31, of Erie, Pa.". */
const CHAIN_WORDS = new Set(['of', 'from', 'at', 'for', 'in', 'with', 'on', '(', ')', '-', "'s", '\u2019s', 'and']);

/**
 * The name opening a chain of appositions that ends with the phrase starting at token `from`:
 * walking back over noun phrases, commas, ages and prepositional affiliations to the start of
 * the clause, a person or organisation named right before the chain's first comma.
 */
function appositionHead(seg: Segmentation, ents: EntityIndex, from: number, inQuote: (k: number) => boolean): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[from]!.sentence;
  let k = from - 1;
  let commas = 0;
  for (; k >= 0 && from - k < 40; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || inQuote(k) || CLAUSE_START.has(t.lower)) break;
    if (t.value === ',') { commas++; continue; }
    if (possessiveMark(tokens, k)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' && !CHAIN_WORDS.has(t.value) && t.value !== '.' || t.pos === 'ADP' && !CHAIN_WORDS.has(t.lower)) break;
    if (!NP_POS.has(t.pos) && !CHAIN_WORDS.has(t.lower) && t.pos !== 'PUNCT') break;
  }
  if (commas === 0) return null;
  // "In a note to the Herald, his deputy, Ivo Petrov, said": the object of a preposition heads no chain.
  if (tokens[k]?.pos === 'ADP') return null;
  // The first element of the chain: its name, then its comma.
  let first = k + 1;
  if (tokens[first]?.pos === 'DET') first++;
  const mi = mentionIndex(ents, first);
  if (mi < 0) return null;
  const m = ents.mentions[mi]!;
  if (m.kind !== 'name' || m.first !== first || m.last >= from || tokens[m.last]?.value !== ',' || m.afterPreposition) return null;
  const e = ents.entityOf[mi]!;
  const type = e >= 0 ? ents.entities[e]!.type : m.type;
  if (type === 'place') return null;
  return fromMention(ents, mi, 'subject');
}

/** Is token k inside a relative clause opened after the comma before j ("Hill, who served …, said")? */
function relativeClauseAt(tokens: readonly Token[], k: number, j: number): boolean {
  for (let x = k - 1; x >= Math.max(0, j - 40); x--) {
    const t = tokens[x]!;
    if (t.value === ',') return ['who', 'which', 'whose'].includes(tokens[x + 1]?.lower ?? '');
    // "Jane Roe, a former official who now studies …, said": the clause opens after the description's noun.
    if (t.lower === 'who' || t.lower === 'whose' || (t.lower === 'that' && (tokens[x - 1]?.pos === 'NOUN' || tokens[x - 1]?.pos === 'PROPN' || tokens[x - 1]?.lower === "'s"))) return true;
  }
  return false;
}

/** The apposition's name reaches its closing comma, a parenthesised acronym aside: "Forces (SDF),". */
function appositionEndsWith(tokens: readonly Token[], last: number, j: number): boolean {
  if (last === j) return true;
  return tokens[last]?.value === '(' && tokens[j - 1]?.value === ')' && j - last <= 4;
}

/** Does the phrase name someone who can speak: a person, organisation or group mention, or a role? */
function speakerLike(ents: EntityIndex, np: Source): boolean {
  if (np.mention < 0) return false;
  const m = ents.mentions[np.mention]!;
  if (m.kind === 'pronoun' || m.kind === 'role' || m.kind === 'group') return true;
  const e = ents.entityOf[np.mention]!;
  return e >= 0 ? ents.entities[e]!.type !== 'place' : m.type !== 'place';
}
