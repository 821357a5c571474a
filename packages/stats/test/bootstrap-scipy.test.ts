// The interval step against scipy.stats.bootstrap on identical replicates (tooling/fixtures/stats/
// make_bootstrap_fixtures.py): SciPy drew each distribution once; both libraries then compute every method,
// alternative and level from it. Agreement to 1e-12 relative.
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../src/bootstrap';
import { acceleration } from '../src/ci/bca';
import { leaveOneOut } from '../src/internal/leave-one-out';
import { resolveStatistic, type Statistic } from '../src/statistic';
import fixture from './fixtures/bootstrap.json';

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v));

function close(actual: number, expected: number, rel = 1e-12): void {
  if (Number.isNaN(expected)) {
    expect(actual).toBeNaN();
    return;
  }
  if (!Number.isFinite(expected)) {
    expect(actual).toBe(expected);
    return;
  }
  const scale = Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected) / scale, `${actual} vs ${expected}`).toBeLessThanOrEqual(rel);
}

describe.each(fixture.cases)('$label', (c) => {
  const statistic = c.statistic as Statistic;
  const distribution = Float64Array.from(c.distribution);

  it('has the same estimate as SciPy', () => {
    const r = bootstrap(c.samples, statistic, {
      paired: c.paired,
      nResamples: 0,
      bootstrapResult: { distribution },
      method: 'percentile',
    });
    close(r.estimate, c.estimate);
  });

  it('has SciPy’s jackknife acceleration â (multi-sample form; whole pairs deleted when paired)', () => {
    const kernel = resolveStatistic(statistic, c.samples.length);
    const samples = c.samples.map((s) => Float64Array.from(s));
    close(acceleration(leaveOneOut(kernel, samples, c.paired)), c.bca95.acceleration, 1e-10);
  });

  it.each(c.runs)('$method, $alternative, $confidenceLevel: same interval and standard error', (run) => {
    const r = bootstrap(c.samples, statistic, {
      paired: c.paired,
      nResamples: 0,
      bootstrapResult: { distribution },
      method: run.method as 'percentile' | 'basic' | 'bca',
      alternative: run.alternative as 'two-sided' | 'less' | 'greater',
      confidenceLevel: run.confidenceLevel,
    });
    close(r.ci.low, num(run.low));
    close(r.ci.high, num(run.high));
    close(r.standardError, run.standardError);
  });
});

describe('degenerate data, as SciPy', () => {
  const { samples, distribution, intervals } = fixture.degenerate;
  it.each(Object.entries(intervals))('%s on constant data gives %j', (method, expected) => {
    const r = bootstrap(samples, 'mean', {
      nResamples: 0,
      bootstrapResult: { distribution: Float64Array.from(distribution) },
      method: method as 'percentile' | 'basic' | 'bca',
    });
    close(r.ci.low, num(expected[0] as number | string));
    close(r.ci.high, num(expected[1] as number | string));
    expect(r.warnings.some((w) => w.code === 'DEGENERATE')).toBe(method === 'bca');
  });
});
