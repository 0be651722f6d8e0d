/**
 * Which cues report the complement right after them when no construction read their clause:
 * src/data/anchorComplements.json, written by `node scripts/learn-anchor-complements.mjs` (its
 * `origin` records the split, the rule and the counts). Each entry is a cue lemma ("seek",
 * "call", "in a statement") and the kind of complement `readAnchorComplement`
 * (reported/anchorComplement.ts) read after it, with how often that complement, on PolNeAR
 * train, lay in a gold content (`hits`) and found a gold content plaudit had missed (`found`).
 * Only the rows whose reading gains content F1 on train are kept. Do not edit the JSON by hand:
 * regenerate it.
 *
 * The file is bundled into dist/ by tsup and checked against its schema once, on first use.
 */
import { z } from 'zod';
import data from '../../data/anchorComplements.json' with { type: 'json' };

/** What follows the cue: "to" and a verb, "that", a question word, a preposition, a noun phrase, or a pronoun object and "to" / "that" / "of". */
export const AnchorComplementKind = z.string().regex(/^(to|that|wh|np|obj\+to|obj\+that|obj\+of|prep:[a-z]+)$/);
export type AnchorComplementKind = 'to' | 'that' | 'wh' | 'np' | 'obj+to' | 'obj+that' | 'obj+of' | `prep:${string}`;

export const AnchorComplementRow = z.object({
  lemma: z.string().min(1),
  complement: AnchorComplementKind,
  support: z.number().int().positive(),
  hits: z.number().int().nonnegative(),
  found: z.number().int().nonnegative(),
});
export type AnchorComplementRow = z.infer<typeof AnchorComplementRow>;
export const AnchorComplements = z.object({
  origin: z.object({ generatedBy: z.string(), data: z.string() }).passthrough(),
  rows: z.array(AnchorComplementRow),
  /** Weak lexicon rows (below MIN_CUE_CONFIDENCE in anchors.ts) that count as cues before this kind of complement. */
  lifted: z.array(AnchorComplementRow),
  /**
   * Back-off rows for cues too rare to be counted alone: `lemma` is the cue's kind and form
   * ("speech/verb"), counted over the lemma | complement constructions seen fewer than minSupport times.
   */
  classes: z.array(AnchorComplementRow.extend({ lemma: z.string().regex(/^[a-z]+\/[a-z]+$/) })),
  /** The lemma | complement constructions seen at least minSupport times: their own count decides, kept or not. */
  counted: z.array(z.string().regex(/^[^|]+\|[^|]+$/)),
});

let table: ReadonlyMap<string, AnchorComplementRow> | undefined;
let liftedTable: ReadonlyMap<string, AnchorComplementRow> | undefined;
let classTable: ReadonlyMap<string, AnchorComplementRow> | undefined;
let countedSet: ReadonlySet<string> | undefined;

/** The table by "lemma|complement", validated on the first call. */
export function anchorComplements(): ReadonlyMap<string, AnchorComplementRow> {
  if (table === undefined) {
    const result = AnchorComplements.safeParse(data);
    if (!result.success) throw new Error(`plaudit: src/data/anchorComplements.json does not match its schema: ${result.error.message}`);
    table = new Map(result.data.rows.map((r) => [`${r.lemma}|${r.complement}`, Object.freeze(r)]));
    liftedTable = new Map(result.data.lifted.map((r) => [`${r.lemma}|${r.complement}`, Object.freeze(r)]));
    classTable = new Map(result.data.classes.map((r) => [`${r.lemma}|${r.complement}`, Object.freeze(r)]));
    countedSet = new Set(result.data.counted);
  }
  return table;
}

/** The lifted weak rows by "lemma|complement", validated on the first call. */
export function liftedWeakCues(): ReadonlyMap<string, AnchorComplementRow> {
  if (liftedTable === undefined) anchorComplements();
  return liftedTable!;
}

/** The lifted row for a weak cue's lemma and the kind of complement after it, if the table keeps one. */
export function liftedWeakCue(lemma: string, complement: AnchorComplementKind): AnchorComplementRow | undefined {
  return liftedWeakCues().get(`${lemma}|${complement}`);
}

/** The row for a cue lemma and the kind of complement after it, if the table keeps one. */
export function anchorComplementRow(lemma: string, complement: AnchorComplementKind): AnchorComplementRow | undefined {
  return anchorComplements().get(`${lemma}|${complement}`);
}

/**
 * The row that decides for a cue and the kind of complement after it: its own row when the table
 * keeps one; none when its construction was counted often enough and not kept; otherwise, for a
 * lexicon cue, the back-off row of its kind and form ("speech/verb" before a noun phrase:
 * "underlined the need for …", "recited the names of …").
 */
export function complementRowFor(a: { readonly lemma: string; readonly kind: string; readonly form: string; readonly complement: readonly string[]; readonly learned?: true }, complement: AnchorComplementKind): AnchorComplementRow | undefined {
  const own = anchorComplementRow(a.lemma, complement);
  // (Only a lexicon cue strong enough on its own backs off to its class: "painted the fence" is a cue
  // only through the learned cues, whose own tables decide; nor does a say-verb, a row that takes a
  // quote, whose rare complement is an addressee or a time: "said to the crowd", "told the paper".)
  if (own !== undefined || a.learned === true || a.complement.includes('quote') || countedSet!.has(`${a.lemma}|${complement}`)) return own;
  return classTable!.get(`${a.kind}/${a.form}|${complement}`);
}
