import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readlinkSync, realpathSync, statfsSync, statSync } from 'node:fs';
import { chmod, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeSystemError } from './describe-system-error';
import { IoError } from './errors';
import { addPendingTempFile, forgetPendingTempFile } from './internal/pending-temp-files';

/** What to write: one string, or pieces of it (so a large output is never one string in memory). */
export type OutputContent = string | Iterable<string> | AsyncIterable<string>;

export interface WriteOutputOptions {
  /** Relative paths are taken from here; default `process.cwd()`. */
  readonly cwd?: string;
  /** Where `-` goes; default standard output (waiting for it to drain). */
  readonly stdout?: (text: string) => void | Promise<void>;
  /** The size about to be written, in bytes, when known: a regular file is refused before writing if its disk has less free. */
  readonly expectedBytes?: number;
}

/** Where the output went and how: renamed into place, written in place (a device, a FIFO), or standard output. */
export interface WrittenOutput {
  readonly path: string;
  readonly how: 'atomic' | 'in-place' | 'stdout';
}

/** Paths that name this process's standard output: written as `-` is, never opened (which would truncate it). */
const STDOUT_PATHS = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/**
 * Whether an output path means standard output: `-`, or /dev/stdout and its aliases.
 *
 * @example
 * isStandardOutput('-'); // true
 * isStandardOutput('/dev/fd/1'); // true
 * isStandardOutput('out.json'); // false
 */
export function isStandardOutput(path: string): boolean {
  return path === '-' || STDOUT_PATHS.has(path);
}

/**
 * Temporary files are named `.NAME.bootstat-PID-RANDOM.tmp` beside their target. Only a kill -9 or a power cut
 * can leave one behind; any such file can be deleted.
 */
export const TEMP_FILE_PATTERN = /^\..+\.bootstat-\d+-[0-9a-f]{8}\.tmp$/;

function writeFailed(path: string, e: unknown): IoError {
  return new IoError('IO_WRITE_FAILED', `cannot write ${path}: ${describeSystemError(e)}.`, { source: path });
}

function defaultStdout(text: string): Promise<void> {
  return new Promise((done) => {
    if (process.stdout.write(text)) done();
    else process.stdout.once('drain', () => done());
  });
}

async function* pieces(content: OutputContent): AsyncIterable<string> {
  if (typeof content === 'string') yield content;
  else yield* content;
}

/** The path a write must end up at: links followed, dangling ones too (the file they name is created). */
function resolveTarget(path: string): { target: string; regular: boolean } {
  if (/^\/(dev|proc)\//.test(path)) return { target: path, regular: false };
  let target = path;
  for (let hops = 0; hops < 40; hops++) {
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (stats !== undefined) {
      if (stats.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      return stats.isFile() ? { target: realpathSync(target), regular: true } : { target, regular: false };
    }
    // Nothing there: a new file, or a dangling link whose target is to be created.
    let link = false;
    try {
      link = lstatSync(target).isSymbolicLink();
    } catch {}
    if (!link) return { target, regular: true };
    target = resolve(dirname(target), readlinkSync(target));
  }
  throw Object.assign(new Error('ELOOP'), { code: 'ELOOP' });
}

/**
 * Writes an output where the user said:
 * - `-` (or /dev/stdout, /dev/fd/1, /proc/self/fd/1): standard output, through `stdout`;
 * - a regular file, or a path where nothing is yet: written to a temporary file in the same directory (named by
 *   TEMP_FILE_PATTERN, keeping the old file's permissions), then renamed over the target, so a reader never sees
 *   half a file and a failure leaves the old one; missing directories are created. A symbolic link is written
 *   through: the file it names is replaced, the link stays. SIGINT, SIGTERM or SIGHUP during the write remove the
 *   temporary file before the signal takes its course;
 * - anything else (a device such as /dev/null, a FIFO, a path under /dev or /proc): opened and written in place.
 *
 * @throws {IoError} IO_WRITE_FAILED naming the path and the reason (disk full, permission denied, a directory…)
 * @example
 * const lines = ['0.82\n', '0.91\n', '0.77\n']; // or any (async) iterable of strings, never joined
 * const written = await writeOutput(`${tmpdir()}/bootstat-example-replicates.txt`, lines);
 * written.how; // 'atomic'
 * readTextFile(written.path); // '0.82\n0.91\n0.77\n'
 * (await writeOutput('-', 'to standard output\n')).how; // 'stdout'
 */
export async function writeOutput(
  path: string,
  content: OutputContent,
  options: WriteOutputOptions = {},
): Promise<WrittenOutput> {
  if (typeof path !== 'string' || path === '') {
    throw new IoError('IO_INVALID_OPTION', 'an output path must be a file name, or - for standard output.');
  }
  if (/[\\/]$/.test(path)) {
    throw new IoError(
      'IO_WRITE_FAILED',
      `cannot write ${path}: a path ending in / names a directory; give a file name.`,
      {
        source: path,
      },
    );
  }
  if (isStandardOutput(path)) {
    const write = options.stdout ?? defaultStdout;
    for await (const piece of pieces(content)) await write(piece);
    return { path: '-', how: 'stdout' };
  }
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  let target: string;
  let regular: boolean;
  try {
    ({ target, regular } = resolveTarget(absolute));
  } catch (e) {
    throw writeFailed(path, e);
  }
  if (!regular) {
    let handle: Awaited<ReturnType<typeof open>> | undefined;
    try {
      handle = await open(target, 'w');
      for await (const piece of pieces(content)) await handle.write(piece);
    } catch (e) {
      throw writeFailed(path, e);
    } finally {
      await handle?.close().catch(() => undefined);
    }
    return { path: target, how: 'in-place' };
  }
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.bootstat-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    if (options.expectedBytes !== undefined) {
      const fs = statfsSync(dir);
      const free = fs.bavail * fs.bsize;
      if (options.expectedBytes > free) {
        throw new IoError(
          'IO_WRITE_FAILED',
          `cannot write ${path}: it needs about ${formatBytes(options.expectedBytes)}, and its disk has ${formatBytes(free)} free.`,
          { source: path },
        );
      }
    }
    let mode: number | undefined;
    try {
      mode = statSync(target).mode & 0o7777;
    } catch {}
    addPendingTempFile(temp);
    handle = await open(temp, 'wx');
    for await (const piece of pieces(content)) await handle.write(piece);
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
    forgetPendingTempFile(temp);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    forgetPendingTempFile(temp);
    throw e instanceof IoError ? e : writeFailed(path, e);
  }
  return { path: target, how: 'atomic' };
}

function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let k = 0;
  while (n >= 1024 && k < units.length - 1) {
    n /= 1024;
    k++;
  }
  return `${k === 0 ? n : n.toFixed(1)} ${units[k]}`;
}
