import { z } from 'zod';
import { EntityType } from '../model/entity.js';
import { PlauditError } from '../model/errors.js';
import { UtteranceKind } from '../model/utterance.js';

/** Ids of articles and entities: kebab-case, so they are safe as keys and file names. */
const kebabId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id such as "joe-biden"');
/** Ids of utterances: short tokens such as `u3`. */
const utteranceId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id such as "u3"');
/** The annotator's reason: documentation for people, never read by the scorer. */
const why = z.string().optional();

/** Someone who speaks or is spoken about, with every name the article uses for them. */
export const GoldEntity = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  type: EntityType,
  /** Other names, titles and descriptions; matched after normalisation (see `entityMatcher`). */
  aliases: z.array(z.string()).default([]),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

/** One utterance: quoted words or a reported clause, found in the text by exact substring. */
export const GoldUtterance = z.strictObject({
  id: utteranceId,
  /** An exact substring of the article: the words inside the marks, or the reported clause. */
  text: z.string().min(1),
  /** Which occurrence of `text` in the article, from 1. Default 1. */
  occurrence: z.number().int().positive().optional(),
  /** Entity id of who uttered the words; `null` when nobody can be named. */
  speaker: kebabId.nullable(),
  kind: UtteranceKind,
  /** `true`: neither rewarded nor punished (for example an embedded quote). */
  optional: z.boolean().optional(),
  why,
});
export type GoldUtterance = z.infer<typeof GoldUtterance>;

/** Text in quotation marks that is not speech (titles, scare quotes), kept for annotators. */
export const GoldNotSpeech = z.strictObject({ text: z.string().min(1), why });
export type GoldNotSpeech = z.infer<typeof GoldNotSpeech>;

/** A praise or criticism that `source` expresses toward `target` in the evidence utterances. */
export const GoldStance = z.strictObject({
  source: kebabId,
  target: kebabId,
  polarity: z.enum(['praise', 'criticism']),
  /** Ids of the utterances that carry the stance. */
  evidence: z.array(utteranceId).default([]),
  /** `true` when implied rather than said, or aimed at no named entity: ignored by the scorer. */
  optional: z.boolean().optional(),
  why,
});
export type GoldStance = z.infer<typeof GoldStance>;

/** The article shows `more` (`a` or `b`) praising the other more. */
export const GoldAsymmetry = z.strictObject({ a: kebabId, b: kebabId, more: z.enum(['a', 'b']), why });
export type GoldAsymmetry = z.infer<typeof GoldAsymmetry>;

const GoldArticleObject = z.strictObject({
  id: kebabId,
  title: z.string(),
  source: z.string(),
  license: z.string(),
  /** The text file, relative to the JSON file. Required unless `text` is given. */
  textFile: z.string().min(1).optional(),
  /** Superset of the shared format: the article text inline. `loadGoldDir` fills it from `textFile`. */
  text: z.string().optional(),
  /** Superset of the shared format: publication date (ISO 8601), passed to `analyze()` by `plaudit eval`. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO 8601 date such as 2024-02-20').optional(),
  entities: z.array(GoldEntity),
  utterances: z.array(GoldUtterance),
  notDirectSpeech: z.array(GoldNotSpeech).default([]),
  stances: z.array(GoldStance).default([]),
  asymmetry: z.array(GoldAsymmetry).default([]),
});

/**
 * One gold-annotated article, in the format of the shared gold standard (`gold/FORMAT.md`) or
 * its documented superset (`why` notes, `date`, inline `text`). Strict: unknown keys are
 * rejected, and every speaker, stance and asymmetry id must name an entity of the file, every
 * evidence id an utterance of the file. Parse with {@link parseGoldArticle} to get a
 * `PlauditError` with code `invalid-gold` instead of a zod error.
 */
export const GoldArticle = GoldArticleObject.superRefine((gold, ctx) => {
  if (gold.textFile === undefined && gold.text === undefined) {
    ctx.addIssue({ code: 'custom', path: ['textFile'], message: 'either textFile or text is required' });
  }
  const entities = new Set<string>();
  gold.entities.forEach((e, i) => {
    if (entities.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate entity id "${e.id}"` });
    entities.add(e.id);
  });
  const utterances = new Set<string>();
  gold.utterances.forEach((u, i) => {
    if (utterances.has(u.id)) ctx.addIssue({ code: 'custom', path: ['utterances', i, 'id'], message: `duplicate utterance id "${u.id}"` });
    utterances.add(u.id);
    if (u.speaker !== null && !entities.has(u.speaker)) {
      ctx.addIssue({ code: 'custom', path: ['utterances', i, 'speaker'], message: `unknown entity "${u.speaker}"` });
    }
  });
  gold.stances.forEach((s, i) => {
    for (const key of ['source', 'target'] as const) {
      if (!entities.has(s[key])) ctx.addIssue({ code: 'custom', path: ['stances', i, key], message: `unknown entity "${s[key]}"` });
    }
    s.evidence.forEach((id, j) => {
      if (!utterances.has(id)) ctx.addIssue({ code: 'custom', path: ['stances', i, 'evidence', j], message: `unknown utterance "${id}"` });
    });
  });
  gold.asymmetry.forEach((a, i) => {
    for (const key of ['a', 'b'] as const) {
      if (!entities.has(a[key])) ctx.addIssue({ code: 'custom', path: ['asymmetry', i, key], message: `unknown entity "${a[key]}"` });
    }
  });
});
export type GoldArticle = z.infer<typeof GoldArticle>;
/** What a gold file may contain before defaults are filled in. */
export type GoldArticleInput = z.input<typeof GoldArticle>;

/**
 * Validates a parsed gold file (for example `JSON.parse` of a `.json` file) and returns it with
 * defaults filled in. Throws a `PlauditError` with code `invalid-gold` that lists every bad
 * field; a `__proto__` key is reported as an unknown key and never reaches a prototype.
 *
 * @param where - names the file in the error message.
 * @example
 * parseGoldArticle({ id: 'x', title: '', source: '', license: '', text: 'Hi.', entities: [], utterances: [] });
 * // → { id: 'x', …, notDirectSpeech: [], stances: [], asymmetry: [] }
 * parseGoldArticle({ id: 'x', colour: 'red' });
 * // throws PlauditError: plaudit: invalid gold article: (root): Unrecognized key: "colour"; …
 */
export function parseGoldArticle(value: unknown, where = 'gold article'): GoldArticle {
  const result = GoldArticle.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
  const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new PlauditError('invalid-gold', `plaudit: invalid ${where}: ${list}`, problems);
}
