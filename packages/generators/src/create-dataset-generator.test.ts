import { RegistryError } from '@bootstat/registry';
import { streamTree } from '@bootstat/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectGeneratorsError } from '../test/expect-error';
import { createDatasetGenerator } from './create-dataset-generator';
import type { DatasetDesign } from './dataset-design';
import { generateDataset } from './generate-dataset';
import { generateDatasets } from './generate-datasets';
import { levelCounts } from './level-counts';
import { tiedLevels } from './tied-levels';

const design = (outcome: string, inputRho = -0.15): DatasetDesign => ({
  template: tiedLevels({ counts: levelCounts(30, 5, 'heavy_tail') }),
  outcome: { name: outcome },
  marginal: { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } },
  inputRho,
});

describe('generateDatasets: the batch contract', () => {
  it.each(['rank-mixing', 'gaussian-copula', 'log-linear'])(
    '%s: row j is bit for bit generateDataset(design, root.child(firstRow + j)), whatever the split',
    (outcome) => {
      const d = design(outcome);
      const n = 30;
      const root = streamTree(2024).child('data');
      const rows = 12;
      const single = { X: new Float64Array(rows * n), Y: new Float64Array(rows * n) };
      for (let r = 0; r < rows; r++) {
        generateDataset(d, root.child(r), single.X.subarray(r * n, (r + 1) * n), single.Y.subarray(r * n, (r + 1) * n));
      }
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: rows }), { maxLength: 4 }), (cutsRaw) => {
          const cuts = [0, ...cutsRaw.sort((a, b) => a - b), rows];
          const X = new Float64Array(rows * n);
          const Y = new Float64Array(rows * n);
          for (let c = 0; c + 1 < cuts.length; c++) {
            const first = cuts[c] as number;
            const count = (cuts[c + 1] as number) - first;
            const bx = new Float64Array(count * n);
            const by = new Float64Array(count * n);
            generateDatasets(d, root, first, count, bx, by);
            X.set(bx, first * n);
            Y.set(by, first * n);
          }
          expect(X).toEqual(single.X);
          expect(Y).toEqual(single.Y);
        }),
        { numRuns: 30 },
      );
    },
  );

  it('one prepared generator gives the same rows as the functions, and buffers longer than rows·n are fine', () => {
    const d = design('rank-mixing', 0.3);
    const gen = createDatasetGenerator(d);
    const root = streamTree(5);
    const X = new Float64Array(4 * 30 + 7);
    const Y = new Float64Array(4 * 30 + 7);
    gen.generateRows(root, 10, 4, X, Y);
    const x = new Float64Array(30);
    const y = new Float64Array(30);
    gen.generate(root.child(12), x, y);
    expect(X.subarray(60, 90)).toEqual(x);
    expect(Y.subarray(60, 90)).toEqual(y);
    expect(X.subarray(120)).toEqual(new Float64Array(7));
  });

  it('is deterministic (same stream, same bits) and depends on the stream', () => {
    const d = design('gaussian-copula', 0.2);
    const run = (key: number) => {
      const x = new Float64Array(30);
      const y = new Float64Array(30);
      generateDataset(d, streamTree(1).child(key), x, y);
      return [x, y];
    };
    expect(run(4)).toEqual(run(4));
    expect(run(4)[1]).not.toEqual(run(5)[1]);
  });
});

describe('createDatasetGenerator: errors', () => {
  it('a bad template, inputRho, buffer or row range is a coded GeneratorsError', () => {
    const d = design('rank-mixing');
    expectGeneratorsError(
      () => createDatasetGenerator({ ...d, template: [1, 2] as never }),
      'GENERATORS_INVALID_BUFFER',
    );
    expectGeneratorsError(
      () => createDatasetGenerator({ ...d, template: Float64Array.of(1) }),
      'GENERATORS_INVALID_SIZE',
    );
    expectGeneratorsError(
      () => createDatasetGenerator({ ...d, template: Float64Array.of(1, Number.NaN) }),
      'GENERATORS_INVALID_BUFFER',
    );
    for (const inputRho of [1.01, -2, Number.NaN, '0.1']) {
      expectGeneratorsError(
        () => createDatasetGenerator({ ...d, inputRho: inputRho as never }),
        'GENERATORS_INVALID_OPTION',
      );
    }
    expectGeneratorsError(() => createDatasetGenerator(null as never), 'GENERATORS_INVALID_OPTION');
    const gen = createDatasetGenerator(d);
    const x = new Float64Array(30);
    expectGeneratorsError(() => gen.generate(streamTree(1), x, new Float64Array(29)), 'GENERATORS_INVALID_BUFFER');
    expectGeneratorsError(() => gen.generate(streamTree(1), x, x), 'GENERATORS_INVALID_BUFFER');
    expectGeneratorsError(() => gen.generate({} as never, x, new Float64Array(30)), 'GENERATORS_INVALID_OPTION');
    expectGeneratorsError(
      () => gen.generateRows(streamTree(1), -1, 1, x, new Float64Array(30)),
      'GENERATORS_INVALID_OPTION',
    );
    expectGeneratorsError(
      () => gen.generateRows(streamTree(1), 0, 2, x, new Float64Array(60)),
      'GENERATORS_INVALID_BUFFER',
    );
  });

  it('an unknown outcome or marginal, or bad options, is a RegistryError naming the closest name', () => {
    const d = design('rank-mixing');
    expect(() => createDatasetGenerator({ ...d, outcome: { name: 'rank_mixing' } })).toThrow(RegistryError);
    expect(() => createDatasetGenerator({ ...d, outcome: { name: 'rank_mixing' } })).toThrow(
      /Did you mean 'rank-mixing'/,
    );
    expect(() => createDatasetGenerator({ ...d, outcome: { name: 'rank-mixing', options: { jiter: 0.1 } } })).toThrow(
      /jiter/,
    );
    expect(() => createDatasetGenerator({ ...d, marginal: { name: 'lognormal', options: { median: 1 } } })).toThrow(
      /iqr/,
    );
  });
});
