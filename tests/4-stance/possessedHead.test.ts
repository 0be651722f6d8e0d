/**
 * A praised or criticised object written as "Ostland's president, Tomas Brandt" is the possessed
 * name, not its possessor (src/4-stance/scoring/possessedHead.ts); "Ostland's plan" or "Lee's
 * Irish roots" name no one after the genitive, so the possessor stays the one judged.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

/** Names the possessor first, so that it is an entity of the article. */
const OSTLAND = 'Ostland and Ruritania share a river. ';

const polar = (text: string) =>
  analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.source.name}>${s.target.name}:${s.polarity}`);

describe('the possessed name is the object', () => {
  test.each([
    // A cue that judges its object (cue.ts).
    [OSTLAND + 'Prime Minister Elena Varga on Tuesday heaped praise on Ostland\'s President Tomas Brandt.', 'Elena Varga>Tomas Brandt:praise', 'Elena Varga>Ostland:praise'],
    ['The Harbour Council met on Monday. Mayor Dora Quint denounced the council\'s chairman, Felix Arno.', 'Dora Quint>Felix Arno:criticism', 'Dora Quint>Harbour Council:criticism'],
    // A judging verb inside the words (assignHits.ts).
    [OSTLAND + '"I admire Ostland\'s president, Tomas Brandt," Elena Varga said.', 'Elena Varga>Tomas Brandt:praise', 'Elena Varga>Ostland:praise'],
    [OSTLAND + 'Elena Varga said she respected Ostland\'s foreign minister, Ana Lind.', 'Elena Varga>Ana Lind:praise', 'Elena Varga>Ostland:praise'],
    // A possessive pronoun and a person noun before the name.
    ['"Allow me to thank my colleague Ana Lind for her patience," Elena Varga said.', 'Elena Varga>Ana Lind:praise', 'Elena Varga>Elena Varga:praise'],
    ['"We admire our good friend Tomas Brandt," Elena Varga said.', 'Elena Varga>Tomas Brandt:praise', 'Elena Varga>Elena Varga:praise'],
  ])('%s', (text, expected, not) => {
    const found = polar(text);
    expect(found).toContain(expected);
    expect(found).not.toContain(not);
  });
});

describe('no name heads the possessed phrase: the possessor is judged', () => {
  test.each([
    [OSTLAND + 'Elena Varga criticized Ostland\'s plan to build a dam on the river.', 'Elena Varga>Ostland:criticism'],
    ['"I admire Tomas Brandt\'s courage," Elena Varga said.', 'Elena Varga>Tomas Brandt:praise'],
  ])('%s', (text, expected) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('a possessive pronoun before a thing names no one after it', () => {
  test.each([
    // "my plan" is no person: nothing is praised in Brandt, who is only the one told.
    ['"I praised my plan to Tomas Brandt," Elena Varga said.', 'Elena Varga>Tomas Brandt:praise'],
  ])('%s', (text, not) => {
    expect(polar(text)).not.toContain(not);
  });
});
