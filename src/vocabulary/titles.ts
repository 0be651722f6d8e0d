/**
 * Titles that stand before a name. Origin: written by hand for plaudit's entity stage
 * (src/2-entities) from general English news usage; moved here unchanged from src/2-entities/lexicon.ts.
 */

/** Titles that stand before a name and are not part of it. Lower case; multi-word titles as phrases. */
export const TITLES = new Set([
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'chancellor', 'premier',
  'senator', 'sen.', 'sen', 'representative', 'rep.', 'rep', 'congressman', 'congresswoman', 'governor', 'gov.', 'gov',
  'mayor', 'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'minister', 'foreign minister',
  'foreign secretary', 'home secretary', 'defence secretary', 'defense secretary', 'health secretary', 'attorney general',
  'speaker', 'house speaker', 'leader', 'majority leader', 'minority leader', 'senate majority leader',
  'senate minority leader', 'house majority leader', 'house minority leader', 'whip', 'chairman', 'chairwoman', 'chair',
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emperor', 'empress', 'sheikh', 'emir', 'sultan', 'pope',
  'ayatollah', 'supreme leader', 'cardinal', 'archbishop', 'bishop', 'rev.', 'reverend', 'rabbi', 'imam',
  'general', 'gen.', 'gen', 'lt.', 'col.', 'colonel', 'major', 'maj.', 'captain', 'capt.', 'admiral', 'adm.', 'sgt.', 'sergeant',
  'commander', 'field marshal', 'marshal', 'lieutenant', 'lieutenant general',
  'judge', 'justice', 'chief justice', 'lord', 'lady', 'sir', 'dame', 'baroness', 'baron', 'earl', 'duke', 'duchess',
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'prof.', 'prof', 'professor', 'mx.',
  'ambassador', 'envoy', 'special envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'press secretary',
  'director', 'chief executive', 'ceo', 'founder', 'chief', 'commissioner', 'inspector general', 'special counsel',
  'first lady', 'first minister', 'deputy', 'adviser', 'advisor', 'national security adviser', 'chief of staff',
  'candidate', 'nominee', 'lawmaker', 'mp', 'mep', 'state senator', 'assemblyman', 'assemblywoman', 'councilman',
  'councilwoman', 'councillor', 'alderman', 'sheriff', 'attorney', 'lawyer', 'officer', 'agent', 'detective',
  'coach', 'president-elect', 'former president', 'ex-president',
]);

/** Words of time before a title ("former", "acting"): they qualify the office, and are not part of a name. */
export const TITLE_MODIFIERS = new Set(['former', 'current', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'late']);

/**
 * Words that put a title in the past ("former Governor Sam Whitlock", "then-Governor …", "the
 * ex-minister"): its holder no longer answers to "the governor" while someone else in the article
 * holds it now. (The first three are also TITLE_MODIFIERS, which a name does not include.)
 */
export const PAST_TITLE_WORDS: ReadonlySet<string> = new Set(['former', 'then', 'late', 'ex', 'onetime', 'one-time', 'erstwhile']);

/** A past-title word right before `at` in `text` ("former ", "ex-", "Former "). */
export function pastTitleBefore(text: string, at: number): boolean {
  const m = /([\p{L}-]+)[\s-]+$/u.exec(text.slice(Math.max(0, at - 14), at));
  return m !== null && PAST_TITLE_WORDS.has(m[1]!.toLowerCase());
}

/** Plural titles before coordinated names ("Senators Ann Cole and Tom Hale"), with the title each name holds. */
export const PLURAL_TITLES: ReadonlyMap<string, string> = new Map([
  ['senators', 'senator'], ['sens.', 'senator'], ['representatives', 'representative'], ['reps.', 'representative'],
  ['presidents', 'president'], ['governors', 'governor'], ['ministers', 'minister'], ['mayors', 'mayor'],
  ['congressmen', 'congressman'], ['congresswomen', 'congresswoman'], ['ambassadors', 'ambassador'], ['judges', 'judge'],
  ['justices', 'justice'], ['commissioners', 'commissioner'], ['secretaries', 'secretary'],
]);

/** The gender a title implies. */
export const TITLE_GENDER: Record<string, 'male' | 'female'> = {
  'mr.': 'male', mr: 'male', king: 'male', prince: 'male', sir: 'male', lord: 'male', congressman: 'male', spokesman: 'male',
  chairman: 'male', emperor: 'male', sheikh: 'male', duke: 'male', earl: 'male', baron: 'male', assemblyman: 'male', councilman: 'male',
  'mrs.': 'female', mrs: 'female', 'ms.': 'female', ms: 'female', miss: 'female', queen: 'female', princess: 'female', dame: 'female',
  lady: 'female', congresswoman: 'female', spokeswoman: 'female', chairwoman: 'female', empress: 'female', duchess: 'female',
  baroness: 'female', 'first lady': 'female', assemblywoman: 'female', councilwoman: 'female',
};

/**
 * Titles of address before an office ("Mr. President", "Madam Speaker"): with them the office
 * alone is a role mention, not a name. (Moved from src/2-entities/mentions.ts, where it was
 * written inline. "madam" and "madame" are not in TITLES, so they never match yet: kept as
 * found, since this restructuring changes no output.)
 */
export const ADDRESS_TITLES = new Set(['mr.', 'mr', 'madam', 'mrs.', 'ms.', 'madame']);

/**
 * Titles that are also given names or surnames ("Earl Ray Tomblin", "Major Garrett", "Dean Baker"):
 * after another title they open the name, never a second title ("Gov. Earl Ray Tomblin").
 */
export const NAME_LIKE_TITLES: ReadonlySet<string> = new Set(['earl', 'major', 'king', 'prince', 'duke', 'baron', 'lord', 'lady', 'dean', 'marshal', 'bishop', 'sheriff', 'judge', 'justice']);

/**
 * Titles of a second rank, kept before the office they qualify when a title follows them: "Deputy
 * Attorney General", "Lt. Gov." (TITLE_MODIFIERS are words of time before a title, not titles).
 */
export const SECOND_RANK_TITLES: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant', 'associate', 'acting', 'lt.', 'lieutenant', 'under', 'former']);

/** Courtesy titles, whose gender a person they name must have: "Mr. Hale" is not "Mary Hale" (2-entities/resolution/02-singleNames.ts). */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss']);

/**
 * Party labels written before a person's name like a title ("Republican Dan Foley", "Democrat
 * Priya Nair", "Labour MP …"): a description of the person, not part of the name.
 */
export const PARTY_LABELS: ReadonlySet<string> = new Set(['republican', 'democrat', 'democratic', 'gop', 'labour', 'tory', 'conservative', 'liberal', 'independent', 'green', 'socialist']);

/** Abbreviated titles and the title they stand for ("Sen. Ann Cole" is "the senator"). Origin: AP style abbreviations of TITLES. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen.', 'senator'], ['sen', 'senator'], ['rep.', 'representative'], ['rep', 'representative'], ['gov.', 'governor'], ['gov', 'governor'],
  ['gen.', 'general'], ['gen', 'general'], ['lt.', 'lieutenant'], ['col.', 'colonel'], ['maj.', 'major'], ['capt.', 'captain'],
  ['adm.', 'admiral'], ['sgt.', 'sergeant'], ['prof.', 'professor'], ['prof', 'professor'], ['rev.', 'reverend'],
]);

/**
 * Nouns of a party's member, which "the" makes a description of a person ("the 58-year-old
 * Republican said"): singular, not the party's adjective alone ("Democratic"). Origin: written by hand from US,
 * British and Canadian news usage.
 */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['republican', 'democrat', 'tory', 'conservative', 'liberal', 'socialist', 'libertarian']);

/** Whether a role phrase puts its title in the past: "the former governor", "an ex-minister". */
export function pastTitleIn(phrase: string): boolean {
  return phrase.toLowerCase().split(/[\s-]+/).some((w) => PAST_TITLE_WORDS.has(w));
}

/** Participles that open a title rather than a gerund clause: "Acting Mayor Hale", "Outgoing Governor Ruiz". */
export const TITLE_PARTICIPLES: ReadonlySet<string> = new Set([
  ...[...TITLE_MODIFIERS].filter((w) => w.endsWith('ing')),
  'leading', 'ruling', 'sitting', 'presiding', 'founding', 'governing', 'reigning', 'serving', 'retiring', 'visiting', 'opposing', 'caretaking',
]);
