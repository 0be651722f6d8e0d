// The order of the sieves of stage 3 (who said what), most reliable first. Read this file to find a rule.
import type { Sieve } from './state.js';
import { transcriptTurns } from './sieves/01-transcriptTurns.js';
import { directQuotes } from './directQuotes.js';
import { embeddedQuotes } from './sieves/06-embeddedQuotes.js';
import { reportedSpeech } from './sieves/07-reportedSpeech.js';
import { leadIns } from './sieves/08-leadIns.js';
import { raising } from './sieves/09-raising.js';
import { headlineLabels } from './sieves/10-headlineLabels.js';

/**
 * The sieves in the order they run. Direct quotes go first, in the quote-attribution
 * literature's order (`directQuotes.ts` applies to each quote, in turn: 02 a cue right after
 * it, 03 a cue before it in its sentence, 04 a dash or colon label, then 05 the conversation:
 * a run-on part, the sentence before, the last speaker, the paragraph's only person). Then
 * reported speech, which never takes a span a quote holds; then the constructions that only
 * fill what is left. After them `attributeUtterances` drops the folded drafts and resolves the
 * pronouns inside the utterances (`quotePronouns.ts`).
 */
export const SIEVES: readonly { readonly name: string; readonly run: Sieve }[] = [
  /** 01 "SMITH: …" lines of a transcript. */
  { name: 'transcript-turns', run: transcriptTurns },
  /** 02–05 each top-level speech quote: cue after, cue before, label, conversation. */
  { name: 'direct-quotes', run: directQuotes },
  /** 06 quotes inside quotes. */
  { name: 'embedded-quotes', run: embeddedQuotes },
  /** 07 "X said (that) …", "…, X said", "according to X, …". */
  { name: 'reported-speech', run: reportedSpeech },
  /** 08 the writer's lead-in to a partial quote. */
  { name: 'lead-ins', run: leadIns },
  /** 09 "is expected to", "seemed unmoved". */
  { name: 'raising', run: raising },
  /** 10 "Issa: …" headline labels. */
  { name: 'headline-labels', run: headlineLabels },
];
