/**
 * The pronouns of the entity stage (the rest of its word lists are in src/vocabulary/). Pronoun
 * lists belong to src/vocabulary/pronouns.ts, which the stage-3 restructuring owns: this one
 * joins it when the branches merge.
 */

/** Personal pronouns and what they can refer to. */
export const PRONOUNS: Record<string, { gender?: 'male' | 'female'; types: readonly ('person' | 'organization' | 'group' | 'place')[]; plural?: boolean; first?: boolean; possessive?: boolean }> = {
  he: { gender: 'male', types: ['person'] },
  him: { gender: 'male', types: ['person'] },
  his: { gender: 'male', types: ['person'], possessive: true },
  himself: { gender: 'male', types: ['person'] },
  she: { gender: 'female', types: ['person'] },
  her: { gender: 'female', types: ['person'] },
  hers: { gender: 'female', types: ['person'], possessive: true },
  herself: { gender: 'female', types: ['person'] },
  it: { types: ['organization', 'place'] },
  its: { types: ['organization', 'place'], possessive: true },
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

