/**
 * Punctuation: quotation marks, dashes and sentence ends.
 *
 * Origin: the Unicode quotation marks in use in news text (Unicode's Quotation_Mark property,
 * less the CJK and fullwidth forms that never reach English news but the corner brackets 「」『』),
 * as the quote scanner of stage 1 has always paired them; the token views below are the subsets
 * stage 3 has always tested tokens against (see README.md for who reads which view and why a
 * view is narrower).
 */

/**
 * Every quotation mark the quote scanner pairs (20 characters): straight and curly single and
 * double marks, the low-9 and high-reversed-9 marks, guillemets, primes and CJK corner brackets.
 */
export const QUOTE_CHARS = '"\'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033\u300c\u300d\u300e\u300f';

/** Builds a one-character token test from a string of marks. */
function tokenOf(chars: string): RegExp {
  return new RegExp(`^[${chars.replace(/[\\\]^-]/g, '\\$&')}]$`);
}

/**
 * A token that is one quotation mark (17 of the 20): `QUOTE_CHARS` less the single low-9 (‚)
 * and the two high-reversed-9 marks (‛ ‟), which the tokenizer never leaves as a token of their own
 * in news text. Read by the sieves of stage 3 (cue after a quote, the reported clause's stops).
 */
export const QUOTE_MARK = tokenOf('"\'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2033\u2032\u300c\u300d\u300e\u300f\u2039\u203a');

/**
 * A narrower view (11 marks): `QUOTE_MARK` less the CJK corner brackets and the single
 * guillemets (‹ ›). Read by the source finder of stage 3 (`source/`), where it decides whether a
 * token ends a noun phrase or opens an inverted source. Kept narrower because widening it would
 * change which sources are found (output must not change in a restructuring).
 */
export const QUOTE_MARK_LATIN = tokenOf('"\'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2033\u2032');

/**
 * Opening marks a content span may start with after a colon label ("Senator Smith: “…”"):
 * the straight and curly opening marks and the low-9 and left guillemet.
 */
export const OPENING_QUOTE = /^["'\u2018\u201c\u201e\u00ab]/;

/** A token that ends a sentence: . ! ? … */
export const SENTENCE_END = /^[.!?\u2026]$/;
/** Text that ends with a sentence end. */
export const ENDS_SENTENCE = /[.!?\u2026]$/;

/** A token that is a dash: em dash, en dash, hyphen, or a doubled one ("--"). */
export const DASH = /^[\u2014\u2013-]{1,2}$/;
/** A dash that sets off an aside (em dash, en dash or "--"; not a hyphen). */
export const DASH_ASIDE = /^(?:[\u2014\u2013]|--)$/;
/** Text that is only dashes, the horizontal bar (―) included: a dash label "“…” ― Name". */
export const DASH_ONLY = /^[\u2015\u2014\u2013-]+$/;

/**
 * Quotation marks as the cue matcher sees tokens: the Latin marks of `QUOTE_MARK_LATIN` less the
 * primes, plus the single guillemets (‹ ›), the backtick and the doubled ASCII forms (`` and '')
 * that some tokenizers and older wires produce.
 */
export const QUOTE_TOKENS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019', "'", '`', '\u2039', '\u203a', '``', "''"]);

/** Dash tokens that credit a quote to the name after them ("“…” — Senator Smith"): em, en, hyphen, "--" and the horizontal bar. */
export const DASH_TOKENS: ReadonlySet<string> = new Set(['\u2014', '\u2013', '-', '--', '\u2015']);
