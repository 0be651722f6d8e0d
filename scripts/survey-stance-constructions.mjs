#!/usr/bin/env node
// Checks two holder/target constructions of src/4-stance/assignHits.ts on the directed sentiment
// data (../shared/directed/train.txt); prints counts only (never sentences).
//   participle  "P …, V-ing … Q": a praise/criticism verb as a free participle after a comma, Q its
//               object (within 6 tokens), P opening the sentence. Who holds the stance toward Q?
//               (adjunctSubject: the sentence's subject, not the speaker.)
//   reason      "P V <object> for … Q" against "P V Q": is a name inside the "for" phrase after the
//               verb's own object judged like a name right after the verb? (inReason)
// Usage, from the project's root: node scripts/survey-stance-constructions.mjs [--data FILE]
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { registerTs } from './lib/registerTs.mjs';
import { readDirected } from './lib/directedData.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const i = args.indexOf('--data');
const data = resolve(i >= 0 ? args[i + 1] : join(root, '../shared/directed/train.txt'));

registerTs();
const { readTokens } = await import('../src/adapters/wink.ts');
const { tokenRange } = await import('../src/4-stance/tokenRange.ts');
const { lexiconHits } = await import('../src/4-stance/lexicon.ts');

const counts = {};
const bump = (k) => { counts[k] = (counts[k] ?? 0) + 1; };
/** The relation of the label seen from `holder` (0 or 1, the index of the holding name) toward the other name. */
const relation = (y, holderIsP) => (y === 0 ? 'none' : { 1: holderIsP ? 'holderPraises' : 'otherPraises', 2: holderIsP ? 'otherPraises' : 'holderPraises', 3: holderIsP ? 'holderCriticises' : 'otherCriticises', 4: holderIsP ? 'otherCriticises' : 'holderCriticises' }[y]);
const OPENERS = new Set(['CCONJ', 'ADV', 'PUNCT', 'SPACE', 'DET']);

for (const { text, spans, y } of readDirected(data)) {
  const doc = readTokens(text);
  const t = doc.tokens;
  const names = spans.map((s) => tokenRange(doc, s));
  for (const h of lexiconHits(t, 0, t.length)) {
    if (h.kind !== 'verb' || t[h.first].pos !== 'VERB') continue;
    const sign = h.weight > 0 ? 'praiseVerb' : 'criticismVerb';
    for (const which of [0, 1]) {
      const [holder, judged] = [names[1 - which], names[which]];
      if (holder[1] > h.first || judged[0] < h.last) continue;
      // participle: the holder opens the sentence, the verb is "-ing" after a comma, the judged name its object.
      if (t[h.first].lower.endsWith('ing') && t[h.first - 1]?.value === ',' && judged[0] - h.last <= 6) {
        let s = 0;
        while (s < t.length && OPENERS.has(t[s].pos)) s++;
        if (holder[0] <= s) bump(`participle ${sign} ${relation(y, which === 1)}`);
      }
      // reason: the judged name right after the verb, or inside a "for" phrase after the verb's object.
      if (judged[0] - h.last > 10) continue;
      const gap = t.slice(h.last, judged[0]);
      const forAt = gap.findIndex((x) => x.lower === 'for');
      if (gap.length <= 1 && forAt < 0) bump(`direct ${sign} ${relation(y, which === 1)}`);
      else if (forAt > 0 && !gap.slice(0, forAt).some((x) => x.pos === 'VERB' || x.value === ',')) bump(`reason ${sign} ${relation(y, which === 1)}`);
    }
  }
}
for (const k of Object.keys(counts).sort()) console.log(`${k.padEnd(44)} ${counts[k]}`);
