import { bootstrap } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { type IntervalResult, isBootstrapResult } from './interval-result';

describe('isBootstrapResult', () => {
  it('is true for what bootstrap() returns and false for an interval without resampling', () => {
    expect(isBootstrapResult(bootstrap([[1, 2, 3, 4, 5]], 'mean', { seed: 1, nResamples: 99 }))).toBe(true);
    const wilson: IntervalResult = {
      estimate: 0.35,
      ci: { low: 0.18, high: 0.57 },
      method: 'wilson',
      confidenceLevel: 0.95,
      alternative: 'two-sided',
      statistic: 'proportion',
      warnings: [],
    };
    expect(isBootstrapResult(wilson)).toBe(false);
    expect(isBootstrapResult({ ...wilson, schemaVersion: 1, seed: 1, rng: 'mersenne', nResamples: 0 })).toBe(false);
  });
});
