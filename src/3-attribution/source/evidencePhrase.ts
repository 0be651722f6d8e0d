// The whole subject of a finding: "A blend of the weekly surveys by the Ledger shows", "A survey by the union in March found".
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { isEvidenceNoun } from '../cues/matchCue.js';
import { POSSESSIVES } from '../../vocabulary/pronouns.js';
import { MEDIA_NOUNS } from '../../vocabulary/documents.js';
import { SUBORDINATING } from '../../vocabulary/subordinators.js';

/** Longest walk (in tokens) from the preposition before the source back to the evidence noun. */
const MAX_EVIDENCE_REACH = 12;
/** Longest run of determiners and modifiers before the evidence noun ("the most recent Ohio"). */
const MAX_MODIFIERS = 5;

/** May token t stand between an evidence noun and the preposition's object ("of recent polls by", "taken in", "from 2011")? */
function insidePhrase(t: Token): boolean {
  if (SUBORDINATING.has(t.lower)) return false;
  if (isEvidenceNoun(t) || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') return true;
  // A reduced relative: "polls taken in Ohio", "a study released on Monday".
  return t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower);
}

/** May token t open or modify the evidence noun's phrase ("The most recent", "Friday's", "a new")? */
function modifier(t: Token): boolean {
  return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || (t.pos === 'NOUN' && !isEvidenceNoun(t)) || POSSESSIVES.has(t.lower) ||
    /^['\u2019]s?$/.test(t.value) || (t.pos === 'ADV' && (t.lower === 'most' || t.lower === 'more'));
}

/**
 * The subject of an evidence verb ("show", "find") that the source reader cut at a preposition
 * inside it: "A blend of the weekly surveys by the Ledger shows", "A survey by the union in March
 * found", "The latest polling in Ohio shows". PolNeAR credits the
 * whole phrase, the poll or the study; its preposition's object ("Gallup", "the group", "Ohio")
 * is no holder, and the finding stood unsourced (`uncreditedFinding` of sieve 07). The phrase from
 * the evidence noun's first modifier (past "<noun> of", "A blend of") to the end of the source;
 * the source unchanged when no evidence noun heads it within the sentence, past no comma, quote or
 * finite verb. (Not a recording, "a video of the rally shows …": sieve 07 decides what a
 * recording's finding is, `documentAsPerson`; crediting it lost a finding on PolNeAR dev.)
 */
export function evidencePhrase(seg: Segmentation, a: Anchor, s: Source | null): Source | null {
  if (!s || a.evidence !== true) return s;
  const tokens = seg.doc.tokens;
  // ("by the Ledger": the mention may leave its determiner out.)
  let p = s.first - 1;
  while (p > 0 && tokens[p]!.pos === 'DET' && s.first - p <= 2) p--;
  const prep = tokens[p];
  if (!prep || prep.pos !== 'ADP' || SUBORDINATING.has(prep.lower) || prep.sentence !== tokens[a.first]!.sentence) return s;
  const sentence = prep.sentence;
  let head = -1;
  for (let k = p; k >= 0 && p - k <= MAX_EVIDENCE_REACH; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || seg.quoteOf[k]! >= 0 || (k < p && !insidePhrase(t))) break;
    if (isEvidenceNoun(t) && !MEDIA_NOUNS.has(t.lower) && (tokens[k + 1]!.pos === 'ADP' || tokens[k + 1]!.pos === 'VERB')) head = k;
  }
  if (head < 0) return s;
  let first = head;
  for (;;) {
    while (first > 0 && head - first < MAX_MODIFIERS && tokens[first - 1]!.sentence === sentence && seg.quoteOf[first - 1]! < 0 && modifier(tokens[first - 1]!)) first--;
    // "A blend of the weekly surveys", "a majority of the studies": the noun the share is of.
    const of = tokens[first - 1];
    // (wink may tag the noun before "of" an adjective: "A mean of …".)
    const share = tokens[first - 2];
    if (of?.lower !== 'of' || !share || share.sentence !== sentence || (share.pos !== 'NOUN' && share.pos !== 'ADJ')) break;
    first -= 2;
  }
  // (Itself after a preposition, "in a poll by the paper, voters found": no subject of the verb.)
  const before = tokens[first - 1];
  if (before && before.sentence === sentence && before.pos === 'ADP' && !SUBORDINATING.has(before.lower)) return s;
  return { span: { start: tokens[first]!.start, end: s.span.end }, mention: -1, first, last: s.last, how: 'subject', named: { start: tokens[first]!.start, end: tokens[head]!.end } };
}

