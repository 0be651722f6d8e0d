/** What a programmer got wrong; the only errors plaudit throws. */
export type PlauditErrorCode =
  | 'invalid-argument'
  | 'invalid-options'
  | 'input-too-long'
  | 'invalid-knowledge-base'
  | 'invalid-gold'
  /** A measure was asked about a name the praise graph does not hold; the message lists near matches. */
  | 'unknown-entity';

/**
 * Thrown only for programmer mistakes (a non-string text, bad options, a malformed knowledge
 * base or gold file, input over `maxLength`); never for odd text, which is always analysed.
 * It is a `TypeError` so that `catch (e) { if (e instanceof TypeError) … }` keeps working, and
 * its message always starts with `plaudit:`.
 */
export class PlauditError extends TypeError {
  override readonly name = 'PlauditError';
  readonly code: PlauditErrorCode;
  /** For validation errors: one entry per bad field, path and message. */
  readonly problems: readonly { path: string; message: string }[];
  constructor(code: PlauditErrorCode, message: string, problems: readonly { path: string; message: string }[] = []) {
    super(message.startsWith('plaudit:') ? message : `plaudit: ${message}`);
    this.code = code;
    this.problems = problems;
  }
}
