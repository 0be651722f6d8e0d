// A custom knowledge base: people and offices plaudit does not know, passed in
// options.knowledgeBase (the schema is KnowledgeEntry: id, name, type, aliases, gender, offices,
// adjectives). With a date, a role noun ("the governor") resolves to whoever held the office then.
//   npm run example -- custom-kb
import { analyze, PlauditError } from 'plaudit';
import { formatAnalysis } from 'plaudit/present';

// A made-up state and its people.
const knowledgeBase = [
  {
    id: 'maria-okafor', name: 'Maria Okafor', type: 'person', gender: 'female',
    aliases: ['Okafor', 'Governor Okafor'],
    offices: [{ role: 'governor', of: 'Lakeland', from: 2019 }],
  },
  {
    id: 'tom-reyes', name: 'Tom Reyes', type: 'person', gender: 'male',
    aliases: ['Reyes', 'Senator Reyes'],
    offices: [{ role: 'senator', of: 'Lakeland', from: 2015 }],
  },
  { id: 'lakeland', name: 'Lakeland', type: 'place', adjectives: ['Lakelander'] },
];

const text =
  'The governor defended the new dam on Tuesday. "Tom Reyes has done more for this valley than anyone," ' +
  'she said. Reyes returned the compliment, calling Okafor "a fearless and honest leader." ' +
  'But the senator said the budget office had been "reckless" with the money.';

const analysis = analyze(text, { knowledgeBase, date: '2023-06-13', id: 'lakeland-dam' });
console.log(formatAnalysis(analysis));

console.log('\nSpeakers resolved to knowledge-base ids:');
for (const u of analysis.utterances) console.log(`  ${u.speaker?.entityId ?? '(nobody)'}: ${u.text}`);

// A mistake in the knowledge base is a PlauditError that lists every bad field.
try {
  analyze(text, { knowledgeBase: [{ id: 'Not Kebab', name: '', type: 'alien' }] });
} catch (error) {
  if (!(error instanceof PlauditError)) throw error;
  console.log(`\nA bad entry is reported, not guessed: [${error.code}] ${error.message}`);
}
