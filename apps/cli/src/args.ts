import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestName } from '@bootstat/registry';
import { CliError } from './cli-error';

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

type Parsed<T extends FlagSpec> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** Flags every command takes: help, stack traces, quiet (no progress bar, no notes), and where the report goes. */
export const COMMON_FLAGS = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-progress': { type: 'boolean' },
  out: { type: 'string', short: 'o' },
} as const satisfies FlagSpec;

/** Every spelling of a command's flags, for "did you mean" and shell completion. */
export function flagNames(flags: FlagSpec): string[] {
  return Object.entries(flags).flatMap(([name, spec]) => [`--${name}`, ...(spec.short ? [`-${spec.short}`] : [])]);
}

/**
 * node:util parseArgs, strict, with its errors turned into one-line usage errors; an unknown flag gets a "did you
 * mean" when one is close (`--colum` → `--column`, `--n-resample` → `--n-resamples`).
 */
export function parseFlags<T extends FlagSpec>(argv: readonly string[], flags: T, command: string): Parsed<T> {
  try {
    return parseArgs({ args: [...argv], options: flags, allowPositionals: true, strict: true });
  } catch (e) {
    const raw = (e as Error).message;
    const unknown = /^Unknown option '(-{1,2}[^'=]+)/.exec(raw);
    if (unknown !== null) {
      const guess = closestName(unknown[1] as string, flagNames(flags));
      throw new CliError(
        `unknown option ${unknown[1]}${guess === undefined ? '' : `; did you mean ${guess}?`} See 'bootstat ${command} --help'.`,
      );
    }
    const message = raw
      .replace(/\. To specify a positional argument.*$/s, '')
      .replace(/\s*\n\s*/g, ' ') // Node's message for '--resamples -5' spans three lines; an error is one line
      .replace(/\.+$/, '');
    throw new CliError(`${message}. See 'bootstat ${command} --help'.`);
  }
}

/** A flag that has a second name (SciPy's `--confidence-level` for `--level`): one value, from either. */
export function aliased(values: Record<string, unknown>, name: string, alias: string): string | undefined {
  const a = values[name] as string | undefined;
  const b = values[alias] as string | undefined;
  if (a !== undefined && b !== undefined && a !== b) {
    throw new CliError(`--${name} ${a} and --${alias} ${b} say different things; give one.`);
  }
  return a ?? b;
}

/** "unknown X "BCa"; did you mean "bca"? Use one of …" */
export function unknownValue(what: string, value: string, known: readonly string[]): string {
  const guess = closestName(value, known);
  const list = known.join(', ');
  return guess === undefined
    ? `unknown ${what} ${JSON.stringify(value)}; use one of ${list}`
    : `unknown ${what} ${JSON.stringify(value)}; did you mean ${JSON.stringify(guess)}? Use one of ${list}`;
}
