import { realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { IoError } from '@bootstat/io';
import { isStandardOutput, type OutputContent, writeOutput } from '@bootstat/io/node';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

/**
 * Writes an output flag's file: atomically for a regular file, in place for a device or FIFO, to standard output
 * for `-` (writeOutput of @bootstat/io). A failure is one line and exit 2.
 */
export async function writeFile(
  io: CliIo,
  path: string,
  content: OutputContent,
  expectedBytes?: number,
): Promise<void> {
  try {
    await writeOutput(path, content, {
      cwd: io.cwd,
      stdout: io.stdout,
      ...(expectedBytes === undefined ? {} : { expectedBytes }),
    });
  } catch (e) {
    if (e instanceof IoError) throw new CliError(e.message);
    throw e;
  }
}

/** The output flag given as `-` (or /dev/stdout): at most one may take standard output. */
export function stdoutOutputs(flags: Record<string, string | undefined>): string | undefined {
  const dashes = Object.entries(flags).filter(([, v]) => v !== undefined && isStandardOutput(v));
  if (dashes.length > 1) {
    throw new CliError(
      `${dashes.map(([k]) => k).join(' and ')} cannot both write to standard output (-); send one to a file.`,
    );
  }
  return dashes[0]?.[0];
}

/** A path as the file it names: through links when it exists, so `a.csv`, `./a.csv` and a link to it are one. */
function fileIdentity(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/**
 * Checks a command's outputs before anything is read or written: at most one on standard output (stdoutOutputs),
 * no two naming the same file (the second would replace the first without a word), and none naming an input.
 * Devices (`/dev/null`) may be named more than once.
 */
export function checkOutputs(
  io: CliIo,
  flags: Record<string, string | undefined>,
  inputs: readonly string[] = [],
): string | undefined {
  const onStdout = stdoutOutputs(flags);
  const seen = new Map<string, string>();
  for (const input of inputs) if (input !== '-') seen.set(fileIdentity(io.cwd, input), 'an input');
  for (const [flag, path] of Object.entries(flags)) {
    if (path === undefined || isStandardOutput(path)) continue;
    checkTarget(io, flag, path);
    const identity = fileIdentity(io.cwd, path);
    if (identity.startsWith('/dev/')) continue;
    const other = seen.get(identity);
    if (other !== undefined) {
      throw new CliError(
        other === 'an input'
          ? `${flag} ${path} is an input file: writing it would replace the data; choose another name.`
          : `${other} and ${flag} both name ${path}: one would replace the other; give each its own file.`,
      );
    }
    seen.set(identity, flag);
  }
  return onStdout;
}

/**
 * What can be told about an output's path before a long job, so that it does not fail only at the end: a
 * directory, or a file where a directory of its path should be. (Permissions and full disks are found when writing.)
 */
function checkTarget(io: CliIo, flag: string, path: string): void {
  if (path.trim() === '') return; // each command says what name it expects
  const absolute = resolve(io.cwd, path);
  const kind = (p: string) => {
    try {
      return statSync(p).isDirectory() ? 'directory' : 'file';
    } catch {
      return undefined;
    }
  };
  if (kind(absolute) === 'directory') throw new CliError(`${flag} ${path} is a directory; name a file to write.`);
  // Missing directories are made when writing; a file where a directory should be cannot be.
  let ancestor = dirname(absolute);
  while (kind(ancestor) === undefined && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor);
  if (kind(ancestor) === 'file') {
    throw new CliError(`cannot write ${path}: ${ancestor} is a file, not a directory.`);
  }
}

/**
 * Where the report goes: `--out FILE` (written atomically like any output; `-` is standard output), else standard
 * output, unless another output flag took standard output (`--plot -`): then stderr, so stdout carries that
 * output alone. Refuses two outputs on standard output.
 */
export async function writeReport(
  io: CliIo,
  text: string,
  out: string | undefined,
  others: Record<string, string | undefined> = {},
): Promise<void> {
  const taken = stdoutOutputs({ '--out': out, ...others });
  if (out !== undefined && !isStandardOutput(out)) {
    await writeFile(io, out, text);
    return;
  }
  if (taken !== undefined && taken !== '--out') io.stderr(text);
  else io.stdout(text);
}
