import type { Stream } from '@bootstat/rng';
import { createDatasetGenerator } from './create-dataset-generator';
import type { DatasetDesign, DatasetOptions } from './dataset-design';

/**
 * One synthetic dataset: x (a shuffle of the design's template) and y (the outcome at the design's input rho), drawn
 * only from `stream.generator()` in the order `createDatasetGenerator` documents. A pure function of the design and
 * the stream: the same stream gives the same bits on every platform. For many datasets, prepare the design once with
 * `createDatasetGenerator` or use `generateDatasets`.
 *
 * @param x - a Float64Array of length n (the template's length), overwritten
 * @param y - a Float64Array of length n, overwritten
 * @throws see `createDatasetGenerator`; GENERATORS_INVALID_BUFFER when x or y is too short
 * @example
 * const x = new Float64Array(80);
 * const y = new Float64Array(80);
 * generateDataset(
 *   { template: tiedLevels({ counts: [20, 20, 20, 20] }), outcome: { name: 'rank-mixing' },
 *     marginal: { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } }, inputRho: -0.15 },
 *   streamTree(7).child('data').child(0), x, y,
 * );
 * new Set(x).size; // 4
 */
export function generateDataset(
  design: DatasetDesign,
  stream: Stream,
  x: Float64Array,
  y: Float64Array,
  options: DatasetOptions = {},
): void {
  createDatasetGenerator(design, options).generate(stream, x, y);
}
