import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './cli-error';

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

type Parsed<T extends FlagSpec> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** node:util parseArgs, strict, with its errors turned into one-line usage errors. */
export function parseFlags<T extends FlagSpec>(argv: readonly string[], flags: T, command: string): Parsed<T> {
  try {
    return parseArgs({ args: [...argv], options: flags, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message
      .replace(/\. To specify a positional argument.*$/s, '')
      .replace(/\s*\n\s*/g, ' ') // Node's message for '--resamples -5' spans three lines; an error is one line
      .replace(/\.+$/, '');
    throw new CliError(`${message}. See 'bootstat ${command} --help'.`);
  }
}
