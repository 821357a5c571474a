import type { Stream } from '@bootstat/rng';
import { createDatasetGenerator } from './create-dataset-generator';
import type { DatasetDesign, DatasetOptions } from './dataset-design';

/**
 * Rows firstRow … firstRow + rows − 1 of a batch of datasets, row-major: row j's x in X[j·n … (j + 1)·n) and its y in
 * Y likewise. Row j draws from `root.child(firstRow + j)`, so it is bit for bit
 * `generateDataset(design, root.child(firstRow + j), …)` whatever the split into calls, batches or workers. Work
 * buffers are allocated once per call, not per row.
 *
 * @param X - a Float64Array of at least rows·n values
 * @param Y - a Float64Array of at least rows·n values
 * @throws see `createDatasetGenerator`; GENERATORS_INVALID_BUFFER when X or Y is too short;
 *   GENERATORS_INVALID_OPTION when firstRow or rows is not a non-negative integer
 * @example
 * const design = { template: tiedLevels({ counts: [20, 20, 20, 20] }), outcome: { name: 'rank-mixing' },
 *   marginal: { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } }, inputRho: -0.15 };
 * const X = new Float64Array(5 * 80);
 * const Y = new Float64Array(5 * 80);
 * generateDatasets(design, streamTree(7).child('data'), 100, 5, X, Y); // rows 100 … 104
 * new Set(X.subarray(0, 80)).size; // 4
 */
export function generateDatasets(
  design: DatasetDesign,
  root: Stream,
  firstRow: number,
  rows: number,
  X: Float64Array,
  Y: Float64Array,
  options: DatasetOptions = {},
): void {
  createDatasetGenerator(design, options).generateRows(root, firstRow, rows, X, Y);
}
