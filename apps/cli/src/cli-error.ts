/**
 * Exit codes (docs/cli.md holds the same table, and a test holds the two equal):
 * 0 success; 1 a check failed (a gate report failed, a campaign regressed); 2 usage, input or output error
 * (a bad flag or file, an output that cannot be written, standard output included); 70 an internal error (a bug).
 * A signal (SIGINT, SIGTERM, SIGHUP) ends the process as killed by it: the shell reports 128 + its number.
 */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2, internal: 70 } as const;

/**
 * An error the user can fix: printed as one line on stderr (file, line and column when known), exit code 2,
 * no stack trace unless --debug.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: number;
  readonly location: string | undefined;

  constructor(message: string, options: { location?: string; exitCode?: number } = {}) {
    super(message);
    this.exitCode = options.exitCode ?? EXIT.usage;
    this.location = options.location;
  }
}
