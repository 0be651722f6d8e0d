import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { praiseGraph } from '../../src/index.js';

/** The entity that speaks the first utterance of a text. */
function speakerOf(text: string) {
  const a = analyze(text);
  const id = a.utterances[0]?.speaker?.entityId;
  return a.entities.find((e) => e.id === id);
}

describe('someone named only by a common noun is published as a role', () => {
  test.each([
    ['“The fence has to come down,” a protester said.', 'protester', 'role'],
    ['“We will appeal,” the spokeswoman told reporters.', 'spokeswoman', 'role'],
    ['A senior official said the talks would resume on Monday.', 'senior official', 'role'],
    ['“Nobody warned us,” said a nurse at the clinic.', 'nurse', 'role'],
    ['“It was loud all night,” someone said.', 'someone', 'role'],
    ['Everyone agreed that the count was fair.', 'Everyone', 'group'],
    ['The count was fair, not everyone agreed.', 'not everyone', 'group'],
    ['Someone told the paper that the count was fair.', 'Someone', 'role'],
    ['The attorney general said the charity was not registered.', 'attorney general', 'role'],
    ['The Ohio attorney general said the charity was not registered.', 'Ohio attorney general', 'role'],
    ['A Vale aide told reporters that the charity was not registered.', 'Vale aide', 'role'],
    ['A Vale co-founder told reporters that the charity was not registered.', 'Vale co-founder', 'role'],
    // A surname that is also a role noun is a name.
    ['“We will appeal,” Mr. Priest said.', 'Priest', 'person'],
    ['“We will appeal,” Mara Quint said.', 'Mara Quint', 'person'],
    ['“We will appeal,” Senator Mara Quint said.', 'Mara Quint', 'person'],
    ['“The vote was fair,” the union said.', 'union', 'organization'],
  ])('%s → %s, a %s', (text, name, type) => {
    const e = speakerOf(text);
    expect(e?.name).toBe(name);
    expect(e?.type).toBe(type);
  });

  test('a role is still someone: "she" after it refers to her, and her praise is a stance', () => {
    const a = analyze('A nurse at the clinic spoke to reporters. “Dr. Ivo Brandt saved my brother’s life,” she said. “He is a wonderful man.”');
    const nurse = a.entities.find((e) => e.name === 'nurse');
    expect(nurse?.type).toBe('role');
    expect(a.utterances.every((u) => u.speaker?.entityId === nurse?.id)).toBe(true);
    expect(a.stances.some((s) => s.source.entityId === nurse?.id && s.target.name === 'Ivo Brandt' && s.polarity === 'praise')).toBe(true);
  });

  test('a corpus graph keeps two articles’ roles apart and merges a named person', () => {
    const one = analyze('“Mayor Ivo Brandt has done a wonderful job,” a spokeswoman said.', { id: 'a' });
    const two = analyze('“Mayor Ivo Brandt has done a wonderful job,” a spokeswoman said.', { id: 'b' });
    const g = praiseGraph([one, two]);
    const roles = g.nodes.filter((n) => n.name === 'spokeswoman');
    expect(roles.map((n) => n.type)).toEqual(['role', 'role']);
    expect(roles.map((n) => n.articleIds)).toEqual([['a'], ['b']]);
    expect(g.nodes.filter((n) => n.name === 'Ivo Brandt').map((n) => n.articleIds)).toEqual([['a', 'b']]);
  });
});
