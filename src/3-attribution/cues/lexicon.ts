/**
 * The attribution cue lexicon built from its rows (`lexicon.data.ts`): verb, noun and adjective
 * cues, and the phrase cues with the platform and frame phrases generated from their tables.
 */
import type { AdjectiveCue, CueComplement, CueKind, NounCue, PhraseCue, VerbCue } from './cueTypes.js';
import { ADJECTIVE_GROUPS, CUE_FORMS, FRAME_NOUNS, NOUN_ROWS, PHRASE_CUES, PLATFORMS, VERB_ROWS } from './lexicon.data.js';

export type * from './cueTypes.js';
export { CUE_FORMS, PHRASE_CUES } from './lexicon.data.js';

/** CUE_FORMS as a map: an inflected form wink lemmatises wrongly → its cue lemma. */
export const CUE_FORM_LEMMA: ReadonlyMap<string, string> = new Map(Object.entries(CUE_FORMS));

const COMPLEMENTS = new Set<CueComplement>(['that', 'quote', 'object-that', 'as', 'object', 'of', 'for', 'to', 'wh', 'about']);

function parseComplements(spec: string): CueComplement[] {
  return spec
    .split(' ')
    .filter((c) => c.length > 0)
    .map((c) => {
      if (!COMPLEMENTS.has(c as CueComplement)) throw new Error(`plaudit: unknown cue complement ${c}`);
      return c as CueComplement;
    });
}

/**
 * One verb row: lemma, kind, complements (space separated), confidence, flags.
 * Flags: `inv` inversion allowed, `+` praise, `-` criticism, `sig` needs a signal.
 */
function v(lemma: string, kind: CueKind, complement: string, confidence: number, flags = ''): VerbCue {
  const f = new Set(flags.split(' '));
  return {
    lemma,
    kind,
    complement: parseComplements(complement),
    inversion: f.has('inv'),
    evaluative: f.has('+') ? 1 : f.has('-') ? -1 : 0,
    confidence,
    needsSignal: f.has('sig'),
  };
}

/** Verb cues, by Levin-style class (rows in `lexicon.data.ts`). */
export const VERB_CUES: readonly VerbCue[] = VERB_ROWS.map((r) => v(...r));

/** An alternatives element: multi-word alternatives join their words with `_` ("truth_social"). */
function alternatives(words: readonly string[]): string {
  return `(${words.map((w) => w.replace(/ /g, '_')).join('|')})`;
}

/** "posted on X", "took to Facebook", "wrote on Truth Social", "in a Facebook post", built once. */
function platformPhrases(): PhraseCue[] {
  const p = alternatives(PLATFORMS);
  return [
    { pattern: `take to ${p}`, lemma: 'take to', kind: 'post', complement: ['that', 'quote'], confidence: 0.95 },
    { pattern: `post (on|to) ${p}`, lemma: 'post', kind: 'post', complement: ['that', 'quote'], inversion: true, confidence: 1 },
    { pattern: `<VERB> on ${p}`, kind: 'post' },
    { pattern: `in <D>? <M>* ${p} (post|posts|message|video|thread|live|livestream|statement)`, lemma: 'in a post', kind: 'post', complement: ['quote', 'that'], confidence: 0.75 },
    { pattern: `on ${p}`, lemma: 'on', kind: 'post', complement: ['quote', 'that'], confidence: 0.3 },
  ];
}

/** The regular plural of a noun (of its last word): "speeches", "testimonies", "press conferences". */
function plural(noun: string): string {
  if (/(?:s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** "in a statement", "in an interview with", "in a lengthy op-ed", and "said in a statement". */
function framePhrases(): PhraseCue[] {
  const out: PhraseCue[] = [];
  for (const kind of ['speech', 'writing', 'post'] as const) {
    const nouns = FRAME_NOUNS[kind].flatMap((n) => [n, plural(n)]);
    // The nouns' written forms only: "in a poll released Monday" is no "in a release" frame.
    const tail = `=${alternatives(nouns)}`;
    const confidence = kind === 'post' ? 0.75 : 0.55;
    out.push({ pattern: `in <D>? <M>* ${tail}`, lemma: 'in a statement', kind, complement: ['quote', 'that'], confidence });
    out.push({ pattern: `<VERB> in <D>? <M>* ${tail}`, kind });
  }
  out.push({ pattern: 'write in <D>? <PROPN> <PROPN>? <PROPN>?', lemma: 'write', kind: 'writing', complement: ['that', 'quote'], inversion: true, confidence: 0.95 });
  return out;
}

export const ALL_PHRASE_CUES: readonly PhraseCue[] = [...PHRASE_CUES, ...platformPhrases(), ...framePhrases()];

function n(lemma: string, kind: CueKind, next: string, confidence: number, flags = ''): NounCue {
  return { lemma, kind, next: next.split(' '), evaluative: flags === '+' ? 1 : flags === '-' ? -1 : 0, confidence };
}


/** Noun cues (rows in `lexicon.data.ts`): they count only when followed by what introduces their content. */
export const NOUN_CUES: readonly NounCue[] = NOUN_ROWS.map((r) => n(...r));

/**
 * Adjectives that hold a belief when "that" follows ("confident that", "worried that"), an
 * intention when "to" follows ("eager to"), or a judgement of someone when "of" follows
 * ("critical of", "supportive of"; `evaluative` then says which way).
 */
export const ADJECTIVE_CUES: readonly AdjectiveCue[] = ADJECTIVE_GROUPS.flatMap((g) =>
  g.lemmas.map((lemma): AdjectiveCue => (g.of === true ? { lemma, kind: g.kind, confidence: g.confidence, evaluative: g.evaluative!, of: true } : { lemma, kind: g.kind, confidence: g.confidence })),
);
