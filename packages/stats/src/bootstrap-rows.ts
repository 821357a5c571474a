import { type GeneratorName, type Stream, streamTree } from '@bootstat/rng';
import {
  type BootstrapOptions,
  type NanReplicatePolicy,
  parseBootstrapOptions,
  type ResolvedBootstrapOptions,
} from './bootstrap-options';
import type { Alternative, CiMethod } from './ci/interval';
import { StatsError } from './errors';
import { studentizedSetup } from './internal/bootstrap-plan';
import { describe } from './internal/describe';
import { type IntervalWork, replicateInterval } from './internal/replicate-interval';
import { blockCount, type ResampleWork, resampleBlocks } from './internal/resample-blocks';
import { assertCount, assertRowMatrix } from './internal/row-matrix';
import { resolveStatistic, type Statistic } from './statistic';
import type { StatsWarning } from './warning';

/** Many datasets of one size, one per row of a row-major matrix. */
export interface BootstrapRowsData {
  /** rows × cols finite values, row-major: dataset i is x[i·cols … (i + 1)·cols). */
  readonly x: Float64Array;
  /** A second sample of the same shape (row i pairs with row i of x), for spearman, pearson, mean-difference, … */
  readonly y?: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/** The options of `bootstrap` that apply row by row, with this function's defaults, and where the rows draw. */
export interface BootstrapRowsOptions
  extends Pick<
    BootstrapOptions,
    | 'confidenceLevel'
    | 'alternative'
    | 'nResamples'
    | 'seed'
    | 'rng'
    | 'generator'
    | 'batch'
    | 'compat'
    | 'tieTolerance'
    | 'degenerate'
    | 'standardError'
    | 'nestedResamples'
  > {
  /** Interval method; default 'percentile' here (bootstrap's default is 'bca'). */
  readonly method?: CiMethod;
  /** NaN replicates; default 'omit' here (bootstrap's default is 'propagate'). */
  readonly nanReplicates?: NanReplicatePolicy;
  /** With y: resample the pairs (x_i, y_i) together; default true. False: two independent samples per row. */
  readonly paired?: boolean;
  /** Keep every row's B replicates in `distribution` (rows × nResamples, row-major); default false. */
  readonly keepDistribution?: boolean;
  /** Row i draws from `rng.child(rowOffset + i)`; default 0. A chunk of a larger batch passes its first row's index. */
  readonly rowOffset?: number;
  /** Called after each row with the rows done so far and this call's rows. */
  readonly onProgress?: (rowsDone: number, rows: number) => void;
}

/** Per-row results of `bootstrapRows`: entry i of each array is row i's. */
export interface BootstrapRowsResult {
  readonly rows: number;
  readonly cols: number;
  readonly rowOffset: number;
  /** θ̂ of each row. */
  readonly estimate: Float64Array;
  /** The interval's ends; one of them ±Infinity for a one-sided alternative. */
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** Standard deviation of the row's kept replicates, ddof = 1. */
  readonly standardError: Float64Array;
  /** mean(θ*) − θ̂ over the row's kept replicates. */
  readonly bias: Float64Array;
  /** NaN replicates left out of each row (nanReplicates: 'omit'). */
  readonly omittedReplicates: Uint32Array;
  /** 1 where the `degenerate` policy gave the row's ends, or the statistic is not finite on the row's data. */
  readonly degenerate: Uint8Array;
  /** BCa only: each row's ẑ0 and â. */
  readonly z0?: Float64Array;
  readonly acceleration?: Float64Array;
  /** With keepDistribution: every row's replicates, NaN included, rows × nResamples row-major. */
  readonly distribution?: Float64Array;
  readonly method: CiMethod;
  readonly confidenceLevel: number;
  readonly alternative: Alternative;
  /** B, the resamples drawn per row. */
  readonly nResamples: number;
  readonly nanReplicates: NanReplicatePolicy;
  /** The statistic's name. */
  readonly statistic: string;
  /** The generator of every stream. */
  readonly rng: GeneratorName;
  /** The id of the stream-tree node the rows draw from (row i from its child rowOffset + i). */
  readonly stream: string;
  /** One warning per code for the whole call, counting the rows concerned and naming the first. */
  readonly warnings: readonly StatsWarning[];
}

const FN = 'bootstrapRows';

const OPTION_KEYS = new Set([
  'method',
  'confidenceLevel',
  'alternative',
  'nResamples',
  'seed',
  'rng',
  'generator',
  'batch',
  'compat',
  'tieTolerance',
  'degenerate',
  'nanReplicates',
  'standardError',
  'nestedResamples',
  'paired',
  'keepDistribution',
  'rowOffset',
  'onProgress',
]);

const REFUSED: Record<string, string> = {
  workers: 'bootstrapRows runs on this thread; split the rows with rowOffset and run the chunks in workers',
  bootstrapResult: 'bootstrapRows always resamples; reuse replicates with bootstrap, one dataset at a time',
  nanPolicy: 'the rows must be finite (every row keeps its cols values); remove NaN and ±Infinity first',
};

/**
 * The bootstrap of many datasets of equal size in one pass: row i of `x` (and of `y`) is a dataset, resampled from
 * its own stream `rng.child(rowOffset + i)`, with its own interval. Each row's estimate, ends, standard error, bias
 * and omitted count are bit for bit those of
 * `bootstrap(y ? [x_i, y_i] : [x_i], statistic, { ...options, paired, rng: rng.child(rowOffset + i) })` — the same
 * code computes both — whatever the chunking (rows split across calls with rowOffset), for every method. Built for
 * simulation studies of intervals (many small datasets): the data are checked once per call, and the replicate,
 * index and selection buffers (and the WebAssembly kernels' memory) are reused from row to row, so beyond the
 * inputs and outputs memory is a few buffers of nResamples values and one of at most 2^18 indices.
 *
 * Differences from calling `bootstrap` per row: the defaults are `method: 'percentile'` and
 * `nanReplicates: 'omit'` (NaN replicates, such as Spearman's ρ of a resample whose x is constant, are left out
 * and counted in `omittedReplicates`: docs/methods.md); a row whose statistic is not finite on its own data (a
 * constant x for a correlation), where `bootstrap` throws, is NaN and flagged in `degenerate` (an error with
 * `degenerate: 'error'`); warnings come once per call, counting rows.
 *
 * @param data - `{ x, y?, rows, cols }`: rows × cols row-major Float64Arrays; y (same shape) for paired and
 *   two-sample statistics
 * @param statistic - as `bootstrap` takes it ('mean', 'spearman', { name: 'quantile', p: 0.9 }, a function, …)
 * @param options - `rng` (a stream-tree node) or `seed` is required; the rest as `bootstrap`'s, plus `rowOffset`
 * @throws {StatsError} STATS_INVALID_INPUT when data is not `{ x, y?, rows, cols }` with Float64Arrays and
 *   non-negative integer counts, or the statistic takes another number of samples; STATS_LENGTH_MISMATCH when x or
 *   y does not hold rows·cols values; STATS_EMPTY_SAMPLE when cols is below what the statistic (or BCa's
 *   jackknife) needs; STATS_NON_FINITE for NaN or ±Infinity in x or y; STATS_INVALID_OPTION for a bad or unknown
 *   option, or neither rng nor seed; STATS_UNKNOWN_STATISTIC; STATS_STATISTIC_NOT_NUMBER; STATS_DEGENERATE with
 *   `degenerate: 'error'`
 * @example
 * // 2 datasets of 4 pairs; row i draws from streamTree(7).child(i)
 * const r = bootstrapRows(
 *   { x: Float64Array.of(1, 2, 3, 4, 1, 1, 2, 2), y: Float64Array.of(2, 1, 4, 3, 1, 2, 2, 3), rows: 2, cols: 4 },
 *   'spearman',
 *   { seed: 7, nResamples: 1000 },
 * );
 * Array.from(r.estimate); // [0.6, Math.sqrt(1 / 2)]
 * [r.low[1], r.high[1]]; // row 1's 95 % percentile interval
 * r.omittedReplicates[1]; // its resamples whose x or y was constant (ρ = 0/0), left out
 */
export function bootstrapRows(
  data: BootstrapRowsData,
  statistic: Statistic,
  options: BootstrapRowsOptions,
): BootstrapRowsResult {
  if (typeof data !== 'object' || data === null) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${FN}: data must be { x, y?, rows, cols } with row-major Float64Arrays, got ${describe(data)}.`,
    );
  }
  const { x, y, rows, cols } = data;
  assertCount(rows, 'rows', FN);
  assertCount(cols, 'cols', FN);
  const { o, root, rowOffset, onProgress } = parseRowsOptions(options, y !== undefined);
  const samples = y === undefined ? 1 : 2;
  const kernel = resolveStatistic(statistic, samples);
  if (typeof statistic !== 'function' && kernel.arity !== samples) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${FN}: statistic ${kernel.name} takes ${kernel.arity} sample${kernel.arity === 1 ? '' : 's'}; ` +
        (kernel.arity === 2 ? 'pass y, the second sample of each row.' : 'leave y out.'),
    );
  }
  if (kernel.paired === 'required' && !o.paired) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${FN}: ${kernel.name} is a statistic of pairs (x_i, y_i); leave paired out (or true) so pairs are resampled together.`,
    );
  }
  const minLength = Math.max(kernel.minLength, o.method === 'bca' ? 2 : 1);
  if (cols < minLength) {
    throw new StatsError(
      'STATS_EMPTY_SAMPLE',
      `${FN}: each row has cols = ${cols} value${cols === 1 ? '' : 's'}; ` +
        (o.method === 'bca' && cols === 1
          ? 'BCa needs at least 2 for its jackknife (use another method for a single value).'
          : `${kernel.name} needs at least ${minLength}.`),
    );
  }
  const needs = `${kernel.name} needs finite values`;
  assertRowMatrix(x, 'x', rows, cols, FN, needs);
  if (y !== undefined) assertRowMatrix(y, 'y', rows, cols, FN, needs);
  if (kernel.name === 'proportion') {
    const bad = x.findIndex((v) => v !== 0 && v !== 1);
    if (bad >= 0) {
      throw new StatsError(
        'STATS_INVALID_INPUT',
        `${FN}: proportion takes 0/1 data; x[${bad}] (row ${Math.floor(bad / cols)}, column ${bad % cols}) is ${x[bad]}.`,
      );
    }
  }
  // Checked before any row (an error from the first row would otherwise depend on rows > 0).
  if (o.method === 'studentized') {
    studentizedSetup(kernel, o.standardError, [], {
      paired: o.paired,
      generator: o.generator,
      root,
      nested: o.nestedResamples,
    });
  }

  const B = o.nResamples;
  const estimate = new Float64Array(rows);
  const low = new Float64Array(rows);
  const high = new Float64Array(rows);
  const standardError = new Float64Array(rows);
  const bias = new Float64Array(rows);
  const omittedReplicates = new Uint32Array(rows);
  const degenerate = new Uint8Array(rows);
  const bca = o.method === 'bca';
  const z0 = bca ? new Float64Array(rows) : undefined;
  const acceleration = bca ? new Float64Array(rows) : undefined;
  const distribution = o.keepDistribution ? new Float64Array(rows * B) : undefined;
  // Reused by every row: the replicates (and t values), the interval's buffers, resampleBlocks' indices.
  const replicates = distribution === undefined ? new Float64Array(B) : undefined;
  const tValues = o.method === 'studentized' ? new Float64Array(B) : undefined;
  const resampleWork: ResampleWork = {};
  const work: IntervalWork = {
    order: new Float64Array(B),
    kept: new Float64Array(B),
    keptT: new Float64Array(tValues === undefined ? 0 : B),
    scratch: new Float64Array(B),
    kernel: resampleWork,
  };
  const blocks = blockCount(B);
  const tally = new RowTally(rows, B, o);

  for (let i = 0; i < rows; i++) {
    const from = i * cols;
    const rowData =
      y === undefined
        ? [x.subarray(from, from + cols)]
        : [x.subarray(from, from + cols), y.subarray(from, from + cols)];
    const theta = kernel.evaluate(rowData);
    estimate[i] = theta;
    const where = rowOffset === 0 ? `${FN}: row ${i}` : `${FN}: row ${i} (stream ${rowOffset + i})`;
    if (!Number.isFinite(theta)) {
      // bootstrap throws here: no interval exists when the statistic is undefined on the data itself.
      if (o.degenerate === 'error') {
        throw new StatsError(
          'STATS_DEGENERATE',
          `${where}: the statistic is ${theta} on the row's data itself, so no interval exists (constant input to a correlation?).`,
        );
      }
      low[i] = high[i] = standardError[i] = bias[i] = Number.NaN;
      if (z0 !== undefined) z0[i] = Number.NaN;
      if (acceleration !== undefined) acceleration[i] = Number.NaN;
      distribution?.fill(Number.NaN, i * B, (i + 1) * B);
      degenerate[i] = 1;
      tally.undefinedEstimate(i, theta);
      onProgress?.(i + 1, rows);
      continue;
    }
    const rowRoot = root.child(rowOffset + i);
    const studentized =
      o.method === 'studentized'
        ? studentizedSetup(kernel, o.standardError, rowData, {
            paired: o.paired,
            generator: o.generator,
            root: rowRoot,
            nested: o.nestedResamples,
          })
        : undefined;
    const out = distribution === undefined ? (replicates as Float64Array) : distribution.subarray(i * B, (i + 1) * B);
    resampleBlocks(kernel, rowData, {
      paired: o.paired,
      nResamples: B,
      batch: o.batch,
      generator: o.generator,
      stream: rowRoot.child('resample'),
      blockStart: 0,
      blockEnd: blocks,
      out,
      ...(tValues && studentized ? { t: { out: tValues, estimate: theta, se: studentized.replicateSe } } : {}),
      work: resampleWork,
    });
    const r = replicateInterval({ o, kernel, data: rowData, estimate: theta, studentized }, out, tValues, where, work);
    low[i] = r.low;
    high[i] = r.high;
    standardError[i] = r.standardError;
    bias[i] = r.bias;
    omittedReplicates[i] = r.omitted;
    if (z0 !== undefined) z0[i] = r.z0 as number;
    if (acceleration !== undefined) acceleration[i] = r.acceleration as number;
    if (r.degenerate) degenerate[i] = 1;
    if (r.warnings.length > 0) tally.add(i, r.omitted, r.warnings);
    onProgress?.(i + 1, rows);
  }

  return {
    rows,
    cols,
    rowOffset,
    estimate,
    low,
    high,
    standardError,
    bias,
    omittedReplicates,
    degenerate,
    ...(z0 === undefined ? {} : { z0, acceleration: acceleration as Float64Array }),
    ...(distribution === undefined ? {} : { distribution }),
    method: o.method,
    confidenceLevel: o.confidenceLevel,
    alternative: o.alternative,
    nResamples: B,
    nanReplicates: o.nanReplicates,
    statistic: kernel.name,
    rng: o.generator,
    stream: root.id,
    warnings: tally.warnings(),
  };
}

/** Validates the options once: bootstrap's schema for what they share, then this function's own. */
function parseRowsOptions(
  options: unknown,
  hasY: boolean,
): {
  o: ResolvedBootstrapOptions;
  root: Stream;
  rowOffset: number;
  onProgress: ((rowsDone: number, rows: number) => void) | undefined;
} {
  if (typeof options !== 'object' || options === null) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${FN}: options must be an object with rng (a stream) or seed, got ${describe(options)}.`,
    );
  }
  for (const key of Object.keys(options)) {
    if (OPTION_KEYS.has(key)) continue;
    const why = REFUSED[key];
    throw new StatsError(
      'STATS_INVALID_OPTION',
      why === undefined ? `${FN}: unknown option ${key}.` : `${FN}: option ${key} is not supported: ${why}.`,
    );
  }
  const {
    rowOffset = 0,
    onProgress,
    method = 'percentile',
    nanReplicates = 'omit',
    keepDistribution = false,
    paired = hasY,
    ...shared
  } = options as BootstrapRowsOptions;
  if (!Number.isSafeInteger(rowOffset) || rowOffset < 0) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${FN}: option rowOffset is invalid: must be a non-negative integer, got ${describe(rowOffset)}.`,
    );
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${FN}: option onProgress is invalid: expected a function, got ${describe(onProgress)}.`,
    );
  }
  if (shared.rng === undefined && shared.seed === undefined) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${FN}: pass rng (a stream, e.g. streamTree(seed).child('scenario 3')) or seed; row i draws from rng.child(rowOffset + i).`,
    );
  }
  const o = parseBootstrapOptions({ ...shared, method, nanReplicates, keepDistribution, paired }, FN);
  return { o, root: o.rng ?? streamTree(o.seed as number), rowOffset, onProgress };
}

/** The call's warnings: per code, how many rows, and the first row's own message. */
class RowTally {
  private nanRows = 0;
  private nanFirst = -1;
  private nanMessage = '';
  private omittedTotal = 0;
  private omittedMax = 0;
  private omittedMaxRow = -1;
  private degenerateRows = 0;
  private degenerateFirst = -1;
  private degenerateMessage = '';
  private undefinedRows = 0;
  private undefinedFirst = -1;
  private undefinedValue = Number.NaN;

  constructor(
    private readonly rows: number,
    private readonly B: number,
    private readonly o: ResolvedBootstrapOptions,
  ) {}

  undefinedEstimate(row: number, value: number): void {
    if (this.undefinedRows++ === 0) {
      this.undefinedFirst = row;
      this.undefinedValue = value;
    }
  }

  add(row: number, omitted: number, warnings: readonly StatsWarning[]): void {
    for (const w of warnings) {
      if (w.code === 'NAN_REPLICATES') {
        if (this.nanRows++ === 0) {
          this.nanFirst = row;
          this.nanMessage = w.message;
        }
      } else if (w.code === 'DEGENERATE') {
        if (this.degenerateRows++ === 0) {
          this.degenerateFirst = row;
          this.degenerateMessage = w.message;
        }
      }
    }
    this.omittedTotal += omitted;
    if (omitted > this.omittedMax) {
      this.omittedMax = omitted;
      this.omittedMaxRow = row;
    }
  }

  warnings(): StatsWarning[] {
    const { rows, B } = this;
    const out: StatsWarning[] = [];
    if (this.nanRows > 0) {
      out.push({
        code: 'NAN_REPLICATES',
        message:
          `${FN}: ${this.nanRows} of ${rows} rows had NaN values left out (nanReplicates: 'omit'); ` +
          `${this.omittedTotal} of ${rows * B} replicates in all` +
          (this.omittedMax > 0 ? `, at most ${this.omittedMax} of ${B} in one row (row ${this.omittedMaxRow})` : '') +
          `; omittedReplicates has each row's count. First, row ${this.nanFirst}: ${this.nanMessage}`,
      });
    }
    if (this.undefinedRows > 0) {
      out.push({
        code: 'DEGENERATE',
        message:
          `${FN}: the statistic is not finite on the data of ${this.undefinedRows} of ${rows} rows (the first is row ` +
          `${this.undefinedFirst}, where it is ${this.undefinedValue}: constant input to a correlation?); ` +
          'those rows are NaN and flagged in degenerate (bootstrap throws STATS_DEGENERATE for such data).',
      });
    }
    if (this.degenerateRows > 0) {
      out.push({
        code: 'DEGENERATE',
        message:
          `${FN}: ${this.degenerateRows} of ${rows} rows have no ${this.o.method} interval, so the degenerate ` +
          `policy '${this.o.degenerate}' gave their ends (flagged in degenerate). First, row ${this.degenerateFirst}: ` +
          this.degenerateMessage,
      });
    }
    return out;
  }
}
