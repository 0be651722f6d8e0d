import { describe, expect, test } from 'vitest';
import { inputQuality } from '../../src/1-segment/inputQuality.js';
import { analyze } from '../../src/index.js';

const codes = (text: string) => inputQuality(text).map((i) => i.code);

/** What a binary file looks like once decoded as UTF-8: NUL bytes, control bytes and U+FFFD. */
const binary = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0]),
  Buffer.from([0xc0, 0x10, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 0x80, 0x90]),
  Buffer.from('__libc_start_main\u0000GLIBC_2.34\u0000free\u0000malloc\u0000'),
]).toString('utf8');

describe('inputs that are reported', () => {
  test.each([
    ['an empty string', '', 'empty'],
    ['spaces', '     ', 'empty'],
    ['blank lines and tabs', '\n\n\t \r\n  \n', 'empty'],
    ['non-breaking and ideographic spaces', '\u00a0\u3000\u2003', 'empty'],
    ['a binary file decoded as UTF-8', binary, 'not-text'],
    ['NUL bytes between the words', 'The\u0000 mayor\u0000 said\u0000 nothing\u0000 at\u0000 all.', 'not-text'],
    ['invalid UTF-8 everywhere', '\ufffd\ufffdThe mayor\ufffd said\ufffd the bridge\ufffd would be\ufffd built\ufffd.', 'not-text'],
    ['escape sequences of a terminal capture', '\u001b[31mError\u001b[0m \u001b[1mline 3\u001b[0m\u0007\u0008\u0008', 'not-text'],
    ['a paragraph in French', 'Le gouvernement a annoncé mardi une nouvelle réforme des retraites, que les syndicats ont rejetée dans la soirée. La ministre a dit que le texte serait présenté au Parlement avant la fin du mois, malgré les critiques de l\'opposition.', 'not-english'],
    ['a paragraph in German', 'Die Bürgermeisterin hat am Dienstag erklärt, dass die neue Brücke erst im nächsten Jahr fertig wird. Der Stadtrat war mit dem Plan nicht einverstanden und will in der kommenden Woche noch einmal darüber abstimmen, was die Opposition begrüßt.', 'not-english'],
    ['a paragraph in Spanish', 'El presidente del gobierno dijo el lunes que no piensa convocar elecciones anticipadas, a pesar de la presión de sus socios. Los dirigentes de la oposición respondieron que el país necesita un cambio y que la situación económica es cada vez más difícil.', 'not-english'],
    ['a list of numbers and codes', Array.from({ length: 40 }, (_, i) => `ref ${i * 37} zx${i} qv`).join(' '), 'not-english'],
    // (An English opening does not decide for the text: the words after it are counted too.)
    ['an English sentence before a long list of codes', `The mayor said that the bridge would be built by the end of the year. ${Array.from({ length: 120 }, (_, i) => `ref zx${i} qv`).join(' ')}`, 'not-english'],
  ])('%s → %s', (_name, text, code) => {
    expect(codes(text)).toEqual([code]);
  });
});

describe('inputs that are not reported', () => {
  test.each([
    ['an English headline', 'Senate Passes Budget After Late-Night Vote'],
    ['a short quote', '"We will win," the senator said.'],
    ['a headline in French, too short to judge', 'Le ministre quitte le gouvernement'],
    ['English prose', 'The governor said on Tuesday that the new budget would fund more teachers, and that the state could not wait for another year. Her opponents called the plan reckless, but several of them said they would vote for it if the tax rise was dropped.'],
    ['English with foreign names', 'Jean-Pierre Dufresne, the mayor of Saint-Étienne, met Klaus Oberhuber and María José Fernández de la Vega in Brussels on Monday. Dufresne said that the three of them had agreed on a plan for the rail link, which he called a victory for the region and its workers.'],
    ['English with one stray control character', `The council voted on Thursday.\u0007 It was the last vote of the year, and the chair thanked the members for their work.`],
    ['English with a few mis-encoded quotation marks', `${'The minister said that the plan would work, and that the critics had not read it. '.repeat(10)}\ufffdIt will\ufffd, she said.`],
    ['English in capitals', 'THE GOVERNOR SAID TUESDAY THE NEW BUDGET WOULD FUND MORE TEACHERS, AND THAT THE STATE COULD NOT WAIT FOR ANOTHER YEAR. HER OPPONENTS CALLED THE PLAN RECKLESS, BUT SEVERAL OF THEM SAID THEY WOULD VOTE FOR IT.'],
    ['a text with tabs and form feeds', 'The report\tis long.\fIt has many pages, and the committee said that it would read all of them.'],
    ['a list of codes before English prose', `${Array.from({ length: 30 }, (_, i) => `ref zx${i} qv`).join(' ')} ${'The minister said that the plan would work, and that the critics had not read it. '.repeat(12)}`],
  ])('%s', (_name, text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('the words counted for the language', () => {
  // Function words in any case count; a word with a letter outside ASCII is none of them ("thé",
  // "Thè"), nor is a longer word that starts with one ("Thereafter", "Whatever").
  test.each([
    ['The AND tHe and thé Thè Thereafter Whatever', 4],
    ['WHO whom WhOsE whomever', 3],
    ['Ißt das THE ﬁrst', 1],
  ])('%j: %i function words', (words, english) => {
    const text = `${words} ${'zorbl '.repeat(60)}`;
    const total = text.split(' ').filter((w) => w.length > 0).length;
    expect(inputQuality(text)[0]?.message).toMatch(new RegExp(`^${english} of ${total} words`));
  });
});

describe('analyze() reports them as issues and never throws', () => {
  test.each([[''], ['  \n '], [binary], ['\u0000'.repeat(1000)], ['\ufffd'.repeat(50)]])('%#', (text) => {
    const a = analyze(text);
    expect(a.issues.map((i) => i.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^(empty|not-text)$/)]));
    for (const issue of a.issues) {
      if (issue.span) expect(issue.span.end).toBeLessThanOrEqual(text.length);
    }
  });
  test('an English article has none of them', () => {
    const a = analyze('"We will build the bridge," the mayor said on Monday. Her rival said the plan was a waste of money and that the city could not afford it.');
    expect(a.issues.filter((i) => ['empty', 'not-text', 'not-english'].includes(i.code))).toEqual([]);
  });
});
