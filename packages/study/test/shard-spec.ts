import type { StudySpecInput } from '../src/study-spec';

/**
 * A small study for the shard tests: 2 cases × (k = 3 even + all-distinct), two methods. Case b has n = 5, so some
 * resamples are constant (NaN replicates) and some BCa intervals are NaN: the bits that are easiest to lose.
 */
export const SHARD_SPEC: StudySpecInput = {
  seed: 11,
  nReps: 13,
  nResamples: 60,
  methods: ['percentile', 'bca'],
  calibration: { datasets: 300 },
  grid: { k: [3], patterns: ['even'], allDistinct: true },
  cases: [
    { id: 'a', n: 24, rho: 0.3, marginal: { median: 10, iqr: 8 } },
    { id: 'b', n: 5, rho: -0.2, marginal: { median: 2, iqr: 1 } },
  ],
};
