import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, two levels above this app. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** One public entry of one package: `@bootstat/stats/node` is { pkg: '@bootstat/stats', subpath: './node', … }. */
export interface PackageEntry {
  readonly pkg: string;
  readonly subpath: string;
  /** The import specifier a user writes. */
  readonly specifier: string;
  /** The entry's source file, absolute. */
  readonly source: string;
}

/**
 * Every documented entry: each `exports` subpath of each library package (and the CLI's programmatic entry) that has
 * a source file. The `exports` maps are the one list of entry points; the API reference and its coverage test both
 * start from here. (`@bootstat/stats/worker` is the worker
 * threads' script; its one default export is documented too.)
 */
export function packageEntries(): PackageEntry[] {
  const dirs = [
    ...readdirSync(join(REPO_ROOT, 'packages')).map((d) => join(REPO_ROOT, 'packages', d)),
    join(REPO_ROOT, 'apps', 'cli'),
  ].sort();
  const entries: PackageEntry[] = [];
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      exports: Record<string, string | Record<string, unknown>>;
    };
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target !== 'object' || typeof target['@bootstat/source'] !== 'string') continue;
      entries.push({
        pkg: pkg.name,
        subpath,
        specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
        source: join(dir, target['@bootstat/source']),
      });
    }
  }
  return entries;
}
