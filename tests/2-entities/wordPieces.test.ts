import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { entitiesOf, mentionOf } from '../helpers.js';

// wink's tokenizer cuts words at letters outside ASCII; the mention readers read them whole.
describe('names with letters outside ASCII', () => {
  test.each([
    ['Talks ended when Mirela Dragoș left the room.', 'Mirela Dragoș'],
    ['The plan was drafted by Jonas Vaitkūnas and his staff.', 'Jonas Vaitkūnas'],
    ['Critics of Aleksander Łęcki gathered outside.', 'Aleksander Łęcki'],
    ['Observers said Emre Doğançay would run again.', 'Emre Doğançay'],
    ['Voters in the district backed Greta Müllerová.', 'Greta Müllerová'],
    ['Nobody expected Ivana Čermáková to resign.', 'Ivana Čermáková'],
  ])('%s', (text, name) => {
    const { mentions } = entitiesOf(text);
    const m = mentionOf(text, name, mentions);
    expect(m, JSON.stringify(mentions.map((x) => text.slice(x.start, x.end)))).toBeDefined();
    expect(m!.text).toBe(name);
  });

  test.each([
    ['“We will not give in,” President of Latvia Ilze Bērziņa said.', 'Ilze Bērziņa', 'President of Latvia Ilze Bērziņa'],
    ['“The border stays open,” said Prime Minister of Hungary Péter Kovács.', 'Péter Kovács', 'Prime Minister of Hungary Péter Kovács'],
    ['“We stand together,” said Tomas Žukauskas.', 'Tomas Žukauskas', 'Tomas Žukauskas'],
  ])('the speaker of %s is the whole name, the title left out', (text, name, mention) => {
    const a = analyze(text);
    const u = a.utterances[0]!;
    expect(u.speaker?.name).toBe(name);
    expect(text.slice(u.speaker!.mention!.start, u.speaker!.mention!.end)).toBe(mention);
    expect(a.entities.map((e) => e.name)).not.toContain(name.slice(0, name.search(/[^\x00-\x7f]/)));
  });

  test.each([
    ['The café on the corner closed early.'],
    ['She ordered a crème brûlée and left.'],
  ])('a lower-case word with such letters is no name: %s', (text) => {
    expect(entitiesOf(text).mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual([]);
  });
});
