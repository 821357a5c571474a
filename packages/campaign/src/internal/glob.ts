/** Whether a path holds glob characters (`*`, `?`); anything else is taken literally. */
export function isGlob(path: string): boolean {
  return /[*?]/.test(path);
}

/**
 * Splits a glob into the directory to walk (its leading segments without wildcards) and a matcher of paths
 * relative to that directory: `*` is any run of characters within a segment, `?` one character, and a `**`
 * segment any number of segments (zero included). Paths use '/'.
 */
export function compileGlob(pattern: string): { base: string; matches: (relative: string) => boolean } {
  const segments = pattern.replaceAll('\\', '/').split('/');
  const first = segments.findIndex(isGlob);
  const base = segments.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = segments.slice(first);
  let source = '';
  rest.forEach((segment, i) => {
    const last = i === rest.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    source += segment.replace(/[.+^${}()|[\]\\*?]/g, (c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : `\\${c}`));
    if (!last) source += '/';
  });
  const re = new RegExp(`^${source}$`);
  return { base, matches: (relative) => re.test(relative) };
}
