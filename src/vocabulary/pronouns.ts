/**
 * Pronouns: personal pronouns by case, possessive determiners, relative pronouns.
 *
 * Origin: the closed class of English personal pronouns (any grammar of English, e.g. Quirk et
 * al., "A Comprehensive Grammar of the English Language", 6.2). The named views below are the
 * subsets the stages have always tested; see README.md for who reads which.
 */

/** Possessive determiners of the third person and the first person: his, her, their, its, our, my. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** Possessive determiners of the third person: his, her, their, its ("and its parent company"). */
export const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** All possessive determiners: `POSSESSIVE_DETERMINERS` and "your". */
export const POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVE_DETERMINERS, 'your']);

/** A possessor word before a noun: `POSSESSIVES` and the genitive clitic ('s, ’s) as its own token. */
export const POSSESSIVE_MARKERS: ReadonlySet<string> = new Set([...POSSESSIVES, "'s", '\u2019s']);

/** The genitive as its own token: the clitic 's ’s, and the bare apostrophe after a plural's s ("the states' …"). */
export const GENITIVE_MARKS: ReadonlySet<string> = new Set(["'s", '\u2019s', "'", '\u2019']);

/** Subject pronouns that can speak: he, she, they, it, we, i (not "you", whom news text rarely quotes as a source). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Subject pronouns before a verb, "you" and the expletive "there" included: what can open a clause after a cue word. */
/** Subject pronouns of the third person for people: he, she, they. */
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'you', 'there']);

/** Object and reflexive forms that never open a clause: him, them, me, us, myself, himself, herself, themselves. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'me', 'us', 'myself', 'himself', 'herself', 'themselves']);

/** Third-person pronouns whose referent is someone the context named: he, she, him, her, his, they, them, their, it, its. */
export const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'they', 'them', 'their', 'it', 'its']);

/** The speaker alone: i, me, my, mine, myself. */
export const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself']);

/** The first person: `FIRST_PERSON_SINGULAR` and we, us, our, ours, ourselves. */
export const FIRST_PERSON: ReadonlySet<string> = new Set([...FIRST_PERSON_SINGULAR, 'we', 'us', 'our', 'ours', 'ourselves']);

/** `FIRST_PERSON` and you, your, yours: whoever speaks and whom they address. */
export const FIRST_AND_SECOND_PERSON: ReadonlySet<string> = new Set([...FIRST_PERSON, 'you', 'your', 'yours']);

/** Relative pronouns that open a clause about a person or thing: who, which, whom. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom']);

/** Personal pronouns and what they can refer to, for the entity stage's pronoun mentions and their antecedents (moved here from src/2-entities/pronouns.ts). */
export const PRONOUNS: Record<string, { gender?: 'male' | 'female'; types: readonly ('person' | 'organization' | 'group' | 'country' | 'place')[]; plural?: boolean; first?: boolean; possessive?: boolean }> = {
  he: { gender: 'male', types: ['person'] },
  him: { gender: 'male', types: ['person'] },
  his: { gender: 'male', types: ['person'], possessive: true },
  himself: { gender: 'male', types: ['person'] },
  she: { gender: 'female', types: ['person'] },
  her: { gender: 'female', types: ['person'] },
  hers: { gender: 'female', types: ['person'], possessive: true },
  herself: { gender: 'female', types: ['person'] },
  it: { types: ['organization', 'country', 'place'] },
  its: { types: ['organization', 'country', 'place'], possessive: true },
  they: { types: ['group', 'organization'], plural: true },
  them: { types: ['group', 'organization'], plural: true },
  their: { types: ['group', 'organization'], plural: true, possessive: true },
  i: { types: ['person'], first: true },
  me: { types: ['person'], first: true },
  my: { types: ['person'], first: true, possessive: true },
  we: { types: ['person', 'organization', 'group'], first: true, plural: true },
  us: { types: ['person', 'organization', 'group'], first: true, plural: true },
  you: { types: ['person', 'group'] },
  your: { types: ['person', 'group'], possessive: true },
  our: { types: ['person', 'organization', 'group'], first: true, plural: true, possessive: true },
};


/** The three words that open a relative clause about its antecedent ("…, who said", "a plan which", "the man that"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Indefinite pronouns that quantify over people rather than name one: everyone, anyone, no one, nobody, not everyone. */
export const QUANTIFIED_PEOPLE: ReadonlySet<string> = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'no one', 'nobody', 'not everyone']);

/** Quantifiers that say nobody holds what is said: no one, nobody, not everyone ("No one said the plan works"). */
export const NEGATIVE_QUANTIFIED_PEOPLE: ReadonlySet<string> = new Set(['no one', 'nobody']);

/** Indefinite pronouns that stand for one unknown person: someone, somebody. */
export const INDEFINITE_PEOPLE: ReadonlySet<string> = new Set(['someone', 'somebody']);
