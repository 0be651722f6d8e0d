import { describe, expect, test } from 'vitest';
import { prepare, sourceOfCue } from './prepare.js';

/** The source phrase `findSource` gives the cue whose first word is `cue`. */
const source = (text: string, cue: string) => sourceOfCue(prepare(text), cue);

describe('source constructions (src/3-attribution/source/)', () => {
  test.each([
    // apposition.ts
    ['Mara Quist, a trade official during the talks, told reporters the deal was dead.', 'told', 'Mara Quist'],
    ['The governor, Ana Ruiz, said the levee would hold.', 'said', 'Ana Ruiz'],
    // inversion.ts
    ['“The levee will hold,” said Governor Hal Brenner.', 'said', 'Governor Hal Brenner'],
    // relative.ts: the antecedent of "who" speaks
    ['Nora Vance, who ran a bakery in Dayton for years, said the tax was unfair.', 'said', 'Nora Vance'],
    // subject.ts: a time between subject and verb
    ['Senator Paul Adeyemi on Saturday said the budget was a disgrace.', 'said', 'Senator Paul Adeyemi'],
    // according-to.ts: the source after its cue
    ['The bridge will reopen in May, according to Mayor Lena Ortiz.', 'according', 'Mayor Lena Ortiz'],
    // possessor.ts: a noun cue's possessor
    ['Ortiz’s claim that the bridge would reopen in May drew jeers.', 'claim', 'Ortiz'],
    // dash-aside.ts
    ['A former mayor -- Lena Ortiz, who lost in 2008 -- said the council had failed.', 'said', 'Lena Ortiz'],
  ])('%s (%s) → %s', (text, cue, expected) => {
    expect(source(text, cue)).toContain(expected);
  });

  test.each([
    // Before a participle, a phrase that names no one who can speak is no source.
    ['The storm hit the valley on Monday, leaving farmers saying they had lost everything.', 'saying', 'storm'],
    // A place after a preposition does not speak.
    ['In Dayton, the council said the levee would hold.', 'said', 'Dayton'],
  ])('not the source: %s (%s) is not %s', (text, cue, wrong) => {
    expect(source(text, cue) ?? '').not.toContain(wrong);
  });
});
