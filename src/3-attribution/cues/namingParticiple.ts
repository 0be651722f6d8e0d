// Naming participles: "a man called Tom Reyes said …" names the man; nobody calls anything.
import type { Token } from '../../adapters/wink.js';

/**
 * "a man called Tom Reyes said …", "a group named Hope Now belongs …": a naming participle after
 * a noun, whose name is the subject of the next verb, names the noun; nobody calls anything. ("The
 * senator called Tom Reyes a liar": the name is the object, no verb follows it.)
 */
export function namingParticiple(tokens: readonly Token[], i: number, lemma: string): boolean {
  const t = tokens[i]!;
  if ((lemma !== 'call' && lemma !== 'name' && lemma !== 'dub') || !/ed$/.test(t.lower) || tokens[i - 1]?.pos !== 'NOUN') return false;
  let k = i + 1;
  // (the name's words, and the pieces joined to them with no space: "Lashkar-e-Ruritania")
  while (k < tokens.length && k - i <= 8 && tokens[k]!.sentence === t.sentence && (/^\p{Lu}/u.test(tokens[k]!.value) || (k > i + 1 && tokens[k]!.start === tokens[k - 1]!.end))) k++;
  const next = tokens[k];
  return k > i + 1 && next !== undefined && next.sentence === t.sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}
