/**
 * Which phrase speaks (issue 13, source choice checked on PolNeAR train): the agent of "as
 * reported by", a document phrase with a participle after "according to", and the subject of
 * the cue's own clause when no construction reaches it, a capitalised modal that is a name. All
 * sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { sourceOf } from '../../helpers.js';


describe('"as reported by X, …": the agent of a passive after "as" reports the main clause', () => {
  test.each([
    ['As reported by the Harbor Gazette, the mayor resigned on Friday.', 'the mayor resigned', 'Harbor Gazette'],
    ['As first reported by the Harbor Gazette, the ferry will stop running in May.', 'the ferry will stop', 'Harbor Gazette'],
    ['As noted by Dana Reyes, the ferry has lost money for years.', 'the ferry has lost money', 'Dana Reyes'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // No "by" agent, or "as" opening a clause with its own subject: nothing changes.
    ['As the mayor reported to the board, the ferry will stop running.', 'the ferry will stop running', 'the mayor'],
  ])('not without the passive agent: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    ['As expected, the mayor resigned on Friday.'],
    ['The plan, as drafted by the council, cuts the ferry budget.'],
  ])('no report: %s', (text) => {
    expect(analyze(text).utterances).toEqual([]);
  });
});

describe('"according to the recently released audit": a participle inside the document phrase', () => {
  test.each([
    ['According to the newly published audit, the ferry lost money.', 'the ferry lost money', 'the newly published audit'],
    ['According to a leaked draft of the budget, the ferry will close.', 'the ferry will close', 'a leaked draft'],
    ['According to the recently revised forecast, rents will rise.', 'rents will rise', 'the recently revised forecast'],
  ])('%s', (text, words, mention) => {
    const s = sourceOf(text, words);
    expect(s.mention).toBe(mention);
    expect(s.speaker).not.toBeNull();
  });

  test.each([
    // A name, or a phrase with no participle, reads as before.
    ['According to the mayor, the ferry lost money.', 'the ferry lost money', 'the mayor'],
    ['According to Dana Reyes, the ferry lost money.', 'the ferry lost money', 'Dana Reyes'],
    ['According to the new audit, the ferry lost money.', 'the ferry lost money', 'the new audit'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test('the participle phrase is a document, not a person', () => {
    const a = analyze('According to the newly published audit, the ferry lost money.');
    expect(a.entities.find((e) => e.name.endsWith('audit'))?.type).toBe('document');
  });
});

describe('a cue no construction reaches takes the subject of its own clause, not of the clause before', () => {
  test.each([
    // A dateline before a dash is no subject; nor is the subject of a clause before ", but".
    ['BOSTON (AP) — The Harbor Party is making its biggest ad buy yet, with plans to spend heavily.', 'to spend heavily', 'Harbor Party'],
    ['Dana Reyes lost the vote, but her cheerful talk to donors held promises to keep going.', 'to keep going', 'her'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // One clause: its subject, however far before the cue.
    ['Lena Ortiz runs the ferry and is worried about its debts.', 'its debts', 'Lena Ortiz'],
    ['Lena Ortiz, who runs the ferry with her brother, is worried about its debts.', 'its debts', 'Lena Ortiz'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('"Will wrote": a capitalised modal right before a past-tense cue is a name', () => {
  test.each([
    ['The vote was near. “Outsiders are a risk,” Will wrote.', 'Outsiders are a risk', 'Will'],
    ['The vote was near. Will urged voters to reject outsiders.', 'voters to reject outsiders', 'Will'],
    ['May said the talks were over.', 'the talks were over', 'May'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // A modal before the base form is a modal: the subject after it speaks.
    ['Will voters say the race is over?', 'the race is over', 'voters'],
    ['Will the mayor say yes?', 'yes', 'the mayor'],
  ])('a modal: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('"nine out of 10 say": a share of the people asked speaks', () => {
  test.each([
    ['Nearly nine out of 10 reply they expect higher rents.', 'they expect higher rents', 'Nearly nine out of 10'],
    ['Seven in 10 say they expect higher rents.', 'they expect higher rents', 'Seven in 10'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // "out of" with no number before it is no share.
    ['The board ran out of 10 options, the captain said.', 'The board ran out of 10 options', 'the captain'],
  ])('no share: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('"said Dover resident Tom Ellis": a place before a common noun and a name describes the person', () => {
  test.each([
    ['The vote was near. “The levy is a mistake,” said Dover resident Tom Ellis.', 'The levy is a mistake', 'Tom Ellis'],
    ['The vote was near. “The levy is a mistake,” said Ohio native Dana Reyes.', 'The levy is a mistake', 'Dana Reyes'],
  ])('%s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test.each([
    // A place with no name after its noun stays the phrase it heads.
    ['The vote was near. According to Dover officials, the levy failed.', 'the levy failed', 'Dover officials'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('"according to" read past an adverb or a quoted title (source/accordingTo.ts phrasePastQuoteOrAdverb)', () => {
  test.each([
    ['Ferry fares will double, according to “Harbor Lights: A River Town Remembers” by Mara Quist.', 'Ferry fares will double', 'Mara Quist'],
    ['The scheme would cost nine million a month, according to the “Roads for All” paper the council released.', 'The scheme would cost', 'the council'],
    ['Rents would rise sharply, according to recently leaked council memos.', 'Rents would rise sharply', 'leaked council memos'],
    ['Fares would double, according to even her closest advisers.', 'Fares would double', 'her closest advisers'],
  ])('%s', (text, words, mention) => {
    const s = sourceOf(text, words);
    expect(s.mention).toBe(mention);
    expect(s.speaker).not.toBeNull();
  });

  test.each([
    // A quote with nothing after it names no one; a plain phrase reads as before.
    ['Rents would rise, according to “', 'Rents would rise', null],
    ['Rents would rise, according to the council.', 'Rents would rise', 'the council'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('two adverbs joined by a comma stand between subject and verb (source.ts commaBetweenAdverbs)', () => {
  test.each([
    ['Ana Ruiz spoke in Ames on Monday. At the rally, she repeatedly, pointedly criticized the harbor plan.', 'the harbor plan', 'she'],
    ['At the hearing, the mayor quietly, firmly rejected the ferry budget.', 'the ferry budget', 'the mayor'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // An aside between commas still reads as before.
    ['Ana Ruiz, visibly angry, criticized the harbor plan.', 'the harbor plan', 'Ana Ruiz'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
