import { analyze } from '../../src/index.js';
import { readTokens } from '../../src/adapters/wink.js';
import type { StanceInput } from '../../src/4-stance/stance.js';
import type { Entity, Span, Utterance } from '../../src/model/index.js';

/** Every occurrence of `needle` in `text` as a span (whole words only). */
export function spansOf(text: string, needle: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`\\b${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + needle.length });
  return out;
}

export function spanOf(text: string, needle: string, occurrence = 1): Span {
  const s = spansOf(text, needle)[occurrence - 1];
  if (!s) throw new Error(`"${needle}" not in "${text}"`);
  return s;
}

/**
 * A StanceInput for one quote: `quote` is the utterance text (its first occurrence), said by
 * `speaker`; `entities` maps an entity name to the strings that mention it (names, pronouns).
 */
export function stanceInput(text: string, quote: string, speaker: string, entities: Record<string, string[]>): StanceInput {
  const ents: Entity[] = Object.entries(entities).map(([name, forms], k) => ({
    id: `e${k + 1}`,
    name,
    type: 'person',
    aliases: [],
    mentions: forms.flatMap((f) => spansOf(text, f)),
  }));
  const sp = ents.find((e) => e.name === speaker);
  if (!sp) throw new Error(`speaker ${speaker} is not among the entities`);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text`);
  const u: Utterance = {
    id: 'u1',
    start,
    end: start + quote.length,
    text: quote,
    // A quote opening the text is direct, one after a mark inside the sentence partial, else reported.
    kind: start <= 1 ? 'direct' : /["“‘']$/.test(text.slice(0, start)) ? 'partial' : 'indirect',
    speaker: { entityId: sp.id, name: sp.name },
    sentiment: { score: 0, comparative: 0 },
    confidence: 1,
  };
  return { doc: readTokens(text), utterances: [u], entities: ents };
}

/** The praise and criticism `analyze` finds in `text`, as "source>target:polarity". */
export function polarStances(text: string): string[] {
  return analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.source.name}>${s.target.name}:${s.polarity}`);
}
