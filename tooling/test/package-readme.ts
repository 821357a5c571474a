import { readFileSync } from 'node:fs';

const firstTs = (text: string) => /```ts\n([\s\S]*?)```/.exec(text)?.[1];

/**
 * The first TypeScript example of a package's own README (what npm shows) and of its section of the root README
 * (whose examples the tests run), for a test to hold equal.
 */
export function packageReadmeExamples(
  packageDir: URL,
  rootSection: string,
): { readme: string; own: string | undefined; root: string | undefined } {
  const readme = readFileSync(new URL('README.md', packageDir), 'utf8');
  const root = readFileSync(new URL('../../README.md', packageDir), 'utf8');
  const at = root.indexOf(rootSection);
  return { readme, own: firstTs(readme), root: at < 0 ? undefined : firstTs(root.slice(at)) };
}
