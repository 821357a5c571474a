// Every error code is thrown by some public function, with a message saying what to change.
import { streamTree } from '@bootstat/rng';
import { describe, expect, it } from 'vitest';
import {
  betaScores,
  calibrateRho,
  createDatasetGenerator,
  createGeneratorRegistries,
  GENERATORS_ERROR_CODES,
  type GeneratorsErrorCode,
  levelCounts,
  shuffleLevels,
  tiedLevels,
} from '../src/index';
import { expectGeneratorsError } from './expect-error';

const cases: Record<GeneratorsErrorCode, () => unknown> = {
  GENERATORS_INVALID_SIZE: () => levelCounts(80, 81, 'even'),
  GENERATORS_INVALID_COUNTS: () => tiedLevels({ counts: [40, 39], n: 80 }),
  GENERATORS_UNKNOWN_PATTERN: () => levelCounts(80, 4, 'heavy-center' as never),
  GENERATORS_INVALID_RANGE: () => tiedLevels({ counts: [2, 2], range: [3, 1] }),
  GENERATORS_INVALID_BUFFER: () => shuffleLevels(Float64Array.of(1, 2), streamTree(1).generator(), new Float64Array(1)),
  GENERATORS_INVALID_OPTION: () => betaScores(3, { mean: 0.5, sd: 0.6 }, streamTree(1).generator()),
  GENERATORS_MARGINAL_MISMATCH: () => {
    const base = createGeneratorRegistries();
    const registries = {
      ...base,
      marginal: base.marginal.register({
        ...base.marginal.get('lognormal'),
        name: 'lognormal2',
      }),
    };
    return createDatasetGenerator(
      {
        template: Float64Array.of(1, 2),
        outcome: { name: 'log-linear' },
        marginal: { name: 'lognormal2', options: { median: 1, iqr: 1 } },
        inputRho: 0,
      },
      { registries },
    );
  },
  GENERATORS_UNREACHABLE_TARGET: () =>
    calibrateRho({
      counts: [40, 40],
      outcome: { name: 'rank-mixing' },
      target: 0.99,
      datasets: 50,
      stream: streamTree(1),
    }),
};

describe('GeneratorsError codes', () => {
  it.each(GENERATORS_ERROR_CODES.map((c) => [c]))('%s is thrown, with a message of a sentence or more', (code) => {
    const message = expectGeneratorsError(cases[code], code);
    expect(message.length).toBeGreaterThan(40);
    expect(message).toMatch(/\.$/);
  });
});
