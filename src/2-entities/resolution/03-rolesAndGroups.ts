import type { Token } from '../../adapters/wink.js';
import type { KnowledgeEntry } from '../../model/knowledge.js';
import { COUNTRY_LEADER_TITLES, HELD_OFFICES, ROLE_FAMILY, ROLE_NOUNS_BEFORE_OF, UNNAMED_SOURCE_NOUNS, VOICE_NOUNS } from '../../vocabulary/roles.js';
import { TITLE_ABBREVIATIONS, pastTitleIn } from '../../vocabulary/titles.js';
import { holds, normalizeName } from '../knowledgeIndex.js';
import type { Mention } from '../mentions.js';
import { stripDeterminer, type Resolution } from './context.js';
import { namedOrganisation } from './organisationDescription.js';
import { apposedHeads } from '../mention/apposedHeads.js';
import { mentionIndex } from './addEntity.js';
import { mostSalient, recent } from './salience.js';
import { MAX_CANDIDATES, type EntityDraft } from './types.js';

/** One rule for a role or group mention: the entity it names, or undefined to let the next rule try. */
type RoleRule = (r: Resolution, m: Mention, mi: number) => EntityDraft | undefined;

/**
 * Sieve 3, roles, descriptions and groups, each mention trying these rules in order (groups in
 * quotes are left to the speaker stage; a description of a body, "the company", is the
 * organisation named before it: organisationDescription.ts):
 */
export const ROLE_RULES: readonly RoleRule[] = [
  apposedName, // 0. "The Ruritanian president, Stefan Ilić,": the person the apposition names.
  repeatedRole, // 1. "a government spokesperson … the spokesperson": the one the same role named.
  voiceOfBody, // 2. "a Kremlin spokesperson", "White House officials": the body speaks.
  groupName, //   3. "Republican lawmakers": a group entity of its own.
  officeHolder, // 4. "the Russian president", "the Prime Minister": whoever holds the office.
  definiteDescription, // 5. "the former intelligence officer": a person of the recent text.
];

export function rolesAndGroups(r: Resolution): void {
  r.index.mentions.forEach((m, mi) => {
    if (m.kind !== 'role' && m.kind !== 'group') return;
    if (m.quote >= 0 && m.kind === 'group') return;
    // "the company", "the court" (the only role mentions typed organisation, read by
    // mention/readBodyDescription.ts): the body named before, or no one. ROLE_RULES are not tried
    // even when no body is placed (2f2f5af, when these mentions were added): each finds a person,
    // a body's voice or a group, and definiteDescription would give "the court" the judge just
    // named. An unplaced description is looked for again by the speaker stage when it speaks
    // (speaker.ts, describedOrganisation).
    if (m.type === 'organization') {
      const apposed = apposedBody(r, m);
      if (apposed) { r.link(mi, apposed); return; }
      const e = namedOrganisation(r.index, r.text.slice(m.start, m.end), mi, m.sentence);
      if (e >= 0) r.link(mi, r.index.entities[e]!);
      return;
    }
    for (const rule of ROLE_RULES) {
      const e = rule(r, m, mi);
      if (e) { r.link(mi, e); return; }
    }
  });
}

/**
 * "the carrier" after "the freight carrier Norland Cargo": the organisation most recently named
 * with the description's head in apposition before its name (mention/apposedHeads.ts).
 */
function apposedBody(r: Resolution, m: Mention): EntityDraft | undefined {
  const starts = apposedHeads(r.seg.doc.tokens).get(m.key);
  if (!starts) return undefined;
  for (let n = starts.length - 1; n >= 0; n--) {
    const s = starts[n]!;
    if (s >= m.first) continue;
    const at = r.index.mentionAt[s]!;
    const e = at >= 0 ? r.index.entityOf[at]! : -1;
    const entity = e >= 0 ? r.index.entities[e] : undefined;
    if (entity?.type === 'organization') return entity;
  }
  return undefined;
}

/**
 * A role in apposition with a person's name ("The Ruritanian president, Stefan Ilić, said",
 * "the firm's spokesperson, Paul Kern,", "a Democrat, Mark Doe,", "Sam Whitlock, the former
 * governor,") is that person, and the name
 * takes the role's title: a later "the president" finds him. The name must close the apposition
 * (a comma, a bracket or the sentence's end after it).
 */
export function apposedName(r: Resolution, m: Mention, mi: number): EntityDraft | undefined {
  if (m.kind !== 'role') return undefined;
  const tokens = r.seg.doc.tokens;
  const named = nameBefore(r, m);
  if (named) return named;
  // ("After meeting the governor, Ruiz, a senator, said": a role closing a fronted adjunct is its
  // object, and the name after it the clause's subject.)
  if (inFrontedAdjunct(tokens, m.first)) return undefined;
  const comma = closeAfterRole(tokens, m);
  const next = comma >= 0 && tokens[comma]?.value === ',' ? mentionStartingAt(r, comma + 1) : undefined;
  if (!next || next.mention.kind !== 'name' || next.mention.sentence !== m.sentence) return undefined;
  const close = tokens[next.mention.last];
  if (close !== undefined && close.sentence === m.sentence && close.value !== ',' && close.value !== ')' && close.value !== '.') return undefined;
  return next.entity?.type === 'person' ? next.entity : undefined;
}

/** Words of a role's "of" complement walked over to its comma: "the head of the teachers' union, Mara Quill,". */
const MOST_COMPLEMENT_WORDS = 10;

/**
 * The token that closes a role and its "of" complement when no verb stands in it ("the head of
 * the teachers' union, Mara Quill,", "Arno Pell, the head of the Harbor Council, said"): the
 * token after the role itself, else the first comma or full stop after "of"; -1 if none.
 */
function closeAfterRole(tokens: readonly Token[], m: Mention): number {
  if (tokens[m.last]?.lower !== 'of') return m.last;
  for (let k = m.last + 1; k < Math.min(tokens.length, m.last + 1 + MOST_COMPLEMENT_WORDS); k++) {
    const t = tokens[k]!;
    if (t.sentence !== m.sentence) return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return -1;
    if (t.value === ',' || t.value === '.') return k;
  }
  return -1;
}

/** The mention that starts at token k and its entity, if any (`mentionIndex` reads the token's mention). */
function mentionStartingAt(r: Resolution, k: number): { mention: Mention; entity: EntityDraft | undefined } | undefined {
  const mi = mentionIndex(r.index, k);
  const mention = mi >= 0 ? r.index.mentions[mi]! : undefined;
  if (!mention || mention.first !== k) return undefined;
  const e = r.index.entityOf[mi]!;
  return { mention, entity: e >= 0 ? r.index.entities[e] : undefined };
}

/** Is token k in an adjunct that opens its sentence ("After meeting …", "With …"), before any comma? */
function inFrontedAdjunct(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence) {
    if (tokens[j]!.value === ',') return false;
    j--;
  }
  const first = tokens[j + 1]!;
  return j + 1 < k && (first.pos === 'ADP' || first.pos === 'SCONJ');
}

/** "Sam Whitlock, the former governor, said": a name, a comma, then the role closed by a comma or the sentence's end. */
function nameBefore(r: Resolution, m: Mention): EntityDraft | undefined {
  const tokens = r.seg.doc.tokens;
  if (tokens[m.first - 1]?.value !== ',') return undefined;
  const mi = mentionIndex(r.index, m.first - 2);
  const prev = mi >= 0 ? r.index.mentions[mi]! : undefined;
  if (!prev || prev.kind !== 'name' || prev.last !== m.first - 1 || prev.sentence !== m.sentence) return undefined;
  const at = closeAfterRole(tokens, m);
  if (at < 0) return undefined;
  const close = tokens[at];
  if (close !== undefined && close.sentence === m.sentence && close.value !== ',' && close.value !== '.') return undefined;
  const e = r.index.entityOf[mi]!;
  const entity = e >= 0 ? r.index.entities[e]! : undefined;
  return entity?.type === 'person' ? entity : undefined;
}

/**
 * The voice of a body: "a Kremlin spokesperson", "White House officials", "the State
 * Department's spokesman"; a spokesperson with no body named speaks for the organisation the
 * text last named.
 */
export function voiceOfBody(r: Resolution, m: Mention, mi: number): EntityDraft | undefined {
  if (!VOICE_NOUNS.has(m.key) && !(m.kind === 'group' && m.qualifier)) return undefined;
  const body = m.qualifier ?? m.of;
  if (body) {
    const local = r.byKey.get(normalizeName(body));
    if (local && local.type !== 'person') return local;
    const entry = r.pick(r.kb.byName.get(normalizeName(body)));
    if (entry && entry.type !== 'person') return r.create(body, 'organization', entry);
  }
  if (VOICE_NOUNS.has(m.key)) return bodyAfter(r, m) ?? recent(r.index, mi, (e) => e.type === 'organization' && !e.outlet, 2);
  return undefined;
}

/** "a spokesperson for the Harbor Council", "a spokesman at the ministry": the body named right after the voice. */
function bodyAfter(r: Resolution, m: Mention): EntityDraft | undefined {
  const tokens = r.seg.doc.tokens;
  const prep = tokens[m.last]?.lower;
  if (prep !== 'for' && prep !== 'of' && prep !== 'at') return undefined;
  // ("for the Harbor Council": a determiner may stand before the name.)
  const next = mentionStartingAt(r, m.last + 1) ?? (tokens[m.last + 1]?.pos === 'DET' ? mentionStartingAt(r, m.last + 2) : undefined);
  const body = next && next.mention.sentence === m.sentence ? next.entity : undefined;
  return body && body.type === 'organization' && !body.outlet ? body : undefined;
}

/** A group ("officials", "Republican lawmakers") is the group of the article with that name, or a new one. */
export function groupName(r: Resolution, m: Mention): EntityDraft | undefined {
  if (m.kind !== 'group') return undefined;
  const name = stripDeterminer(r.text.slice(m.start, m.end));
  return r.byKey.get(normalizeName(name)) ?? r.create(name, 'group');
}

/**
 * An office: "the Russian president", "the Prime Minister", "the secretary of state", "the Ohio
 * governor" — the one person of the article with the title (or a title of its family: "the
 * monarch"), the most salient of several; else the holder the knowledge base knows, already in
 * the article, in office at the article's date, or (without a date) in office now.
 */
export function officeHolder(r: Resolution, mention: Mention, mi: number): EntityDraft | undefined {
  const { kb, year, byKb } = r;
  let m = mention;
  const role = m.key;
  // "a potential successor", "an adviser": an indefinite role names no one of the article.
  if (/^an?\s/i.test(r.text.slice(m.start, m.end))) return undefined;
  if (m.of === undefined && m.qualifier && kb.byOffice.has(`${role}|${m.qualifier.toLowerCase()}`)) m = { ...m, of: m.qualifier };
  const family = ROLE_FAMILY[role] ?? (role === 'leader' && m.of !== undefined ? COUNTRY_LEADER_TITLES : []);
  // The people this article itself gives the title come first ("Prime Minister of Freedonia Ann
  // Lee … said the Prime Minister"); a leader it names without the title, whose office only the
  // knowledge base knows, is no holder then.
  const titled = (by: Map<string, Set<EntityDraft>>) => [...new Set([...(by.get(role) ?? []), ...family.flatMap((t) => [...(by.get(t) ?? [])])])].filter((e) => e.type === 'person' && (!m.of || e.of.has(m.of.toLowerCase()) || (e.kb !== undefined && holds(e.kb, role, m.of, undefined))));
  // "the governor" is the one who holds the title now, not "former Governor Sam Whitlock" (it falls
  // back on a former holder when no one holds it now); "the former governor" the reverse.
  const now = titled(r.titledInText);
  const past = titled(r.formerInText).filter((e) => !now.includes(e));
  const pastRole = pastTitleIn(r.text.slice(m.start, m.end));
  // (With no former holder in the article, "the former governor" is no one: not the one in office.)
  if (pastRole && past.length === 0) return undefined;
  const inText = pastRole ? past : now.length > 0 ? now : past;
  const candidates = inText.length > 0 ? inText : titled(r.byTitle);
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) {
    // "the Republican nominee" is the one the article called so, not the Democratic nominee.
    const surface = stripDeterminer(r.text.slice(m.start, m.end));
    const same = surface.includes(' ') ? candidates.filter((e) => e.aliases.has(surface)) : [];
    if (same.length === 1) return same[0];
    return mostSalient(r.index, mi, (e) => candidates.includes(e)) ?? mostMentionedDraft(candidates);
  }
  const holders = (kb.byOffice.get(`${role}|${(m.of ?? '').toLowerCase()}`) ?? []).filter((x) => m.of !== undefined || x.offices.length > 0);
  if (holders.length > 0 && (m.of !== undefined || /^\p{Lu}/u.test(r.text.slice(m.start, m.end).replace(/^(the|a|an)\s+/i, '')))) {
    const present = holders.filter((x) => byKb.has(x.id));
    const atDate = year !== undefined ? holders.filter((x) => holds(x, role, m.of, year)) : [];
    // Without a date, the one holding the office now.
    const current = year === undefined ? holders.filter((x) => x.offices.some((o) => o.role === role && (m.of === undefined || (o.of ?? '').toLowerCase() === m.of.toLowerCase()) && o.to === undefined)) : [];
    const pool = present.length > 0 ? present : atDate.length > 0 ? atDate : current;
    const chosen = pool.length === 1 ? pool[0] : pool.length > 1 ? mostMentioned(r, pool) : undefined;
    if (chosen) return r.create(chosen.name, 'person', chosen);
  }
  return undefined;
}

/** Sentences looked back over for the role a definite role repeats. */
const REPEATED_ROLE_SENTENCES = 3;

/**
 * A definite voice or unnamed source that repeats the head of one introduced shortly before ("A
 * government spokesperson said … The spokesperson added", "a senior aide … the aide") is whoever
 * that mention was, not the most salient person of the text. (Only these heads: "a woman … the
 * woman", "a candidate … the candidate" are as often someone else; over 117 texts those went wrong.)
 */
export function repeatedRole(r: Resolution, m: Mention, mi: number): EntityDraft | undefined {
  const { mentions, entityOf, entities } = r.index;
  if (m.kind !== 'role' || m.indefinite || !/^(the|this|that)\b/i.test(r.text.slice(m.start, m.end))) return undefined;
  const head = lastWord(m.key);
  if (!VOICE_NOUNS.has(head) && !UNNAMED_SOURCE_NOUNS.has(head)) return undefined;
  // ("The spokesperson for the port said": a voice that names its body speaks for that body.)
  if (m.qualifier !== undefined || m.of !== undefined || bodyAfter(r, m) !== undefined) return undefined;
  for (let k = mi - 1; k >= Math.max(0, mi - MAX_CANDIDATES); k--) {
    const c = mentions[k]!;
    if (m.sentence - c.sentence > REPEATED_ROLE_SENTENCES) break;
    if (c.kind !== 'role' || c.sentence === m.sentence || lastWord(c.key) !== head) continue;
    // The nearest one with the head: "Ann Marsh, the ministry's spokesperson, … The spokesperson" is
    // Marsh, whom the rules after this one find; the head between the two is another holder.
    if (headBetween(r, head, c.last, m.first)) return undefined;
    const e = entityOf[k]!;
    if (e >= 0) return entities[e];
    if (!c.indefinite) return undefined;
    // (The earlier role is no one named yet: it becomes an entity of its own, as the speaker stage would make it.)
    const first = r.create(stripDeterminer(r.text.slice(c.start, c.end)), c.type ?? 'person');
    r.link(k, first);
    return first;
  }
  return undefined;
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

/** Does the word `head` stand among tokens [from, to)? */
function headBetween(r: Resolution, head: string, from: number, to: number): boolean {
  const tokens = r.seg.doc.tokens;
  for (let k = from; k < to; k++) if (tokens[k]!.lower === head) return true;
  return false;
}

/**
 * A definite description ("the former intelligence officer") points back to the most salient
 * person of the recent text, not one of its own sentence; "the governor" is not the senator just
 * named: a person with other offices is no antecedent for an office.
 */
export function definiteDescription(r: Resolution, m: Mention, mi: number): EntityDraft | undefined {
  const { mentions, entityOf } = r.index;
  if (m.indefinite || !/^(the|this|that)\b/i.test(r.text.slice(m.start, m.end))) return undefined;
  const family = ROLE_FAMILY[m.key] ?? [];
  const sameSentence = new Set<number>();
  // (Of those, the ones named there as a subject or an object, not only as an owner or after a preposition.)
  const argumentHere = new Set<number>();
  for (let k = mi - 1; k >= Math.max(0, mi - MAX_CANDIDATES) && mentions[k]!.sentence === m.sentence; k--) {
    if (entityOf[k]! < 0) continue;
    sameSentence.add(entityOf[k]!);
    if (!mentions[k]!.possessive && !mentions[k]!.afterPreposition) argumentHere.add(entityOf[k]!);
  }
  const office = r.kb.byOffice.has(`${m.key}|`) || family.length > 0 || ROLE_NOUNS_BEFORE_OF.has(m.key);
  // ("the head of the council" is someone given that title, never a person named without it.)
  const titleNeeded = ROLE_NOUNS_BEFORE_OF.has(m.key);
  // ("the ambassador", "the mayor": a current public office is not a person the article gives other
  // offices only; "the former intelligence officer", "the nominee" may be anyone. A person named
  // with no title may hold it: "Ada Vale, a senator from Ostland, … the senator".)
  const heldOffice = HELD_OFFICES.has(m.key) && !pastTitleIn(r.text.slice(m.start, m.end));
  const gendered = (e: EntityDraft) => e.type === 'person' && (!m.gender || !e.gender || e.gender === m.gender);
  const holds = (e: EntityDraft) => holdsTitle(r, e, m.key, mi) || family.some((t) => e.titles.has(t));
  // ("State Senator Ann Holm … Lucia Ferro, a spokeswoman … the senator": one who holds the office
  // in the recent text comes before a person named with no title, however recent; so does one
  // named in the same sentence only as an owner: "Asked about Holm's remarks, the governor said the senator …".)
  // (Not an office of a place: "the independent Vermont senator" is read by salience, as before, not
  // given to the senator the article named last, who may be Florida's.)
  const holder = (office || heldOffice) && m.of === undefined ? mostSalient(r.index, mi, (e) => gendered(e) && !argumentHere.has(e.index) && holds(e)) : undefined;
  return holder ?? mostSalient(r.index, mi, (e) => gendered(e) && !sameSentence.has(e.index) &&
    ((!office && !heldOffice) || (e.titles.size === 0 && !titleNeeded && !(heldOffice && linkedRoles(r, e, mi).length > 0)) || holds(e)));
}

/**
 * Does the person hold the title, or one that ends in it ("foreign minister" is a minister): among
 * their titles, or as a role linked to them before mention mi ("Ada Vale, a senator from Ostland,")?
 */
/** The keys of the role mentions before mi linked to the person ("Ana Ruiz, the acting prime minister,"). */
function linkedRoles(r: Resolution, e: EntityDraft, mi: number): string[] {
  const { mentions, entityOf } = r.index;
  const keys: string[] = [];
  for (let k = 0; k < mi; k++) if (entityOf[k] === e.index && mentions[k]!.kind === 'role') keys.push(mentions[k]!.key);
  return keys;
}

function holdsTitle(r: Resolution, e: EntityDraft, title: string, mi: number): boolean {
  // (Not a past title: "former president" is no president now, whoever the entity stage gave it to.)
  // ("Sen. Ann Cole" holds "senator": an abbreviation stands for its title.)
  const fits = (held: string) => {
    const t = TITLE_ABBREVIATIONS.get(held) ?? held;
    return t === title || (t.endsWith(` ${title}`) && !pastTitleIn(t));
  };
  for (const t of e.titles) if (fits(t)) return true;
  return linkedRoles(r, e, mi).some(fits);
}

function mostMentionedDraft(pool: readonly EntityDraft[]): EntityDraft | undefined {
  return [...pool].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

function mostMentioned(r: Resolution, pool: readonly KnowledgeEntry[]): KnowledgeEntry | undefined {
  const counted = pool.map((x) => ({ x, n: r.byKb.get(x.id)?.mentions.length ?? 0 })).sort((a, b) => b.n - a.n);
  return counted[0] && (counted.length === 1 || counted[0].n > counted[1]!.n) ? counted[0].x : undefined;
}
