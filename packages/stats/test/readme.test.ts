// The README's stats example runs as written and gives what its comments say.
import { readFileSync } from 'node:fs';
import { streamTree } from '@bootstat/rng';
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

describe('the package README', () => {
  it('runs the bootstrapRows example: each row is bootstrap of that row with streamTree(2024).child(i)', () => {
    const own = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const at = own.indexOf('## Many datasets in one pass: `bootstrapRows`');
    expect(at).toBeGreaterThan(0);
    const code = /```ts\n([\s\S]*?)```/.exec(own.slice(at))?.[1]?.replace(/^import .*$/m, '') ?? '';
    const { r, x, y } = new Function('bootstrapRows', `${code}\nreturn { r, x, y };`)(stats.bootstrapRows) as {
      r: stats.BootstrapRowsResult;
      x: Float64Array;
      y: Float64Array;
    };
    expect([r.rows, r.method, r.confidenceLevel, r.nanReplicates]).toEqual([3, 'percentile', 0.95, 'omit']);
    for (let i = 0; i < 3; i++) {
      const one = stats.bootstrap([x.slice(6 * i, 6 * i + 6), y.slice(6 * i, 6 * i + 6)], 'spearman', {
        paired: true,
        method: 'percentile',
        nanReplicates: 'omit',
        rng: streamTree(2024).child(i),
        nResamples: 1000,
      });
      expect([r.estimate[i], r.low[i], r.high[i], r.standardError[i], r.omittedReplicates[i]]).toEqual([
        one.estimate,
        one.ci.low,
        one.ci.high,
        one.standardError,
        one.omittedReplicates,
      ]);
    }
  });
});

describePackageReadme(new URL('../', import.meta.url), '@bootstat/stats', '## @bootstat/stats: a bootstrap interval');
