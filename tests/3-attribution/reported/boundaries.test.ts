/**
 * Where a reported clause starts and ends (src/3-attribution/reported/*), for the constructions
 * of issue 13 read on PolNeAR: an object report runs to the end of its clause; a speech cue whose
 * lexicon row takes an object reports it; a cue after a comma whose source follows it ("…, said
 * X, a title") reports what came before. One table per construction, each with sentences where
 * it must not fire. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { describeUtterances } from '../../helpers.js';

/** The text of the reported clause whose cue is `cue` (its first word), or null when that cue reports none. */
function reportOf(text: string, cue: string): string | null {
  const a = analyze(text);
  const u = a.utterances.find((x) => x.kind === 'indirect' && x.cue !== undefined && x.cue.text.split(/\s+/)[0] === cue);
  return u ? u.text : null;
}

/** The speaker's mention of the utterance that holds `words`. */
function mentionOf(text: string, words: string): string | null {
  const a = analyze(text);
  const u = a.utterances.find((x) => x.text.includes(words));
  expect(u, `no utterance holds ${JSON.stringify(words)}\n${describeUtterances(text, a.utterances)}`).toBeDefined();
  const m = u!.speaker?.mention;
  return m ? text.slice(m.start, m.end) : null;
}

describe('an object report runs to the end of its clause (clauseReader.ts objectPhrase)', () => {
  test.each([
    ['The governor announced a plan from the transport office to widen the coastal road.', 'announced', 'a plan from the transport office to widen the coastal road'],
    ['Senator Vale criticized the budget over its cuts to rural clinics.', 'criticized', 'the budget over its cuts to rural clinics'],
    ['The mayor praised the firefighters as heroes of the flood.', 'praised', 'the firefighters as heroes of the flood'],
    ['The minister cited figures from the harbor authority showing a drop in traffic.', 'cited', 'figures from the harbor authority showing a drop in traffic'],
    // A quote that goes on from a word is part of the object, its closing mark too.
    ['Senator Vale criticized the budget as a “quiet betrayal” of rural clinics.', 'criticized', 'the budget as a “quiet betrayal” of rural clinics'],
    ['The mayor praised the volunteers for their “stubborn kindness” during the flood.', 'praised', 'the volunteers for their “stubborn kindness” during the flood'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // An adjunct of the cue's own stays out of the report.
    ['Senator Vale criticized the decision via a long post.', 'criticized', 'the decision'],
    ['The mayor announced the closure on Friday morning.', 'announced', 'the closure'],
    // A quote after the object is reported on its own.
    ['The minister announced his decision, “We had no other choice than to act.”', 'announced', 'his decision'],
    ['The governor criticized the ruling from the bench: “It ignores the people of the valley.”', 'criticized', 'the ruling from the bench'],
    // The clause still stops at a second report.
    ['The council criticized the budget, and the mayor said she would veto it.', 'criticized', 'the budget'],
  ])('it stops before an adjunct, a quote or another report: %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a speech cue whose lexicon row takes an object reports that object (objectReports.ts)', () => {
  test.each([
    ['The senator lamented the state of the campaign as a contest of insults.', 'lamented', 'the state of the campaign as a contest of insults'],
    ['The report underscored the challenge facing the new council.', 'underscored', 'the challenge facing the new council'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // A row less sure of itself than OBJECT_BY_LEXICON_MIN_CONFIDENCE: an act, not a report.
    ['Senator Tom Reyes defended the measure on Wednesday.', 'defended', 'the measure'],
    // The object of "ask" and "urge" is the addressee, not the report.
    ['The mayor asked the council for more time.', 'asked', 'the council'],
    ['The governor urged the voters in the north.', 'urged', 'the voters in the north'],
    // A negated cue reports nothing.
    ['The senator did not lament the loss of the seat.', 'lament', 'the loss of the seat'],
    // A participle's object is left to the rows that list it; its source is only inherited.
    ['The race turned bitter, with the senator lamenting the state of the campaign.', 'lamenting', 'the state of the campaign'],
  ])('not an addressee, a negated cue or a participle: %s', (text, cue, report) => {
    expect(reportOf(text, cue)).not.toBe(report);
  });

});

describe('"…, said X, a title …": the report is before the cue (reportedClause.ts, source/inversion.ts)', () => {
  test.each([
    ['The new rules will hurt small farms, said Dana Kerr, a policy analyst at the Harbor Institute.', 'said', 'The new rules will hurt small farms', 'Dana Kerr'],
    ['The plan is not good enough, said Paul Oakes, a senior analyst at a bank, who notes that prices keep rising.', 'said', 'The plan is not good enough', 'Paul Oakes'],
    ['It is the first time a candidate has made the disease a campaign issue, said Robert Egan, executive director of the Care Alliance.', 'said', 'It is the first time a candidate has made the disease a campaign issue', 'Robert Egan'],
    ['The vote was closer than anyone expected, said Ana Ruiz, 45.', 'said', 'The vote was closer than anyone expected', 'Ana Ruiz'],
  ])('%s', (text, cue, report, mention) => {
    expect(reportOf(text, cue)).toBe(report);
    expect(mentionOf(text, report)).toBe(mention);
  });

  test.each([
    // With no comma before the cue, the cue opens the report.
    ['Also said Smith that the bridge would close.', 'said'],
    // A quote before the cue is a direct quote, not a reported clause.
    ['“The bridge will close,” said Dana Kerr, a policy analyst.', 'said'],
  ])('no comma and a clause before it, or a quote: %s', (text, cue) => {
    const got = reportOf(text, cue);
    expect(got === null || !got.startsWith('Also')).toBe(true);
    const a = analyze(text);
    expect(a.utterances.filter((u) => u.kind === 'indirect' && u.text.includes('bridge will close')).length).toBe(0);
  });

  test('a clause with its own verb after the comma is no description of the source', () => {
    const a = analyze('Prices rose sharply, said Smith, Jones agreed.');
    const u = a.utterances.find((x) => x.cue?.text === 'said');
    expect(u?.speaker?.name ?? null).not.toBe('Jones');
  });
});

describe('a report inside an opening participle phrase ends where the main clause starts (clauseReader.ts insideOpeningParticiple)', () => {
  test.each([
    ['Reacting to the mayor’s claim that the bridge was safe, Senator Ann Price said the facts mattered.', 'claim', 'the bridge was safe'],
    ['Responding to reports that the plant would close, the governor promised new jobs.', 'reports', 'the plant would close'],
    ['Responding to claims that the dam could fail, the council ordered repairs.', 'claims', 'the dam could fail'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // A cue in the main clause, after the participle's comma, reads its own clause through.
    ['Speaking in Dayton, the mayor said the bridge was safe, the tunnel was not.', 'said', 'the bridge was safe, the tunnel was not'],
    // No participle opens the sentence.
    ['The governor rejected the claim that the bridge was safe, and the mayor agreed.', 'rejected', 'the bridge was safe'],
  ])('nothing new: %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a report in a relative clause set off by commas ends before the main verb (clauseReader.ts relativeAside)', () => {
  test.each([
    ['Senator Hale, who said the dam was unsafe, voted for the bill.', 'said', 'the dam was unsafe'],
    ['The mayor, who called the plan a disaster, left the room.', 'called', 'the plan a disaster'],
    ['Clubs such as the Harbor Union, which has rejected every wage offer since May, are planning a march.', 'rejected', 'every wage offer since May'],
    ['Senator Hale, who said the dam was unsafe, also voted for the bill.', 'said', 'the dam was unsafe'],
    // A participle set off by commas inside the report is no main verb (review of 1c9f042).
    ['Senator Hale, who said the dam, built in 1950, was unsafe, voted for the bill.', 'said', 'the dam, built in 1950, was unsafe'],
    ['Senator Hale, who said the report, now finished, was flawed, voted no.', 'said', 'the report, now finished, was flawed'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // The comma closes an aside inside the report, before the report's own verb.
    ['Ann Pike, who said the port, and its owners above all, should pay for the repairs, spoke last.', 'said', 'the port, and its owners above all, should pay for the repairs'],
    // No relative clause: a comma and a verb inside the report do not end it.
    ['Senator Hale said the council cut taxes, raised fees and closed schools.', 'said', 'the council cut taxes, raised fees and closed schools'],
  ])('nothing cut: %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a report inside an opening subordinate clause ends where the main clause starts (clauseReader.ts isStop)', () => {
  test.each([
    // The clause ends in a quote whose comma stands inside its marks.
    ['Although Mayor Reyes admitted to the council that she and the builder had “known each other for years,” she insisted they had never met.', 'admitted', 'she and the builder had “known each other for years,”'],
    ['When Senator Hale called the deal “a fair bargain for the valley,” the farmers walked out.', 'called', 'the deal “a fair bargain for the valley,”'],
    // "even as", "just as": an adverb before the subordinator.
    ['Even as Senator Hale claimed on Monday that the port was safe, one of the inspectors said the cranes were rusting.', 'claimed', 'the port was safe'],
    ['Just as the governor promised that taxes would fall, the treasurer warned of a deficit.', 'promised', 'taxes would fall'],
    // A sentence adverb and its comma before the subordinator.
    ['Now, after Senator Hale argued that the vote narrowed the race, the team is suggesting that the race is over.', 'argued', 'the vote narrowed the race'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // No subordinator opens the sentence: a quote that ends in its comma does not end the report.
    ['Senator Hale said the deal was “a fair bargain for the valley,” the farmers were wrong and the port would stay open.', 'said', 'the deal was “a fair bargain for the valley,” the farmers were wrong and the port would stay open'],
    // "even" that opens no subordinate clause.
    ['Even the governor said that taxes would fall, the treasurer was sure.', 'said', 'taxes would fall, the treasurer was sure'],
    // A sentence adverb and its comma with no subordinator after them.
    ['Still, the mayor said the bridge was safe, the tunnel was not.', 'said', 'the bridge was safe, the tunnel was not'],
  ])('nothing cut: %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a noun cue in the subject: its report ends before the sentence’s own verb (subjectNounClause.ts)', () => {
  test.each([
    ['Senator Ann Lee’s early pledge to cut taxes was soon forgotten.', 'pledge', 'to cut taxes'],
    ['Senator Ann Lee spoke first. Her bold claims that crime was falling drew scrutiny.', 'claims', 'crime was falling'],
    ['Mayor Tom Reyes’s claim that the bridge would close soon angered drivers.', 'claim', 'the bridge would close soon'],
    // A name the tagger may read as a verb is no verb ("that Reyes ended …").
    ['Governor Dana Holt’s allegations that Tom Reyes ended the talks were denied.', 'allegations', 'Tom Reyes ended the talks'],
    // A phrase with no verb of its own ends at the sentence's first verb.
    ['Senator Ann Lee’s open endorsement of the harbor plan will make the vote hard to win.', 'endorsement', 'of the harbor plan'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // The noun is an object: the clause runs to its end.
    ['Voters ignored the mayor’s claim that crime was falling.', 'claim', 'crime was falling'],
  ])('nothing cut: %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  // Known limits: a clause opening inside the report ("who won"), or two verbs joined by "and",
  // leave the report uncut, so it runs on into the sentence's own verb.
  test.fails.each([
    ['Mayor Tom Reyes’s claim that the man who won was cheating angered voters.', 'claim', 'the man who won was cheating'],
    ['The mayor’s warning that rents would rise and wages would fall was ignored.', 'warning', 'rents would rise and wages would fall'],
  ])('cut before the sentence’s verb (not yet): %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a passive cue with a "by" agent reports its subject, and the agent speaks (passiveSubject.ts, source/passiveAgent.ts)', () => {
  test.each([
    ['The merger was reported by the Tribune on Monday.', 'reported', 'The merger', 'Tribune'],
    ['The new tariffs have been praised by farm groups across the state.', 'praised', 'The new tariffs', 'farm groups'],
    ['Senator Ann Lee’s budget was rejected by the Finance Committee.', 'rejected', 'Senator Ann Lee’s budget', 'Finance Committee'],
  ])('%s', (text, cue, report, agent) => {
    expect(reportOf(text, cue)).toBe(report);
    expect(mentionOf(text, report)).toContain(agent);
  });

  test.each([
    // Active voice: the subject speaks and the object is reported.
    ['The Tribune first reported the merger on Monday.', 'reported', 'the merger'],
    // A relative pronoun is no subject to report.
    ['The plan, which was rejected by the council, came back in May.', 'rejected', null],
  ])('nothing new: %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a passive subject stops at a clause word and is not read for an infinitive', () => {
  test('a clause word ends the subject', () => {
    expect(reportOf('Rain fell so hard that the levees were defended by volunteers.', 'defended')).toBe('the levees');
  });
  test('a finite passive reports its subject, an infinitive\'s ("to be denied by") reports nothing', () => {
    expect(reportOf('The rumour was denied by the mayor\'s office.', 'denied')).toBe('The rumour');
    expect(reportOf('The rumour is certain to be denied by the mayor\'s office.', 'denied')).toBeNull();
  });
});

describe('a passive with a clause after its agent reports the clause; a subject cut inside a phrase is not read', () => {
  test.each([
    ['The mayor was told by aides that the bridge was safe.', 'told', 'the bridge was safe'],
    ['It was announced by the mayor’s office that the pool would close.', 'announced', 'the pool would close'],
    ['The plan for the harbor was rejected by the council.', 'rejected', null],
    ['The tax and the levy were criticized by farmers.', 'criticized', null],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
  test('a noun cue whose report holds another cue keeps its report', () => {
    expect(reportOf('Senator Ann Lee’s claim that the mayor knew the bridge was unsafe angered voters.', 'claim')).toMatch(/^the mayor knew the bridge was unsafe/);
  });
});

describe('a partitive opens the clause after a say-verb whatever the tagger calls its head (clauseOpening.ts clauseAfterSayVerb)', () => {
  test.each([
    ['Clerk Ann Rowe said none of the losing bidders were named in the filing.', 'said', 'none of the losing bidders were named in the filing'],
    ['The mayor said most of the money had already been spent.', 'said', 'most of the money had already been spent'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // No verb follows: nothing is reported after the cue.
    ['Clerk Ann Rowe said none of it.', 'said'],
    ['Clerk Ann Rowe said none of that on Monday.', 'said'],
  ])('nothing reported: %s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

/** Every reported utterance of an invented text: [speaker name, cue, words]. */
function reportsOf(text: string): [string | null, string | undefined, string][] {
  return analyze(text).utterances.map((u) => [u.speaker?.name ?? null, u.cue?.text, u.text]);
}

describe('a participle cue after "…, X said," is a report of its own, with X as speaker (clauseOpening.ts participleCueAt)', () => {
  test.each([
    // After a quote: the quote is the said-cue's, the participle's clause its own, of the same speaker.
    ['Mayor Ines Kovac spoke on Monday. “We will not close the pier,” Kovac said, vowing to find the money elsewhere.', [['Ines Kovac', 'said', 'We will not close the pier,'], ['Ines Kovac', 'vowing', 'to find the money elsewhere']]],
    ['“The levy is fair,” Councillor Tom Reid said, arguing that the town had waited long enough.', [['Tom Reid', 'said', 'The levy is fair,'], ['Tom Reid', 'arguing', 'the town had waited long enough']]],
    // After a clause and an adjunct: the same.
    ['Fares will go up, Mayor Ines Kovac said on Monday, noting that fuel costs had doubled.', [['Ines Kovac', 'said', 'Fares will go up'], ['Ines Kovac', 'noting', 'fuel costs had doubled']]],
  ])('%s', (text, expected) => {
    expect(reportsOf(text)).toEqual(expected);
  });

  test.each([
    // A participle that is no cue stays inside the report as a gerund subject.
    ['Though the vote was close, Mayor Ines Kovac said, replacing the pier would cost millions.', 'said', 'replacing the pier would cost millions'],
    // With no comma an -ing subject opens the said-clause.
    ['Mayor Ines Kovac said raising the fares would hurt commuters.', 'said', 'raising the fares would hurt commuters'],
    // An aside inside one report still holds both sides.
    ['The ferry, Mayor Ines Kovac said, is losing money.', 'said', 'The ferry, Mayor Ines Kovac said, is losing money'],
  ])('no participle report: %s', (text, cue, words) => {
    expect(reportOf(text, cue)).toContain(words);
  });
});

describe('a participle cue after an inserted "…, X said," is not the other side of the aside (aside.ts)', () => {
  test.each([
    // The report before the inserted cue, and the participle's clause: two reports of one speaker.
    ['Fares will go up, Mayor Ines Kovac said, adding that the ferry was losing money.', [['Ines Kovac', 'said', 'Fares will go up'], ['Ines Kovac', 'adding', 'the ferry was losing money']]],
    ['The pier will stay open, the harbour board said, insisting that the repairs were on time.', [['harbour board', 'said', 'The pier will stay open'], ['harbour board', 'insisting', 'the repairs were on time']]],
  ])('%s', (text, expected) => {
    expect(reportsOf(text)).toEqual(expected);
  });
});

describe('a name with its own say-cue after a comma ends the report before it (clauseReader.ts namedSubjectCue)', () => {
  test.each([
    ['The council said the harbor fees would stay low for farmers, Mayor Ines Harwick argued that the fees had to rise.', 'said', 'the harbor fees would stay low for farmers'],
    ['Judge Lund ruled that the lease was void, Dana Ruiz said: “We will appeal by Friday.”', 'ruled', 'the lease was void'],
    ['The board argued that the tolls would fall sharply, Harwick and Ruiz agreed that the fees had to rise.', 'argued', 'the tolls would fall sharply'],
    // After a partial quote that ends in its own comma.
    ['Ortiz warned that the tolls would pay for “every road in the valley,” Ines Harwick added that the fees had to rise.', 'warned', 'the tolls would pay for “every road in the valley,”'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // A name with no cue of its own, or a common noun before a cue, stays inside the report.
    ['Ortiz said the tolls would pay for roads in Ames, Iowa and nothing else.', 'said', 'the tolls would pay for roads in Ames, Iowa and nothing else'],
    ['Ortiz said that the tolls rose, Harwick', 'said', 'the tolls rose, Harwick'],
    ['Ortiz said that the tolls rose, Harwick and', 'said', 'the tolls rose, Harwick'],
  ])('unchanged: %s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a tell-verb reports the clause after its addressee and "that" (clauseOpening.ts)', () => {
  test.each([
    // The addressee's name may hold a word the tagger reads as a verb ("Herald").
    ['Former mayor Ivo Marsh told the Dover Herald that the council had wasted the grant.', 'told', 'the council had wasted the grant'],
    ['Former mayor Ivo Marsh told the Herald that the council had wasted the grant.', 'told', 'the council had wasted the grant'],
    ['The senator told the county board that the road would close.', 'told', 'the road would close'],
    // No "that": the clause opens after the addressee.
    ['The senator told reporters the road would close.', 'told', 'the road would close'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a verb without a clause complement reports no clause after its adjunct (clauseOpening.ts)', () => {
  test.each([
    ['The governor had spoken to Ortiz, the aide said.', 'spoken'],
    ['Asked whether the governor had spoken to Ortiz, the aide said she did not know.', 'spoken'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('a line break before a capital ends a report where the sentence splitter read on (clauseReader.ts isStop)', () => {
  test.each([
    // A sentence ending in an abbreviation, then a new paragraph.
    ['Lee argued that the port must close to stop smugglers from entering the U.S.\nHale added that he would sign it.', 'argued', 'the port must close to stop smugglers from entering the U.S.'],
    // A headline with no full stop, then its article.
    ['Ortiz Says The Ferry Will Run All Winter\nMayor Lena Ortiz said Friday the harbor would stay open.', 'Says', 'The Ferry Will Run All Winter'],
  ])('%s', (text, cue, expected) => {
    expect(reportOf(text, cue)).toBe(expected);
  });

  test.each([
    // A line broken inside a sentence, before a lower-case word, is no paragraph.
    ['Lee said the attack was a hate\ncrime against the whole town.', 'said', 'the attack was a hate\ncrime against the whole town'],
  ])('the report goes on: %s', (text, cue, expected) => {
    expect(reportOf(text, cue)).toBe(expected);
  });
});

describe('a phrase of place or time before a trailing cue is no report (clauseReader.ts contentBefore)', () => {
  test.each([
    ['Outside the town hall, the strikers chanted.', 'chanted'],
    ['Near the harbour wall, the fishermen said.', 'said'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });

  test.each([
    // A clause before the cue is the report, whatever it opens with.
    ['In the end, the strike will be won, the union leader said.', 'said', 'In the end, the strike will be won'],
    ['Under the new rules, nobody can strike, the minister said.', 'said', 'Under the new rules, nobody can strike'],
    // Before an aside the phrase opens the report that goes on after it.
    ['During the long strike, the union leader said, the mood in the yards turned.', 'said', 'During the long strike, the union leader said, the mood in the yards turned'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});

describe('a role in apposition before the source is the source’s, not the report (clauseReader.ts apposedSubjectStart)', () => {
  test.each([
    ['The tribunal’s president, Ilse Varga, did not respond directly.', 'respond'],
  ])('%s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });

  test.each([
    ['Fares will rise, the operator’s chief economist, Ilse Varga, warned.', 'warned', 'Fares will rise'],
    // An apposition inside the report stays in it.
    ['The levy, a modest one, will stay, Ilse Varga said.', 'said', 'The levy, a modest one, will stay'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });
});
