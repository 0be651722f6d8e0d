// Runs stages 1 and 2 on an invented text and prepares the stage-3 state, so a test can call one sieve directly.
import { segment } from '../../../src/1-segment/segment.js';
import { builtinKnowledge } from '../../../src/2-entities/knowledge/builtin.js';
import { indexKnowledge } from '../../../src/2-entities/knowledgeIndex.js';
import { mentionsAndDatelines } from '../../../src/2-entities/datelines.js';
import { resolveEntities } from '../../../src/2-entities/resolve.js';
import { prepareAttribution } from '../../../src/3-attribution/attribute.js';
import type { Source } from '../../../src/3-attribution/source.js';
import type { AttributionState } from '../../../src/3-attribution/state.js';

const kb = indexKnowledge(builtinKnowledge());

/** The stage-3 state of `text` before any sieve ran. */
export function prepare(text: string): AttributionState {
  const seg = segment(text);
  const ents = resolveEntities(seg, mentionsAndDatelines(seg, kb).mentions, kb, undefined);
  return prepareAttribution(seg, ents).st;
}

/** The words of a span of the state's text. */
export function words(st: AttributionState, span: { start: number; end: number } | undefined | null): string | null {
  return span ? st.text.slice(span.start, span.end) : null;
}

/** The source phrase found for the cue whose words start with `cue` (its first token). */
export function sourceOfCue(st: AttributionState, cue: string): string | null {
  const ai = st.anchors.findIndex((a) => st.tokens[a.first]!.lower === cue.toLowerCase());
  if (ai < 0) return 'no such cue';
  const s: Source | null = st.sources[ai]!;
  return words(st, s?.span);
}
