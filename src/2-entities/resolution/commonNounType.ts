import type { EntityType } from '../../model/entity.js';
import { ORG_COMMON_HEADS, ORG_HEAD_WORDS, ORG_WORDS } from '../../vocabulary/organisations.js';
import { NOT_ENTITY_HEADS } from '../../vocabulary/notNames.js';
import { QUANTITY_NOUNS } from '../../vocabulary/quantifiers.js';
import { DOCUMENT_NOUNS, GROUP_NOUNS, NOT_AGENT_NOUNS, PERSON_NOUNS, PLURAL_AGENT_ENDING, ROLE_NOUNS, ROLE_NOUNS_BEFORE_OF } from '../../vocabulary/roles.js';

/**
 * A capitalised phrase is a name, which this does not judge, unless it ends in a common noun: then
 * the name before it is an attribute ("the IMF report", "the Turkish statement": a document; "the
 * Ohio attorney general", "a Vale aide": a person named by a role; "the Lisbon summit": an event,
 * a thing, as is an abstract noun, "RT's management"). A group ("Vale supporters") and a head no
 * list knows ("a Harvard graduate") are left to the caller; a capitalised word alone is a name
 * ("Bill", "Page"; also "Video" opening a sentence, which this cannot tell from one).
 */
function describedByName(words: readonly string[], asked: EntityType): EntityType | undefined {
  const last = words[words.length - 1]!;
  if (words.length < 2 || !/^\p{Ll}/u.test(last) || words.includes('of')) return undefined;
  const type = commonNounType(last, asked);
  if (type === 'person') return asked === 'person' ? type : undefined;
  if (type === 'thing') return NOT_ENTITY_HEADS.has(last) || NOT_AGENT_NOUNS.has(last) || ABSTRACT_ENDING.test(last) ? type : undefined;
  return type === 'document' || type === 'organization' ? type : undefined;
}

/** Endings of abstract nouns ("management", "weakness", "percentage", "submission", "majority"): no one's name. */
const ABSTRACT_ENDING = /(?:ment|ness|age|sion|tion|ity|ance|ence|ism|ship|hood)$/;

/** Words of quantity before "of": the group is named after it. */
const QUANTITIES = QUANTITY_NOUNS;

/** Agent nouns: "protester", "narrator", "activist", "historian" ("resident", "participant" are in PERSON_NOUNS). */
const AGENT = /(?:[^aeiou]er|or|ist|ian)$/;

/**
 * The type of an entity named by a common noun phrase ("the report", "a protester", "the
 * network", "the move"), from its head noun (the last word before "of", after a possessive): a
 * role or agent noun is a person, a plural one a group, a body's word an organisation, a written
 * or recorded thing a document, anything else a thing: a common noun is never a person unless it
 * names one. `asked` is the type the caller proposed; undefined: the phrase is a name, which this
 * does not judge (but see describedByName).
 */
export function commonNounType(phrase: string, asked: EntityType): EntityType | undefined {
  const words = phrase.replace(/^(?:the|a|an|this|that|another|one|some|no|not)\s+/i, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  if (!/^\p{Ll}/u.test(words[0]!)) return describedByName(words, asked);
  const ofAt = words.findIndex((w, k) => k > 0 && w === 'of');
  // "a number of senators", "a group of parents": the quantity's complement is the head.
  if (ofAt > 0 && ofAt < words.length - 1 && QUANTITIES.has(words[ofAt - 1]!.toLowerCase())) return commonNounType(words.slice(ofAt + 1).join(' '), 'group');
  // ("his ex-wife", "the vice-chairman": the noun after the prefix is the head)
  const head = (ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!).toLowerCase().replace(/[’']s$/, '').replace(/^(?:ex|vice|co|deputy)-/, '');
  const whole = words.join(' ').toLowerCase();
  // "the head of the council", or "head" alone asked as a person (the role of a "head of" the
  // entity stage read): a person, though "head" also heads a body's name ("Head of Mission").
  if (ROLE_NOUNS_BEFORE_OF.has(head) && asked === 'person' && (ofAt > 0 || words.length === 1)) return 'person';
  if (PERSON_NOUNS.has(whole) || PERSON_NOUNS.has(head) || ROLE_NOUNS.has(head) || ROLE_NOUNS.has(whole)) return 'person';
  if (GROUP_NOUNS.has(head)) return 'group';
  if (DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head.replace(/s$/, ''))) return 'document';
  if (ORG_WORDS.has(head) || ORG_HEAD_WORDS.has(head) || ORG_COMMON_HEADS.has(head)) return 'organization';
  if (AGENT.test(head) && !NOT_AGENT_NOUNS.has(head)) return asked === 'group' ? 'group' : 'person';
  if (PLURAL_AGENT_ENDING.test(head) && !NOT_AGENT_NOUNS.has(head.replace(/s$/, ''))) return 'group';
  // "parties", "the families": a plural the caller read as a group stays one.
  return asked === 'group' ? 'group' : 'thing';
}
