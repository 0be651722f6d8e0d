import type { EntityType } from '../../model/entity.js';
import { commonNounType } from './commonNounType.js';
import { INDEFINITE_PEOPLE, QUANTIFIED_PEOPLE } from '../../vocabulary/pronouns.js';
import type { EntityDraft } from './types.js';

/**
 * The type an entity is published with. While the article is read, someone named only by a
 * common noun ("a protester", "the spokeswoman") is a `person`: he and she refer to them, they
 * speak and hold stances like anyone named. Published, they are a `role`, since their name does
 * not say who they are; a quantifier over people ("no one", "everyone") is a `group`. A name
 * (capitalised, or the knowledge base's) keeps its type ("Mr. Priest", "Coach" may be names); an
 * indefinite pronoun capitalised because it opens the sentence ("Someone said …", "Nobody …") is
 * still one, and so is a role after a name that qualifies it ("the Ohio attorney general").
 */
export function publicType(e: Pick<EntityDraft, 'type' | 'name' | 'kb'>): EntityType {
  if (e.type !== 'person' || e.kb) return e.type;
  const lower = e.name.toLowerCase();
  const common =
    /^\p{Ll}/u.test(e.name) ||
    QUANTIFIED_PEOPLE.has(lower) ||
    INDEFINITE_PEOPLE.has(lower) ||
    // "Ohio attorney general", "Vale aide", "Vale co-founder": a role with a name before it as its attribute.
    (/\s\p{Ll}[\p{Ll}'’-]*$/u.test(e.name) && commonNounType(e.name, 'person') === 'person');
  if (!common) return e.type;
  return QUANTIFIED_PEOPLE.has(lower) ? 'group' : 'role';
}
