// The README's rng example runs as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePackageReadme } from '../../../tooling/test/package-readme';
import * as rng from '../src/index';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

function snippetAfter(heading: string): string {
  const at = readme.indexOf(heading);
  if (at < 0) throw new Error(`README has no heading ${heading}`);
  const match = /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!match?.[1]) throw new Error(`no ts block after ${heading}`);
  return match[1];
}

describe('README', () => {
  it('runs the @bootstat/rng example and gets what its comments say', () => {
    const code = snippetAfter('## @bootstat/rng in five lines').replace(/^import .*$/m, '');
    const run = new Function('fillIndices', 'seedFromRunId', 'streamTree', `${code}\nreturn { seed, indices };`);
    const { seed, indices } = run(rng.fillIndices, rng.seedFromRunId, rng.streamTree) as {
      seed: number;
      indices: Uint32Array;
    };
    expect(seed).toBe(1059757086);
    expect(indices).toHaveLength(30_000);
    expect(Math.max(...indices)).toBeLessThan(30);
  });
});

describePackageReadme(new URL('../', import.meta.url), '@bootstat/rng', '## @bootstat/rng in five lines');
