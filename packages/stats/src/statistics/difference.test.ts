import { describe, expect, it } from 'vitest';
import { bootstrap } from '../bootstrap';
import { percentile } from '../percentile';

const x = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0, 16.2];
const y = [10.2, 11.0, 10.8, 12.5, 9.9, 10.4, 11.7, 10.1];

describe("statistic { name: 'difference', of }", () => {
  it('is θ(x) − θ(y) of the one-sample statistic (median here)', () => {
    const r = bootstrap([x, y], { name: 'difference', of: 'median' }, { nResamples: 500, seed: 3 });
    expect(r.estimate).toBe((percentile(x, 50) as number) - (percentile(y, 50) as number));
    expect(r.statistic).toBe('difference of median');
  });

  it('gives the bits of the same difference written as a function (the kernel path and the generic one agree)', () => {
    const f = (a: Float64Array, b: Float64Array) => (percentile(a, 90) as number) - (percentile(b, 90) as number);
    for (const method of ['percentile', 'bca'] as const) {
      const kernel = bootstrap(
        [x, y],
        { name: 'difference', of: { name: 'quantile', p: 0.9 } },
        { method, nResamples: 999, seed: 11 },
      );
      const fn = bootstrap([x, y], f, { method, nResamples: 999, seed: 11 });
      expect([kernel.ci.low, kernel.ci.high]).toEqual([fn.ci.low, fn.ci.high]);
    }
  });

  it('of the mean, is mean-difference to the bit', () => {
    const a = bootstrap([x, y], { name: 'difference', of: 'mean' }, { nResamples: 999, seed: 5 });
    const b = bootstrap([x, y], 'mean-difference', { nResamples: 999, seed: 5 });
    expect([a.ci.low, a.ci.high, a.standardError]).toEqual([b.ci.low, b.ci.high, b.standardError]);
  });

  it.each([
    [{ name: 'difference' }, 'of must name a one-sample built-in statistic'],
    [{ name: 'difference', of: 'spearman' }, 'of must be a one-sample statistic'],
    [{ name: 'difference', of: { name: 'difference', of: 'mean' } }, 'of must name a one-sample built-in statistic'],
  ])('refuses %j', (statistic, words) => {
    expect(() => bootstrap([x, y], statistic as never, { nResamples: 100 })).toThrow(
      expect.objectContaining({ message: expect.stringContaining(words) }),
    );
  });
});
