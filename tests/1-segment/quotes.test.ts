import { describe, expect, test } from 'vitest';
import { segment } from '../../src/1-segment/segment.js';
import { quotedTexts } from '../helpers.js';

describe('quotation marks of every family', () => {
  test.each([
    ['straight double', 'The senator said "we will not back down" on Friday.', 'we will not back down', 'double'],
    ['curly double', 'The senator said “we will not back down” on Friday.', 'we will not back down', 'double'],
    ['straight single', "The senator said 'we will not back down' on Friday.", 'we will not back down', 'single'],
    ['curly single', 'The senator said ‘we will not back down’ on Friday.', 'we will not back down', 'single'],
    ['guillemets', 'Le président a dit « nous ne reculerons pas » vendredi.', 'nous ne reculerons pas', 'guillemet'],
    ['guillemets without spaces', 'The minister said «the border stays closed» on Monday.', 'the border stays closed', 'guillemet'],
    ['low-9 with a high-6 close', 'Die Kanzlerin sagte „wir schaffen das“ am Montag.', 'wir schaffen das', 'double'],
    ['low-9 with a high-9 close', 'The chancellor said „we can do this” on Monday.', 'we can do this', 'double'],
    ['double primes', 'The governor said ″the budget is balanced″ in Albany.', 'the budget is balanced', 'double'],
  ])('%s', (_name, text, inner, family) => {
    const { quotes } = segment(text);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(text.slice(q.start, q.end)).toBe(inner);
    expect(q.family).toBe(family);
    expect(q.depth).toBe(0);
    expect(q.runsOn).toBe(false);
    // open and close point at the marks themselves
    expect(q.open).toBeLessThan(q.start);
    expect(q.close).toBeGreaterThanOrEqual(q.end);
  });

  test('several families in one sentence are each found once, in text order', () => {
    const text = 'She said "yes" and \'no\' and “maybe” and ‘perhaps’ and «oui» and „ja“ and ″never″.';
    expect(quotedTexts(text)).toEqual(['yes', 'no', 'maybe', 'perhaps', 'oui', 'ja', 'never']);
  });
});

describe('apostrophes are not quotation marks', () => {
  test.each([
    ["Putin's aides met Biden's team in Geneva."],
    ['Putin’s aides met Biden’s team in Geneva.'],
    ["The party's fortunes collapsed in the '90s and never recovered."],
    ['The party’s fortunes collapsed in the ’90s and never recovered.'],
    ["The senator grew up on rock 'n' roll and country music."],
    ["The leaders' meeting ran late, and the ministers' aides waited outside."],
    ['The leaders’ meeting ran late, and the ministers’ aides waited outside.'],
    ["It's a long way from Kyiv, and we don't expect a deal 'til spring."],
    ["The O'Neills' farm was sold to the state in '08."],
    ["The 6'2\" forward, whose height is 6'2, signed on Monday."],
  ])('%s', (text) => {
    expect(quotedTexts(text)).toEqual([]);
  });

  test.each([
    ["Putin's spokesman said 'the talks are over' on Monday.", ['the talks are over']],
    ["The leaders' statement called it 'a turning point' for the region.", ['a turning point']],
    ["She said 'we can't win this way' and left the '90s behind.", ["we can't win this way"]],
    ['The Prime Minister’s aide said ‘we won’t accept this deal’ after the vote.', ['we won’t accept this deal']],
  ])('a single quote among apostrophes: %s', (text, expected) => {
    expect(quotedTexts(text)).toEqual(expected);
  });

  // Bug reported to the lead: inside ‘…’ the ’ of ’n’ closes the quote (elision is only checked for opening marks).
  test('an elision inside a curly single quote: ‘rock ’n’ roll is dead’', () => {
    expect(quotedTexts('He said ‘rock ’n’ roll is dead’ at the gala.')).toEqual(['rock ’n’ roll is dead']);
  });
});

describe('quotes inside quotes', () => {
  test.each([
    ['“He told me, ‘Don’t worry,’ and left,” the senator said.', 'He told me, ‘Don’t worry,’ and left,', 'Don’t worry,'],
    ['"He told me, \'Don\'t worry,\' and left," the senator said.', "He told me, 'Don't worry,' and left,", "Don't worry,"],
    ['“The minister called the plan ‘dead on arrival’ in private,” an aide said.', 'The minister called the plan ‘dead on arrival’ in private,', 'dead on arrival'],
    ['« Il a dit “jamais” à la presse », a précisé le porte-parole.', 'Il a dit “jamais” à la presse', 'jamais'],
  ])('%s', (text, outer, inner) => {
    const { quotes } = segment(text);
    expect(quotes).toHaveLength(2);
    const [o, i] = quotes as [typeof quotes[0], typeof quotes[0]];
    expect(text.slice(o.start, o.end)).toBe(outer);
    expect(o.depth).toBe(0);
    expect(o.parent).toBeUndefined();
    expect(text.slice(i.start, i.end)).toBe(inner);
    expect(i.depth).toBe(1);
    expect(i.parent).toBe(o.index);
  });

  test('two levels deep', () => {
    const text = '“She said, ‘He kept repeating “never again” to us,’ and I believed her,” the aide said.';
    const { quotes } = segment(text);
    expect(quotes.map((q) => q.depth)).toEqual([0, 1, 2]);
    expect(quotes[1]!.parent).toBe(0);
    expect(quotes[2]!.parent).toBe(1);
    expect(text.slice(quotes[2]!.start, quotes[2]!.end)).toBe('never again');
  });
});

describe('quotes running over several paragraphs', () => {
  test.each([
    ['curly, blank lines', '“The first part of the speech.\n\n“The second part,” he said.'],
    ['straight, one paragraph per line', '"The first part of the speech.\n"The second part," he said.'],
  ])('%s', (_name, text) => {
    const { quotes, issues } = segment(text);
    expect(quotes).toHaveLength(2);
    const [a, b] = quotes as [typeof quotes[0], typeof quotes[0]];
    expect(text.slice(a.start, a.end)).toBe('The first part of the speech.');
    expect(a.runsOn).toBe(true);
    expect(b.runsOn).toBe(false);
    expect(b.continues).toBe(a.index);
    expect(issues).toEqual([]);
  });

  // Bug reported to the lead: a middle part that runs on again gets no `continues` (so attribution loses the chain).
  test('three paragraphs: each part continues the one before', () => {
    const text = '“We will fight for every job.\n\n“We will fight for every family.\n\n“And we will win,” the governor said.';
    const { quotes } = segment(text);
    expect(quotes.map((q) => q.runsOn)).toEqual([true, true, false]);
    expect(quotes[1]!.continues).toBe(0);
    expect(quotes[2]!.continues).toBe(1);
  });
});

describe('stray and unbalanced marks degrade locally', () => {
  test.each([
    ['an unclosed quote before a normal paragraph', '“The deal is dead.\n\nThe talks resumed on Monday. “We are close,” the envoy said.', 'We are close,'],
    ['a stray closing mark', 'A stray ” mark stood here. Then the envoy said “we are close” to reporters.', 'we are close'],
    ['an inch mark', 'The 6" pipe burst on Monday. The mayor said "we are fixing it" later.', 'we are fixing it'],
    ['an unclosed straight quote mid-paragraph', 'The mayor said "the budget is fine.\n\nLater the governor said "we are close" to a deal.', 'we are close'],
    ['an unclosed guillemet', 'Le ministre a dit « rien.\n\nThe envoy said «we are close» to reporters.', 'we are close'],
  ])('%s: an issue, and the later quote is still found', (_name, text, later) => {
    const { quotes, issues } = segment(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([later]);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.code).toBe('unbalanced-quote');
      expect(issue.span).toBeDefined();
      expect('"“”«»″'.includes(text[issue.span!.start]!)).toBe(true);
    }
  });

  test('balanced text has no issues', () => {
    const { issues } = segment('“We are close,” the envoy said. “Very close.”\n\nThe talks went on.');
    expect(issues).toEqual([]);
  });

  test('two thousand unclosed marks: linear, no quotes, no throw', () => {
    const text = '“ oops '.repeat(2000);
    const { quotes } = segment(text);
    expect(quotes).toEqual([]);
  });
});
