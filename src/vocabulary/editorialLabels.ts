/**
 * Words editors put before a colon: notes, captions, credits, page furniture, form fields and
 * exclamations heading an item ("Update:", "Photo credit:", "Related:", "Name: … Age: …", "Wow:"). A label made of them is never a
 * speaker. Origin: written by hand for plaudit from general news-page usage; unifies the
 * editorial labels of `3-attribution/sieves/10-headlineLabels.ts` and the not-label words of
 * `1-segment/transcript.ts`, which were two near-copies of this list.
 */
export const EDITORIAL_LABELS: ReadonlySet<string> = new Set([
  // notes and corrections
  'note', 'update', 'updated', 'correction', 'clarification', 'editor', "editor's", 'editors', 'disclaimer', 'disclosure', 'warning', 'breaking',
  // pictures and credits
  'photo', 'photos', 'image', 'video', 'caption', 'credit', 'credits', 'map', 'chart', 'poll', 'quiz',
  // links and page furniture
  'watch', 'read', 'listen', 'related', 'more', 'also', 'see', 'source', 'sources', 'share', 'subscribe', 'advertisement',
  'tags', 'topics', 'category', 'posted', 'published', 'live', 'exclusive',
  // section labels
  'background', 'context', 'analysis', 'opinion',
  // what the text below is ("Transcript: Press conference by …", "Excerpts: …")
  'transcript', 'transcripts', 'excerpt', 'excerpts', 'summary', 'highlights', 'recap', 'timeline',
  // form fields
  'name', 'age', 'city', 'job',
  // exclamations heading a page's item ("Wow: …", "Bombshell: …")
  'wow', 'bombshell', 'boom', 'whoa', 'yikes', 'ouch',
]);

/**
 * Transcript labels that stand for whoever asks: "Q", "Question", "Reporter", "Interviewer"
 * ("Interview:" heads the interviewer's own lines). Read by 1-segment/transcript.ts.
 */
export const QUESTION_LABELS: ReadonlySet<string> = new Set(['q', 'question', 'reporter', 'journalist', 'interview', 'interviewer']);

/** The labels of a question and its answer ("Q:", "A:", "Question:", "Answer:"): in a headline, no speaker's name. */
export const INTERVIEW_LABELS: ReadonlySet<string> = new Set(['q', 'a', 'question', 'answer']);

/** View for a line opened by a name and a colon: editorial labels and interview labels. */
export const NOT_HEADLINE_SPEAKERS: ReadonlySet<string> = new Set([...EDITORIAL_LABELS, ...INTERVIEW_LABELS]);
