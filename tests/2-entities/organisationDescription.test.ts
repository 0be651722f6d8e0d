/**
 * A definite description of an organisation ("the court", "the airline", "this company") that
 * speaks is the organisation the article named in the last few sentences: one whose name holds
 * the head word, else the only one of the head's kind; never a person or a place, and nothing
 * when no organisation fits.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const speakers = (text: string) => analyze(text).utterances.map((u) => u.speaker?.name);
/** The speakers of words said, not of the `topic` of an act ("Acme Corp. sued [Brightwell Ltd.]" is Acme's act, no words). */
const sayers = (text: string) => analyze(text).utterances.filter((u) => u.form !== 'topic').map((u) => u.speaker?.name);

const linked: ReadonlyArray<{ text: string; speaker: string }> = [
  // The head word is in the name.
  { text: 'The Northland Court of Appeal ruled on Tuesday. The court said that the fine was lawful.', speaker: 'Northland Court of Appeal' },
  { text: 'The Ministry of Water Affairs opened an inquiry. The ministry said that the dam was safe.', speaker: 'Ministry of Water Affairs' },
  { text: 'The Coastal Fisheries Agency closed the bay. "We had no choice," the agency said.', speaker: 'Coastal Fisheries Agency' },
  { text: 'The Green Valley Party met in Brampton on Sunday. "We will win the seat," the party said.', speaker: 'Green Valley Party' },
  { text: 'The Harbour Workers Union called a strike on Monday. The union said that talks had failed.', speaker: 'Harbour Workers Union' },
  { text: 'The Bank of Dorland raised its rates. "Inflation is too high," the bank said.', speaker: 'Bank of Dorland' },
  { text: 'Kestrel Group bought three mills. The group said that no jobs would go.', speaker: 'Kestrel Group' },
  { text: 'Pinecrest Company cut 200 jobs in March. "We regret this," the company said.', speaker: 'Pinecrest Company' },
  // The head is a kind: the only organisation of that kind nearby.
  { text: 'Nordair was banned from the airport last week. The airline denied the charges.', speaker: 'Nordair' },
  { text: 'Acme Corp. cut 200 jobs on Monday. "We regret this," the company said.', speaker: 'Acme Corp.' },
  { text: 'The Harbour Times printed the letter on Friday. The newspaper said that it stood by the story.', speaker: 'Harbour Times' },
  { text: 'Brightwell Ltd. lost the contract in May. The firm said that it would appeal.', speaker: 'Brightwell Ltd.' },
];

const unlinked: ReadonlyArray<{ text: string; not: string }> = [
  // No court named: "the court" is no one of the article.
  { text: 'Maria Lopez spoke on Monday. The court said that the law was void.', not: 'Maria Lopez' },
  // Only a person named: "the party" is not her.
  { text: 'Maria Lopez spoke on Monday. "We will win," the party said.', not: 'Maria Lopez' },
  // A place is never an organisation's antecedent.
  { text: 'Floods hit Brampton on Monday. "We are ready," the company said.', not: 'Brampton' },
  // Two businesses, neither named with the word: the kind alone does not choose.
  { text: 'Acme Corp. sued Brightwell Ltd. on Monday. "The claim is baseless," the company said.', not: 'Acme Corp.' },
];

describe('a definite description of an organisation is the organisation the article named', () => {
  test.each(linked)('$text', ({ text, speaker }) => {
    expect(speakers(text)).toContain(speaker);
  });
  test.each(unlinked)('nothing named fits: $text', ({ text, not }) => {
    const found = sayers(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain(not);
    expect(found.every((s) => s === undefined || !/Brightwell|Acme/.test(s))).toBe(true);
  });
});

describe('a description inside a quote is a stance target', () => {
  test.each([
    ['Norvik Air cut 300 jobs on Monday. "The airline has failed its pilots and lied to them," said Tom Reyes.', 'Tom Reyes', 'Norvik Air'],
    ['The Harwick Bank closed ten branches. "The bank has failed its workers," said Ann Cole.', 'Ann Cole', 'Harwick Bank'],
    // "the airline" is the body whose name has an airline's word, or a name with no body's word at all.
    ['Norvik Air cut 300 jobs on Monday. Tom Reyes said the airline had lied to its pilots.', 'Tom Reyes', 'Norvik Air'],
    ['Trevane Airways cut 300 jobs on Monday. "This airline has lied to its pilots," said Tom Reyes.', 'Tom Reyes', 'Trevane Airways'],
    ['Lufthansa cut 300 jobs on Monday. Tom Reyes said the airline had lied to its pilots.', 'Tom Reyes', 'Lufthansa'],
    // A body's word as the head: the body whose name holds it.
    ['The Ruritanian Football Federation banned the club. "The federation has failed the fans," said Tom Reyes.', 'Tom Reyes', 'Ruritanian Football Federation'],
    ['The Harbor Relief Fund closed in May. Ann Cole said the fund had lied to its donors.', 'Ann Cole', 'Harbor Relief Fund'],
  ])('%s', (text, source, target) => {
    const s = analyze(text).stances.find((x) => x.source.name === source && x.target.name === target);
    expect(s?.polarity).toBe('criticism');
  });

  test('"the federation" with no federation named is no one', () => {
    const stances = analyze('The Senate passed the bill on Monday. "The federation has failed the fans," said Tom Reyes.').stances;
    expect(stances.filter((x) => x.target.name === 'Senate')).toEqual([]);
  });

  test('"the airline" is no body of another kind', () => {
    const stances = analyze('The Senate passed the bill on Monday. Tom Reyes said the airline had lied to its pilots.').stances;
    expect(stances.filter((x) => x.target.name === 'Senate' && x.polarity === 'criticism')).toEqual([]);
  });
});

/** Five sentences of filler put the named body past the few sentences a description looks back over. */
const FILLER = 'Rain fell in the north. Prices rose in May. The roads were closed. Schools stayed shut. Trains ran late. ';

describe('past the last few sentences, "the court" is the court the article names most', () => {
  test.each([
    // Named twice, then far back: still the article's court.
    ['The Northland Court of Appeal heard the case. The Northland Court of Appeal ruled on Tuesday. ' + FILLER + 'The court said that the fine was lawful.', 'Northland Court of Appeal'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toContain(speaker);
  });

  test('a far description inside a quote is the stance target', () => {
    const text = 'The Harwick Bank closed ten branches. The Harwick Bank cut 300 jobs. ' + FILLER + '"The bank has failed its workers," said Ann Cole.';
    const s = analyze(text).stances.find((x) => x.source.name === 'Ann Cole' && x.target.name === 'Harwick Bank');
    expect(s?.polarity).toBe('criticism');
  });

  test.each([
    // Named once only: too little to say it is the article's court.
    'The Northland Court of Appeal ruled on Tuesday. ' + FILLER + 'The court said that the fine was lawful.',
    // Two courts named as often: neither is the article's court.
    'The Northland Court of Appeal ruled. The Northland Court of Appeal met. The Dorland High Court ruled. The Dorland High Court met. ' + FILLER + 'The court said that the fine was lawful.',
  ])('no single court stands out: %s', (text) => {
    expect(speakers(text).filter((s) => s && /Court/.test(s))).toEqual([]);
  });
});

/** The mentions of the entity named `name`, as the text they cover. */
const mentionsOf = (text: string, name: string) =>
  analyze(text).entities.find((e) => e.name === name)?.mentions.map((m) => text.slice(m.start, m.end)) ?? [];

describe('a body described in apposition before its name is found by that description', () => {
  test.each([
    ['Regulators barred the freight carrier Norland Cargo from the port. "The carrier is corrupt," said Ada Vale.', 'Norland Cargo', 'The carrier'],
    // Two bodies near: the apposition, not the kind, chooses.
    ['The Port Authority fined the carrier Norland Cargo. Later the carrier paid the fine.', 'Norland Cargo', 'the carrier'],
    ['The Port Authority fined the advocacy group Open Harbor in May. Later the group paid the fine.', 'Open Harbor', 'the group'],
    // The tagger reads "carrier ships" as a compound; "ships" before a noun is the carrier's verb.
    ['Regulators barred the freight carrier Norland Cargo from the port. "The carrier ships rockets to the rebels," said Ada Vale.', 'Norland Cargo', 'The carrier'],
  ])('%s', (text, name, description) => {
    expect(mentionsOf(text, name)).toContain(description);
  });

  test.each([
    // A time after the noun is no name of it; a noun that is no body's ("state") describes none.
    ['Ada Vale filed the complaint Monday. The complaint was dismissed.', 'Monday', 'The complaint'],
    ['Voters backed the state Supreme Court in May. The state will vote again.', 'Supreme Court', 'The state'],
    // No apposition: "the carrier" after a body named without the word stays no one.
    ['The navy sent Norland Cargo to the gulf. The carrier is old.', 'Norland Cargo', 'The carrier'],
  ])('no apposition: %s', (text, name, description) => {
    expect(mentionsOf(text, name)).not.toContain(description);
  });
});
