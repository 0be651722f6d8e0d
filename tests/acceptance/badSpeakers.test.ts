/**
 * Acceptance pin for issue 13: over the texts of ../shared/articles and ../shared/polnear/dev,
 * utterances whose speaker is a place, a lower-case common noun typed as a person, the object of
 * a preposition inside the subject phrase, or a post/clip/report typed as a person. The counts
 * are ceilings that may only go down: lower them when a change lowers a count. Skipped when
 * ../shared is absent. Counts only: no text of the evaluation data is read into the test.
 *
 * What the counts still hold (honestly): a country named as the subject of a cue ("<country>
 * said") is a government speaking and is typed `country`, not counted; `place` counts cities,
 * regions, US states and natural features that speak, and one mention read as "York" out of a
 * state's name before a title (a mention-reading fault, not a place speaking); people named by a
 * common noun ("a protester", "the archbishop", transcript "questioner") are typed `role`, and a
 * role whose noun names a thing is counted (roleThing), so that the type cannot hide a thing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commonNounType } from '../../src/2-entities/resolution/commonNounType.js';
import { analyze } from '../../src/analyze.js';
import { prepObjectSpeaker } from './prepObject.js';

const shared = resolve(__dirname, '../../../shared');
const present = existsSync(join(shared, 'articles')) && existsSync(join(shared, 'polnear/dev/text'));

/**
 * Ceilings measured on the branch of issue 13 (before: place 29, lowerPerson 191, prepObject 49,
 * postWord 11; at e0bc944: 26, 63, 43, 4). lowerPerson 57 -> 0 at the eighth round: someone named
 * only by a common noun is published as a `role` ("protester", "archbishop", "questioner"), and
 * roleThing counts a role whose noun names a thing, so that the new type cannot hide one. postWord
 * 3 -> 1: "the IMF report", "the Turkish statement" are documents; the one left is "Video" opening
 * a sentence, which the typer cannot tell from a name ("Bill", "Page") without its place. Shares ("Many of his supporters", "most of whom")
 * now open their source phrase, and a climb through prepositions that ends on an adjunct falls
 * back on the phrase before the verb. A possessor inside a prepositional phrase ("examples of
 * Lee's remarks") is no object of the preposition and is not counted (38 then counted 28 at 8ae4bc4).
 * place 25 -> 1 on the branch of `country`: 21 of the 25 were countries, now typed `country`;
 * "according to <outlet>" no longer types the outlet a place, and an "it" that speaks no longer
 * resolves to a city or a state.
 * Ninth round (branch qb): prepObject 27 -> 6, postWord 1 -> 0. 13 of the 27 were constructions whose
 * prepositional object is the speaker, now told apart by the check (prepObject.ts: the absolute
 * "with X saying", a recording "of X saying", a host handing over the floor, a cue that is the
 * prepositional phrase itself); 8 were fixed as mechanisms (an acronym is no verb, a noun in -s after a plural noun is no verb, a clause after
 * "whether", a quantifier before "in", a collective noun before "of", a year closing an adjunct, a
 * survey "of" what it examined, agentless judging passives, a verb-led phrase cue in a relative
 * aside, "who" for people); a document noun opening a sentence is a document. 6 -> 5 (lead): a
 * known body's name run into a known person's surname is two names (readName.ts). The 5 left: a participle
 * after a long subject with a year, "write" with an object that is a work, not words, a verb in a
 * relative clause credited to a noun with a possessive, a long subject ending in "of <noun>",
 * and a gerund inside a relative clause.
 * Tenth round (branch qb2): prepObject 5 -> 0, each fixed as a mechanism: a past form the tagger reads
 * as a noun right after a year closing an adjunct is the verb ("porters in 2011 sent a petition, calling
 * for …"); a long subject whose head a participle follows ("judges handling suits about … have
 * cited") is spoken by the phrase that opens the clause (source/longSubject.ts); a collective noun
 * before "of" keeps its phrase before a participle ("a whole chorus of poets writing"; the nouns
 * PolNeAR's gold sources open with); a subject pronoun or a participle never ends a relative clause
 * whose antecedent speaks ("the programs she has proposed", "a video that includes her pleading").
 */
const CEILING = { place: 0, lowerPerson: 0, roleThing: 0, prepObject: 0, postWord: 0 };

const POST_WORD = /\b(?:tweet|post|statement|video|clip|report|piece)s?\b/i;

function countBadSpeakers(): typeof CEILING {
  const files = [
    ...readdirSync(join(shared, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => join(shared, 'articles', f)),
    ...readdirSync(join(shared, 'polnear/dev/text')).map((f) => join(shared, 'polnear/dev/text', f)),
  ];
  const counts = { place: 0, lowerPerson: 0, roleThing: 0, prepObject: 0, postWord: 0 };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const a = analyze(text);
    const byId = new Map(a.entities.map((e) => [e.id, e]));
    for (const u of a.utterances) {
      const e = u.speaker ? byId.get(u.speaker.entityId) : undefined;
      if (!e) continue;
      if (e.type === 'place') counts.place++;
      if (e.type === 'person' && /^\p{Ll}/u.test(e.name)) counts.lowerPerson++;
      // (a role is someone named by a common noun: its noun must name a person, not a thing)
      if (e.type === 'role' && !['person', undefined].includes(commonNounType(e.name, 'person'))) counts.roleThing++;
      if (e.type === 'person' && POST_WORD.test(e.name)) counts.postWord++;
      const m = u.speaker!.mention;
      // (The constructions whose prepositional object is the speaker itself are in prepObject.ts.)
      if (m && prepObjectSpeaker(text, { mention: m, ...(u.cue ? { cue: u.cue } : {}), kind: u.kind })) counts.prepObject++;
    }
  }
  return counts;
}

describe.skipIf(!present)('speakers that are no one, over articles and PolNeAR dev', () => {
  test('each count stays at or under its ceiling', () => {
    const counts = countBadSpeakers();
    for (const [k, ceiling] of Object.entries(CEILING)) {
      expect(counts[k as keyof typeof CEILING], `${k}: ${JSON.stringify(counts)}`).toBeLessThanOrEqual(ceiling);
    }
  }, 300_000);
});
