// Reported speech: every cue with a source and a clause it governs: `X said (that) …`, `X told Y that …`, `…, X said`, `according to X, …`.
import type { Token } from '../../adapters/wink.js';
import type { Span } from '../../model/span.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { round, type UtteranceDraft } from '../draft.js';
import { anchorWithin, lowerBound, shortQuote } from '../scan.js';
import { speakerOf } from '../speaker.js';
import { inTurn, type AttributionState } from '../state.js';
import { reportedClause } from '../reported/reportedClause.js';
import { EVIDENCE_NOUNS, EVIDENCE_VERBS } from '../cues/matchCue.js';
import { SUBORDINATING } from '../../vocabulary/subordinators.js';
import { commonNounAntecedent, relativePronounSource } from '../source/relativePronoun.js';
import { DOCUMENT_NAME_ENDINGS } from '../../vocabulary/documents.js';
import { OBJECT_PRONOUNS } from '../../vocabulary/pronouns.js';
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import { QUOTE_MARK } from '../scan.js';
import { clauseBoundary } from '../source/clauseBoundary.js';
import { fromMention, speakerLike } from '../source/nounPhrase.js';
import { REPORT_SUBORDINATORS } from '../reported/secondReport.js';
import { mayReportInTurn, turnHolding } from './turnReports.js';

/**
 * Sieve 07: each cue reports the clause it governs (see `reported/reportedClause.ts` for the
 * constructions), unless a quote or a turn already holds it. Short quotes inside the clause
 * fold into it; longer ones become its partial quotes.
 */
export function reportedSpeech(st: AttributionState): void {
  const { seg, ents, tokens, issues, speech, anchors, sources, drafts, removed, topLevel } = st;
  // Top-level utterances never overlap, so a sorted index answers "what overlaps this clause".
  drafts.forEach((d, i) => { if (d.kind !== 'embedded') topLevel.add(i); });
  // Sourced cues first, so a cue whose subject `findSource` could not reach never takes a
  // clause from one that has its source; then the strong ones among the rest (see `subjectBefore`).
  // Verbs and phrases claim their clauses before nouns do: in "Trump's accusation that … had
  // imperiled the troops, Biden said" the report is Biden's; the noun's content lies inside it.
  // So do cues with their subject before cues whose source follows them ("Nurses, citing long
  // shifts, said …" is the nurses' report, not the shifts').
  const rank = (x: number): number => (anchors[x]!.form === 'noun' ? 2 : sources[x]?.how === 'after' ? 1 : 0);
  const byStrength = [...anchors.keys()].sort((x, y) => rank(x) - rank(y) || x - y);
  const { adopt, childrenOf } = parentLinks(drafts);
  const report = (a: Anchor, ai: number, sourced: boolean): void => {
    // A dash credits the quote before it ("“…” ― Smith"); it reports nothing after it.
    // Nor does a colon before a quote ("Price was blunt: “…”"): the quote is attributed as a quote.
    if (a.lemma === '\u2014' || (a.lemma === ':' && a.complement.length === 1)) return;
    const found = sources[ai];
    if ((found !== null) !== sourced) return;
    // "in a new poll": a phrase that holds its source names the document when it names no one.
    const inside = a.source === 'inside' && a.last - a.first > 1 ? { span: { start: tokens[a.first + 1]!.start, end: tokens[a.last - 1]!.end }, mention: -1, first: a.first + 1, last: a.last, how: 'after' as const } : null;
    if (!found && !inside && (!fallsBack(a) || inRestrictiveRelative(tokens, a.first))) return;
    // (A cue whose source follows it, "according to …", never falls back on the subject before it.)
    const relative = found || inside ? -1 : objectRelativeWord(tokens, a.first);
    const fallback = found ? null : inside ?? (a.source === 'after' ? null : relative >= 0 ? relativePronounSource(seg, a, antecedent(tokens, ents, relative) ?? commonNounAntecedent(seg, ents, relative)) : subjectBefore(seg, ents, a));
    if (!found && !fallback && a.confidence < UNSOURCED_MIN_CONFIDENCE) return;
    // With no subject at all, the clause is still reported, by nobody known: it stands at the cue.
    const source: Source = found ?? fallback ?? { span: { start: tokens[a.first]!.start, end: tokens[a.first]!.start }, mention: -1, first: a.first, last: a.first, how: 'subject' };
    // A report inside a transcript's turn is a child of the turn, when it is someone else's (turnReports.ts).
    const inATurn = inTurn(st, tokens[a.first]!.start);
    if (inATurn && !mayReportInTurn(seg, a, source)) return;
    const clause = reportedClause(seg, a, source, anchors, speech);
    if (!clause) return;
    // (Only the span: the clause's flags stay here, never in an issue's span.)
    let content: Span = { start: clause.start, end: clause.end };
    const cueSpan = { start: tokens[a.first]!.start, end: tokens[a.last - 1]!.end };
    const around = topLevel.overlapping(clause).map((i) => ({ i, d: drafts[i]! }));
    const turn = inATurn ? turnHolding(around, clause, cueSpan, source) : undefined;
    if (inATurn && !turn) return;
    const all = turn ? around.filter((x) => x !== turn) : around;
    // A report inside this one ("the board had warned that rents would rise, Reyes said") is
    // PolNeAR's nested attribution: it stays, as a child of this one (see `nested`).
    const reports = all.filter(({ d }) => d.kind === 'indirect');
    // A report inside one already made ("Reyes said that the board had warned that rents would
    // rise"): the inner cue's clause is its own utterance, a child of the outer one.
    const top = enclosingReport(reports, clause, cueSpan, a, found !== null);
    let outer = top === null ? null : innermost(drafts, childrenOf, top, clause, cueSpan);
    if (top !== null && outer === null) return;
    const nesting = outer === null ? nested(reports, clause, a, tokens) : [];
    if (nesting === null) return;
    const overlapping = all.filter(({ d }) => d.kind !== 'indirect');
    if (overlapping.some(({ d }) => d.kind === 'turn' || d.quote === undefined)) return;
    // Short quotes inside the reported clause become part of it ("said he 'can' and 'may' act").
    // (Not a name given in quotes: "called the plan “a disaster”" keeps the quote, a child of the report.)
    const short = clause.quotesOwn === true ? [] : overlapping.filter(({ d }) => shortQuote(seg, d.quote!));
    for (const { d } of short) content = { start: Math.min(content.start, d.start), end: Math.max(content.end, d.end) };
    // Longer quotes inside it are partial quotes of the same report: children of the clause.
    const inner = overlapping.filter((x) => !short.includes(x));
    if (inner.some(({ d }) => d.start < content.start || d.end > content.end)) return;
    const holder = found || fallback ? speakerOf(seg, ents, source) : -1;
    // A finding stays a report when its holder cannot be credited with it: it stands unsourced.
    // (Not a document right before its participle, "despite polls showing …": the polls' own finding, see source/reducedRelative.ts.)
    const uncredited = holder >= 0 && uncreditedFinding(a, ents.entities[holder]!, source.last === a.first && tokens[a.first]!.lower.endsWith('ing') ? undefined : tokens[source.first - 1]);
    // (A finding whose holder is a document typed a person, "a 2012 video shows Lane talking …", is given
    // up when a cue stands in it: the recording speaks through that cue's report instead. Else it stays, unsourced.)
    const recording = holder >= 0 && a.evidence === true && documentAsPerson(ents.entities[holder]!);
    if (recording && anchorWithin(anchors, lowerBound(tokens, content.start), lowerBound(tokens, content.end))) return;
    const speaker = uncredited || recording ? -1 : holder;
    if (turn && !someoneElseNamed(ents, speaker, turn.d.speaker)) return;
    // A learned cue or clause reports only for a named holder that is the cue's subject: its weaker
    // signal does not outweigh a place, a common noun or the object of a preposition as the source.
    // A lexicon cue's complement read by the counted table may also credit a group ("Voters want …").
    // (Checked before the quotes are taken into the report: one given up leaves them as they were.)
    // So does a name given in quotes, whose quotes already stand as utterances of their own.
    if ((a.learned === true || clause.learned === true || clause.namedOnly === true) && speaker >= 0 && ((!namedHolder(ents.entities[speaker]!) && !(clause.counted === true && a.learned !== true && ents.entities[speaker]!.type === 'group')) || tokens[source.first - 1]?.pos === 'ADP')) return;
    // "Lee will call it a tax and the council will call it a fee": a report coordinated after the
    // outer one's clause is no part of it; the outer clause read too far and ends before the "and".
    if (outer !== null) {
      const cut = outer === top ? coordinatedAfter(st, outer, childrenOf(outer), source, a) : null;
      if (cut !== null) {
        drafts[outer] = { ...drafts[outer]!, end: cut };
        outer = null;
      } else if (!takesClause(a, tokens) || a.confidence < INNER_MIN_CONFIDENCE || (source.how === 'inherited' && speaker === drafts[outer]!.speaker) || speaker < 0 || !namedHolder(ents.entities[speaker]!)) return;
    }
    for (const { i } of short) {
      removed.add(i);
      topLevel.remove(i);
    }
    const parent = drafts.length;
    for (const { i, d } of inner) {
      adopt(i, parent, { ...d, kind: d.kind === 'post' ? 'post' : 'partial' });
      topLevel.remove(i);
    }
    for (const i of nesting) {
      adopt(i, parent, drafts[i]!);
      topLevel.remove(i);
    }
    if (speaker < 0) issues.push({ code: 'unknown-speaker', message: 'no subject gives the source of this reported clause', span: content });
    const confidence = a.confidence * (source.how === 'inherited' ? 0.8 : found ? 0.9 : 0.6) * (speaker >= 0 ? 1 : 0);
    drafts.push({
      start: content.start,
      end: content.end,
      kind: 'indirect',
      speaker,
      ...((found || fallback) && speaker === holder ? { mention: source.span } : {}),
      cue: cueSpan,
      ...(clause.topic === true ? { form: 'topic' as const } : {}),
      confidence: round(confidence),
    });
    if (outer !== null || turn) adopt(drafts.length - 1, outer ?? turn!.i, drafts[drafts.length - 1]!);
    else topLevel.add(drafts.length - 1);
  };
  for (const ai of byStrength) report(anchors[ai]!, ai, true);
  for (const ai of byStrength) report(anchors[ai]!, ai, false);
}

/** The innermost report under `o` that holds the clause and its cue, or null when one crosses them. */
function innermost(drafts: readonly UtteranceDraft[], childrenOf: (o: number) => readonly number[], o: number, clause: Span, cue: Span): number | null {
  const span = { start: Math.min(clause.start, cue.start), end: Math.max(clause.end, cue.end) };
  for (;;) {
    const kids = childrenOf(o).filter((k) => drafts[k]!.kind === 'indirect' && drafts[k]!.start < span.end && span.start < drafts[k]!.end);
    if (kids.length === 0) return o;
    const k = kids[0]!;
    if (kids.length > 1 || drafts[k]!.start > span.start || span.end > drafts[k]!.end) return null;
    o = k;
  }
}

/**
 * An index over the drafts' parent links (draft index → its children's indices), which this sieve
 * alone sets for reports, so that finding a report's children scans no other draft (a scan of
 * every draft per cue is quadratic in a long paragraph). `adopt` is the one place a link is set.
 */
function parentLinks(drafts: UtteranceDraft[]): { adopt: (i: number, parent: number, draft: UtteranceDraft) => void; childrenOf: (o: number) => readonly number[] } {
  const children = new Map<number, number[]>();
  const link = (i: number, parent: number): void => {
    const kids = children.get(parent);
    if (kids) kids.push(i);
    else children.set(parent, [i]);
  };
  drafts.forEach((d, i) => { if (d.parent !== undefined) link(i, d.parent); });
  return {
    adopt: (i, parent, draft) => {
      drafts[i] = { ...draft, parent };
      link(i, parent);
    },
    childrenOf: (o) => children.get(o) ?? [],
  };
}

/**
 * A cue that takes a clause: "said that …", or a tell-verb whose addressee is a person, "told him
 * that …", "told Lee the …" (not "tells such tall tales that …", not "never told them how to vote").
 */
function takesClause(a: Anchor, tokens: readonly Token[]): boolean {
  if (a.complement.includes('that')) return true;
  const told = tokens[a.last];
  if (!a.complement.includes('object-that') || tokens[a.first]!.negated || !told) return false;
  return (OBJECT_PRONOUNS.has(told.lower) && told.value !== 'US') || told.lower === 'her' || told.pos === 'PROPN';
}

/**
 * The reports a new reported clause holds whole, their cues too ("[the board had warned that
 * [rents would rise]], Reyes said"): PolNeAR's nested attributions, kept as children of the new
 * one. Null when a report crosses the clause or holds it, or the new cue is no plain speech cue, which leaves the first report alone
 * (a report inside one already made adds no words and only doubles the credit).
 */
function nested(reports: readonly { i: number; d: UtteranceDraft }[], clause: Span, a: Anchor, tokens: readonly Token[]): number[] | null {
  if (reports.length === 0) return [];
  // Only a cue that takes a clause ("said", "argued", "according to") holds others; a support or belief verb's clause that runs over
  // another cue ("has endorsed the mayor and criticized her budget") has read too far.
  if (!takesClause(a, tokens) || a.kind === 'perception' || a.confidence < NESTING_MIN_CONFIDENCE) return null;
  const within = (x: Span, y: Span): boolean => y.start <= x.start && x.end <= y.end;
  if (reports.every(({ d }) => within(d, clause) && d.cue !== undefined && within(d.cue, clause) && (d.start !== clause.start || d.end !== clause.end))) return reports.map(({ i }) => i);
  return null;
}

/**
 * The report already made whose content holds this cue and its whole clause, leaving out the
 * outer cue ("Reyes said that [the board had warned that [rents would rise]]"): the draft index
 * of that outer report, or null. Only a sourced speech cue, no noun, sure enough, reports inside
 * another's words; the caller then splits the two (`coordinatedAfter`) or nests the new one
 * (`INNER_MIN_CONFIDENCE`).
 */
function enclosingReport(reports: readonly { i: number; d: UtteranceDraft }[], clause: Span, cue: Span, a: Anchor, sourced: boolean): number | null {
  if (reports.length !== 1 || !sourced || a.kind === 'perception' || a.form === 'noun' || a.confidence < SPLIT_MIN_CONFIDENCE) return null;
  const { i, d } = reports[0]!;
  const holds = d.start <= Math.min(cue.start, clause.start) && Math.max(cue.end, clause.end) <= d.end && (d.start < clause.start || clause.end < d.end);
  return holds && d.cue !== undefined && (d.cue.end <= d.start || d.cue.start >= d.end) ? i : null;
}

/**
 * Where the outer report must end when the new report inside it is coordinated with it rather than
 * reported by it: its subject (or, with a subject shared, its cue) comes right after "and", "but"
 * or ";" ("…, and the council will call it a fee"). The offset of the end of the outer report's
 * last word before that word, or null when the report is nested (after "that", or the outer cue
 * stands after its clause) or a quote inside the outer report runs past the cut.
 */
function coordinatedAfter(st: AttributionState, outer: number, kids: readonly number[], source: Source, a: Anchor): number | null {
  const { tokens, drafts } = st;
  const d = drafts[outer]!;
  if (d.cue === undefined || d.cue.end > d.start) return null;
  // A verb that shares a subject joins the outer cue only in the same form ("says … and says",
  // "touting … and saying"); "X says Lee promised … and said …" joins the reported verb instead.
  const shared = source.how === 'inherited' && verbForm(tokens[a.first]!) === verbForm(tokens[lowerBound(tokens, d.cue.start)]!);
  const at = source.how === 'subject' && source.first < a.first ? source.first : shared ? a.first : -1;
  let k = at - 1;
  if (k < 0 || !(tokens[k]!.value === ';' || (tokens[k]!.pos === 'CCONJ' && CLAUSE_COORDINATORS.has(tokens[k]!.lower)) || (at === source.first && subordinatorAt(tokens, k)))) return null;
  while (k > 0 && /^[,;]$/.test(tokens[k - 1]!.value)) k--;
  if (k === 0 || tokens[k - 1]!.end <= d.start) return null;
  const cut = tokens[k - 1]!.end;
  return kids.some((k) => drafts[k]!.end > cut) ? null : cut;
}

/** The inflection of a verb, from its surface: "says", "saying", "said"/"claimed", or the base form. */
function verbForm(t: Token): string {
  if (t.lower === t.lemma) return 'base';
  return t.lower.endsWith('ing') ? 'ing' : /[^s]s$/.test(t.lower) ? 's' : 'past';
}

/**
 * "Lee said the vote was close after voters said Smith would win": a subordinator before the new
 * cue's own subject joins a clause of the writer's, a second report, to the first one; the first
 * report ends before it (PolNeAR never puts one report's cue inside another's content).
 */
function subordinatorAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return (t.pos === 'SCONJ' || t.pos === 'ADP') && REPORT_SUBORDINATORS.has(t.lower);
}

/** The coordinators that join two reports with their own cues ("and", "but"). */
const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'yet']);

/** Cues at least this sure of themselves ("said", "according to", "suggested") report a clause even when no source was found. */
export const UNSOURCED_MIN_CONFIDENCE = 0.8;
/**
 * …and, a little less sure, when `subjectBefore` finds their subject. Chosen on PolNeAR dev
 * (0.75 → 0.7: content F1 77.9 → 78.2, with source 68.0 → 68.1; lower gains content and loses source).
 */
export const SUBJECT_FALLBACK_MIN_CONFIDENCE = 0.7;
/**
 * Cues that take a "that" clause and are at least this sure report a clause inside another
 * report's content, as its child, when their source is a named holder (`namedHolder`). Chosen on
 * PolNeAR dev without that holder gate (0.75 / 0.9 / 0.95 / none: content F1 78.8 / 78.8 / 78.8 /
 * 78.7, with source 68.4 / 68.5 / 68.6 / 68.7); the gate keeps common nouns ("the officials") from
 * the speakers and gives 78.8 / 68.6 too. A cue that only inherits the outer report's own subject
 * ("Kern says Ortiz promised … and said …") is no child either: dev 78.75 / 68.58 → 78.73 / 68.53,
 * the children it drops having scored only by the tie-break below. PolNeAR's contents never
 * overlap and its scorer gives a gold content to the earliest-starting utterance among those
 * covering it equally, so a child can add content precision there but never source recall.
 */
const INNER_MIN_CONFIDENCE = 0.95;
/** Cues at least this sure end the report they stand in when they are coordinated with it (see `coordinatedAfter`). */
const SPLIT_MIN_CONFIDENCE = 0.75;
/** Cues at least this sure hold the reports inside their clause as nested ones (see `nested`). */
const NESTING_MIN_CONFIDENCE = 0.75;

/**
 * May a cue that `findSource` gave no source fall back on the subject before it (`subjectBefore`)?
 * A cue sure enough of itself, or a learned cue (`Anchor.learned`: its confidence is its learned
 * share, below the bar), whose report credits only a named holder that is no preposition's object
 * (see `reportedSpeech`), as the first mention before it that follows no preposition is. PolNeAR
 * dev 79.8 / 69.7 → 80.0 / 69.8, train 78.4 / 67.4 → 78.6 / 67.4; lexicon cues below the bar
 * too: 79.9 / 69.4 (content gained, sources lost).
 */
export function fallsBack(a: Anchor): boolean {
  return a.confidence >= SUBJECT_FALLBACK_MIN_CONFIDENCE || a.learned === true;
}

/**
 * The subject of a cue that `findSource` could not reach ("Sen. Smith (D-Ohio) said", "Jones,
 * a farmer who voted for both parties in the past, said"): the first mention of the sentence
 * before the cue that does not stand after a preposition or in a dateline, or null.
 */
export function subjectBefore(seg: Segmentation, ents: EntityIndex, a: Anchor): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[a.first]!.sentence;
  let first = -1;
  for (let k = a.first - 1; k >= 0 && tokens[k]!.sentence === sentence && a.first - k <= 40; k--) {
    if (QUOTE_MARK.test(tokens[k]!.value) || tokens[k]!.value === ';') break;
    // "Merkel spoke first, but the council is divided over …": the subject of the cue's own clause.
    if (first >= 0 && clauseBoundary(tokens, k)) break;
    const mi = mentionIndex(ents, k);
    if (mi < 0) continue;
    const m = ents.mentions[mi]!;
    const before = tokens[m.first - 1];
    if (before && before.sentence === sentence && (before.pos === 'ADP' || before.pos === 'VERB' || before.lower === "'s" || before.lower === '\u2019s')) continue;
    // ("ORVELLE (Wire) — Hundreds of farmers blocked …, saying": a dateline is no part of the sentence.)
    if (m.inDateline) continue;
    first = mi;
  }
  if (first < 0) return null;
  const m = ents.mentions[first]!;
  return { span: { start: m.start, end: m.end }, mention: first, first: m.first, last: m.last, how: 'subject' };
}

/**
 * "Voters who said they were undecided made up a fifth": a cue in a relative clause with no comma
 * before it and no verb before the relative word; its report runs into the main clause's verb, so
 * no span of it can be trusted.
 */
export function inRestrictiveRelative(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const rel = tokens[k];
  return rel !== undefined && (rel.lower === 'who' || rel.lower === 'that' || rel.lower === 'which') && tokens[k - 1]?.value !== ',' && !verbBefore(tokens, k);
}

/**
 * "The mayor met voters who said they were undecided": a cue in a restrictive relative clause after
 * the main clause's verb (the relative word's token, or -1). Its report runs to the end of the
 * sentence, into no verb of the main clause, and stands, credited to the relative's antecedent
 * (`antecedent`, or the common noun before "who" when that is no mention, `commonNounAntecedent`),
 * not to the main clause's subject before it.
 */
function objectRelativeWord(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const rel = tokens[k];
  return rel !== undefined && (rel.lower === 'who' || rel.lower === 'that' || rel.lower === 'which') && tokens[k - 1]?.value !== ',' && verbBefore(tokens, k) ? k : -1;
}

/** The mention that ends right before the relative word at k, its antecedent ("met [voters] who said …"), as a source; null when none. */
function antecedent(tokens: readonly Token[], ents: EntityIndex, k: number): Source | null {
  const mi = mentionIndex(ents, k - 1);
  if (mi < 0) return null;
  const m = ents.mentions[mi]!;
  // (Not a preposition's object, "a letter from Ortiz that said …": the phrase it ends may be the
  // antecedent. But "who" names a person, and after "of" or "among" the people counted: "a list of
  // leaders who have criticized …", "the share of voters who said …" are theirs; after another
  // preposition, the person before it: "a clerk at the agency who told …" is the clerk's.)
  let b = m.first - 1;
  while (b >= 0 && tokens[b]!.pos === 'DET') b--;
  const source: Source = { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how: 'subject' };
  if (m.last !== k) return null;
  if (tokens[b]?.pos !== 'ADP') return source;
  if (tokens[k]!.lower !== 'who') return null;
  if ((tokens[b]!.lower === 'of' || tokens[b]!.lower === 'among') && speakerLike(ents, source)) return source;
  // (The person before the preposition: its span becomes the pronoun's, as relativePronounSource would make it.)
  const pi = mentionIndex(ents, b - 1);
  const person = pi >= 0 && ents.mentions[pi]!.last === b ? fromMention(ents, pi, 'subject') : null;
  if (person && speakerLike(ents, person) && ents.mentions[pi]!.type !== 'organization') return { ...person, span: { start: tokens[k]!.start, end: tokens[k]!.end }, named: person.span };
  // (No one before the preposition: "fresh ammunition to Republicans who say …", "campaigned with
  // a governor who had endorsed him": the object names people, and "who" stands for them.)
  return person === null && peopleNamed(ents, mi) ? source : null;
}

/** Does mention mi name people (a person, a role, a group), not a body, a place or a thing? */
function peopleNamed(ents: EntityIndex, mi: number): boolean {
  const m = ents.mentions[mi]!;
  if (m.kind === 'pronoun') return false;
  const e = ents.entityOf[mi]!;
  const type = e >= 0 ? ents.entities[e]!.type : m.type;
  // ("Republicans", "Democrats": a party's members, named in the plural, are people.)
  const members = type === 'organization' && m.kind === 'name' && m.last - m.first === 1 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(m.text);
  return m.kind === 'group' || m.kind === 'role' || type === 'person' || type === 'group' || type === 'role' || members;
}

/** Is there a verb before token k in its sentence? */
function verbBefore(tokens: readonly Token[], k: number): boolean {
  for (let x = k - 1; x >= 0 && tokens[x]!.sentence === tokens[k]!.sentence; x--) if (tokens[x]!.pos === 'VERB' || tokens[x]!.pos === 'AUX') return true;
  return false;
}

/**
 * May the holder found for an evidence verb's report ("show", "find") not be credited with it? A
 * finding (`evidence`) credits the poll or the study, never a preposition's object ("a poll for the
 * paper found …"); a finding of another subject ("the inspectors found that …") credits no common
 * noun typed a person ("a federal judge"). The report stays, unsourced: PolNeAR dev content F1
 * 80.20 → 80.29, train 78.67 → 78.72 (the first case dropped the report before; the second is new);
 * a recording typed a person (`recording` above) too, when no cue stands in its finding: dev → 80.32.
 */
function uncreditedFinding(a: Anchor, holder: { readonly type: string; readonly name: string }, before: Token | undefined): boolean {
  if (!EVIDENCE_VERBS.has(a.lemma)) return false;
  // ("as polls show", "with a new survey finding": a subordinator the tagger read as a preposition opens the finding's clause.)
  if (a.evidence === true) return before?.pos === 'ADP' && !SUBORDINATING.has(before.lower);
  return holder.type === 'person' && !/^\p{Lu}/u.test(holder.name);
}

/** The last word of an entity's name, lower-cased, less a final "s" ("the GAO Reports" → "report"). */
function nameEnding(e: { readonly name: string }): string {
  return e.name.toLowerCase().split(/\s+/).pop()!.replace(/s$/, '');
}

/**
 * An entity typed a person whose name ends in a document word: the entity stage's mistake, no
 * holder to credit a finding to. Not `namedHolder` negated: a finding may credit a place or a
 * lower-case body ("the ministry"), and the endings are documents and clips, not findings.
 */
function documentAsPerson(e: { readonly type: string; readonly name: string }): boolean {
  return e.type === 'person' && DOCUMENT_NAME_ENDINGS.has(nameEnding(e));
}

/** In a turn, only the words of someone else the turn names: the turn's speaker's own are the turn itself, and no one's or a group's are no report. */
function someoneElseNamed(ents: EntityIndex, speaker: number, turnSpeaker: number): boolean {
  const e = speaker >= 0 ? ents.entities[speaker]! : undefined;
  return e !== undefined && speaker !== turnSpeaker && namedHolder(e) && e.type !== 'group';
}

/** A person or a body with a proper name: the holders a learned cue may credit (not a place, not "the move", not "the GAO report"). */
function namedHolder(e: { readonly type: string; readonly name: string }): boolean {
  return e.type !== 'place' && e.type !== 'country' && /^\p{Lu}/u.test(e.name) && !EVIDENCE_NOUNS.has(nameEnding(e));
}

