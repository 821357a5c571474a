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
