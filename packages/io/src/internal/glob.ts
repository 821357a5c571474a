import { IoError } from '../errors';

/** Whether a path is a glob: it holds `*`, `?`, a `[class]` or `{alternatives}`. */
export function isGlob(path: string): boolean {
  return /[*?[{]/.test(path);
}

/** At most this many patterns come out of one pattern's `{…}` alternatives. */
const MAX_ALTERNATIVES = 1024;

/** `a/{b,c}/d` → `a/b/d`, `a/c/d` (nested and repeated braces too), as a shell expands them before globbing. */
export function expandBraces(pattern: string): string[] {
  let open = -1;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = pattern.slice(open + 1, i);
        const parts: string[] = [];
        let d = 0;
        let from = 0;
        for (let k = 0; k < inner.length; k++) {
          if (inner[k] === '{') d++;
          else if (inner[k] === '}') d--;
          else if (inner[k] === ',' && d === 0) {
            parts.push(inner.slice(from, k));
            from = k + 1;
          }
        }
        parts.push(inner.slice(from));
        if (parts.length === 1) continue; // `{x}` is literal, as in a shell
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const out = parts.flatMap((p) => expandBraces(`${head}${p}${tail}`));
        if (out.length > MAX_ALTERNATIVES) {
          throw new IoError(
            'IO_INVALID_OPTION',
            `the glob ${JSON.stringify(pattern)} expands to more than ${MAX_ALTERNATIVES} patterns.`,
          );
        }
        return out;
      }
    }
  }
  if (depth > 0) {
    throw new IoError('IO_INVALID_OPTION', `the glob ${JSON.stringify(pattern)} opens a {group} that never closes.`);
  }
  return [pattern];
}

/** One segment's glob syntax as a regular expression: `*`, `?` and `[class]` (`[!…]` or `[^…]` negated). */
function segmentSource(segment: string, pattern: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) {
        throw new IoError(
          'IO_INVALID_OPTION',
          `the glob ${JSON.stringify(pattern)} opens a [class] that never closes.`,
        );
      }
      let body = segment.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const cls = `[${negated ? '^/' : ''}${body.replace(/[\\\]^]/g, (x) => `\\${x}`)}]`;
      try {
        new RegExp(cls);
      } catch {
        throw new IoError(
          'IO_INVALID_OPTION',
          `the glob ${JSON.stringify(pattern)} has a class ${JSON.stringify(segment.slice(i, end + 1))} that is not valid (a range must run upward, as in [1-5]).`,
        );
      }
      out += cls;
      i = end;
    } else out += c.replace(/[.+^${}()|\\\]]/g, (x) => `\\${x}`);
  }
  return out;
}

/**
 * A glob without braces as the directory to walk (its leading segments without wildcards) and a matcher of paths
 * relative to that directory: `*` any run of characters within a segment, `?` one, `[abc]`/`[a-z]`/`[!x]` one of
 * a class, and a `**` segment any number of segments (zero included). Paths use '/'.
 */
export function compileGlob(pattern: string): { base: string; matches: (relative: string) => boolean } {
  const extended = /[?*+@!]\(/.exec(pattern);
  if (extended !== null) {
    throw new IoError(
      'IO_INVALID_OPTION',
      `the glob ${JSON.stringify(pattern)} uses ${extended[0]}…), an extended glob, which is not supported: use {a,b} for alternatives and a separate !pattern to exclude.`,
    );
  }
  const segments = pattern.replaceAll('\\', '/').split('/');
  const first = segments.findIndex((s) => /[*?[]/.test(s));
  const base = segments.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = segments.slice(first);
  let source = '';
  rest.forEach((segment, i) => {
    const last = i === rest.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    source += segmentSource(segment, pattern);
    if (!last) source += '/';
  });
  const re = new RegExp(`^${source}$`);
  return { base, matches: (relative) => re.test(relative) };
}
