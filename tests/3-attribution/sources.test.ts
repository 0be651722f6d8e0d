import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { expectCoveredBy, expectUtterance, utterancesOf } from '../helpers.js';
import { segment } from '../../src/1-segment/segment.js';

const said = (text: string) => analyze(text).utterances.map((u) => [u.kind, u.speaker?.name ?? null, u.text]);

describe('who speaks in recordings, quoted transcripts and participle clauses', () => {
  test.each([
    [
      'The advertisement closes with footage of Senator Maria Lopez saying, “We will not back down.”',
      'Maria Lopez',
      'We will not back down.',
    ],
    [
      'A video of Governor Tom Reyes telling supporters, “This race is ours,” spread quickly.',
      'Tom Reyes',
      'This race is ours,',
    ],
    ['The station aired a partial transcript:\n\n"BRANDT: We will win this fight."', 'Brandt', 'We will win this fight.'],
    [
      'Dana Price, star of the television series “Capitol,” thanked the governor for “standing up for our schools.”',
      'Dana Price',
      'standing up for our schools.',
    ],
  ])('%s', (text, speaker, words) => {
    expect(said(text)).toContainEqual([expect.any(String), speaker, words]);
  });

  test.each([
    ['Senator Maria Lopez spent the week before the caucuses portraying her rival as out of touch.', 'Maria Lopez'],
    ['Governor Tom Reyes was heard on a microphone telling aides that the plan would fail.', 'Tom Reyes'],
  ])('a participle takes the subject of its clause, not the phrase before it: %s', (text, speaker) => {
    const speakers = analyze(text).utterances.map((u) => u.speaker?.name);
    expect(speakers).toContain(speaker);
    expect(speakers).not.toContain('caucuses');
    expect(speakers).not.toContain('microphone');
  });

  test.each([
    ['The footage shows the crowd outside the hall.'],
    ['A transcript of the hearing was released on Friday.'],
  ])('no speech: %s', (text) => {
    expect(analyze(text).utterances).toEqual([]);
  });
});

describe('headline labels', () => {
  test.each([
    ['Lopez: Governor’s plan ‘Not Fit For Our State’\n\nThe senator spoke on Sunday.', 'Lopez'],
    ['Senator Maria Lopez: the governor must resign before the vote\n\nShe spoke on Sunday.', 'Maria Lopez'],
  ])('a name and a colon opening a line report that person: %s', (text, speaker) => {
    expect(analyze(text).utterances[0]?.speaker?.name).toBe(speaker);
  });

  test.each([['Update: The vote was delayed until Friday.'], ['Note: this story has been corrected.'], ['Washington: a city of monuments and traffic.']])(
    'an editorial label or a place before a colon is nobody: %s',
    (text) => {
      expect(analyze(text).utterances).toEqual([]);
    },
  );
});

describe('the subject past times, asides, brackets, apposition chains and relative clauses', () => {
  test.each([
    ['Senator Ann Price on Saturday criticized the accord as weak.', 'the accord as weak', 'Ann Price', 'Senator Ann Price'],
    ['Governor Tom Reyes earlier Thursday said the committee had met 75 times.', 'the committee had met 75 times', 'Tom Reyes', 'Governor Tom Reyes'],
    ['Mayor Lena Ortiz late last week said the budget was balanced.', 'the budget was balanced', 'Lena Ortiz', 'Mayor Lena Ortiz'],
    ['The report released last week said the plan would fail.', 'the plan would fail', 'report', 'The report'],
    ['Senator Ann Price, during a town hall meeting in Columbus, Ohio, said she would fight for the miners.', 'she would fight for the miners', 'Ann Price', 'Senator Ann Price'],
    ['Nurses at the hospital, citing long shifts, said they would strike.', 'they would strike', 'Nurses', 'Nurses'],
    ['Sen. Ann Price (D-Ill.), noting the size of the crowd, said the rally was a success.', 'the rally was a success', 'Ann Price', 'Sen. Ann Price'],
    ['Officials who spoke with The Washington Post said the agency was broken.', 'the agency was broken', 'Officials', 'Officials'],
    ['Progressive groups that have endorsed him say the delegates should choose.', 'the delegates should choose', 'Progressive groups', 'Progressive groups'],
    ['Marta Ruiz, the editor of the city’s largest newspaper, El Diario, said every mayor was political.', 'every mayor was political', 'Marta Ruiz', 'Marta Ruiz'],
    ['Cory James, 22, of Flint, Mich., said he had not given up hope.', 'he had not given up hope', 'Cory James', 'Cory James'],
    ['James Lee, a former official who now studies the cyber activities of nations, said the attack was not new.', 'the attack was not new', 'James Lee', 'James Lee'],
  ])('%s', (input, text, speaker, mention) => {
    expectUtterance(input, { text, speaker, mention });
  });

  test.each([
    ['In Chicago, the mayor, Rahm Emanuel, said the budget was balanced.', 'Chicago'],
    ['Voters in Columbus, Ohio, said the race was close.', 'Ohio'],
    ['The man who Senator Ann Price praised on Friday said the plan was fair.', 'Ann Price'],
    ['The man who Senator Ann Price praised on Friday said the plan was fair.', 'Friday'],
    ['Senator Ann Price on Saturday criticized the accord as weak.', 'Saturday'],
  ])('not the place, time or object before the verb: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers).not.toContain(wrong);
  });
});

describe('quote sources with modifiers, titles, possessives and brackets', () => {
  test.each([
    ['“Our friends no longer fear us,” former Florida governor Jeb Bush said.', 'Our friends no longer fear us,', 'Jeb Bush', 'Florida governor Jeb Bush'],
    ['“We take our obligations seriously,” State spokesman Mark Toner said Friday.', 'We take our obligations seriously,', 'Mark Toner', 'spokesman Mark Toner'],
    ['“He needs to stop blaming everyone else,” the conservative-leaning newspaper wrote.', 'He needs to stop blaming everyone else,', 'conservative-leaning newspaper', 'the conservative-leaning newspaper'],
    ['“We raised $44 million,” Jeff Weaver, Sanders’ campaign manager, said in a statement.', 'We raised $44 million,', 'Jeff Weaver', 'Jeff Weaver'],
    ['“That was her constituency,” said Ohio State University professor Paul Beck.', 'That was her constituency,', 'Paul Beck', 'Ohio State University professor Paul Beck'],
    ['“It was his first rebellion,” said his best friend at college, Bruce Turry.', 'It was his first rebellion,', 'Bruce Turry', 'his best friend at college, Bruce Turry'],
    ['“There is tremendous energy,” Rep. Earl Blumenauer (D-Ore.) said.', 'There is tremendous energy,', 'Earl Blumenauer', 'Rep. Earl Blumenauer'],
    ['Said Senator Ann Price, “The thought that an error on our part is connected is painful.”', 'The thought that an error on our part is connected is painful.', 'Ann Price', 'Senator Ann Price'],
    ['But, said Senator Ann Price, “I do not want a fight.”', 'I do not want a fight.', 'Ann Price', 'Senator Ann Price'],
  ])('%s', (input, text, speaker, mention) => {
    expectUtterance(input, { text, speaker, mention });
  });

  test.each([
    ['“It was a disaster,” said the senator’s critics. Said to be ill, the governor stayed home.', 'governor'],
    ['“We will win,” said his rival, a former mayor.', 'former mayor'],
  ])('not a name outside the source phrase: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name);
    expect(speakers).not.toContain(wrong);
  });
});

describe('who speaks a participle: the clause subject, or the phrase before it', () => {
  test.each([
    ['Senator Ann Price threw her support behind Governor Tom Reyes on Wednesday, saying it was time to unite.', 'it was time to unite', 'Ann Price'],
    ['Senator Ann Price, who is a veteran, also decried the ban on refugees, noting that the governor had served nothing.', 'the governor had served nothing', 'Ann Price'],
    ['Mayor Lena Ortiz was upfront about her distaste for Governor Tom Reyes, the front-runner, saying that the voters deserved better.', 'the voters deserved better', 'Lena Ortiz'],
    ['Governor Tom Reyes has improved his standing, with 30 percent of voters saying they trust him.', 'they trust him', '30 percent'],
    ['The governor’s remarks had Republicans wondering whether he would stay in the race.', 'he would stay in the race', 'Republican Party'],
    ['The Reyes campaign issued a statement saying the governor would not attend.', 'the governor would not attend', 'Reyes campaign'],
    ['Senator Ann Price claimed victory in a tweet, saying: “We just won the state!”', 'We just won the state!', 'Ann Price'],
  ])('%s', (input, text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });

  test.each([
    ['Senator Ann Price was on CNN talking about her plan to cut taxes.', 'CNN'],
    ['Governor Tom Reyes emailed supporters saying the fight would go on.', 'supporters'],
    ['Senator Ann Price issued a statement saying the vote was rigged.', 'statement'],
    ['Mayor Lena Ortiz was upfront about her distaste for Governor Tom Reyes, the front-runner, saying that the voters deserved better.', 'Tom Reyes'],
  ])('not the object or the place before it: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers).not.toContain(wrong);
  });
});

describe('a report claims its clause before a noun cue or a subordinate clause does', () => {
  test.each([
    ['Governor Tom Reyes’s accusation that the mayor had hidden the report had hurt the party, Senator Ann Price said.', 'Ann Price'],
    ['When the moderator pointed out that the governor had not answered, Senator Ann Price said the voters wanted answers.', 'Ann Price'],
  ])('%s', (input, speaker) => {
    const all = utterancesOf(input);
    const last = all.filter((u) => u.kind === 'indirect').at(-1);
    expect(last?.speaker?.name).toBe(speaker);
  });

  test.each([
    ['When the moderator pointed out that the governor had not answered, Senator Ann Price said the voters wanted answers.', 'the governor had not answered', 'moderator'],
    ['Governor Tom Reyes said the mayor had hidden the report, and Senator Ann Price agreed.', 'the mayor had hidden the report', 'Tom Reyes'],
  ])('the subordinate report keeps its own speaker and ends at the main clause: %s', (input, text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });
});

describe('inverted sources the tagger splits, relative asides after a quote, adjunct phrase cues', () => {
  test.each([
    ['“It is an expensive model,” said Will Doyle, a professor at a state university.', 'It is an expensive model,', 'Doyle', 'Will Doyle'],
    ['“It was all the old trust stuff,” said a person close to the governor.', 'It was all the old trust stuff,', 'person', 'a person'],
    ['“He had so many plans,” his friend Omar Haddad told the website.', 'He had so many plans,', 'Omar Haddad', 'Omar Haddad'],
    ['“He did try to scare me,” said Ann Price, who wrote about the lawyer’s visit in her book. “Thank goodness it failed.”', 'Thank goodness it failed.', 'Ann Price', undefined],
    ['“We will raise money,” said one Republican involved in the planning, who spoke on the condition of anonymity.', 'We will raise money,', 'Republican', 'Republican'],
  ])('%s', (input, text, speaker, mention) => {
    expectUtterance(input, { text, speaker, ...(mention ? { mention } : {}) });
  });

  test.each([
    ['Senator Ann Price criticized the governor’s budget in a statement on Friday.', 'budget'],
    ['“He did try to scare me,” said Ann Price, who wrote about the lawyer’s visit in her book. “Thank goodness it failed.”', 'lawyer'],
    ['Governor Tom Reyes, who spoke on the condition of anonymity, said the vote would fail.', 'who'],
  ])('not the object before the phrase, nor the relative pronoun as a name: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name ?? '');
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.some((s) => s.includes(wrong))).toBe(false);
  });
});

describe('a dash label on the line after a quote', () => {
  test('the name on its own line attributes the quote above it', () => {
    expectUtterance('Quotable.\n\n“The whole idea of a nickname needs to stop.”\n\n-Ann Price, Philadelphia.', { text: 'The whole idea of a nickname needs to stop.', speaker: 'Ann Price' });
  });
  test('a bulleted sentence after a quote is no label', () => {
    const u = utterancesOf('Quotable.\n\n“The whole idea of a nickname needs to stop.”\n\n- Ann Price said the plan was dead.').find((x) => x.text.startsWith('The whole idea'));
    expect(u?.speaker?.name ?? null).not.toBe('Ann Price');
  });
});

describe('a colon after a clause', () => {
  test.each([
    ['Senate leader Ann Price delivered a blunt message to the governor: “It is time to stop attacking people.”', 'It is time to stop attacking people.', 'Ann Price'],
    ['The state election board was conclusive in its findings: “Further discussion is unnecessary.”', 'Further discussion is unnecessary.', 'state election board'],
    ['Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”', 'One of the biggest lessons was a simple one.', 'Carl Bialik'],
    ['Senator Ann Price: “We will win this fight.”', 'We will win this fight.', 'Ann Price'],
  ])('%s', (input, text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });

  test.each([
    ['Senate leader Ann Price delivered a blunt message to the governor: “It is time to stop attacking people.”', 'governor'],
    ['Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”', 'Pollsters'],
  ])('not the object before the colon: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name ?? '');
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.some((s) => s.includes(wrong))).toBe(false);
  });
});

describe('relative clauses with commas of their own, second verbs after "and"', () => {
  test.each([
    ['Sandy Phillips, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that the senator had been rude.', 'the senator had been rude', 'Sandy Phillips'],
    ['Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said the candidate was smart.', 'the candidate was smart', 'Slinker'],
    ['Party spokesman Sean Spicer on Thursday evening said the party was not in a crisis, and urged that everyone take a breath.', 'everyone take a breath', 'Sean Spicer'],
  ])('%s', (input, text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });

  test.each([
    ['Sandy Phillips, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that the senator had been rude.', 'Colorado'],
    ['Party spokesman Sean Spicer on Thursday evening said the party was not in a crisis, and urged that everyone take a breath.', 'party'],
    ['Senator Ann Price has expressed frustration, and even a little fear, about the debate, recently telling a friend that she was ready.', 'little fear'],
  ])('not a name inside the clause: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name ?? '');
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers).not.toContain(wrong);
  });
});

describe('long descriptions, subordinate clauses and dash asides between subject and verb', () => {
  test.each([
    ['Rich Heffley, a top state party operative who played a major role in the senator’s big win in 2008 and is now running the governor’s early-vote efforts in the state, said the campaign was strong.', 'the campaign was strong', 'Rich Heffley'],
    ['Senator Ann Price, when asked what was wrong with the governor’s plan, responded that the numbers did not add up.', 'the numbers did not add up', 'Ann Price'],
    ['A former presidential candidate -- Ann Price, who lost the 2008 election -- said the president offered no change.', 'the president offered no change', 'Ann Price'],
    ['On Friday, Governor Tom Reyes — mentioned by aides as a possible running mate — told reporters that he was ready.', 'he was ready', 'Tom Reyes'],
  ])('%s', (input, text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });

  test.each([
    ['A former presidential candidate -- Ann Price, who lost the 2008 election -- said the president offered no change.', 'former presidential candidate'],
    ['Senator Ann Price, when asked what was wrong with the governor’s plan, responded that the numbers did not add up.', 'governor'],
  ])('not the description or a name inside the aside: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name ?? '');
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.some((s) => s.includes(wrong))).toBe(false);
  });
});

describe('a run of quotes each credited by a dash after it', () => {
  const input = 'Readers responded. “He represents our greatest shame.” ― Sonya Herrera “During the debate he said we live in hell. He is ignorant.”― Pamela Padilla “I am so ashamed.” ― Jacklyn Ashford';
  test.each([
    ['He represents our greatest shame.', 'Sonya Herrera'],
    ['During the debate he said we live in hell. He is ignorant.', 'Pamela Padilla'],
    ['I am so ashamed.', 'Jacklyn Ashford'],
  ])('%s', (text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });

  test('the dash name is not the speaker of the quote after it, nor a reported clause', () => {
    const all = utterancesOf(input);
    expect(all.find((u) => u.text.startsWith('During'))?.speaker?.name).not.toBe('Sonya Herrera');
    expect(all.filter((u) => u.kind === 'indirect')).toEqual([]);
  });
});

describe('a "that" after a relative aside belongs to the verb after the aside', () => {
  test.each([
    ['The official, who spoke on the condition of anonymity to discuss internal deliberations, said that investigators were looking at the emails.', 'investigators were looking at the emails', 'official'],
    ['Senator Ann Price, who met the governor in December, said that the talks had failed.', 'the talks had failed', 'Ann Price'],
  ])('%s', (input, text, speaker) => {
    expectUtterance(input, { text, speaker, cue: 'said' });
  });

  test('the aside’s verb reports nothing past the comma', () => {
    const all = utterancesOf('The official, who spoke on the condition of anonymity to discuss internal deliberations, said that investigators were looking at the emails.');
    expect(all.filter((u) => u.cue?.text === 'spoke' && u.text.includes('investigators'))).toEqual([]);
  });
});

describe('a cue in a relative clause belongs to the relative pronoun, named by its antecedent', () => {
  test.each([
    ['Senator Ann Price, who has both endorsed the governor and criticized his campaign, offered a restrained embrace.', 'Ann Price', 'who'],
    ['Governor Tom Reyes, who said the plan was fair, left early.', 'Tom Reyes', 'who'],
  ])('%s', (input, speaker, mention) => {
    const u = utterancesOf(input).find((x) => x.kind === 'indirect');
    expect(u?.speaker?.name).toBe(speaker);
    expect(input.slice(u!.speaker!.mention!.start, u!.speaker!.mention!.end)).toBe(mention);
  });

  test.each([
    ['The man who Senator Ann Price praised on Friday said the plan was fair.', 'who'],
    ['Senator Ann Price, who met the governor, said the talks had failed.', 'who'],
  ])('a cue after the relative clause, or with a subject of its own, is not the pronoun’s: %s', (input, notMention) => {
    const u = utterancesOf(input).find((x) => x.kind === 'indirect');
    expect(u?.speaker?.mention).toBeDefined();
    expect(input.slice(u!.speaker!.mention!.start, u!.speaker!.mention!.end)).not.toBe(notMention);
  });
});

describe('party labels, chains after a preposition, agents of participles', () => {
  test.each([
    ['Senator Ann Price (D-Vt.) on Saturday criticized the accord as weak.', 'the accord as weak', 'Ann Price'],
    ['Senator Ann Price (D-Mo.) scolded him: “The scientific community is against you.”', 'The scientific community is against you.', 'Ann Price'],
    ['In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “We believe in cooperation.”', 'We believe in cooperation.', 'Jake Sullivan'],
    ['A letter from the veterans group obtained by a local newspaper warns that the emblem is protected.', 'the emblem is protected', 'letter'],
    ['The report released by the committee says the agency failed.', 'the agency failed', 'committee'],
  ])('%s', (input, text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });

  test('a bracketed label with an abbreviation does not end the sentence', () => {
    const tokens = segment('Senator Ann Price (D-Vt.) said the plan was dead.').doc.tokens;
    expect(new Set(tokens.map((t) => t.sentence)).size).toBe(1);
  });

  test.each([
    ['In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “We believe in cooperation.”', 'Observer'],
    ['A letter from the veterans group obtained by a local newspaper warns that the emblem is protected.', 'local newspaper'],
  ])('not the object of a preposition or the agent: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name ?? '');
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers).not.toContain(wrong);
  });
});

describe('documents with an author after "by", and noun cues that do not end a clause', () => {
  test.each([
    ['Price had 2,205 delegates, according to a tally by the Associated Press.', 'Price had 2,205 delegates', 'Associated Press'],
    ['A living wage is about $12 an hour, according to calculations by Amy Glasmeier of the state university.', 'A living wage is about $12 an hour', 'Amy Glasmeier'],
    ['Likewise, Governor Tom Reyes went after the mayor for following the president’s refusal to use the term and called for her to quit the race.', 'her to quit the race', 'Tom Reyes'],
  ])('%s', (input, text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });

  test.each([
    ['Price had 2,205 delegates, according to a tally by the Associated Press.', 'tally'],
    ['Likewise, Governor Tom Reyes went after the mayor for following the president’s refusal to use the term and called for her to quit the race.', 'president'],
  ])('not the document or the possessor of a noun cue: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name ?? '');
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers).not.toContain(wrong);
  });
});

describe('descriptions before a quote’s speaker, party labels in appositions, inversions ending a sentence', () => {
  test.each([
    ['“California stuck out as a place to compete,” the senator’s campaign manager, Jeff Weaver, said in an interview.', 'California stuck out as a place to compete,', 'Jeff Weaver'],
    ['On the other side, Sen. Ann Price (R-Tex.), a candidate for president, said: “This is wrong.”', 'This is wrong.', 'Ann Price'],
    ['They were the blue-collar Democrats in the 2008 primary, said state university professor Paul Beck. “That was her constituency.”', 'That was her constituency.', 'Paul Beck'],
  ])('%s', (input, text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });

  test.each([
    ['“We will win,” the Vice President, Mike Pence, said.'],
    ['“California stuck out as a place to compete,” the senator’s campaign manager, Jeff Weaver, said in an interview.'],
  ])('the description of the speaker is no reported clause: %s', (input) => {
    expect(utterancesOf(input).filter((u) => u.kind === 'indirect')).toEqual([]);
  });

  test('a comma and a clause after the cue is no inversion', () => {
    expectUtterance('The senator said the plan was dead, said the governor.', { text: 'the plan was dead', speaker: 'senator' });
  });
});

describe('participles opening a sentence, shares and quantifiers as subjects', () => {
  test.each([
    ['After blasting the report for linking to an article, Senator Ann Price doubled down on her criticism.', 'the report', 'Ann Price'],
    ['After saying he was nervous to ask a question, the man ended up in the middle of the room.', 'he was nervous to ask a question', 'man'],
    ['Continuing to explain her view, Senator Ann Price rejected the notion that the episode was over.', 'the episode was over', 'Ann Price'],
    ['More than six in 10 said they were not looking forward to the next few months.', 'they were not looking forward to the next few months', 'More than six in 10'],
    ['Some argue that their net worths are far lower.', 'their net worths are far lower', 'Some'],
    ['The budget office now says the reckoning will arrive sooner.', 'the reckoning will arrive sooner', 'budget office'],
    ['Rep. Ann Price (D-Md.), chair of the party’s platform drafting committee, said the talks were fine.', 'the talks were fine', 'Ann Price'],
  ])('%s', (input, text, speaker) => {
    expectCoveredBy(input, text, speaker);
  });

  test.each([
    ['After the report came out, the senator’s aides said nothing.', 'report'],
    ['In 2010, six in 10 voters backed the measure.', '10'],
    ['Senator Ann Price, who has both endorsed the governor and criticized his campaign, offered a restrained embrace.', 'both'],
  ])('no opening phrase or number as a speaker: %s', (input, wrong) => {
    const speakers = utterancesOf(input).map((u) => u.speaker?.name ?? '');
    expect(speakers).not.toContain(wrong);
  });
});

describe('a colon before a quote introduces it and reports nothing itself', () => {
  test('the quote after the colon keeps its own cue and no reported clause wraps it', () => {
    const all = utterancesOf('Senator Ann Price was blunt: “We will win this fight,” she said.');
    expect(all.filter((u) => u.kind === 'indirect')).toEqual([]);
    expect(all.find((u) => u.text === 'We will win this fight,')?.speaker?.name).toBe('Ann Price');
  });
});

describe('"according to" names its source after it', () => {
  test.each([
    ['Senator Maria Lopez demeaned her staff for years, according to show insiders.', 'insiders', 'Senator Maria Lopez demeaned her staff for years'],
    ['The family watched the videos on Thursday, according to their attorneys.', 'their attorneys', 'The family watched the videos on Thursday'],
  ])('%s', (text, speaker, words) => {
    expect(said(text)).toContainEqual(['indirect', speaker, words]);
  });

  test('with nothing after it that can speak, the subject before it is not the source', () => {
    const u = analyze('Senator Maria Lopez demeaned her staff for years, according to.').utterances;
    expect(u.filter((x) => x.speaker?.name === 'Maria Lopez')).toEqual([]);
  });

  test('"…, according to X, and said …": the second report is not X\'s', () => {
    const u = analyze('The relatives of Maria Lopez watched the videos, according to their attorneys, and said they had questions.').utterances;
    const second = u.find((x) => x.text.startsWith('they had questions'));
    expect(second).toBeDefined();
    expect(second?.speaker?.name).not.toBe('their attorneys');
  });
});
