// stanceBetween: directed praise or criticism between two named entities of one sentence, with
// who holds it (passives included: "was praised by") and the words that carry it.
//   npm run example -- directed-stance
import { stanceBetween } from 'plaudit';

const sentences = [
  ['The mayor praised the fire chief for her calm leadership during the floods.', 'The mayor', 'the fire chief'],
  ['The fire chief was praised by the mayor for her calm leadership.', 'The fire chief', 'the mayor'],
  ['Senator Reyes accused Governor Okafor of wasting public money.', 'Senator Reyes', 'Governor Okafor'],
  ['Governor Okafor met Senator Reyes in the capital on Monday.', 'Governor Okafor', 'Senator Reyes'],
];

/** The span of the first occurrence of `name` in `text`. */
const spanOf = (text, name) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
};

for (const [text, a, b] of sentences) {
  const stance = stanceBetween(text, spanOf(text, a), spanOf(text, b));
  console.log(text);
  if (stance === null) {
    console.log('  no stance between them\n');
    continue;
  }
  const [source, target] = stance.source === 'a' ? [a, b] : [b, a];
  const words = stance.evidence.map((e) => `"${e.text}" (${e.weight > 0 ? '+' : ''}${e.weight})`).join(', ');
  console.log(`  ${source} → ${target}: ${stance.polarity} (${stance.score.toFixed(2)})${words ? ` because of ${words}` : ''}\n`);
}
