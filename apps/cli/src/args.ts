import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestName } from '@bootstat/registry';
import * as z from 'zod';
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
      // A one-letter flag is one edit from every other: only long names get a guess.
      const name = unknown[1] as string;
      const guess = name.startsWith('--') ? closestName(name, flagNames(flags)) : undefined;
      throw new CliError(
        `unknown option ${name}${guess === undefined ? '.' : `; did you mean ${guess}?`} See 'bootstat ${command} --help'.`,
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
  // The same number written two ways (0.9 and .90, 100 and 1e2) is one value.
  const same = a === b || (a !== undefined && b !== undefined && a.trim() !== '' && Number(a) === Number(b));
  if (a !== undefined && b !== undefined && !same) {
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

/** A flag that takes one of a few words, with a "did you mean" for a misspelt one (`--format jsn`). */
export function choiceFlag<const T extends string>(what: string, values: readonly T[]) {
  return z
    .string()
    .superRefine((s, ctx) => {
      if (!(values as readonly string[]).includes(s)) {
        ctx.addIssue({ code: 'custom', message: unknownValue(what, s, values) });
      }
    })
    .transform((s) => s as T);
}

/**
 * A command's flag values through its zod schema; the first problem becomes one usage error naming the flag:
 * `--level must be in (0, 1)`, `--format: unknown format "jsn"; did you mean "json"? …`.
 */
export function parseOptions<S extends z.ZodType>(schema: S, input: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const message = (issue?.message ?? 'is invalid').replace(/\.$/, '');
  if (message.startsWith('--')) throw new CliError(`${message}.`);
  throw new CliError(/^(must|is) /.test(message) ? `${flag} ${message}.` : `${flag}: ${message}.`);
}
