// The README's stats example runs as written and gives what its comments say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePackageReadme } from '../../../tooling/test/package-readme';
import * as stats from '../src/index';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('runs the @bootstat/stats example', () => {
    const at = readme.indexOf('## @bootstat/stats: a bootstrap interval');
    const code = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1]?.replace(/^import .*$/m, '') ?? '';
    const run = new Function('bootstrap', 'lowerBound95', `${code}\nreturn { r, gate };`);
    const { r, gate } = run(stats.bootstrap, stats.lowerBound95) as {
      r: stats.BootstrapResult;
      gate: stats.LowerBound95Result;
    };
    expect(r.estimate).toBeCloseTo(12.95, 12);
    expect(r.method).toBe('bca');
    expect(r.nResamples).toBe(9999);
    expect(r.ci.low).toBeLessThan(12.95);
    expect(r.ci.high).toBeGreaterThan(12.95);
    expect(gate.rule).toBe('bca');
    expect(gate.lowerBound).toBeLessThan(gate.mean);
  });
});

describePackageReadme(new URL('../', import.meta.url), '@bootstat/stats', '## @bootstat/stats: a bootstrap interval');
