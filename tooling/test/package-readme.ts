import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const firstTs = (text: string) => /```ts\n([\s\S]*?)```/.exec(text)?.[1];

/**
 * The test that a package's own README (what npm shows) gives the install command and, word for word, the first
 * TypeScript example of its section of the root README (whose examples the tests run).
 */
export function describePackageReadme(packageDir: URL, name: string, rootSection: string): void {
  describe('the package README (what npm shows)', () => {
    it("shows the root README's example, word for word", () => {
      const own = readFileSync(new URL('README.md', packageDir), 'utf8');
      const root = readFileSync(new URL('../../README.md', packageDir), 'utf8');
      const at = root.indexOf(rootSection);
      expect(own).toContain(`npm install ${name}`);
      expect(firstTs(own)).toBeDefined();
      expect(firstTs(own)).toBe(at < 0 ? undefined : firstTs(root.slice(at)));
    });
  });
}
