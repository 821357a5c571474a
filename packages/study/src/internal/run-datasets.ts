import { bootstrap, bootstrapRows } from '@bootstat/stats';
import type { Scenario } from '../expand-scenarios';
import type { StudyPlan } from '../plan-study';
import type { StudyMode } from '../study-mode';
import type { StudySpec } from '../study-spec';
import { scenarioStreams } from './scenario-streams';

/** What datasets [first, first + rows) of a scenario gave (the shape of ScenarioDatasets, for a chunk). */
export interface DatasetChunk {
  readonly rhoHat: Float64Array;
  readonly nanReplicates: Float64Array;
  readonly low: Float64Array[];
  readonly high: Float64Array[];
}

/**
 * Datasets [first, first + rows) of a scenario: drawn, bootstrapped with every method of the spec, and reduced to
 * ρ̂, the NaN replicates and the ends. 'batch' draws the chunk as a (rows × n) matrix and calls `bootstrapRows`
 * once per method; 'per-dataset' draws and bootstraps one dataset at a time with `bootstrap`. Both read the same
 * streams (dataset r: data.child(r), bootstrap.child(r)), so they give the same bits.
 */
export function runDatasets(
  plan: StudyPlan,
  scenario: Scenario,
  inputRho: number,
  first: number,
  rows: number,
  mode: StudyMode,
): DatasetChunk {
  const { spec, generators } = plan;
  const n = scenario.n;
  const streams = scenarioStreams(spec.seed, scenario);
  const design = generators.design(spec, scenario, plan.template(scenario), inputRho);
  const out: DatasetChunk = {
    rhoHat: new Float64Array(rows),
    nanReplicates: new Float64Array(rows),
    low: spec.methods.map(() => new Float64Array(rows)),
    high: spec.methods.map(() => new Float64Array(rows)),
  };
  const common = {
    nResamples: spec.nResamples,
    confidenceLevel: spec.confidenceLevel,
    nanReplicates: 'omit' as const,
  };
  const [firstMethod, ...otherMethods] = spec.methods as [StudySpec['methods'][number], ...StudySpec['methods']];
  const keep = otherMethods.length > 0;
  // Every method reads the same replicates (the same streams): the first method resamples, the others reuse its
  // replicates through `bootstrapResult` instead of drawing them again. The same bits as resampling per method.
  const reuse = (xr: Float64Array, yr: Float64Array, d: number, distribution: Float64Array, i: number) => {
    otherMethods.forEach((method, m) => {
      const r = bootstrap([xr, yr], 'spearman', {
        ...common,
        method,
        paired: true,
        rng: streams.bootstrap.child(d),
        nResamples: 0,
        bootstrapResult: { distribution },
        keepDistribution: false,
      });
      (out.low[m + 1] as Float64Array)[i] = r.ci.low;
      (out.high[m + 1] as Float64Array)[i] = r.ci.high;
    });
  };
  if (mode === 'batch') {
    const X = new Float64Array(rows * n);
    const Y = new Float64Array(rows * n);
    generators.generateRows(design, streams.data, first, rows, X, Y);
    // With replicates kept for the other methods, at most 64 MB of them at once.
    const step = keep ? Math.max(1, Math.min(rows, Math.floor(2 ** 23 / spec.nResamples))) : rows;
    for (let s0 = 0; s0 < rows; s0 += step) {
      const m = Math.min(step, rows - s0);
      const x = X.subarray(s0 * n, (s0 + m) * n);
      const y = Y.subarray(s0 * n, (s0 + m) * n);
      const r = bootstrapRows({ x, y, rows: m, cols: n }, 'spearman', {
        ...common,
        method: firstMethod,
        rng: streams.bootstrap,
        rowOffset: first + s0,
        keepDistribution: keep,
      });
      (out.low[0] as Float64Array).set(r.low, s0);
      (out.high[0] as Float64Array).set(r.high, s0);
      out.rhoHat.set(r.estimate, s0);
      for (let i = 0; i < m; i++) out.nanReplicates[s0 + i] = r.omittedReplicates[i] as number;
      if (!keep) continue;
      const B = spec.nResamples;
      const distribution = r.distribution as Float64Array;
      for (let i = 0; i < m; i++) {
        const xr = x.subarray(i * n, (i + 1) * n);
        const yr = y.subarray(i * n, (i + 1) * n);
        reuse(xr, yr, first + s0 + i, distribution.subarray(i * B, (i + 1) * B), s0 + i);
      }
    }
    return out;
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < rows; i++) {
    const d = first + i;
    generators.generateOne(design, streams.data.child(d), x, y);
    const r = bootstrap([x, y], 'spearman', {
      ...common,
      method: firstMethod,
      paired: true,
      rng: streams.bootstrap.child(d),
      keepDistribution: keep,
    });
    (out.low[0] as Float64Array)[i] = r.ci.low;
    (out.high[0] as Float64Array)[i] = r.ci.high;
    out.rhoHat[i] = r.estimate;
    out.nanReplicates[i] = r.omittedReplicates;
    if (keep) reuse(x, y, d, r.distribution as Float64Array, i);
  }
  return out;
}

/** A chunk as one array (ρ̂, NaN replicates, each method's lower ends, then each method's upper ends), to move it. */
export function packChunk(chunk: DatasetChunk): Float64Array {
  const rows = chunk.rhoHat.length;
  const all = [chunk.rhoHat, chunk.nanReplicates, ...chunk.low, ...chunk.high];
  const out = new Float64Array(all.length * rows);
  for (const [i, a] of all.entries()) out.set(a, i * rows);
  return out;
}

/** The chunk `packChunk` packed, for `methods` methods (views into `packed`). */
export function unpackChunk(packed: Float64Array, methods: number): DatasetChunk {
  const rows = packed.length / (2 + 2 * methods);
  const at = (i: number) => packed.subarray(i * rows, (i + 1) * rows);
  return {
    rhoHat: at(0),
    nanReplicates: at(1),
    low: Array.from({ length: methods }, (_, j) => at(2 + j)),
    high: Array.from({ length: methods }, (_, j) => at(2 + methods + j)),
  };
}
