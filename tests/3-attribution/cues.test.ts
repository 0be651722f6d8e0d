import { describe, expect, test } from 'vitest';
import { readTokens } from '../../src/adapters/wink.js';
import { cueAt, VERB_CUES, NOUN_CUES, ALL_PHRASE_CUES, CUE_FORMS, type CueMatch } from '../../src/3-attribution/cues/matchCue.js';
import { segment } from '../../src/1-segment/segment.js';
import { findAnchors } from '../../src/3-attribution/anchors.js';

/** The cue starting at the `nth` token whose surface form is `word` (counting from 0). */
function cueOn(sentence: string, word: string, nth = 0): CueMatch | null {
  const { tokens } = readTokens(sentence);
  const hits = tokens.filter((t) => t.value === word);
  const t = hits[nth];
  if (t === undefined) throw new Error(`test setup: no token "${word}" in: ${sentence}`);
  return cueAt(tokens, t.i);
}

/** The text a match covers. */
function words(sentence: string, m: CueMatch): string {
  const { tokens } = readTokens(sentence);
  return sentence.slice(tokens[m.first]!.start, tokens[m.last - 1]!.end);
}

/** Every cue anywhere in the sentence, as "lemma" strings. */
function allCues(sentence: string): string[] {
  const { tokens } = readTokens(sentence);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = cueAt(tokens, i);
    if (m !== null) out.push(m.lemma);
  }
  return out;
}

describe('single-word verb cues and their inflections', () => {
  test.each([
    ['The senator said that the bill would pass.', 'said', 'say', 'speech'],
    ['The governor says the state is ready.', 'says', 'say', 'speech'],
    ['Saying the plan was flawed, the mayor walked out.', 'Saying', 'say', 'speech'],
    ['“We will win,” said the candidate.', 'said', 'say', 'speech'],
    ['She told the committee she had no regrets.', 'told', 'tell', 'speech'],
    ['He tells voters that change is coming.', 'tells', 'tell', 'speech'],
    ['The president tweeted that the deal was dead.', 'tweeted', 'tweet', 'post'],
    ['The former adviser wrote that the campaign was in chaos.', 'wrote', 'write', 'writing'],
    ['As she has written, the treaty is fragile.', 'written', 'write', 'writing'],
    ['The minister acknowledged that mistakes were made.', 'acknowledged', 'acknowledge', 'speech'],
    ['The official testified that he had never met the donor.', 'testified', 'testify', 'speech'],
    ['Democrats lambasted the proposal as cruel.', 'lambasted', 'lambaste', 'speech'],
    ['The spokesman insisted the talks were on track.', 'insisted', 'insist', 'speech'],
    ['“Not a chance,” she quipped.', 'quipped', 'quip', 'speech'],
    ['Analysts believe the economy will slow.', 'believe', 'believe', 'belief'],
    ['Most fans think the club is heading for relegation.', 'think', 'think', 'belief'],
    ['The party wants to raise taxes on the rich.', 'wants', 'want', 'intention'],
    ['The company plans to cut 500 jobs.', 'plans', 'plan', 'intention'],
    ['Officials fear the virus will spread.', 'fear', 'fear', 'belief'],
    ['She warned reporters that the vote could slip.', 'warned', 'warn', 'speech'],
    ['The coach criticised the referee for the decision.', 'criticised', 'criticize', 'speech'],
    ['The prime minister apologised for the remarks.', 'apologised', 'apologize', 'speech'],
    // wink tags these past forms adjectives after a name; CUE_FORMS takes them back.
    ['Senator Ana Ruiz alleged that the contractor had overbilled the city.', 'alleged', 'allege', 'speech'],
    ['Mayor Dario Petrov detailed how the fund would be spent.', 'detailed', 'detail', 'speech'],
    // Right after its subject the past form is the verb, whatever follows.
    ['Senator Ana Ruiz alleged fraud in the count.', 'alleged', 'allege', 'speech'],
    ['Republicans accused the administration of lying.', 'accused', 'accuse', 'speech'],
    ['Critics say they were never consulted.', 'say', 'say', 'speech'],
    ['The latest polls show that the race is tight.', 'show', 'show', 'perception'],
  ])('%s → "%s" is a %s cue', (sentence, word, lemma, kind) => {
    const m = cueOn(sentence, word);
    expect(m).not.toBeNull();
    expect(m?.lemma).toBe(lemma);
    expect(m?.kind).toBe(kind);
  });
});

describe('verbs with common non-reporting senses need a sign of reported content', () => {
  test.each([
    ['“It is over,” he added.', 'added'],
    ['The economy will recover, she added.', 'added'],
    ['He added that the talks would resume on Monday.', 'added'],
    ['“We are not done,” she continued.', 'continued'],
    ['The agency posted on Facebook that the office was closed.', 'posted'],
  ])('%s → "%s" is a cue', (sentence, word) => {
    expect(cueOn(sentence, word)).not.toBeNull();
  });

  test.each([
    ['The economy added 200,000 jobs in March.', 'added'],
    ['Prices continued to rise through the summer.', 'continued'],
    ['The firm posted record profits this quarter.', 'posted'],
    ['Stocks continued their slide on Friday.', 'continued'],
    ['The alleged bribe was never found.', 'alleged'],
    ['Inspectors wrote a detailed report on the dam.', 'detailed'],
    ['The bank was fined over alleged money laundering.', 'alleged'],
    // A capitalised word after "the" and a name ends the name: "Herald" is no "herald" here.
    ['The mayor told the Dover Herald that the bridge would close.', 'Herald'],
    // wink expands the network's initials to "retweet": two capitals are an abbreviation, not a verb.
    ['A regular guest on RT America, the professor defended the channel.', 'RT'],
    ['The club said its former owner, Rolf Ebner, has alleged links to a betting ring.', 'alleged'],
  ])('%s → "%s" is not a cue', (sentence, word) => {
    expect(cueOn(sentence, word)).toBeNull();
  });
});

describe('evaluative cues, inversion and source position', () => {
  test.each([
    ['The mayor praised the firefighters for their courage.', 'praised', 1],
    ['Leaders hailed the agreement as historic.', 'hailed', 1],
    ['The senator slammed the decision as reckless.', 'slammed', -1],
    ['Activists condemned the crackdown.', 'condemned', -1],
    ['The governor said the budget was balanced.', 'said', 0],
    ['She is critical of the new policy.', 'critical', -1],
    ['He is supportive of the reforms.', 'supportive', 1],
  ])('%s → "%s" evaluates %i', (sentence, word, evaluative) => {
    expect(cueOn(sentence, word)?.evaluative).toBe(evaluative);
  });

  test.each([
    ['say', true],
    ['add', true],
    ['tell', true],
    ['write', true],
    ['believe', false],
    ['praise', false],
    ['want', false],
  ])('inversion of "%s" is %s', (lemma, inversion) => {
    expect(VERB_CUES.find((c) => c.lemma === lemma)?.inversion).toBe(inversion);
  });

  test('"say" is the most reliable cue, "see" among the least', () => {
    const conf = (lemma: string) => VERB_CUES.find((c) => c.lemma === lemma)!.confidence;
    expect(conf('say')).toBe(1);
    expect(conf('believe')).toBeLessThan(conf('say'));
    expect(conf('see')).toBeLessThan(conf('believe'));
  });
});

describe('multi-word cues', () => {
  test.each([
    ['According to the senator, the bill is dead.', 'According', 'According to', 'after'],
    ['The company said in a statement that it would appeal.', 'said', 'said in a statement', 'subject'],
    ['In an interview, the candidate described the plan as a mistake.', 'In', 'In an interview', 'subject'],
    ['“We stand ready,” she told reporters.', 'told', 'told reporters', 'subject'],
    ['He went on to say that the rules were unfair.', 'went', 'went on to say', 'subject'],
    ['The minister made clear that no deal was possible.', 'made', 'made clear', 'subject'],
    ['The governor made it clear that she would run.', 'made', 'made it clear', 'subject'],
    ['Economists pointed out that wages had stalled.', 'pointed', 'pointed out', 'subject'],
    ['The former president took to Twitter to attack the judge.', 'took', 'took to Twitter', 'subject'],
    ['The senator posted on X that the vote was rigged.', 'posted', 'posted on X', 'subject'],
    ['The candidate posted on Truth Social that he would not debate.', 'posted', 'posted on Truth Social', 'subject'],
    ['She posted on Instagram that she was stepping down.', 'posted', 'posted on Instagram', 'subject'],
    ['In a tweet, the governor thanked the volunteers.', 'In', 'In a tweet', 'subject'],
    ['In a lengthy Facebook post, the mayor defended the plan.', 'In', 'In a lengthy Facebook post', 'subject'],
    ['The general was quoted as saying the war was lost.', 'quoted', 'quoted as saying', 'subject'],
    ['As the senator put it, the bill is a gift to lobbyists.', 'As', 'As the senator put it', 'inside'],
    ['In the words of one diplomat, the summit was a disaster.', 'In', 'In the words of', 'after'],
    ['A spokesperson said the company would comply.', 'spokesperson', 'spokesperson said', 'subject'],
    ['Per Reuters, the talks collapsed overnight.', 'Per', 'Per', 'after'],
    ['The adviser wrote in an op-ed that the strategy had failed.', 'wrote', 'wrote in an op-ed', 'subject'],
    ['She lashed out at her critics on Sunday.', 'lashed', 'lashed out', 'subject'],
    ['The union called for a general strike.', 'called', 'called for', 'subject'],
  ])('%s → cue "%s…" covers "%s"', (sentence, word, covered, source) => {
    const m = cueOn(sentence, word);
    expect(m).not.toBeNull();
    expect(words(sentence, m!)).toBe(covered);
    expect(m!.source).toBe(source);
  });

  test.each([
    ['The senator wrote on Facebook that the vote was rigged.', 'wrote', 'wrote on Facebook'],
    ['The mayor said on X that the road would reopen.', 'said', 'said on X'],
  ])('a reporting verb and a platform make a post: %s', (sentence, word, covered) => {
    const m = cueOn(sentence, word);
    expect(m?.kind).toBe('post');
    expect(words(sentence, m!)).toBe(covered);
  });

  test.each([
    ['The company said on x-ray day that it would hire.', 'said', 'said'],
    ['The lawyer said in a medium voice that he objected.', 'said', 'said'],
    ['The report was posted on threads of the forum.', 'posted', null],
  ])('lower-case words are not platforms: %s', (sentence, word, covered) => {
    const m = cueOn(sentence, word);
    expect(m === null ? null : words(sentence, m)).toBe(covered);
  });

  test('a phrase takes its properties from its verb: "went on to praise" praises', () => {
    const m = cueOn('She went on to praise the nurses.', 'went');
    expect(m?.lemma).toBe('praise');
    expect(m?.evaluative).toBe(1);
  });

  test('"posted on X" is a post; "said in a statement" keeps the speech of "say"', () => {
    expect(cueOn('He posted on X that the vote was rigged.', 'posted')?.kind).toBe('post');
    expect(cueOn('The firm said in a statement that it would appeal.', 'said')?.kind).toBe('speech');
  });

  test('the @example of cueAt holds', () => {
    const { tokens } = readTokens('“We will win,” she told reporters.');
    expect(cueAt(tokens, 7)).toMatchObject({ first: 7, last: 9, lemma: 'tell', kind: 'speech', inversion: true, confidence: 1, form: 'phrase' });
  });

  test.each([
    ['“We will not back down.” — Senator Maria Lopez', '—'],
    ['“The budget is balanced.” – Governor Smith', '–'],
    ['“We were never asked.” ― Maria Lopez, a nurse', '―'],
  ])('a dash after a quote credits the name after it: %s', (sentence, dash) => {
    const m = cueOn(sentence, dash);
    expect(m?.source).toBe('after');
  });

  test.each([
    ['Prices rose — sharply — in May.', '—'],
    ['The well-known senator spoke.', '-'],
  ])('a dash that does not follow a quote is not a cue: %s', (sentence, dash) => {
    expect(cueOn(sentence, dash)).toBeNull();
  });

  test('a colon before a quote is a cue: Smith: “…”', () => {
    const m = cueOn('The mayor was blunt: “We are broke.”', ':');
    expect(m?.lemma).toBe(':');
  });
});

describe('noun and adjective cues need their content to follow', () => {
  test.each([
    ['Her claim that the vote was rigged was false.', 'claim', 'speech'],
    ['His vow to end the war won applause.', 'vow', 'speech'],
    ['The allegation that he lied surfaced in May.', 'allegation', 'speech'],
    ['The warning that rates would rise rattled markets.', 'warning', 'speech'],
    ['Her criticism of the plan was sharp.', 'criticism', 'speech'],
    ['His belief that the system is rigged is widely shared.', 'belief', 'belief'],
    ['The president is confident that the deal will hold.', 'confident', 'belief'],
    ['The senator is eager to leave Washington.', 'eager', 'intention'],
    ['The mayor has been critical of the police chief.', 'critical', 'belief'],
    ['Her support for the bill surprised colleagues.', 'support', 'belief'],
  ])('%s → "%s" is a %s cue', (sentence, word, kind) => {
    const m = cueOn(sentence, word);
    expect(m?.kind).toBe(kind);
  });

  test.each([
    ['The family filed an insurance claim after the flood.', 'claim'],
    ['Their claim to the land goes back centuries.', 'claim'],
    ['He handed her a $20 note.', 'note'],
    ['The statement was posted online.', 'statement'],
    ['The promise of spring lifted the mood.', 'promise'],
    ['She is confident.', 'confident'],
    ['This is a critical moment for the party.', 'critical'],
    ['The bridge needs more support.', 'support'],
  ])('%s → "%s" is not a cue', (sentence, word) => {
    expect(cueOn(sentence, word)).toBeNull();
  });
});

describe('uses of cue words that are not attribution', () => {
  test.each([
    ['He had no say in it.', 'say'],
    ['Voters deserve a say in the matter.', 'say'],
    ['The party leader will have the final say.', 'say'],
    ['The said property was sold.', 'said'],
    ['It is hard to tell.', 'tell'],
    ['It is too early to tell who will win.', 'tell'],
    ['Only time will tell.', 'tell'],
    ['Most people cannot tell the difference.', 'tell'],
    ['She took notes.', 'notes'],
    ['That said, the plan has merit.', 'said'],
    ['Needless to say, the plan failed.', 'say'],
    ['This is easier said than done.', 'said'],
    ['All told, the storm killed 40 people.', 'told'],
    ['Unemployment fell to 5 per cent.', 'per'],
    ['The delegation flew to Brussels via Paris.', 'via'],
  ])('%s → "%s" is not a cue', (sentence, word) => {
    expect(cueOn(sentence, word)).toBeNull();
  });

  test.each([
    'The bridge was closed for repairs on Tuesday.',
    'Prices rose sharply in the third quarter.',
    'The river flooded the valley overnight.',
    'The team won the game in overtime.',
  ])('no cue at all in: %s', (sentence) => {
    expect(allCues(sentence)).toEqual([]);
  });
});

describe('the lexicon as data', () => {
  test('several hundred cues, each verb lemma listed once', () => {
    const lemmas = VERB_CUES.map((c) => c.lemma);
    expect(new Set(lemmas).size).toBe(lemmas.length);
    expect(VERB_CUES.length + NOUN_CUES.length + ALL_PHRASE_CUES.length).toBeGreaterThan(400);
  });

  test('confidences lie in 0..1 and every form in CUE_FORMS leads to a listed verb', () => {
    for (const c of VERB_CUES) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    const lemmas = new Set(VERB_CUES.map((c) => c.lemma));
    for (const lemma of Object.values(CUE_FORMS)) expect(lemmas.has(lemma)).toBe(true);
  });

  test('matching never throws on odd input', () => {
    for (const text of ['', ':', '“', 'said', 'According', 'As', 'in a', '::: “ ” ” said said']) {
      const { tokens } = readTokens(text);
      for (let i = -1; i <= tokens.length; i++) expect(() => cueAt(tokens, i)).not.toThrow();
    }
  });
});

/** The anchors of a text with no speech quotes, and the text each covers. */
function anchorsOf(text: string) {
  const seg = segment(text);
  return { seg, anchors: findAnchors(seg, new Set()) };
}

describe('anchors carry their cue whole (anchors.ts)', () => {
  test.each([
    ['Senator Hale said that the bill would pass.', ['say']],
    ['The mayor told reporters the bridge was safe, and her deputy later denied it.', ['tell', 'deny']],
    ['A new poll shows that voters in Ostland are split.', ['show']],
    ['Ostland and Westmark signed the treaty in June.', ['sign']],
  ])('%s', (text, lemmas) => {
    const { seg, anchors } = anchorsOf(text);
    expect(anchors.map((a) => a.lemma)).toEqual(lemmas);
    anchors.forEach((a, k) => {
      const { index, learned, ...cue } = a;
      expect(index).toBe(k);
      // A weak row ("signed", 0.15) is an anchor only as learned; a strong one has no flag.
      expect(learned).toBe(a.confidence < 0.5 ? true : undefined);
      // Every field of the cue, the evidence flag of a finding included, and no other.
      expect(cue).toEqual(cueAt(seg.doc.tokens, a.first));
      expect(Object.keys(cue)).toEqual(Object.keys(cueAt(seg.doc.tokens, a.first)!));
    });
  });

  test.each([['The bridge opened on Monday.'], ['The storm closed the road to Ostland for a week.']])('no anchor in %s', (text) => {
    expect(anchorsOf(text).anchors).toEqual([]);
  });
});
