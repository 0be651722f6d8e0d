import { describe, expect, test } from 'vitest';
import { slug } from '../../src/2-entities/resolution/ids.js';

// The id of an entity the knowledge base does not know: its name in lower case, accents taken
// off, every run of other characters than letters and digits one hyphen, none at the ends.
describe('slug', () => {
  test.each([
    ['Ann Hale', 'ann-hale'],
    ['Dara O’Neill', 'dara-o-neill'],
    ["Dara O'Neill", 'dara-o-neill'],
    ['  Vardby City Council (VCC) ', 'vardby-city-council-vcc'],
    ['R2-D2 Party', 'r2-d2-party'],
    ['Zoë Ångström', 'zoe-angstrom'],
    ['Łukasz Nowak', 'łukasz-nowak'],
    ['Ostland–Vardby Pact', 'ostland-vardby-pact'],
    // (Marks are taken off in every script: the breve of й too.)
    ['Дмитрий', 'дмитрии'],
    ['...', 'entity'],
    ['', 'entity'],
  ])('%j → %j', (name, id) => expect(slug(name)).toBe(id));
});
