import type { TokenDoc } from '../../adapters/wink.js';
import type { Entity, Evidence, Stance, Utterance } from '../../model/index.js';
import { classifyDirected } from '../directedModel.js';
import { lexiconHits } from '../lexicon.js';
import { tokenRange } from '../tokenRange.js';
import type { StanceInput } from '../types.js';
import { round } from '../../util/round.js';
import type { ArticleTargets } from './targets.js';

/**
 * Probability of a polar class of the directed model above which a reported act becomes a
 * stance: chosen on directed/valid.txt, where the model's polar decisions at p ≥ 0.8 are polar in
 * the data 86.7 % of the time (p ≥ 0.6: 81.6 %, p ≥ 0.9: 90.1 %).
 */
export const ACT_CONFIDENT = 0.8;

/** How far past the second mention an evaluation still reads on the pair ("X called Y's decision bold and wise"). */
const AFTER = 6;

/** Prepositions after which a name is the setting of an act (place, medium, time), neither its holder nor its target. */
const SETTING = new Set(['on', 'in', 'at', 'via', 'across', 'through', 'during', 'into', 'near', 'inside', 'outside']);

/** Mentions farther apart than this many words are seldom one act of one on the other (and the model reads no such pair). */
const MAX_GAP = 20;

/** Sentences with more entity mentions than this are lists, not acts of one name on another. */
const MAX_MENTIONS = 6;

/**
 * Step 6, reportedActs: acts the writer reports between two entities of one sentence ("X praised
 * Y's decision", "X blamed Y for the shortages", "X accused Y of lying", "X thanked Y for her
 * leadership", "X condemned the ruling of Y"), read by the directed stance model (trained on
 * 13,144 labelled news sentences) on every pair of mentions of two different entities outside
 * quotation marks. The holder must be able to act (a judgeable entity); pronouns and possessives
 * count through the entities they were resolved to. The stance is carried by the utterance of the
 * holder in that sentence ("X accused Y of lying", "X praised Y, saying …"); an act with no
 * utterance of the holder's in its sentence is left out, since every stance names its utterance. The model decides; a stance needs words of
 * the lexicon's act verbs, phrases or evaluations of its sign between the two mentions or just
 * after the second, and those words are its evidence.
 */
export function reportedActs(doc: TokenDoc, utterances: readonly Utterance[], entities: readonly Entity[], article: ArticleTargets, input: StanceInput): Stance[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const quoted = utterances.filter((u) => u.kind !== 'indirect');
  const inQuote = (start: number) => quoted.some((u) => start >= u.start && start < u.end);
  const inReported = (start: number) => utterances.some((u) => start >= u.start && start < u.end);
  const out: Stance[] = [];
  const seen = new Set<string>();
  let mi = 0;
  const mentions = article.mentions;
  doc.sentences.forEach((s, si) => {
    const own: { first: number; last: number; entityId: string }[] = [];
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) {
      const m = mentions[k]!;
      if (m.end > s.end || article.unnamed.has(m.entityId) || !byId.has(m.entityId) || inQuote(m.start)) continue;
      const [f, l] = tokenRange(doc, m);
      // "criticised the decision on Twitter", "in Russia": a name after a preposition of place or medium is where, not whom.
      if (l > f && !SETTING.has(doc.tokens[f - 1]?.lower ?? '')) own.push({ first: f, last: l, entityId: m.entityId });
    }
    if (own.length < 2 || own.length > MAX_MENTIONS) return;
    // The words that can carry an act: verbs, phrases and evaluations of the lexicon, not its base sentiment words.
    const hits = lexiconHits(doc.tokens, s.first, s.last).filter((h) => h.kind !== 'base');
    if (hits.length === 0) return;
    for (let a = 0; a < own.length; a++) {
      for (let b = a + 1; b < own.length; b++) {
        const x = own[a]!;
        const y = own[b]!;
        if (x.entityId === y.entityId || y.first < x.last || y.first - x.last > MAX_GAP) continue;
        // Only a pair with an act word between or just after it can become a stance: the model reads no other.
        const onPair = (h: (typeof hits)[number]) => h.first >= x.last && h.first < Math.min(s.last, y.last + AFTER);
        if (!hits.some(onPair)) continue;
        const d = classifyDirected(doc, [x.first, x.last], [y.first, y.last]);
        if (d.label === 'none') continue;
        const p = Math.max(...d.probabilities);
        if (p < ACT_CONFIDENT || d.cues.length === 0) continue;
        const firstHolds = d.label.startsWith('first');
        const praise = d.label.includes('Praises');
        const holder = firstHolds ? x : y;
        const target = firstHolds ? y : x;
        // The holder acts in the writer's words, not inside someone's reported words; a holder
        // after its target is the agent of a passive ("Y was praised by X").
        if (inReported(doc.tokens[holder.first]!.start)) continue;
        if (!firstHolds && doc.tokens[holder.first - 1]?.lower !== 'by') continue;
        const key = `${si}|${holder.entityId}|${target.entityId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const source = byId.get(holder.entityId)!;
        const aim = byId.get(target.entityId)!;
        const carrier = utterances.find((u) => u.speaker?.entityId === source.id && u.start < s.end && u.end > s.start);
        // A stance is carried by an utterance (Stance.utteranceId): an act with no words of the holder's in its sentence waits for a sentence-level carrier in the model.
        if (!carrier) continue;
        const evidence: Evidence[] = hits
          .filter((h) => Math.sign(h.weight) === (praise ? 1 : -1) && onPair(h))
          .map((h) => {
            const a0 = doc.tokens[h.first]!;
            const b0 = doc.tokens[h.last - 1]!;
            return { start: a0.start, end: b0.end, text: doc.text.slice(a0.start, b0.end), weight: round(h.weight) };
          });
        if (evidence.length === 0) continue;
        const tm = doc.tokens[target.first]!;
        out.push({
          id: '',
          utteranceId: carrier.id,
          source: { entityId: source.id, name: source.name },
          target: { entityId: aim.id, name: aim.name },
          polarity: praise ? 'praise' : 'criticism',
          score: round(praise ? p : -p),
          evidence,
          targetMention: { start: tm.start, end: doc.tokens[target.last - 1]!.end },
          ...(input.articleId !== undefined ? { articleId: input.articleId } : {}),
          ...(input.date !== undefined ? { date: input.date } : {}),
        });
      }
    }
  });
  return out;
}
