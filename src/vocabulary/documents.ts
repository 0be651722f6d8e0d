/**
 * Documents, written things and recordings: what a source phrase may name instead of a person
 * ("a statement released by …", "the sign read", "footage of the mayor saying"). Origin: written by
 * hand for plaudit's attribution stage; moved here from 3-attribution/source/nounPhrase.ts
 * (DOCUMENTS, MEDIA_NOUNS), 3-attribution/speaker.ts (WRITTEN), reported/objectReports.ts
 * (PICTURES) and sieves/07-reportedSpeech.ts (DOCUMENT_WORDS, now DOCUMENT_NAME_ENDINGS).
 *
 * **Differences kept (membership unchanged, snapshot 0 of 117 changed):** each list is compared
 * in its own way and for its own rule, so they are not views of one another.
 * - `DOCUMENTS` and `MEDIA_NOUNS` are word forms (token.lower, plurals listed); `PICTURES` is
 *   lemmas; `DOCUMENT_NAME_ENDINGS` is matched against an entity name's last word less a final "s".
 * - `MEDIA_NOUNS` (recordings that show their speaker: "a video of the senator asking") and
 *   `PICTURES` (things an evidence verb cannot report from: "the footage shows the crowd") share
 *   footage video clip image photo picture; only `MEDIA_NOUNS` has recording audio tape film, only
 *   `PICTURES` photograph map camera.
 * - `DOCUMENT_NAME_ENDINGS` is 7 words of `DOCUMENTS` ∪ `MEDIA_NOUNS` and "piece": the names a short list
 *   written for the gate that keeps a finding from a document typed as a person. Widening it to the union is a behaviour
 *   change (a person's name ending in "note" or "count"), to be measured with the scorers.
 * The evidence subjects of the cue matcher (`EVIDENCE_NOUNS`, 3-attribution/cues/matchCue.ts,
 * lemmas) are a fourth list that belongs to its rule: a subject that makes "show"/"find" a cue.
 */

/** Documents whose author is the real source: "a statement released by …", "a report from …". */
export const DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'report', 'letter', 'release', 'memo', 'filing', 'tweet', 'post', 'document', 'communique', 'communiqué', 'readout', 'transcript', 'message', 'note', 'announcement',
  'poll', 'survey', 'study', 'analysis', 'review', 'investigation', 'audit', 'estimate', 'estimates', 'data', 'figures', 'research', 'findings', 'reports', 'records', 'documents',
  'tally', 'count', 'calculations', 'projections', 'forecast', 'ranking', 'rankings']);

/** Written things that speak in the writer's text besides documents: "the sign read", "the ad says". */
export const WRITTEN: ReadonlySet<string> = new Set(['sign', 'signs', 'ad', 'ads', 'email', 'banner', 'poster', 'placard', 'headline', 'editorial', 'website', 'page', 'card', 'flyer', 'leaflet', 'mailer', 'caption', 'slogan', 'shirt', 't-shirt']);

/** Recordings that show their speaker, as word forms: "footage of the mayor saying", "a video of the senator asking". */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set(['footage', 'video', 'videos', 'clip', 'clips', 'recording', 'recordings', 'audio', 'tape', 'tapes', 'image', 'images', 'photo', 'photos', 'picture', 'pictures', 'film']);

/** Things that show what they picture, not a finding, as lemmas: "the footage shows the crowd" reports nothing. */
export const PICTURES: ReadonlySet<string> = new Set(['footage', 'video', 'photo', 'photograph', 'picture', 'image', 'clip', 'map', 'camera']);

/** Last words (a final "s" dropped) that make a name a document or a clip, never a person ("the Harbor Institute report", "video"). */
export const DOCUMENT_NAME_ENDINGS: ReadonlySet<string> = new Set(['report', 'video', 'statement', 'clip', 'piece', 'post', 'tweet', 'footage']);

/** Exchanges whose words are those of the people they were held with: "according to interviews with party leaders". */
export const EXCHANGES: ReadonlySet<string> = new Set(['interview', 'interviews', 'conversation', 'conversations', 'discussion', 'discussions', 'talks', 'exchange', 'exchanges', 'correspondence']);
