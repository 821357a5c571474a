import type { StudySpec } from './study-spec';

export interface StudyMemoryEstimate {
  /** Bytes at the peak, all threads together. */
  readonly bytes: number;
  /** The part that dominates, and what to change to shrink it (a spec field or an option). */
  readonly hint: string;
}

/**
 * The memory a study needs at its peak, estimated before it runs (docs/study.md, "Memory"). Nothing grows with
 * nReps × nResamples: each thread holds one chunk of datasets (x and y: 16·chunk·n bytes), the replicates of one
 * dataset (8·nResamples, twice), with several methods a chunk's replicates for the others to reuse (at most 64 MB),
 * a block of resample indices (4·256·n) and the calibration's simulated noise
 * (24·datasets·n bytes); the main thread holds each scenario's per-dataset results
 * (8·nReps·(2 + 2·methods)), for as many scenarios as are in flight (2·workers + 1); a shard also keeps the results
 * of all its datasets for its part (8·keptDatasets·(2 + 2·methods)).
 *
 * @example
 * const e = estimateStudyMemory(readStudySpec('docs/examples/karwowski-study.yaml'), { chunk: 1000, workers: 2 });
 * e.bytes < 1e9; // true
 */
export function estimateStudyMemory(
  spec: StudySpec,
  options: {
    readonly chunk: number;
    readonly workers: number;
    /** Datasets whose results are kept to the end: a shard keeps all of its own for its part. Default 0. */
    readonly keptDatasets?: number;
  },
): StudyMemoryEstimate {
  const n = spec.cases.reduce((a, c) => Math.max(a, c.n), 0);
  const threads = options.workers;
  const chunkRows = Math.min(options.chunk, spec.nReps);
  const parts = {
    chunk: threads * (16 * chunkRows * n + 8 * chunkRows * (2 + 2 * spec.methods.length)),
    replicates: threads * 16 * spec.nResamples,
    // With several methods, a chunk's replicates are kept for the others to reuse: at most 2^23 values per thread.
    kept: spec.methods.length > 1 ? threads * 8 * Math.min(chunkRows * spec.nResamples, 2 ** 23) : 0,
    indices: threads * 4 * 256 * n,
    calibration: spec.calibration === false ? 0 : threads * 24 * spec.calibration.datasets * n,
    results: (2 * threads + 1) * 8 * spec.nReps * (2 + 2 * spec.methods.length),
    part: 8 * (options.keptDatasets ?? 0) * (2 + 2 * spec.methods.length),
  };
  const bytes = Object.values(parts).reduce((a, b) => a + b, 0) + 64 * 1024 ** 2;
  const top = (Object.entries(parts) as [keyof typeof parts, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  const gb = (b: number) => `${(b / 1024 ** 3).toFixed(1)} GB`;
  const hint = {
    chunk: `a chunk of ${chunkRows} datasets of ${n} values per thread takes ${gb(parts.chunk)}: lower --chunk (chunk) or --workers`,
    replicates: `the ${spec.nResamples} replicates of a dataset take ${gb(parts.replicates)} per thread set: lower nResamples (the spec's, or --resamples)`,
    kept: `the replicates kept for the other methods take ${gb(parts.kept)}: lower --workers, or list one method`,
    indices: `the resample indices of ${n} values take ${gb(parts.indices)}: lower --workers, or n in the spec`,
    calibration: `the calibration's ${spec.calibration === false ? 0 : spec.calibration.datasets} datasets of ${n} values take ${gb(parts.calibration)}: lower calibration.datasets in the spec, or --workers`,
    results: `the per-dataset results of ${spec.nReps} datasets take ${gb(parts.results)}: lower nReps (the spec's, or --reps)`,
    part: `the shard's ${options.keptDatasets ?? 0} datasets kept for its part take ${gb(parts.part)}: split the study into more shards`,
  }[top[0]];
  return { bytes, hint };
}
