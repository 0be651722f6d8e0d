/**
 * A known person is named as the article spells them: an article that writes a name without its
 * diacritics gets the plain spelling (the knowledge base's spelling stays an alias); an article that
 * writes them, or that names someone the knowledge base does not know, keeps its own letters.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const cases: ReadonlyArray<{ text: string; name: string; alias?: string }> = [
  { text: 'Viktor Orban met farmers on Monday. "Prices must fall," Orban said.', name: 'Viktor Orban', alias: 'Viktor Orbán' },
  { text: 'Orban told the farmers that prices would fall.', name: 'Viktor Orban', alias: 'Viktor Orbán' },
  { text: 'Viktor Orbán met farmers on Monday. "Prices must fall," Orbán said.', name: 'Viktor Orbán' },
  { text: 'Recep Tayyip Erdogan opened the bridge and said it would carry trade.', name: 'Recep Tayyip Erdogan', alias: 'Recep Tayyip Erdoğan' },
  { text: '"We are ready," said Rūta Vaitkutė, the mayor of the town.', name: 'Rūta Vaitkutė' },
];

describe('names spelled as the article spells them', () => {
  test.each(cases)('$text → $name', async ({ text, name, alias }) => {
    const r = await analyze(text);
    const e = r.entities.find((x) => x.name === name);
    expect(e, r.entities.map((x) => x.name).join(', ')).toBeDefined();
    if (alias) expect(e!.aliases).toContain(alias);
    // The speaker of every utterance carries the same name as its entity.
    for (const u of r.utterances) if (u.speaker?.entityId === e!.id) expect(u.speaker.name).toBe(name);
  });
});
