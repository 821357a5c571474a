/** Exit codes: 0 success, 1 a check failed (the gate), 2 usage or input error. */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;

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
