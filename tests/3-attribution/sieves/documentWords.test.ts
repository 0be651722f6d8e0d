/**
 * A document's words are its author's: a memo, a notice, an email or a banner whose text a quote
 * gives, introduced by "read" before or after it (src/3-attribution/sieves/documentWords.ts,
 * `documentAuthor` and `documentJustBefore` in src/3-attribution/speaker.ts). Issue #13, class 2.
 * Every sentence is invented; each row has its own words, author and document.
 */
import { describe, expect, test } from 'vitest';
import { documentWords } from '../../../src/3-attribution/sieves/documentWords.js';
import { expectUtterance, utterancesOf } from '../../helpers.js';
import { prepare } from './prepare.js';

describe('a quote that is the text of a document is its author\'s', () => {
  test.each([
    // The author makes the document, then a relative clause with "read" and the text.
    ['On Tuesday the Orrin Valley Water Board sent residents a memo that read: "Boil all tap water until further notice."', 'Boil all tap water until further notice.', 'Orrin Valley Water Board', 'read'],
    ['Late last night, Tomas Reyes circulated an email which reads, in full, "I will not stand for a third term."', 'I will not stand for a third term.', 'Tomas Reyes', 'reads'],
    ['The Pellham Miners Union has published a statement reading, "No member will cross the line at dawn."', 'No member will cross the line at dawn.', 'Pellham Miners Union', 'reading'],
    // A recording or a written thing besides documents (MEDIA_NOUNS, WRITTEN), with "said".
    ['Mayor Ines Harwick released a campaign video that said, "Every pothole on Elm Street will be gone by June."', 'Every pothole on Elm Street will be gone by June.', 'Ines Harwick', 'said'],
    ['The Corvale Rail Union hung a banner that said, "No contract, no trains, no exceptions this winter."', 'No contract, no trains, no exceptions this winter.', 'Corvale Rail Union', 'said'],
    // The document's owner before it, with "'s" or after "from"/"by".
    ['Judge Hilda Varga\'s memo reads: "Counsel shall file their briefs by noon."', 'Counsel shall file their briefs by noon.', 'Hilda Varga', 'reads'],
    ['An email from Tomas Reyes read, "The budget vote moves to Friday."', 'The budget vote moves to Friday.', 'Tomas Reyes', 'read'],
    // "It read" and "the memo read" a sentence after the document is made.
    ['Petra Solberg wrote a note for the neighbours. It read, "Gone to the market, back by six."', 'Gone to the market, back by six.', 'Petra Solberg', 'read'],
    ['The Orrin Valley Water Board issued a memo to farmers. The memo read, in part, "Irrigation is suspended for the week."', 'Irrigation is suspended for the week.', 'Orrin Valley Water Board', 'read'],
    // The text first, "read" and the document after it.
    ['Tomas Reyes released an email at dawn. "Nobody leaves before the count is done," the email read.', 'Nobody leaves before the count is done,', 'Tomas Reyes', 'read'],
    ['The Pellham Miners Union posted a memo overnight. "The strike goes on," read the memo.', 'The strike goes on,', 'Pellham Miners Union', 'read'],
  ])('%s', (text, words, speaker, cue) => {
    expectUtterance(text, { text: words, speaker, cue });
  });

  // Known gaps: an author after a participle other than "signed"; a document made by a verb that
  // AUTHORING does not list ("pinned", "drafted") or by a phrasal verb ("put out"), or not
  // written in DOCUMENTS/WRITTEN ("notice"); a recipient between the author and the document.
  test.fails.each([
    ['A note written by Petra Solberg read, "Feed the goats twice a day."', 'Feed the goats twice a day.', 'Petra Solberg', 'read'],
    ['Petra Solberg pinned a note to the barn door. It read, "Gone to the market, back by six."', 'Gone to the market, back by six.', 'Petra Solberg', 'read'],
    ['The Pellham Miners Union drafted a notice overnight. "The strike goes on," read the notice.', 'The strike goes on,', 'Pellham Miners Union', 'read'],
    ['The Pellham Miners Union has put out a leaflet reading, "No member will cross the line at dawn."', 'No member will cross the line at dawn.', 'Pellham Miners Union', 'reading'],
    ['Tomas Reyes sent his staff an email at dawn. "Nobody leaves before the count is done," the email read.', 'Nobody leaves before the count is done,', 'Tomas Reyes', 'read'],
  ])('not yet: %s', (text, words, speaker, cue) => {
    expectUtterance(text, { text: words, speaker, cue });
  });

  test('the document\'s words follow another speaker\'s quote and stay the author\'s', () => {
    const text = 'Hilda Varga told the court, "The delay helps no one." Tomas Reyes then released a memo which read, "We asked for the delay in good faith."';
    expectUtterance(text, { text: 'The delay helps no one.', speaker: 'Hilda Varga' });
    expectUtterance(text, { text: 'We asked for the delay in good faith.', speaker: 'Tomas Reyes', cue: 'read' });
  });

  test('a document posted online is a post', () => {
    expectUtterance('Petra Solberg posted a message on Instagram that read, "Thank you to every volunteer."', { text: 'Thank you to every volunteer.', kind: 'post', speaker: 'Petra Solberg' });
  });
});

describe('"said" and "stated" after a document: the cue is the verb, the speaker the author', () => {
  test.each([
    ['The Orrin Valley Water Board released a memo that said, "Wells in the east field are unsafe."', 'Wells in the east field are unsafe.', 'Orrin Valley Water Board'],
    ['A letter from Tomas Reyes stated, "The count resumes at nine."', 'The count resumes at nine.', 'Tomas Reyes'],
    ['Judge Hilda Varga\'s memo said: "No cameras in the courtroom."', 'No cameras in the courtroom.', 'Hilda Varga'],
  ])('%s', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker });
  });

  // Known gaps: a phrasal verb of making ("sent out"); a written thing of WRITTEN ("email"), which
  // "read" accepts as a document but "said" does not. (Letting speakerOf take WRITTEN heads too
  // changed 8 of 956 news texts, 5 of them for the worse: an ad's or an editorial's author is
  // seldom the name documentAuthor finds.)
  test.fails.each([
    ['The Orrin Valley Water Board sent out a memo that said, "Wells in the east field are unsafe."', 'Wells in the east field are unsafe.', 'Orrin Valley Water Board'],
    ['An email from Tomas Reyes stated, "The count resumes at nine."', 'The count resumes at nine.', 'Tomas Reyes'],
  ])('not yet: %s', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker });
  });
});

describe('no document\'s words', () => {
  /** What the sieve finds for the last quote of `text`. */
  const found = (text: string) => {
    const st = prepare(text);
    const q = st.seg.quotes.at(-1);
    return q ? documentWords(st.seg, st.ents, q) : null;
  };
  test.each([
    // A person reads: the reader is no document.
    ['At the vigil, Hilda Varga read, "Rest now, brave friend."'],
    ['Tomas Reyes told reporters he had read, "Terms apply," in the fine print.'],
    // "read like", "read as": no text of the document follows.
    ['The memo, which reads like a ransom note, arrived on Monday. "We will reply in time," Petra Solberg said.'],
    // A person reads out of a document.
    ['"The hearing is closed," Hilda Varga read from the notice.'],
    // Papers taken from someone are not their words.
    ['Records seized from the Pellham Miners Union read, "Dues unpaid since May."'],
  ])('%s', (text) => {
    expect(found(text)).toBeNull();
  });

  test('a relative "which reads like" clause makes no utterance', () => {
    expect(utterancesOf('The report, which reads like a thriller, runs to ninety pages.')).toEqual([]);
  });
});

describe('a document with no author in the text', () => {
  test('speaks itself (see documentWithoutAuthor.test.ts)', () => {
    const st = prepare('A banner over the bridge read, "Welcome home, Rovers."');
    const d = documentWords(st.seg, st.ents, st.seg.quotes.at(-1)!);
    expect(d && st.ents.entities[d.speaker]!.type).toBe('document');
  });
});
