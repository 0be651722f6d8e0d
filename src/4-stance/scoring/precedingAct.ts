import type { TokenDoc } from '../../adapters/wink.js';
import type { MentionSlot } from '../assignHits.js';
import { lexiconHits } from '../lexicon.js';
import { tokenRange } from '../tokenRange.js';
import type { Accumulators } from './accumulate.js';
import { coordinated } from './coordination.js';
import { lowerBound, type ArticleTargets, type UtteranceReading } from './targets.js';

/** How far back from the comma the act's verb may stand (tokens). */
export const ACT_REACH = 10;
/** The most tokens between the act's verb and its object ("criticized the Acme board"). */
const OBJECT_GAP = 3;
/** The most tokens between the speaker's mention and the act's verb ("has repeatedly", "did"). */
const SUBJECT_GAP = 3;
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/**
 * "the mayor criticized the paper, claiming it twists facts", "Lee slammed Ross, saying he had made a costly
 * mistake", "Kim rebuked Ortiz, calling her selfish": the speaker's utterance is the participle
 * after the comma, and the act of praise or criticism that it explains stands before the comma,
 * outside the reported words. When the utterance's cue is a participle right after a comma and the
 * clause before the comma is the speaker (a mention of theirs) + a verb of praise or criticism +
 * its object (a mention, and the mentions coordinated with it), the verb judges the object on
 * behalf of the speaker. A negated verb ("did not criticize") judges nothing here.
 */
export function precedingAct(doc: TokenDoc, r: UtteranceReading, article: ArticleTargets, accs: Accumulators): void {
  const { u, speakerId } = r;
  if (!u.cue || u.kind !== 'indirect') return;
  const t = doc.tokens;
  const [cf] = tokenRange(doc, u.cue);
  let comma = cf - 1;
  while (comma > 0 && t[comma]!.pos === 'ADV') comma--;
  if (t[comma]?.value !== ',' || !t[cf]!.lower.endsWith('ing')) return;
  const sentence = t[comma]!.sentence;
  const from = Math.max(0, comma - ACT_REACH);
  const mentions = mentionsIn(doc, article, from, comma, sentence);
  if (mentions.length < 2) return;
  const hits = lexiconHits(t, from, comma).filter((h) => h.kind === 'verb' && t[h.first]!.pos === 'VERB' && !t[h.first]!.negated && !h.prohibited);
  const hit = hits[hits.length - 1];
  if (!hit) return;
  // The subject: the speaker's own mention right before the verb, past auxiliaries and adverbs.
  const subject = mentions.filter((m) => m.last <= hit.first).pop();
  if (!subject || subject.key !== speakerId || hit.first - subject.last > SUBJECT_GAP) return;
  for (let k = subject.last; k < hit.first; k++) if (!BETWEEN_SUBJECT_AND_VERB.has(t[k]!.pos)) return;
  // The object: the first mention after the verb, with no verb or clause break before it.
  const after = mentions.filter((m) => m.first >= hit.last);
  const object = after[0];
  if (!object || object.key === speakerId || object.first - hit.last > OBJECT_GAP) return;
  for (let k = hit.last; k < object.first; k++) if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX' || t[k]!.pos === 'PUNCT') return;
  for (const m of coordinated(t, after, object)) if (m.key !== speakerId && !article.unnamed.has(m.key)) accs.add(m, hit, hit.weight);
}

/** The entity mentions of the article within tokens [from, to) of one sentence, as slots. */
function mentionsIn(doc: TokenDoc, article: ArticleTargets, from: number, to: number, sentence: number): MentionSlot[] {
  const t = doc.tokens;
  const out: MentionSlot[] = [];
  const start = t[from]!.start;
  const end = t[to]!.start;
  for (let mi = lowerBound(article.mentions, start); mi < article.mentions.length && article.mentions[mi]!.start < end; mi++) {
    const m = article.mentions[mi]!;
    if (m.end > end) continue;
    const [f, l] = tokenRange(doc, m);
    if (l <= f || t[f]!.sentence !== sentence) continue;
    out.push({ first: f, last: l, key: m.entityId });
  }
  return out;
}
