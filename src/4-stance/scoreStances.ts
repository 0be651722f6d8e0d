/**
 * Stage 4, stances: what each speaker says about each entity named in their own words. Each
 * utterance with a speaker is read (scoring/targets.ts), its evaluative words found and
 * assigned to a holder and a target (assignHits.ts), and the evidence credited in this order:
 *   1. frameEvidence       'X is "…"': a partial quote completing the writer's sentence about X   scoring/frame.ts
 *   2. cueEvidence         "X criticized Y's plan": an evaluative cue before indirect speech      scoring/cue.ts
 *      precedingAct        "X slammed Y, saying …": the speaker's act before a participle cue      scoring/precedingAct.ts
 *      cueObjectBefore     'X accused Y “of …”': the cue's object before the reported words        scoring/cueObject.ts
 *      demandedExit        "X called on Y to resign", "X demanded Y's resignation"                 scoring/demandedExit.ts
 *   3. heldEvaluations     the hits inside, by who holds them (a public, "voters", only by verbs
 *                          and evaluations of people: scoring/publics.ts)                         scoring/heldEvaluations.ts
 *   4. implicitActs        harm or care done by a target: "X keeps blocking the aid", care denied
 *                          ("X refused to listen"), harm caused ("X fuelled the violence")       scoring/implicitActs.ts
 *      harmsBy             a harm done by a target, in the passive: "the abuses committed by X"   scoring/implicitActs.ts
 *      qualitiesOf         a quality named as the target's: "the courage of X", "X's menacing …"  scoring/implicitActs.ts
 *      stratagemsOf        a move called a stratagem of the target: "a plot by X", "X's tactics"   scoring/implicitActs.ts
 *   5. grammaticalTargets  subjects and objects without polar evidence (neutral stances)          scoring/heldEvaluations.ts
 *   6. learnedEvidence     the learned target model's reading of each target                      scoring/learned.ts
 * then the drafts become stances (scoring/emit.ts: the lexicon's sum and the model combined),
 * one stance per piece of evidence (withoutRepeats: a speaker's own quote nested in their
 * indirect speech is read by both), shared by joint speakers.
 *
 * The reported acts of the writer's prose between two entities ("X blamed Y for …", "Y was
 * praised by X") are read after these steps, by the directed model (stancesWithActs.ts,
 * scoring/learnedActs.ts), for names outside anyone's words. (An earlier step, removed at
 * adfd8c7, read them without the holder's syntax and lowered gold/dev stance F1 from 62.5 to
 * 60.2 when carried by the sentence alone; the present one carries an act with no utterance of
 * its holder by a `topic` utterance of its own, and checks who holds the act.)
 * Also not in the pipeline: the directed model read between the speaker's own mention and a target
 * of the same sentence of indirect speech ("X said Y did not …"), for targets without polar
 * evidence. Measured 2026-12-06: gold/dev stance F1 73.2 → 63.8 / 68.2 / 69.8 with the model's
 * probability ≥ 0.5 / 0.7 / 0.85, 6 newest 50.0 → 44.4 / 47.1 / 48.5: the model, trained on
 * pairs of names, does not read what a speaker says of the subject of their reported clause
 * ("[Smith] said [Jones] supports the militias" comes out as Jones praising Smith).
 */
import type { Stance } from '../model/index.js';
import { assignHits } from './assignHits.js';
import { Accumulators } from './scoring/accumulate.js';
import { cueEvidence } from './scoring/cue.js';
import { precedingAct } from './scoring/precedingAct.js';
import { cueObjectBefore } from './scoring/cueObject.js';
import { demandedExit } from './scoring/demandedExit.js';
import { emitStances, withCoSpeakers, withoutRepeats, type StanceDraft } from './scoring/emit.js';
import { frameEvidence, frameTarget } from './scoring/frame.js';
import { grammaticalTargets, heldEvaluations } from './scoring/heldEvaluations.js';
import { harmsBy, implicitActs, qualitiesOf, stratagemsOf } from './scoring/implicitActs.js';
import { lexiconHits } from './lexicon.js';
import { learnedEvidence } from './scoring/learned.js';
import { judgedPublics, publicEntities } from './scoring/publics.js';
import { articleTargets, readUtterance, standsForThing, type ArticleTargets } from './scoring/targets.js';
import type { StanceInput } from './types.js';

/**
 * What each speaker says about each entity mentioned in their own words. For every utterance
 * with a speaker, the targets are the entity mentions inside it (pronouns resolved by the entity
 * stage included; a place named as where something happens, "the talks in Lisbon", is none,
 * nor a name that modifies a facility, "the Northgate pipeline": scoring/locative.ts, facility.ts); first-person pronouns inside the quote are the speaker, and a speaker's
 * evaluation of themself is not a stance. Words of an embedded quote belong to the embedded
 * speaker, so they are left out of the outer utterance. Evaluations held by someone else named
 * inside the quote ("X slammed Y", reported) are not the speaker's, unless they are aimed at the
 * speaker ("they attacked us" is the speaker's criticism of them).
 *
 * Neutral stances are emitted for entities that are the subject or object of a clause of the
 * utterance and receive no polar evidence: the speaker talked about them without judging them.
 * Entities merely mentioned elsewhere in the quote get nothing.
 *
 * Stance ids are `s1`, `s2`, … in text order (utterance, then target mention).
 *
 * @example
 * scoreStances({ doc, utterances, entities }); // [{ id: 's1', source: {…Trump}, target: {…Putin}, polarity: 'praise', … }]
 */
export function scoreStances(input: StanceInput): Stance[] {
  return stancesOfUtterances(input, articleTargets(input.entities, input.placeOfAdjective, input.doc.text));
}

/** scoreStances with the article's targets already read (stancesWithActs reads them once for both steps). */
export function stancesOfUtterances(input: StanceInput, article: ArticleTargets): Stance[] {
  const { doc, utterances, entities } = input;
  const tokens = doc.tokens;
  if (tokens.length === 0) return [];
  const drafts: StanceDraft[] = [];
  const sortedU = [...utterances].sort((x, y) => x.start - y.start || y.end - x.end);
  const publics = publicEntities(entities);
  for (let ui = 0; ui < sortedU.length; ui++) {
    const r = readUtterance(doc, sortedU, ui, article);
    if (!r) continue;
    // ('calling it "…"' after "defended the plan": the quote names a thing, not an entity.)
    const framed = frameTarget(tokens, article.mentions, r);
    const frame = framed && !standsForThing(doc, article, r.speakerId, framed) ? framed : undefined;
    const accs = new Accumulators(tokens, doc.text);
    // (Before the reported words: "X slammed Y, saying …" judges Y whatever the words name.)
    precedingAct(doc, r, article, accs);
    cueObjectBefore(doc, r, article, accs);
    if (r.targets.length === 0 && !frame) {
      for (const [key, acc] of accs.byKey) drafts.push({ u: r.u, target: key, acc });
      continue;
    }
    // A public ("voters", "the American people") is judged only by verbs and evaluations of people (publics.ts).
    const assigned = judgedPublics(assignHits(tokens, r.uf, r.ul, r.slots, r.skip), publics);
    if (frame) frameEvidence(tokens, r, frame, assigned, accs);
    cueEvidence(doc, r, accs);
    heldEvaluations(tokens, r, assigned, accs);
    // (After the held evaluations: the lexicon's own "step down" is not counted twice.)
    demandedExit(doc, r, accs);
    implicitActs(tokens, r, assigned, accs);
    harmsBy(tokens, r, assigned, accs);
    const credited = qualitiesOf(tokens, r, lexiconHits(tokens, r.uf, r.ul).filter((h) => h.kind === 'eval' || h.kind === 'phrase' || (h.kind === 'base' && Math.abs(h.weight) >= 2 && tokens[h.first]!.pos === 'ADJ' && tokens[h.last]?.pos === 'NOUN')), assigned, accs);
    stratagemsOf(tokens, r, credited, accs);
    grammaticalTargets(tokens, r, accs);
    learnedEvidence(doc, r, accs);
    for (const [key, acc] of accs.byKey) drafts.push({ u: r.u, target: key, acc });
  }
  const spoken = withoutRepeats(emitStances(drafts, entities, article.unnamed, input));
  const all = [...spoken].sort((x, y) => (x.targetMention?.start ?? 0) - (y.targetMention?.start ?? 0));
  return withCoSpeakers(all.map((s, k) => ({ ...s, id: `s${k + 1}` })), sortedU);
}
