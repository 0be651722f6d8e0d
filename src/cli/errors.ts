/**
 * An error that ends the command with a given exit code and one line on stderr:
 * 2 for wrong usage (unknown flag, missing file name, bad format), 1 for a failure at run time.
 */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  constructor(exitCode: 1 | 2, message: string) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** A usage error: the message, and a pointer to the help. */
export const usageError = (message: string): CliError => new CliError(2, `${message} (see plaudit --help)`);
