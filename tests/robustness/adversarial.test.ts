import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { invariantViolations } from './invariants.js';

const paragraph = 'Senator Maria Lopez said the bill was "a disgrace to this chamber" and accused the governor of lying. ';

/**
 * Inputs built to break parsers: each must be analysed within `seconds` of CPU time (this
 * process's, so that load elsewhere on the machine cannot fail it) with every invariant intact.
 */
const adversarial: [string, () => string, number][] = [
  ['20,000 straight quotation marks in a row', () => '"'.repeat(20_000), 10],
  ['20,000 curly quotation marks in a row', () => '“'.repeat(10_000) + '”'.repeat(10_000), 10],
  ['20,000 mixed quotation marks in a row', () => '“”"\'‘’«»„‹›'.repeat(1_819), 10],
  // About 4 s of CPU here; a step that scanned every report per cue took 50 s at 1 MB, about 12 s at this length.
  ['a 500,000-character paragraph without a line break', () => paragraph.repeat(Math.ceil(500_000 / paragraph.length)).slice(0, 500_000), 8],
  ['2,000 unclosed nested quotes', () => Array.from({ length: 2_000 }, (_, k) => `${'“‘«„"\''[k % 6]}He said `).join(''), 10],
  ['2,000 closing marks never opened', () => 'and that was it,” he said. '.repeat(2_000), 10],
  ['lone surrogates', () => '"We \uD800will win\uDFFF," Maria Lopez said. \uDBFF\uD800\uDC00 "\uDC00" \uD83D', 5],
  ['NUL characters', () => '"We will\u0000 win," Maria\u0000Lopez said.\u0000\u0000 He said "no\u0000".', 5],
  ['CRLF line ends', () => '"We will win,"\r\nMaria Lopez said.\r\n\r\nHe added: "Never."\r\n', 5],
  ['lone CR line ends', () => '"We will win,"\rMaria Lopez said.\r\rHe added: "Never."\r', 5],
  ['right-to-left text and bidi controls', () => '"ניצחנו," אמר ראש הממשלה. قال الرئيس: «سننتصر». \u202E"We won," he said.\u202C', 5],
  ['combining marks', () => '"Ve\u0301rite\u0301 a\u0300 tout prix," said Ame\u0301lie Zoe\u0308 Z\u0336a\u0336l\u0336g\u0336o\u0336.', 5],
  ['emoji, flags and zero-width joiners', () => '"We won 🎉🇺🇸👨‍👩‍👧‍👦," Maria Lopez 😀 said. 🔥"Fake news!"🔥 he tweeted 🐦.', 5],
  ['HTML markup', () => '<p>"We will win," <b>Maria Lopez</b> said.</p><script>alert("x")</script><a href="&quot;x">“y”</a>', 5],
  ['markdown markup', () => '# Vote\n\n> **"We will win,"** _Maria Lopez_ said.\n\n- "one"\n- "two"\n\n```\n"code" said x\n```', 5],
  ['German, French, Spanish, Russian and Chinese', () => '„Wir schaffen das“, sagte die Kanzlerin. « Nous gagnerons », a déclaré le président. «Ganaremos», dijo. «Мы победим», — заявил он. 他说：「我们会赢。」', 5],
  ['nothing but cues', () => 'said '.repeat(20_000), 10],
  ['nothing but cues and names', () => 'Lopez said Hardy told Kerr according to '.repeat(2_000), 10],
  ['5,000 titled names in a row, no punctuation', () => 'Senator Maria Lopez '.repeat(5_000), 10],
  ['a 100,000-character sentence of quotes and cues', () => '"No," he said, and '.repeat(5_000), 10],
  ['one 100,000-letter word', () => 'a'.repeat(100_000), 10],
  ['a 100,000-character base64 blob', () => 'data:image/png;base64,' + 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='.repeat(1_000), 10],
  ['100,000 line breaks', () => '\n'.repeat(100_000), 10],
  ['100,000 full stops', () => '.'.repeat(100_000), 10],
  ['deep parentheses and brackets', () => '('.repeat(5_000) + '"x," he said' + ')'.repeat(5_000) + '['.repeat(5_000), 10],
  ['only whitespace of every kind', () => ' \t\n\r\u00a0\u2000\u2028\u2029\u3000\ufeff'.repeat(2_000), 5],
  ['the empty string', () => '', 1],
  // A headline whose verb reports: its content must stop at the headline, not take the blank lines after it.
  ['a reporting headline before blank lines', () => 'Council rejects stadium plan\n\n\n  \nThe council met on Monday.\n', 1],
  // A text cut off right after a cue (a truncated feed item, a prefix of an article).
  ['a text ending in "said that"', () => 'Senator Maria Lopez said that', 1],
  ['a text ending in "said that" and a space', () => 'The bill passed.\n\nSenator Maria Lopez also said that ', 1],
  ['a text ending in a refusal to concede that', () => 'Trump, meanwhile, was making a pitch to voters, refusing to concede that', 1],
  ['a text ending in "according to" and a comma', () => 'At the heart of it, according to Maria Lopez,', 1],
];

/** Every prefix of a short article cut at a word boundary: each a complete input of its own. */
describe('every prefix of an article', () => {
  const article = 'Senator Maria Lopez said that the bill was "a disgrace," according to aides. “We will fight it,” she told reporters, adding that the governor, who signed it, "should resign". According to a new poll, most voters agree. Lopez, citing the poll, said: “They know.” ― Maria Lopez';
  const cuts = [...article.matchAll(/\s|$/g)].map((m) => m.index);
  test('analyses each without throwing and keeps every invariant', () => {
    for (const cut of cuts) {
      for (const text of [article.slice(0, cut), `${article.slice(0, cut)} `]) expect(invariantViolations(text, analyze(text))).toEqual([]);
    }
  });
});

describe('named adversarial inputs', () => {
  test.each(adversarial)('%s: returns in time and keeps every invariant', (_, make, seconds) => {
    const text = make();
    const t0 = process.cpuUsage();
    const analysis = analyze(text, { maxLength: 2_000_000 });
    const { user, system } = process.cpuUsage(t0);
    const elapsed = (user + system) / 1e6;
    expect(invariantViolations(text, analysis)).toEqual([]);
    expect(elapsed).toBeLessThan(seconds);
  });
});
