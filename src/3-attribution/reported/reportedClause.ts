// The reported clause of a cue: the constructions in the order they are tried (the first that applies decides).
import type { Segmentation } from '../../1-segment/segment.js';
import type { Span } from '../../model/span.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { accordingTo } from './accordingTo.js';
import { askedAbout } from './askedAbout.js';
import { asideReport } from './aside.js';
import { clauseAfterAside, clauseAfterSayVerb, clauseStart, invertedPosition, participleCueAt, saidObject, skipAdjunct } from './clauseOpening.js';
import { clauseContext, type ClauseCtx, contentBefore, contentBeforeIfTrailing, NP_START, objectThenTo, opensWithParticiple, quoteOpensAt, spanUntilStop, type OpenClause } from './clauseReader.js';
import { declinedComment } from './declinedComment.js';
import { evidenceReport } from './evidenceReport.js';
import { frameReport } from './inAPoll.js';
import { asAside } from './asAside.js';
import { IN_FRAME } from '../cues/verbClasses.data.js';

/** The frames that name whose words or view they are ("in his view", "in Lee's words"). */
const OWNED_FRAME: ReadonlySet<string> = new Set(['in her view', 'in her words']);
import { learnedComplement } from './learnedComplement.js';
import { peoplePlural, readAnchorComplement } from './anchorComplement.js';
import { complementRowFor } from '../cues/anchorComplements.js';
import { FIRST_PERSON } from '../../vocabulary/pronouns.js';
import { objectReport } from './objectReports.js';
import { proForm } from './proForm.js';
import { subjectGapReport } from './subjectGap.js';
import { endAtSentenceVerb } from './subjectNounClause.js';
import { passiveSubject } from './passiveSubject.js';

export { CLAUSE_BREAK } from './clauseReader.js';

/**
 * A reported clause; `learned` when only the learned table (`learnedComplement.ts`) read it;
 * `quotesOwn` when the short quotes inside it stay utterances of their own, its children (a name
 * given in quotes: "called the plan “a disaster”"); `namedOnly` when it credits only a named
 * holder that is the cue's subject (its quotes already stand with their speaker); `topic` when it
 * is only the noun phrase the act was about ("criticised the plan", "called for a ban"), no words said;
 * `counted` when the counted table of a lexicon cue read it (`tableComplement`): it may credit a group too.
 */
export type ReportedSpan = Span & { readonly learned?: true; readonly quotesOwn?: true; readonly namedOnly?: true; readonly topic?: true; readonly counted?: true };

/**
 * The reported clause of a cue: after "that" (or the addressee and "that" for tell-verbs),
 * or a clause starting right after the cue, up to the end of the sentence, a quotation mark, a
 * dash, or a new attribution (", claiming …"). A cue at the end of a sentence ("…, officials
 * said") reports what comes before it. The constructions are tried in this order:
 * a quote right after the cue; a passive cue's subject ("The merger was reported by X",
 * `passiveSubject.ts`); "according to" (`accordingTo.ts`); "declined to comment"
 * (`declinedComment.ts`); "said so" (`proForm.ts`); "in a poll" (`inAPoll.ts`); the clause
 * opening (`clauseOpening.ts`: "that", addressee, adjunct, "asked whether"); an object that is
 * the report (`objectReports.ts`); a say-verb with a hidden subject; a parenthetical cue
 * (`aside.ts`); an infinitive ("want X to …"); a trailing cue ("…, she said"); last, the
 * complement that the learned table says the cue word heads (`learnedComplement.ts`).
 */
export function reportedClause(seg: Segmentation, a: Anchor, source: Source, anchors: readonly Anchor[], speech: ReadonlySet<number>): ReportedSpan | null {
  const ctx = clauseContext(seg, a, source, anchors, speech);
  if (!ctx) return null;
  const span = readClause(ctx) ?? tableComplement(ctx);
  return span ? endAtSentenceVerb(ctx, span) : span;
}

function readClause(ctx: ClauseCtx): ReportedSpan | null {
  const { seg, a, source } = ctx;
  const { tokens, cue, sentence, after, next } = ctx;
  if (!next || next.sentence !== cue.sentence) return contentBefore(ctx);
  const c = ctx as OpenClause;
  // "The mayor said: the bridge will close": what follows the colon, unless a quote does (the quote's own).
  if (next.value === ':') return a.kind === 'speech' && a.form === 'verb' && !tokens[a.first]!.negated && source.first < a.first && tokens[after + 1] !== undefined && !quoteOpensAt(c, after + 1) ? spanUntilStop(c, after + 1) : null;
  if (quoteOpensAt(c, after)) return spanUntilStop(c, after);
  // "Asked on Monday whether …", "was asked by a listener why …": the question, past the adjuncts.
  const asked = askedAbout(c);
  if (asked !== undefined) return asked;
  // "The merger was reported by the Tribune": a passive cue's agent said it of its subject.
  const passive = passiveSubject(c);
  if (passive !== undefined) return passive;
  if (a.source === 'after') return accordingTo(c);
  // "The levy, as Ortiz noted, will fall on renters": a speech cue in an "as" aside reports the words around it.
  const as = asAside(c);
  if (as !== undefined) return as;
  if (a.lemma === 'decline to comment') return declinedComment(c);
  const pro = proForm(c);
  if (pro) return pro;
  // "in his view" frames a report only set off by a comma or opening the sentence ("asked who leads the party in his view" frames none).
  if (OWNED_FRAME.has(a.lemma) && tokens[a.first - 1]?.value !== ',' && tokens[a.first - 1]?.sentence === tokens[a.first]!.sentence && !/^[\p{P}\s]*$/u.test(seg.doc.text.slice(seg.doc.sentences[tokens[a.first]!.sentence]!.start, tokens[a.first]!.start))) return null;
  if (IN_FRAME.has(a.lemma)) {
    // "In a poll released Monday, 50 percent chose …" / "…, in a statement." / "… in the same poll."
    const frame = frameReport(c);
    if (frame) return frame;
  }
  // "…, said Howard Vale, an analyst at the bank, who notes that …": after a comma, a cue whose
  // source follows it reports what came before; the words after the source describe the source.
  if (source.how === 'inverted' && source.first >= a.last && tokens[a.first - 1]?.value === ',') {
    const before = contentBefore(ctx);
    if (before) return before;
  }
  const adjunct = skipAdjunct(tokens, after);
  let start = clauseStart(c, adjunct);
  // "Speaking to reporters, the mayor said …": after an opening participle's comma comes the main clause, not its report.
  if (start > after && tokens[start - 1]?.value === ',' && opensWithParticiple(seg, a.first)) start = -1;
  const evidence = evidenceReport(c, start);
  if (evidence !== undefined) return evidence;
  const object = objectReport(c, start);
  if (object !== undefined) return object;
  // "The Times said Cook provided …", "says expanding the monument will …": a say-verb whose subject
  // came before it reports the clause after it even when the tagger hides that clause's subject.
  if (start < 0 && source.first < a.first && !invertedPosition(tokens, a.first)) {
    const at = adjunct > after ? adjunct : after;
    // ("…, the chief said, adding that …": a participle cue after the comma is a report of its own.)
    const from = participleCueAt(c, at) ? -1 : clauseAfterSayVerb(tokens, a, at, sentence.last);
    // "Lee said, however, the bridge would close": an aside set off by commas, then the clause.
    const aside = from < 0 ? clauseAfterAside(c) : -1;
    if (from >= 0) start = from;
    else if (aside >= 0) start = aside;
    else {
      // "Reyes said the ferry crews earned a raise", "said few of the boats were insured": the tagger
      // hid the clause's verb; "say" takes nothing else after its subject, so the rest is its report.
      start = saidObject(c, at);
      // (A short quote in those words, 'said the words “fix it” twice', stays a quote of its own.)
      const said = start >= 0 ? spanUntilStop(c, start) : null;
      // (An object ends at its comma: "has said her few words, the vote can start".)
      if (said) return { ...said, end: Math.min(said.end, commaAfter(c, start) ?? said.end), quotesOwn: true };
    }
  }
  // "which officials said will take effect": the report starts at the verb whose subject is the relative gap.
  if (start < 0) {
    const gap = subjectGapReport(c);
    if (gap !== undefined) return gap;
  }
  const aside = asideReport(c, start);
  if (aside !== undefined) return aside;
  if (start < 0) {
    if (a.complement.includes('to') && next.lower === 'to' && (a.kind === 'speech' || a.kind === 'intention')) start = after;
    // "want all immigrants to be deported", "expect the press to play along": an object and its infinitive.
    else if (a.complement.includes('to') && (a.kind === 'intention' || a.kind === 'belief') && NP_START.has(next.pos) && objectThenTo(c, after)) start = after;
    else {
      const trailing = contentBeforeIfTrailing(c);
      const learned = trailing ? undefined : learnedComplement(c);
      return learned ? { ...learned, learned: true } : trailing;
    }
  }
  return spanUntilStop(c, start);
}

/**
 * Last, when no construction read a clause: the complement right after the cue, if the counted
 * table (`cues/anchorComplements.ts`) keeps the cue's lemma with that kind of complement
 * ("sought a recount", "urged them to vote"). An object or a preposition's object is the topic of the act.
 * Like a learned cue's, its report credits only a named holder or a group (sieve 07).
 */
function tableComplement(ctx: ClauseCtx): ReportedSpan | null {
  // (Its reports credit only a named holder, as a learned cue's do (sieve 07 checks the speaker), or people
  // named in the plural ("Voters want …"), not a phrase no entity stands for that names no people ("the
  // massacres saw …"), nor the writer, whom "I" would make an entity of before the report is given up.)
  if ((ctx.source.mention < 0 && !peoplePlural(ctx.tokens[ctx.source.last - 1]?.lower ?? '')) || (FIRST_PERSON.has(ctx.tokens[ctx.source.first]?.lower ?? '') && ctx.source.last - ctx.source.first === 1)) return null;
  const found = readAnchorComplement(ctx);
  if (found === null || complementRowFor(ctx.a, found.kind) === undefined) return null;
  const topic = found.kind === 'np' || found.kind === 'obj+of' || found.kind.startsWith('prep:');
  return topic ? { ...found.span, topic: true, learned: true, counted: true } : { ...found.span, learned: true, counted: true };
}

/** The offset of the end of the word before the first comma after token k in the cue's sentence, if any. */
function commaAfter(c: OpenClause, k: number): number | undefined {
  const { tokens, sentence } = c;
  for (let x = k + 1; x < sentence.last; x++) if (tokens[x]!.value === ',') return tokens[x - 1]!.end;
  return undefined;
}
