import { type Dirent, lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { IoError } from './errors';
import { compileGlob, expandBraces, isGlob } from './internal/glob';
import { naturalCompare } from './natural-compare';

export interface FindFilesOptions {
  /** Relative paths and globs are taken from here; default `process.cwd()`. Names in messages are relative to it. */
  readonly cwd?: string;
  /** Which files a directory or a glob yields (by extension, say); default every file. Named files are not filtered. */
  readonly accept?: (path: string) => boolean;
  /** What `accept` looks for, in words, for messages: 'result file (.json, .csv)'. Default 'file'. */
  readonly what?: string;
}

const slashes = (path: string) => path.split(sep).join('/');

/**
 * A path as messages show it: relative to cwd when it is inside, absolute otherwise; '/' as separator.
 *
 * @example
 * displayPath('/home/ana/bench', '/home/ana/bench/runs/cycle-2.json'); // 'runs/cycle-2.json'
 * displayPath('/home/ana/bench', '/tmp/cycle-2.json'); // '/tmp/cycle-2.json'
 */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? slashes(absolute) : slashes(rel);
}

const errnoCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'unknown error';

/** Why a symbolic link cannot be followed, for messages. */
function brokenLink(path: string, e: unknown): string {
  let target = '';
  try {
    target = ` to ${JSON.stringify(readlinkSync(path))}`;
  } catch {}
  const why = errnoCode(e) === 'ELOOP' ? 'it leads into a loop of links' : 'its target does not exist';
  return `the symbolic link${target} cannot be followed (${why}); fix or remove it.`;
}

/**
 * The files under a directory, by absolute path, hidden entries skipped. Links to files and to directories are
 * followed, except a link to a directory the walk is already inside (a loop). Links that cannot be followed are
 * returned apart, for the caller to refuse. Iterative: depth costs no stack.
 */
function walk(root: string, cwd: string): { files: string[]; broken: string[] } {
  const files: string[] = [];
  const broken: string[] = [];
  const stack: { dir: string; ancestors: ReadonlySet<string> }[] = [
    { dir: root, ancestors: new Set([realpathSync(root)]) },
  ];
  while (stack.length > 0) {
    const { dir, ancestors } = stack.pop() as (typeof stack)[number];
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new IoError('IO_READ_FAILED', `cannot read the directory (${errnoCode(e)}).`, {
        source: displayPath(cwd, dir),
      });
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          if (target.isFile()) files.push(path);
          isDirectory = target.isDirectory();
        } catch {
          broken.push(path);
          continue;
        }
      } else if (entry.isFile()) files.push(path);
      if (!isDirectory) continue;
      const real = realpathSync(path);
      // A loop: the directory is one the walk is inside, or contains one (`loop -> ..`).
      const loop = [...ancestors].some((a) => a === real || a.startsWith(real.endsWith(sep) ? real : `${real}${sep}`));
      if (!loop) stack.push({ dir: path, ancestors: new Set([...ancestors, real]) });
    }
  }
  return { files, broken };
}

/** Whether a glob matches a relative path or one of its directories (`runs/{a,b}` yields the files under a and b). */
function matchesOrUnder(matches: (relative: string) => boolean, relative: string): boolean {
  if (matches(relative)) return true;
  for (let cut = relative.lastIndexOf('/'); cut > 0; cut = relative.lastIndexOf('/', cut - 1)) {
    if (matches(relative.slice(0, cut))) return true;
  }
  return false;
}

/** The first broken link, in natural order, as an error. */
function refuseBroken(broken: readonly string[], cwd: string): void {
  const first = [...broken].sort((a, b) => naturalCompare(slashes(a), slashes(b)))[0];
  if (first === undefined) return;
  let reason: unknown;
  try {
    statSync(first);
  } catch (e) {
    reason = e;
  }
  throw new IoError('IO_READ_FAILED', brokenLink(first, reason), { source: displayPath(cwd, first) });
}

/** The files one pattern names: the file itself, the accepted files under a directory, or a glob's matches. */
function expand(
  pattern: string,
  cwd: string,
  accept: (path: string) => boolean,
  what: string,
  excluded: (absolute: string) => boolean,
): string[] {
  const absolute = resolve(cwd, pattern);
  let stats: ReturnType<typeof statSync> | undefined;
  try {
    stats = statSync(absolute);
  } catch (e) {
    if (!isGlob(pattern)) {
      let link = false;
      try {
        link = lstatSync(absolute).isSymbolicLink();
      } catch {}
      const code = errnoCode(e);
      throw new IoError(
        'IO_READ_FAILED',
        link ? brokenLink(absolute, e) : code === 'ENOENT' ? 'no such file or directory.' : `cannot read it (${code}).`,
        { source: pattern },
      );
    }
  }
  if (stats === undefined) {
    // A glob (a path that exists is taken as it is, even with [ or { in its name).
    const found: string[] = [];
    for (const one of expandBraces(pattern)) {
      const { base, matches } = compileGlob(one);
      const root = resolve(cwd, base);
      let isDirectory = false;
      try {
        isDirectory = statSync(root).isDirectory();
      } catch {}
      if (!isDirectory) continue;
      const inGlob = (p: string) => matchesOrUnder(matches, slashes(relative(root, p)));
      const walked = walk(root, cwd);
      refuseBroken(
        walked.broken.filter((p) => inGlob(p) && !excluded(p)),
        cwd,
      );
      found.push(...walked.files.filter((p) => accept(p) && inGlob(p)));
    }
    if (found.length === 0) throw new IoError('IO_READ_FAILED', `no ${what} matches.`, { source: pattern });
    return found;
  }
  if (stats.isDirectory()) {
    const walked = walk(absolute, cwd);
    refuseBroken(
      walked.broken.filter((p) => !excluded(p)),
      cwd,
    );
    const found = walked.files.filter(accept);
    if (found.length === 0) throw new IoError('IO_READ_FAILED', `the directory holds no ${what}.`, { source: pattern });
    return found;
  }
  return [absolute];
}

/**
 * The files that paths, directories and globs name, by absolute path, each once (the same path named twice is one
 * entry), in natural order (`cycle-2` before `cycle-10`), whatever the order of the patterns or the working
 * directory. One glob syntax for every tool: `*`, `?`, `**` (any number of directories), `[abc]`, `[!x]`,
 * `{a,b}`; a glob that matches a directory yields the files under it, as the directory itself would; hidden entries are
 * skipped; links are followed, never into a loop; and a pattern starting with `!`
 * removes what it matches from the rest (`'runs/**'`, `'!runs/bad/**'`). Fails closed: a path that does not
 * exist, a directory or glob that yields nothing, and a broken link among the files a directory or glob would
 * yield are errors, never a smaller set.
 *
 * @throws {IoError} IO_READ_FAILED naming the pattern or file and why; IO_INVALID_OPTION for a malformed glob
 * @example
 * const files = findFiles(['docs/examples/campaign/**\/*.json', '!**\/cycle-1.json']); // every cycle but the first
 * files.length; // 13
 * files.some((file) => file.endsWith('/cycle-1.json')); // false
 * files[0].endsWith('/llama-8b-bs1-fp16/cycle-2.json'); // true
 */
export function findFiles(patterns: readonly string[], options: FindFilesOptions = {}): string[] {
  const cwd = resolve(options.cwd ?? process.cwd());
  const accept = options.accept ?? (() => true);
  const what = options.what ?? 'file';
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).flatMap((p) => expandBraces(p.slice(1)));
  if (include.length === 0) {
    throw new IoError('IO_INVALID_OPTION', 'no path or glob to look in: a pattern starting with ! only removes files.');
  }
  const exclusions = exclude.map((p) => ({ absolute: isAbsolute(p), glob: compileGlob(p.replaceAll('\\', '/')) }));
  // An excluded path is never opened: a broken link it names is no error.
  const excluded = (absolute: string) => {
    const rel = slashes(relative(cwd, absolute));
    return exclusions.some(({ absolute: abs, glob }) => {
      const path = abs ? slashes(absolute) : rel;
      const under =
        glob.base === '.' ? path : path.startsWith(`${glob.base}/`) ? path.slice(glob.base.length + 1) : undefined;
      return under !== undefined && matchesOrUnder(glob.matches, under);
    });
  };
  const found = new Set(include.flatMap((p) => expand(p, cwd, accept, what, excluded)));
  const kept = [...found].filter((absolute) => !excluded(absolute));
  if (kept.length === 0) {
    throw new IoError(
      'IO_READ_FAILED',
      `every ${what} found is excluded by ${exclude.map((p) => `!${p}`).join(', ')}.`,
    );
  }
  return kept.sort((a, b) => naturalCompare(slashes(a), slashes(b)));
}
