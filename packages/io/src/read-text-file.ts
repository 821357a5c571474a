import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeSystemError } from './describe-system-error';
import { IoError } from './errors';

export interface ReadTextFileOptions {
  /** Relative paths are taken from here; default `process.cwd()`. */
  readonly cwd?: string;
  /** Longer files are refused (IO_TOO_LARGE) after reading this many bytes; default 64 MiB. */
  readonly maxBytes?: number;
}

/** Default limit of readTextFile: far above any report, far below what would exhaust memory. */
export const READ_TEXT_FILE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * A whole small file as UTF-8 text (a byte-order mark kept for the parser to skip), read in pieces up to a limit:
 * a device that never ends (/dev/zero) or a huge file is refused, not read until memory runs out. Pipes and
 * process substitutions (`<(cat report.json)`) are read like files.
 *
 * @throws {IoError} IO_READ_FAILED naming the path and the reason; IO_TOO_LARGE past `maxBytes`
 * @example
 * const { path } = await writeOutput(`${tmpdir()}/bootstat-example-report.json`, '{"runId": "3f2a9c1e"}\n');
 * readTextFile(path); // '{"runId": "3f2a9c1e"}\n'
 */
export function readTextFile(path: string, options: ReadTextFileOptions = {}): string {
  const max = options.maxBytes ?? READ_TEXT_FILE_MAX_BYTES;
  let fd: number;
  try {
    fd = openSync(resolve(options.cwd ?? process.cwd(), path), 'r');
  } catch (e) {
    throw new IoError('IO_READ_FAILED', `cannot read ${path}: ${describeSystemError(e)}.`, { source: path });
  }
  const pieces: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const piece = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      let n: number;
      try {
        n = readSync(fd, piece, 0, piece.length, null);
      } catch (e) {
        throw new IoError('IO_READ_FAILED', `cannot read ${path}: ${describeSystemError(e)}.`, { source: path });
      }
      if (n === 0) break;
      pieces.push(piece.subarray(0, n));
      total += n;
      if (total > max) {
        throw new IoError('IO_TOO_LARGE', `${path} is larger than ${max} bytes; is it the right file?`, {
          source: path,
        });
      }
    }
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(pieces, total).toString('utf8');
}
