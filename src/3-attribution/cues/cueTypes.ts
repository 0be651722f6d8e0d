// The types of the attribution cue lexicon (rows in `lexicon.data.ts`, built in `lexicon.ts`).
/** What the cue says the content is: spoken, written, posted online, believed, intended or perceived. */
export type CueKind = 'speech' | 'writing' | 'post' | 'belief' | 'intention' | 'perception';

/**
 * What may follow the cue as its content (the reported material):
 * - `that`: a clause, with or without "that" ("said (that) taxes will rise")
 * - `quote`: a direct quote, before or after ("“…,” she said" / "she said: “…”")
 * - `object-that`: an addressee, then a clause ("told reporters (that) …", "warned voters …")
 * - `as`: an object and an `as`-predicative ("described the plan as reckless")
 * - `object`: a noun phrase as the content ("denied the report", "praised the deal")
 * - `of`: "accused him of lying", "warned of a crisis"
 * - `for`: "praised her for …", "called for a ban"
 * - `to`: an infinitive ("vowed to fight", "wants to win")
 * - `wh`: a question clause ("asked whether …", "wondered why …")
 * - `about`: "complained about …", "spoke about …"
 */
export type CueComplement = 'that' | 'quote' | 'object-that' | 'as' | 'object' | 'of' | 'for' | 'to' | 'wh' | 'about';

/** +1: the cue itself praises its object ("praised", "hailed"); -1: criticises ("slammed"); 0: neutral. */
export type CueEvaluation = -1 | 0 | 1;

/**
 * Where the source (the holder) of the attribution stands relative to the cue:
 * - `subject`: the grammatical subject or possessor ("Smith said", "Smith's claim that")
 * - `after`: right after the cue ("according to Smith", "in the words of Smith", "per Reuters")
 * - `inside`: between the cue's first and last word ("as Smith put it")
 */
export type CueSource = 'subject' | 'after' | 'inside';

export interface VerbCue {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly complement: readonly CueComplement[];
  /** Allows the inverted order after a quote: "“…,” said Smith." Common only for a small set. */
  readonly inversion: boolean;
  readonly evaluative: CueEvaluation;
  /** 0..1: how reliably the word signals attribution ("say" 1, "believe" 0.7, "see" 0.3). */
  readonly confidence: number;
  /**
   * The verb has common non-reporting senses ("added 200 jobs", "continued to rise",
   * "posted gains"): it counts only next to a sign of reported content (a quote mark, a colon,
   * "that", a comma-delimited inversion, or an addressee followed by "that").
   */
  readonly needsSignal: boolean;
}


export interface PhraseCue {
  /**
   * The words, one element per token. An element lists alternatives with `|`, matched
   * against the token's lemma or lower-case form; an alternative of several words joins them
   * with `_` ("truth_social", "op_-_ed"). Special elements:
   * `<D>` a determiner or possessive ("a", "the", "his"), `<M>` a modifier (adjective, proper
   * noun, noun or possessive 's), `<ANY>` any word but punctuation, `<VERB>` a verb cue
   * (its row then gives the properties). A trailing `?` makes the element optional and a
   * trailing `*` lets it repeat up to three times (optional too). A leading `=` matches the
   * written forms only, not the lemma ("=(release|releases)" is not "released").
   */
  readonly pattern: string;
  /** The lemma the match reports; when absent, the `<VERB>` element's lemma. */
  readonly lemma?: string;
  readonly kind?: CueKind;
  readonly complement?: readonly CueComplement[];
  readonly inversion?: boolean;
  readonly evaluative?: CueEvaluation;
  readonly confidence?: number;
  readonly source?: CueSource;
}

export interface NounCue {
  readonly lemma: string;
  readonly kind: CueKind;
  /** Words right after the noun that show it introduces content ("claim that", "vow to", "criticism of"). */
  readonly next: readonly string[];
  readonly evaluative: CueEvaluation;
  readonly confidence: number;
}


export interface AdjectiveCue {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly confidence: number;
  /** For adjectives followed by "of": the judgement of its object ("critical of" -1). */
  readonly evaluative?: CueEvaluation;
  /** Takes an "of" object ("critical of the plan") rather than a clause. */
  readonly of?: boolean;
}

