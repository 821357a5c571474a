import { execFileSync } from 'node:child_process';
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
  });
});
