import { GENERATOR_NAMES, type Stream, streamTree } from '@bootstat/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap';
import type { BootstrapOptions } from './bootstrap-options';
import type { BootstrapResult } from './bootstrap-result';
import { type BootstrapRowsOptions, type BootstrapRowsResult, bootstrapRows } from './bootstrap-rows';
import { ALTERNATIVES, CI_METHODS, type CiMethod } from './ci/interval';
import { StatsError } from './errors';
import type { Statistic } from './statistic';

// THE contract: row i of bootstrapRows is, bit for bit, bootstrap of row i alone drawing from rng.child(rowOffset + i),
// whatever the chunking. Every value is compared with Object.is (NaN equals NaN, −0 differs from +0).

interface Case {
  readonly x: Float64Array;
  readonly y: Float64Array | undefined;
  readonly rows: number;
  readonly cols: number;
  readonly statistic: Statistic;
  readonly options: BootstrapRowsOptions & { readonly rng: Stream };
}

const row = (m: Float64Array, cols: number, i: number) => m.slice(i * cols, (i + 1) * cols);

/** bootstrap of row i of the whole batch, with the options bootstrapRows had (and its defaults made explicit). */
function reference(c: Case, i: number): BootstrapResult | StatsError {
  const { rowOffset = 0, onProgress: _progress, ...rest } = c.options;
  const options: BootstrapOptions = {
    ...rest,
    method: rest.method ?? 'percentile',
    nanReplicates: rest.nanReplicates ?? 'omit',
    paired: rest.paired ?? c.y !== undefined,
    keepDistribution: true,
    rng: c.options.rng.child(rowOffset + i),
  };
  const samples = c.y === undefined ? [row(c.x, c.cols, i)] : [row(c.x, c.cols, i), row(c.y, c.cols, i)];
  try {
    return bootstrap(samples, c.statistic, options);
  } catch (e) {
    if (e instanceof StatsError) return e;
    throw e;
  }
}

/** Row k of `got` (row offset + k of the batch) against bootstrap of that row, value by value. */
function expectRow(got: BootstrapRowsResult, k: number, want: BootstrapResult | StatsError, B: number): void {
  const at = `row ${k} (stream ${got.rowOffset + k})`;
  if (want instanceof StatsError) {
    // bootstrap refuses a dataset whose statistic is not finite; bootstrapRows makes that row NaN and flags it.
    expect(want.code, at).toBe('STATS_DEGENERATE');
    expect(Number.isFinite(got.estimate[k]), at).toBe(false);
    for (const v of [got.low[k], got.high[k], got.standardError[k], got.bias[k]]) expect(v, at).toBeNaN();
    expect(got.degenerate[k], at).toBe(1);
    expect(got.omittedReplicates[k], at).toBe(0);
    return;
  }
  const pairs: [string, number | undefined, number | undefined][] = [
    ['estimate', got.estimate[k], want.estimate],
    ['low', got.low[k], want.ci.low],
    ['high', got.high[k], want.ci.high],
    ['standardError', got.standardError[k], want.standardError],
    ['bias', got.bias[k], want.bias],
    ['omittedReplicates', got.omittedReplicates[k], want.omittedReplicates],
    ['z0', got.z0?.[k], want.z0],
    ['acceleration', got.acceleration?.[k], want.acceleration],
    ['degenerate', got.degenerate[k], want.warnings.some((w) => w.code === 'DEGENERATE') ? 1 : 0],
  ];
  for (const [name, a, b] of pairs) {
    if (!Object.is(a, b)) expect.fail(`${at}: ${name} is ${a}, bootstrap gives ${b}`);
  }
  if (got.distribution !== undefined) {
    const mine = got.distribution.subarray(k * B, (k + 1) * B);
    const theirs = want.distribution as Float64Array;
    for (let r = 0; r < B; r++) {
      if (!Object.is(mine[r], theirs[r]))
        expect.fail(`${at}: replicate ${r} is ${mine[r]}, bootstrap gives ${theirs[r]}`);
    }
  }
}

/** Runs the batch in the chunks that `cuts` (sorted row indices) make, each with its rowOffset. */
function runInChunks(c: Case, cuts: readonly number[]): { results: BootstrapRowsResult[]; starts: number[] } {
  const bounds = [0, ...cuts.filter((v) => v > 0 && v < c.rows), c.rows];
  const results: BootstrapRowsResult[] = [];
  const starts: number[] = [];
  const base = c.options.rowOffset ?? 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] as number;
    const to = bounds[k + 1] as number;
    if (to <= from) continue;
    const slice = (m: Float64Array) => m.slice(from * c.cols, to * c.cols);
    results.push(
      bootstrapRows(
        { x: slice(c.x), ...(c.y === undefined ? {} : { y: slice(c.y) }), rows: to - from, cols: c.cols },
        c.statistic,
        { ...c.options, rowOffset: base + from },
      ),
    );
    starts.push(from);
  }
  return { results, starts };
}

/** Checks every row of the batch against bootstrap, run whole and in the chunks `cuts` make. */
function expectIdentity(c: Case, cuts: readonly number[]): void {
  const B = c.options.nResamples ?? 9999;
  const wants = Array.from({ length: c.rows }, (_, i) => reference(c, i));
  // A row bootstrap refuses (degenerate: 'error', or an error of the statistic itself, such as Pearson's jackknife
  // on 2 pairs) makes the whole call refuse, with the same code; a row whose statistic is not finite on its own data
  // is otherwise NaN (expectRow).
  const fatal = wants.find(
    (w) => w instanceof StatsError && !(w.code === 'STATS_DEGENERATE' && c.options.degenerate !== 'error'),
  );
  if (fatal !== undefined) {
    const data = { x: c.x, ...(c.y ? { y: c.y } : {}), rows: c.rows, cols: c.cols };
    expect(() => bootstrapRows(data, c.statistic, c.options)).toThrow(
      expect.objectContaining({ code: (fatal as StatsError).code }),
    );
    return;
  }
  for (const plan of [[], cuts]) {
    const { results, starts } = runInChunks(c, plan);
    results.forEach((got, k) => {
      for (let i = 0; i < got.rows; i++) expectRow(got, i, wants[(starts[k] as number) + i] as BootstrapResult, B);
    });
  }
}

// Data with heavy ties (a few levels), or on a fine grid, or with a sign of zero to keep.
const level = (levels: number) => fc.integer({ min: 0, max: levels - 1 }).map((v) => v * 0.5 - 1);
const fine = fc.integer({ min: -5000, max: 5000 }).map((v) => v / 1000);
const value = fc.oneof(level(2), level(3), level(6), fine, fc.constantFrom(0, -0));

const oneSample: readonly Statistic[] = [
  'mean',
  'median',
  'std',
  { name: 'quantile', p: 0.9 },
  { name: 'trimmed-mean', proportion: 0.2 },
];
const paired: readonly Statistic[] = ['spearman', 'pearson', 'mean-difference', 'mean-ratio'];
const independent: readonly Statistic[] = ['mean-difference', { name: 'difference', of: 'median' }];

const shapes = fc
  .record({
    kind: fc.constantFrom('one', 'paired', 'independent'),
    pick: fc.nat(),
    rows: fc.integer({ min: 1, max: 6 }),
    cols: fc.integer({ min: 2, max: 14 }),
    method: fc.constantFrom<CiMethod>(...CI_METHODS),
    nanReplicates: fc.constantFrom('omit' as const, 'propagate' as const, undefined),
    degenerate: fc.constantFrom('nan' as const, 'point' as const, 'percentile-fallback' as const, 'error' as const),
    alternative: fc.constantFrom(...ALTERNATIVES),
    confidenceLevel: fc.constantFrom(0.8, 0.9, 0.95),
    nResamples: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 200, max: 600 })),
    generator: fc.oneof(fc.constant('xoroshiro128plus' as const), fc.constantFrom(...GENERATOR_NAMES)),
    batch: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
    compat: fc.constantFrom('scipy' as const, 'r' as const),
    keepDistribution: fc.boolean(),
    seed: fc.nat({ max: 2 ** 32 - 1 }),
    rowOffset: fc.oneof(fc.constant(0), fc.nat({ max: 2 ** 40 })),
    cuts: fc.array(fc.nat({ max: 6 }), { maxLength: 3 }),
  })
  .chain((s) =>
    fc
      .record({
        x: fc.array(value, { minLength: s.rows * s.cols, maxLength: s.rows * s.cols }),
        y: fc.array(value, { minLength: s.rows * s.cols, maxLength: s.rows * s.cols }),
      })
      .map((d) => ({ ...s, ...d })),
  );

type Shape = typeof shapes extends fc.Arbitrary<infer T> ? T : never;

function toCase(s: Shape): {
  c: Case;
  cuts: number[];
} {
  const family = s.kind === 'one' ? oneSample : s.kind === 'paired' ? paired : independent;
  const statistic = family[s.pick % family.length] as Statistic;
  const builtInSe = statistic === 'mean' || statistic === 'mean-difference';
  const studentized = s.method === 'studentized';
  const options: BootstrapRowsOptions & { rng: Stream } = {
    rng: streamTree(s.seed).child('scenario'),
    method: s.method,
    ...(s.nanReplicates === undefined ? {} : { nanReplicates: s.nanReplicates }),
    degenerate: s.degenerate,
    alternative: s.alternative,
    confidenceLevel: s.confidenceLevel,
    // A nested standard error costs nestedResamples draws per replicate: fewer replicates then.
    nResamples: studentized && !builtInSe ? Math.min(s.nResamples, 60) : s.nResamples,
    generator: s.generator,
    compat: s.compat,
    keepDistribution: s.keepDistribution,
    rowOffset: s.rowOffset,
    ...(s.batch === undefined ? {} : { batch: s.batch }),
    ...(s.kind === 'independent' ? { paired: false } : {}),
    ...(studentized && !builtInSe ? { standardError: 'nested' as const, nestedResamples: 8 } : {}),
  };
  return {
    c: {
      x: Float64Array.from(s.x),
      y: s.kind === 'one' ? undefined : Float64Array.from(s.y),
      rows: s.rows,
      cols: s.cols,
      statistic,
      options,
    },
    cuts: [...s.cuts].sort((a, b) => a - b),
  };
}

describe('bootstrapRows: each row is bootstrap of that row alone, bit for bit', () => {
  it('for random shapes, statistics, methods, policies, generators and chunkings (fast-check)', () => {
    fc.assert(
      fc.property(shapes, (s) => {
        const { c, cuts } = toCase(s);
        expectIdentity(c, cuts);
      }),
      { numRuns: 150 },
    );
  });

  it('paired Spearman with heavy ties: n = 80, B = 1000, 3 and 5 levels, chunks at random rows', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 32 - 1 }),
        fc.array(fc.nat({ max: 12 }), { maxLength: 3 }),
        fc.constantFrom<CiMethod>('percentile', 'bca', 'basic'),
        (seed, cuts, method) => {
          const rows = 12;
          const cols = 80;
          const g = streamTree(seed).child('data').generator();
          const x = Float64Array.from({ length: rows * cols }, () => (g.next() >>> 0) % 3);
          const y = x.map((v) => v + ((g.next() >>> 0) % 5));
          const c: Case = {
            x,
            y,
            rows,
            cols,
            statistic: 'spearman',
            options: { rng: streamTree(seed), nResamples: 1000, method },
          };
          expectIdentity(
            c,
            [...cuts].sort((a, b) => a - b),
          );
        },
      ),
      { numRuns: 6 },
    );
  });

  it('tiny rows (n = 3 with ties) where resamples are constant: NaN replicates left out, counted, warned', () => {
    const rows = 40;
    const cols = 3;
    const g = streamTree(5).child('data').generator();
    const x = Float64Array.from({ length: rows * cols }, () => (g.next() >>> 0) % 2);
    const y = Float64Array.from({ length: rows * cols }, () => (g.next() >>> 0) % 3);
    for (const method of CI_METHODS.filter((m) => m !== 'studentized')) {
      const c: Case = {
        x,
        y,
        rows,
        cols,
        statistic: 'spearman',
        options: { rng: streamTree(9), nResamples: 300, method },
      };
      expectIdentity(c, [7, 8, 31]);
      const r = bootstrapRows({ x, y, rows, cols }, 'spearman', c.options);
      const omittedRows = r.omittedReplicates.filter((k) => k > 0).length;
      expect(omittedRows).toBeGreaterThan(10);
      const total = r.omittedReplicates.reduce((a, b) => a + b, 0);
      const nanWarning = r.warnings.find((w) => w.code === 'NAN_REPLICATES');
      expect(nanWarning?.message).toContain(`${total} of ${rows * 300} replicates in all`);
      // Rows whose own data have x or y constant: NaN, flagged, one warning for them all.
      const flat = r.estimate.filter((v) => Number.isNaN(v)).length;
      expect(flat).toBeGreaterThan(0);
      expect(r.warnings.filter((w) => w.code === 'DEGENERATE')[0]?.message).toContain(
        `the statistic is not finite on the data of ${flat} of ${rows} rows`,
      );
    }
  });
});

describe('bootstrapRows: chunks and streams', () => {
  const rows = 9;
  const cols = 6;
  const x = Float64Array.from({ length: rows * cols }, (_, k) => (k * 37) % 11);
  const y = Float64Array.from({ length: rows * cols }, (_, k) => (k * 13) % 7);
  const options = { rng: streamTree(21), nResamples: 500, keepDistribution: true } as const;

  it('gives the same bits whole or in chunks (row i draws from rng.child(rowOffset + i))', () => {
    const whole = bootstrapRows({ x, y, rows, cols }, 'spearman', options);
    const first = bootstrapRows(
      { x: x.slice(0, 4 * cols), y: y.slice(0, 4 * cols), rows: 4, cols },
      'spearman',
      options,
    );
    const rest = bootstrapRows({ x: x.slice(4 * cols), y: y.slice(4 * cols), rows: 5, cols }, 'spearman', {
      ...options,
      rowOffset: 4,
    });
    const join = (a: Float64Array | Uint32Array, b: Float64Array | Uint32Array) => [...a, ...b];
    for (const key of [
      'estimate',
      'low',
      'high',
      'standardError',
      'bias',
      'omittedReplicates',
      'distribution',
    ] as const) {
      expect(join(first[key] as Float64Array, rest[key] as Float64Array)).toEqual([...(whole[key] as Float64Array)]);
    }
    expect(rest.rowOffset).toBe(4);
    expect(whole.stream).toBe(options.rng.id);
  });

  it('takes seed for rng: streamTree(seed)', () => {
    const a = bootstrapRows({ x, rows, cols }, 'mean', { seed: 4, nResamples: 100 });
    const b = bootstrapRows({ x, rows, cols }, 'mean', { rng: streamTree(4), nResamples: 100 });
    expect(a).toEqual(b);
  });

  it('defaults: percentile, 95 %, two-sided, omit, pairs resampled together, no replicates kept', () => {
    const r = bootstrapRows({ x, y, rows, cols }, 'pearson', { seed: 1, nResamples: 50 });
    expect([r.method, r.confidenceLevel, r.alternative, r.nanReplicates, r.nResamples, r.rng]).toEqual([
      'percentile',
      0.95,
      'two-sided',
      'omit',
      50,
      'xoroshiro128plus',
    ]);
    expect('distribution' in r).toBe(false);
    expect('z0' in r).toBe(false);
    expect(bootstrapRows({ x, y, rows, cols }, 'pearson', { seed: 1, nResamples: 50, method: 'bca' }).z0).toHaveLength(
      rows,
    );
  });

  it('reports progress after each row', () => {
    const seen: [number, number][] = [];
    bootstrapRows({ x, rows, cols }, 'mean', { seed: 1, nResamples: 10, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual(Array.from({ length: rows }, (_, i) => [i + 1, rows]));
  });

  it('takes zero rows', () => {
    const r = bootstrapRows({ x: new Float64Array(0), rows: 0, cols: 5 }, 'mean', { seed: 1 });
    expect([r.rows, r.low.length, r.warnings.length]).toEqual([0, 0, 0]);
  });

  it("refuses a row whose statistic is undefined with degenerate: 'error', naming the row", () => {
    const flat = Float64Array.of(1, 2, 3, 4, 4, 4);
    expect(() =>
      bootstrapRows({ x: flat, y: flat, rows: 2, cols: 3 }, 'spearman', {
        seed: 1,
        degenerate: 'error',
        rowOffset: 10,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'STATS_DEGENERATE',
        message: expect.stringMatching(/^bootstrapRows: row 1 \(stream 11\): the statistic is NaN/),
      }),
    );
  });
});

describe('bootstrapRows: input checks, once per call', () => {
  const six = Float64Array.of(1, 2, 3, 4, 5, 6);
  it.each<[string, () => unknown, string, RegExp]>([
    [
      'data not an object',
      () => bootstrapRows(null as never, 'mean', { seed: 1 }),
      'STATS_INVALID_INPUT',
      /data must be \{ x, y\?, rows, cols \}/,
    ],
    [
      'rows not an integer',
      () => bootstrapRows({ x: six, rows: 1.5, cols: 6 }, 'mean', { seed: 1 }),
      'STATS_INVALID_INPUT',
      /rows must be a non-negative integer/,
    ],
    [
      'x not a Float64Array',
      () => bootstrapRows({ x: [1, 2] as never, rows: 1, cols: 2 }, 'mean', { seed: 1 }),
      'STATS_INVALID_INPUT',
      /x must be a Float64Array/,
    ],
    [
      'x the wrong length',
      () => bootstrapRows({ x: six, rows: 2, cols: 4 }, 'mean', { seed: 1 }),
      'STATS_LENGTH_MISMATCH',
      /x has 6 values but rows × cols = 2 × 4 = 8/,
    ],
    [
      'y the wrong length',
      () => bootstrapRows({ x: six, y: six.subarray(1), rows: 2, cols: 3 }, 'spearman', { seed: 1 }),
      'STATS_LENGTH_MISMATCH',
      /y has 5 values/,
    ],
    [
      'NaN in y',
      () =>
        bootstrapRows({ x: six, y: Float64Array.of(1, 2, 3, 4, Number.NaN, 6), rows: 2, cols: 3 }, 'spearman', {
          seed: 1,
        }),
      'STATS_NON_FINITE',
      /y\[4\] \(row 1, column 1\) is NaN; spearman needs finite values/,
    ],
    [
      'too few columns',
      () => bootstrapRows({ x: six, rows: 6, cols: 1 }, 'mean', { seed: 1, method: 'bca' }),
      'STATS_EMPTY_SAMPLE',
      /BCa needs at least 2/,
    ],
    [
      'a two-sample statistic without y',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'spearman', { seed: 1 }),
      'STATS_INVALID_INPUT',
      /spearman takes 2 samples; pass y/,
    ],
    [
      'spearman not paired',
      () => bootstrapRows({ x: six, y: six, rows: 2, cols: 3 }, 'spearman', { seed: 1, paired: false }),
      'STATS_INVALID_OPTION',
      /statistic of pairs/,
    ],
    [
      'proportion of non-0/1 data',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'proportion', { seed: 1 }),
      'STATS_INVALID_INPUT',
      /x\[1\] \(row 0, column 1\) is 2/,
    ],
    [
      'neither rng nor seed',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'mean', {}),
      'STATS_INVALID_OPTION',
      /pass rng .* or seed/,
    ],
    [
      'options not an object',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'mean', undefined as never),
      'STATS_INVALID_OPTION',
      /options must be an object/,
    ],
    [
      'an unknown option',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'mean', { seed: 1, colour: 'red' } as never),
      'STATS_INVALID_OPTION',
      /unknown option colour/,
    ],
    [
      'workers',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'mean', { seed: 1, workers: 2 } as never),
      'STATS_INVALID_OPTION',
      /option workers is not supported: .*rowOffset/,
    ],
    [
      'nanPolicy',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'mean', { seed: 1, nanPolicy: 'omit' } as never),
      'STATS_INVALID_OPTION',
      /option nanPolicy is not supported/,
    ],
    [
      'a bad rowOffset',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'mean', { seed: 1, rowOffset: -1 }),
      'STATS_INVALID_OPTION',
      /rowOffset is invalid/,
    ],
    [
      'a bad method',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'mean', { seed: 1, method: 'exact' as never }),
      'STATS_INVALID_OPTION',
      /^bootstrapRows: option method is invalid/,
    ],
    [
      'a bad onProgress',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'mean', { seed: 1, onProgress: 3 as never }),
      'STATS_INVALID_OPTION',
      /onProgress is invalid/,
    ],
    [
      'studentized without a standard error',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'median', { seed: 1, method: 'studentized' }),
      'STATS_INVALID_OPTION',
      /needs a standard error/,
    ],
    [
      'an unknown statistic',
      () => bootstrapRows({ x: six, rows: 2, cols: 3 }, 'mode' as never, { seed: 1 }),
      'STATS_UNKNOWN_STATISTIC',
      /Unknown statistic/,
    ],
  ])('%s', (_, call, code, message) => {
    expect(call).toThrow(
      expect.objectContaining({ name: 'StatsError', code, message: expect.stringMatching(message) }),
    );
  });
});
