import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinKnowledge } from '../../src/2-entities/knowledge/builtin.js';
import { indexKnowledge } from '../../src/2-entities/knowledgeIndex.js';
import { analyze } from '../../src/analyze.js';
import type { Entity } from '../../src/model/index.js';

const ARTICLES = join(__dirname, '../../../shared/articles');

/**
 * A target that cannot be praised, by entity type and name shape only: a place without a demonym
 * of its own (a city, a region), a name ending in a geographic head or in the head of a work, law
 * or event, a contraction. Independent of the stance stage's own filter on purpose.
 */
function badTarget(e: Entity, demonymPlaces: ReadonlySet<string>): boolean {
  const last = e.name.split(/\s+/).pop()!.toLowerCase();
  if (/['’](m|re|ve|ll|d)$/u.test(e.name)) return true;
  if (/^(heights|range|mountains?|river|sea|ocean|earth|world|island|islands|valley|desert|street|square|airport|act|bill|treaty|case|summit)$/.test(last)) return true;
  return e.type === 'place' && !/^[\p{Lu}\d-]{2,}$/u.test(e.name) && !demonymPlaces.has(e.name);
}

/** Stances over the articles whose target is a place as a place, a thing, a contraction or a work: the count may only go down. */
const PINNED = 0;

describe.skipIf(!existsSync(ARTICLES))('stance targets over ../shared/articles', () => {
  test(`at most ${PINNED} polar stances aim at something that cannot be praised`, () => {
    const kb = indexKnowledge(builtinKnowledge());
    const demonymPlaces = new Set([...kb.placeOfAdjective].filter(([a, p]) => a !== p.toLowerCase()).map(([, p]) => p));
    let bad = 0;
    for (const f of readdirSync(ARTICLES).filter((x) => x.endsWith('.txt'))) {
      const a = analyze(readFileSync(join(ARTICLES, f), 'utf8'));
      const byId = new Map(a.entities.map((e) => [e.id, e]));
      for (const s of a.stances) {
        const e = byId.get(s.target.entityId);
        if (s.polarity !== 'neutral' && e && badTarget(e, demonymPlaces)) bad++;
      }
    }
    expect(bad).toBeLessThanOrEqual(PINNED);
  }, 120_000);
});
