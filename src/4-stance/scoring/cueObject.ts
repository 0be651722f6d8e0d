import type { TokenDoc } from '../../adapters/wink.js';
import type { MentionSlot } from '../assignHits.js';
import { lexiconHits } from '../lexicon.js';
import { tokenRange } from '../tokenRange.js';
import type { Accumulators } from './accumulate.js';
import { coordinated } from './coordination.js';
import { cueJudgement } from './cueJudgement.js';
import { lowerBound, type ArticleTargets, type UtteranceReading } from './targets.js';

/** The most tokens between an evaluative cue and its object ("lashed out at the"). */
const LEAD_GAP = 3;
/** What may stand between the cue and its object: articles, possessives and prepositions. */
const LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'ADP', 'PRON']);

/**
 * 'accused Acme “of hiding the losses”', 'labelled Ross “a fraud”', "hit back at Ross's claim
 * that …": an evaluative cue whose object stands between the cue and the reported words (a
 * partial quote or a clause that starts after the object). The object is outside the utterance,
 * so the utterance's own targets miss it; the cue's sign (a verb of the stance lexicon, else the
 * attribution lexicon's, cueJudgement.ts) judges it on behalf of the speaker, and each mention
 * coordinated with it. Only articles, possessives and prepositions may stand between the cue and
 * the object, and the object ends before the reported words. A negated or passive cue ("was
 * ridiculed for …") judges nothing here.
 */
export function cueObjectBefore(doc: TokenDoc, r: UtteranceReading, article: ArticleTargets, accs: Accumulators): void {
  const { u, speakerId } = r;
  if (!u.cue || u.start - u.cue.end <= 2 || u.cue.end > u.start) return;
  const t = doc.tokens;
  const [cf, cl] = tokenRange(doc, u.cue);
  if (t[cl - 1]!.negated || passive(doc, cf)) return;
  const mentions: MentionSlot[] = [];
  for (let mi = lowerBound(article.mentions, u.cue.end); mi < article.mentions.length && article.mentions[mi]!.end <= u.start; mi++) {
    const m = article.mentions[mi]!;
    const [f, l] = tokenRange(doc, m);
    if (l > f && t[f]!.sentence === t[cf]!.sentence) mentions.push({ first: f, last: l, key: m.entityId });
  }
  const object = mentions[0];
  if (!object || object.key === speakerId || object.first - cl > LEAD_GAP) return;
  for (let k = cl; k < object.first; k++) if (!LEAD_TAGS.has(t[k]!.pos)) return;
  const verbs = lexiconHits(t, cf, cl).filter((h) => h.kind === 'verb');
  const judgement = verbs.length ? 0 : cueJudgement(t, cf, cl);
  if (verbs.length === 0 && judgement === 0) return;
  for (const m of coordinated(t, mentions, object)) {
    if (m.key === speakerId || article.unnamed.has(m.key)) continue;
    for (const h of verbs) accs.add(m, h, h.weight);
    if (judgement !== 0) accs.add(m, { first: cf, last: cl }, judgement);
  }
}

/** "was widely ridiculed for …": a cue in the passive has its holder after "by", not before it. */
function passive(doc: TokenDoc, cf: number): boolean {
  const t = doc.tokens;
  let k = cf - 1;
  while (k >= 0 && t[k]!.pos === 'ADV') k--;
  return k >= 0 && (t[k]!.lemma === 'be' || t[k]!.lemma === 'get');
}
