import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-action';

// pnpm test builds before it tests, so dist/index.js here is the bundle rebuilt from the workspace's sources.
describe('the committed bundle', () => {
  it('is tracked by git and identical to a fresh build', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8' });
    expect(git('ls-files', '--', 'apps/gate-action/dist/index.js').trim()).toBe('apps/gate-action/dist/index.js');
    let diff = '';
    try {
      git('diff', '--exit-code', '--stat', '--', 'apps/gate-action/dist');
    } catch (e) {
      diff = String((e as { stdout?: string }).stdout);
    }
    expect(diff, 'dist/index.js differs from the build: run `pnpm build` and commit apps/gate-action/dist').toBe('');
    expect(git('ls-files', '--', 'apps/gate-action/dist/licenses.txt').trim()).toBe(
      'apps/gate-action/dist/licenses.txt',
    );
  });

  it('keeps the licence notices of the code it bundles beside it', () => {
    const licences = readFileSync(join(REPO, 'apps/gate-action/dist/licenses.txt'), 'utf8');
    expect(licences).toMatch(/^The bootstat gate Action \(dist\/index\.js\) bundles the code below/);
    expect(licences).toContain('Copyright (c) 2026 the bootstat contributors');
    for (const name of ['zod', 'pure-rand'])
      expect(licences).toMatch(new RegExp(`\\n${name} \\d+\\.\\d+\\.\\d+ — MIT\\n`));
    // Every third-party package the bundle names in its comments has its notice.
    const bundle = readFileSync(join(REPO, 'apps/gate-action/dist/index.js'), 'utf8');
    const packages = new Set(
      [
        ...bundle.matchAll(/^\/\/ (?:\.\.\/)*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//gm),
      ].map((m) => m[1]),
    );
    expect(packages.size).toBeGreaterThan(0);
    for (const p of packages) expect(licences, p).toContain(`\n${p} `);
  });

  it('is under the 1 MB budget (size-limit checks it too)', () => {
    expect(statSync(join(REPO, 'apps/gate-action/dist/index.js')).size).toBeLessThan(1_000_000);
  });
});
