// `pnpm bench` (stats suite): bootstrap against scipy.stats.bootstrap on the same cases, both timed in this one
// invocation, because timings on the bench machine drift by ±30 % between runs and only ratios measured
// together compare. Targets (SciPy time / ours) come from the stats and speed issues; see docs/benchmarks.md.
//
// Each of our cases runs in a fresh Node process (as in the rng suite), so one case's JIT feedback cannot slow
// another, and that process's peak RSS is the case's own. SciPy's side is bench/scipy_cases.py, one python3
// process per case; without SciPy the table holds our times only.
//
// Usage: pnpm bench                    the whole suite
//        tsx --conditions=@bootstat/source bench/bootstrap.bench.ts run <case>   one of our cases (prints JSON)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchRow, type Measurement, type MeasureOptions, measure, measureAsync, report } from '@bootstat/bench';
import { createGenerator, fillNormal, streamTree } from '@bootstat/rng';
import type { Alternative, BootstrapOptions, BootstrapResult, Statistic } from '@bootstat/stats';
import * as stats from '@bootstat/stats';
import { createBootstrapPool, bootstrapAsync as nodeBootstrapAsync } from '@bootstat/stats/node';

/** Seed of the benchmark data (ours: xoroshiro128plus; SciPy's side: NumPy's default_rng). */
const DATA_SEED = 12345;

interface BenchCase {
  /** Also the case's name in scipy_cases.py. */
  readonly name: string;
  readonly label: string;
  readonly method: 'bca' | 'percentile';
  readonly statistic: 'mean' | 'spearman';
  readonly n: number;
  /**
   * A simulation study's shape: this many datasets of n pairs, each bootstrapped on its own (ours: one bootstrap
   * call per dataset; the reference: NumPy vectorised over datasets, indices drawn per resample for all rows,
   * row-wise rankdata), as rfowler5/Karwowski-Simulations restructured its loop.
   */
  readonly datasets?: number;
  readonly nResamples: number;
  readonly alternative: Alternative;
  readonly paired: boolean;
  /** Target ratio SciPy time / ours. */
  readonly target: number;
  /** Ours must peak below this many MB of RSS. */
  readonly rssLimitMB?: number;
  /** Ours runs bootstrapAsync with this many workers (bootstrap on one thread while it does not exist). */
  readonly workers?: number;
  /** SciPy's `batch` (resamples held in memory at once). */
  readonly scipyBatch?: number;
  readonly timing: MeasureOptions;
  /** Warm up with one call of this many resamples instead of `timing.warmup` full calls. */
  readonly warmupResamples?: number;
  /**
   * A study case: also time every dataset's bootstrapAsync at once on a pool of this many workers, for
   * information (one call per dataset pays a task's messages and set-up per call; splitting datasets across
   * threads is the study package's job).
   */
  readonly poolForInformation?: number;
  /** Also time bench/c-reference.c on the same indices; ours should be within this factor of it. */
  readonly cReference?: number;
}

// Keep in step with CASES in scipy_cases.py; checkSameWork() compares the two before anything is timed.
const CASES: readonly BenchCase[] = [
  {
    name: 'bca-mean-1000',
    label: 'BCa, mean, n = 1000, B = 9999',
    method: 'bca',
    statistic: 'mean',
    n: 1000,
    nResamples: 9999,
    alternative: 'two-sided',
    paired: false,
    target: 6,
    cReference: 1.5,
    timing: {},
  },
  {
    name: 'percentile-mean-1000',
    label: 'percentile, mean, n = 1000, B = 9999',
    method: 'percentile',
    statistic: 'mean',
    n: 1000,
    nResamples: 9999,
    alternative: 'two-sided',
    paired: false,
    target: 6,
    cReference: 1.5,
    timing: {},
  },
  {
    name: 'bca-greater-mean-30',
    label: "BCa lower bound (alternative 'greater'), mean, n = 30, B = 1000 (the gate's case)",
    method: 'bca',
    statistic: 'mean',
    n: 30,
    nResamples: 1000,
    alternative: 'greater',
    paired: false,
    target: 10,
    timing: {},
  },
  {
    name: 'bca-spearman-80',
    label: 'BCa, paired Spearman, n = 80, B = 1000',
    method: 'bca',
    statistic: 'spearman',
    n: 80,
    nResamples: 1000,
    alternative: 'two-sided',
    paired: true,
    target: 10,
    timing: {},
  },
  {
    name: 'study-spearman-200x80',
    label: 'study: 200 datasets × n = 80 × B = 1000, paired Spearman, percentile (one bootstrap per dataset)',
    method: 'percentile',
    statistic: 'spearman',
    n: 80,
    datasets: 200,
    nResamples: 1000,
    alternative: 'two-sided',
    paired: true,
    target: 10,
    timing: { warmup: 1, minRuns: 5, minTimeMs: 0 },
    poolForInformation: 2,
  },
  {
    name: 'percentile-mean-1m',
    label: 'percentile, mean, n = 1,000,000, B = 1000',
    method: 'percentile',
    statistic: 'mean',
    n: 1_000_000,
    nResamples: 1000,
    alternative: 'two-sided',
    paired: false,
    target: 6,
    rssLimitMB: 300,
    workers: 2,
    scipyBatch: 50,
    // One call takes 15–40 s here: a short warm-up call, then up to 3 timed calls within ~30 s of timed work.
    timing: { warmup: 0, minRuns: 3, minTimeMs: 0, maxTimeMs: 30_000 },
    warmupResamples: 20,
  },
];

const SCIPY_METHOD = { bca: 'BCa', percentile: 'percentile' } as const;

/**
 * The case's data: standard normal x (and for Spearman y = 0.6x + 0.8e, ρ ≈ 0.6) from our generator. SciPy's side
 * draws the same shapes from the same recipe with NumPy, so values differ but the work is the same.
 */
function makeData(c: BenchCase): Float64Array[] {
  const g = createGenerator('xoroshiro128plus', DATA_SEED);
  const size = c.n * (c.datasets ?? 1);
  const x = fillNormal(g, new Float64Array(size));
  if (c.statistic !== 'spearman') return [x];
  const e = fillNormal(g, new Float64Array(size));
  const y = new Float64Array(size);
  for (let i = 0; i < size; i++) y[i] = 0.6 * (x[i] as number) + 0.8 * (e[i] as number);
  return [x, y];
}

/** Dataset d of a study case's data (row d of datasets × n), or the data itself. */
function dataset(c: BenchCase, data: readonly Float64Array[], d: number): Float64Array[] {
  return c.datasets === undefined ? [...data] : data.map((s) => s.subarray(d * c.n, (d + 1) * c.n));
}

/** The case's work on one thread: one bootstrap, or one per dataset; returns the first dataset's result. */
function runCase(c: BenchCase, data: readonly Float64Array[], options: BootstrapOptions): BootstrapResult {
  let first: BootstrapResult | undefined;
  for (let d = 0; d < (c.datasets ?? 1); d++) {
    const r = stats.bootstrap(dataset(c, data, d), c.statistic, { ...options, seed: (options.seed ?? 0) + d });
    first ??= r;
  }
  return first as BootstrapResult;
}

/** What scipy_cases.py prints per case (timing fields absent with --describe). */
interface ScipyCase {
  readonly case: string;
  readonly method: string;
  readonly statistic: string;
  readonly nResamples: number;
  readonly alternative: string;
  readonly paired: boolean;
  readonly batch: number | null;
  readonly shapes: readonly (readonly number[])[];
  readonly medianMs?: number;
  readonly runs?: number;
  readonly ci?: readonly [number | string, number | string];
  readonly peakRssKiB?: number;
  readonly scipy?: string;
}

/**
 * Both sides must bootstrap data of the same shape and size with the same parameters (the values differ: the
 * generators differ, and a bootstrap's speed does not depend on them). A mismatch makes the ratio meaningless,
 * so it stops the suite.
 */
function checkSameWork(c: BenchCase, ours: readonly Float64Array[], scipy: ScipyCase): void {
  const expected = {
    case: c.name,
    method: SCIPY_METHOD[c.method],
    statistic: c.statistic,
    nResamples: c.nResamples,
    alternative: c.alternative,
    paired: c.paired,
    batch: c.scipyBatch ?? null,
    shapes: ours.map((s) => (c.datasets === undefined ? [s.length] : [c.datasets, c.n])),
  };
  const actual = {
    case: scipy.case,
    method: scipy.method,
    statistic: scipy.statistic,
    nResamples: scipy.nResamples,
    alternative: scipy.alternative,
    paired: scipy.paired,
    batch: scipy.batch,
    shapes: scipy.shapes,
  };
  if (JSON.stringify(expected) !== JSON.stringify(actual)) {
    throw new Error(
      `bench case ${c.name}: scipy_cases.py does different work.\n  ours:  ${JSON.stringify(expected)}\n  scipy: ${JSON.stringify(actual)}\nAlign CASES in bootstrap.bench.ts and scipy_cases.py.`,
    );
  }
}

/** What one of our cases prints from its child process. */
interface OursCase {
  readonly medianMs: number;
  readonly runs: number;
  readonly engine: string;
  /** The child's peak RSS before it made the data: Node, tsx and the imports. */
  readonly startRssKiB: number;
  readonly peakRssKiB: number;
  readonly ci: readonly [number | string, number | string];
  /** FNV-1a of the replicates' bytes, to check that the C reference drew the same indices. */
  readonly hash: string;
  /** A study case's time with every dataset's bootstrapAsync at once on a pool (information). */
  readonly poolMs?: number;
}

/** 64-bit FNV-1a of a Float64Array's bytes (little-endian), as c-reference.c hashes its replicates. */
function fnv1a64(values: Float64Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

type BootstrapAsync = (
  samples: readonly Float64Array[],
  statistic: Statistic,
  options: BootstrapOptions & { readonly workers?: number },
) => Promise<BootstrapResult>;

/** bootstrapAsync, from the Node entry. */
function findBootstrapAsync(): BootstrapAsync | undefined {
  return nodeBootstrapAsync as BootstrapAsync;
}

const jsonNumber = (v: number): number | string => (Number.isFinite(v) ? v : String(v));

async function runOurs(c: BenchCase): Promise<OursCase> {
  const startRssKiB = process.resourceUsage().maxRSS;
  const data = makeData(c);
  const options: BootstrapOptions = {
    method: c.method,
    nResamples: c.nResamples,
    seed: 1,
    alternative: c.alternative,
    paired: c.paired,
  };
  const warmup = { ...options, nResamples: c.warmupResamples ?? c.nResamples };
  const bootstrapAsync = c.workers === undefined ? undefined : findBootstrapAsync();
  let result: BootstrapResult | undefined;
  let engine: string;
  let m: Measurement;
  let poolMs: number | undefined;
  if (c.poolForInformation !== undefined && c.datasets !== undefined) {
    // Every dataset's bootstrapAsync at once (Promise.all) on a pool started before the timed calls (the warm-up
    // call starts it).
    const pool = createBootstrapPool({ workers: c.poolForInformation });
    const datasets = Array.from({ length: c.datasets }, (_, d) => dataset(c, data, d));
    poolMs = (
      await measureAsync(
        () =>
          Promise.all(datasets.map((ds, d) => nodeBootstrapAsync(ds, c.statistic, { ...options, seed: 1 + d, pool }))),
        c.timing,
      )
    ).medianMs;
    await pool.close();
  }
  if (bootstrapAsync !== undefined && c.workers !== undefined) {
    const workers = c.workers;
    engine = `bootstrapAsync, ${workers} workers`;
    if (c.warmupResamples !== undefined) await bootstrapAsync(data, c.statistic, { ...warmup, workers });
    m = await measureAsync(async () => {
      result = await bootstrapAsync(data, c.statistic, { ...options, workers });
      return result;
    }, c.timing);
  } else {
    engine = c.workers === undefined ? 'bootstrap' : 'bootstrap, 1 thread: bootstrapAsync not exported yet';
    if (c.warmupResamples !== undefined) runCase(c, data, warmup);
    m = measure(() => {
      result = runCase(c, data, options);
      return result;
    }, c.timing);
  }
  const ci = (result as BootstrapResult).ci;
  return {
    medianMs: m.medianMs,
    runs: m.runs,
    engine,
    startRssKiB,
    peakRssKiB: process.resourceUsage().maxRSS,
    ci: [jsonNumber(ci.low), jsonNumber(ci.high)],
    hash: fnv1a64((result as BootstrapResult).distribution ?? new Float64Array(0)),
    ...(poolMs === undefined ? {} : { poolMs }),
  };
}

/** What c-reference.c prints. */
interface CReference {
  readonly medianMs: number;
  readonly hash: string;
}

const cSource = fileURLToPath(new URL('./c-reference.c', import.meta.url));
let cBinary: string | null | undefined;

/** c-reference.c compiled with the system's cc -O2 once per suite; null without a C compiler. */
function compiledReference(): string | null {
  if (cBinary === undefined) {
    const out = join(mkdtempSync(join(tmpdir(), 'bootstat-bench-')), 'c-reference');
    cBinary = spawnSync('cc', ['-O2', '-o', out, cSource], { stdio: 'ignore' }).status === 0 ? out : null;
  }
  return cBinary;
}

/** The C reference on our case's data and block states (seed 1, one sample: block b draws from child(b).child(0)). */
function runCReference(c: BenchCase): CReference | undefined {
  const binary = compiledReference();
  if (binary === null) return undefined;
  const [x] = makeData(c) as [Float64Array];
  const resample = streamTree(1).child('resample');
  const blocks = Math.ceil(c.nResamples / stats.RESAMPLE_BLOCK_SIZE);
  const states = Array.from({ length: blocks }, (_, b) =>
    resample
      .child(b)
      .child(0)
      .generator('xoroshiro128plus')
      .getState()
      .map((w) => w >>> 0)
      .join(' '),
  );
  const runs = 15;
  const hex = Array.from(x, (v) => hexFloat(v)).join(' ');
  const input = `${c.n} ${c.nResamples} ${runs}\n${hex}\n${states.join('\n')}\n`;
  return JSON.parse(execFileSync(binary, { input, encoding: 'utf8' })) as CReference;
}

/** A double as C's %a reads it exactly: ±0x1.<13 hex digits>p±e (normal numbers; the bench's data are normal). */
function hexFloat(v: number): string {
  if (v === 0) return Object.is(v, -0) ? '-0x0p+0' : '0x0p+0';
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, v);
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const exponent = ((hi >>> 20) & 0x7ff) - 1023;
  const mantissa = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  return `${hi >>> 31 ? '-' : ''}0x1.${mantissa}p${exponent >= 0 ? '+' : ''}${exponent}`;
}

/**
 * bootstrapAsync's worker threads load the built dist/worker.js, which imports @bootstat/rng's dist/index.js; only
 * the main thread reads the sources. A build older than its src/ would time stale code in the workers. `pnpm bench`
 * builds first (turbo); a direct run may not have.
 */
function staleWorkerBuild(): string | undefined {
  const statsDir = fileURLToPath(new URL('..', import.meta.url));
  const rngDir = realpathSync(join(statsDir, 'node_modules', '@bootstat', 'rng'));
  const problems: string[] = [];
  for (const [pkg, built] of [
    [statsDir, 'dist/worker.js'],
    [rngDir, 'dist/index.js'],
  ] as const) {
    const name = `${relative(join(statsDir, '..'), pkg)}/${built}`;
    if (!existsSync(join(pkg, built))) {
      problems.push(`${name} is missing`);
      continue;
    }
    const builtMs = statSync(join(pkg, built)).mtimeMs;
    const src = join(pkg, 'src');
    const newer = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && statSync(join(src, f)).mtimeMs > builtMs,
    );
    if (newer.length > 0) problems.push(`${name} is older than its src/${newer.join(', src/')}`);
  }
  return problems.length === 0 ? undefined : problems.join('; ');
}

const self = fileURLToPath(import.meta.url);
const scipyScript = fileURLToPath(new URL('./scipy_cases.py', import.meta.url));

function oursInChild(c: BenchCase): OursCase {
  const out = execFileSync(process.execPath, [...process.execArgv, self, 'run', c.name], { encoding: 'utf8' });
  return JSON.parse(out) as OursCase;
}

function scipyCases(args: readonly string[]): ScipyCase[] {
  return JSON.parse(execFileSync('python3', [scipyScript, ...args], { encoding: 'utf8' })) as ScipyCase[];
}

function caseNamed(name: string | undefined): BenchCase {
  const c = CASES.find((x) => x.name === name);
  if (c === undefined) throw new Error(`unknown case ${name}; one of ${CASES.map((x) => x.name).join(', ')}`);
  return c;
}

const mb = (kib: number): number => (kib * 1024) / 1e6;
const fmtEnd = (v: number | string): string => (typeof v === 'number' ? v.toPrecision(4) : v);
const fmtCi = (ci: readonly [number | string, number | string] | undefined): string =>
  ci === undefined ? '–' : `[${fmtEnd(ci[0])}, ${fmtEnd(ci[1])}]`;

async function main(): Promise<void> {
  const [mode, name] = process.argv.slice(2);
  if (mode === 'run') {
    process.stdout.write(`${JSON.stringify(await runOurs(caseNamed(name)))}\n`);
    return;
  }
  const hasScipy = spawnSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;
  if (hasScipy) {
    // Fail fast, before minutes of timing, if the two sides would bootstrap different shapes.
    const described = scipyCases(['all', '--describe']);
    for (const c of CASES) {
      const s = described.find((x) => x.case === c.name);
      if (s === undefined) throw new Error(`bench case ${c.name} is missing from scipy_cases.py`);
      checkSameWork(c, makeData(c), s);
    }
  } else {
    process.stdout.write('SciPy was not found (python3 -c "import scipy" failed): timing ours only.\n');
  }
  const staleBuild = findBootstrapAsync() === undefined ? undefined : staleWorkerBuild();
  const stale =
    staleBuild === undefined
      ? undefined
      : `${staleBuild}: the worker threads run stale code; run pnpm --filter @bootstat/stats... build (or pnpm bench, which builds), then bench again`;
  if (stale !== undefined) process.stdout.write(`WARNING: ${stale}\n`);
  const rows: BenchRow[] = [];
  for (const c of CASES) {
    const ours = oursInChild(c);
    let scipy: ScipyCase | undefined;
    if (hasScipy) {
      scipy = scipyCases([c.name])[0];
      if (scipy === undefined) throw new Error(`scipy_cases.py printed nothing for ${c.name}`);
      checkSameWork(c, makeData(c), scipy);
    }
    process.stdout.write(
      `  ${c.name}: ours ${ours.medianMs.toFixed(1)} ms (${ours.runs} runs)` +
        (scipy?.medianMs === undefined ? '\n' : `, SciPy ${scipy.medianMs.toFixed(1)} ms (${scipy.runs} runs)\n`),
    );
    const extra: Record<string, string> = {
      'runs (median of)': `ours ${ours.runs} (${ours.engine})${scipy === undefined ? '' : `, SciPy ${scipy.runs}`}`,
      'interval ours, SciPy (data values differ)': `${fmtCi(ours.ci)}, ${fmtCi(scipy?.ci)}`,
    };
    if (stale !== undefined && ours.engine.startsWith('bootstrapAsync')) extra['WARNING'] = stale;
    if (ours.poolMs !== undefined) {
      const ratio = scipy?.medianMs === undefined ? '' : `, ratio ${(scipy.medianMs / ours.poolMs).toFixed(2)}x`;
      extra[`ours, every dataset's bootstrapAsync at once on a pool of ${c.poolForInformation} workers`] =
        `${ours.poolMs.toFixed(1)} ms${ratio}`;
    }
    if (c.cReference !== undefined) {
      const ref = runCReference(c);
      extra['C reference, same indices (bench/c-reference.c, cc -O2)'] =
        ref === undefined
          ? 'no C compiler (cc) here'
          : `${ref.medianMs.toFixed(1)} ms; ours / C = ${(ours.medianMs / ref.medianMs).toFixed(2)} ` +
            `(target ≤ ${c.cReference}); replicates ${ref.hash === ours.hash ? 'bit-identical' : `DIFFER (C ${ref.hash}, ours ${ours.hash})`}`;
      process.stdout.write(`    C reference: ${extra['C reference, same indices (bench/c-reference.c, cc -O2)']}\n`);
    }
    if (c.rssLimitMB !== undefined) {
      extra['ours: RSS of Node + tsx + imports, before the data (MB)'] = mb(ours.startRssKiB).toFixed(0);
      if (scipy?.peakRssKiB !== undefined) extra['SciPy: peak RSS (MB)'] = mb(scipy.peakRssKiB).toFixed(0);
    }
    const notes = [
      ...(c.workers === undefined ? [] : [`ours: ${ours.engine}`]),
      ...(c.scipyBatch === undefined ? [] : [`SciPy batch = ${c.scipyBatch}`]),
    ];
    rows.push({
      case: notes.length === 0 ? c.label : `${c.label} (${notes.join('; ')})`,
      oursMs: ours.medianMs,
      ...(scipy?.medianMs === undefined
        ? {}
        : {
            reference:
              c.datasets === undefined
                ? `scipy.stats.bootstrap (SciPy ${scipy.scipy ?? '?'})`
                : `NumPy vectorised over datasets, rankdata(axis=1) (SciPy ${scipy.scipy ?? '?'})`,
            referenceMs: scipy.medianMs,
          }),
      target: c.target,
      ...(c.rssLimitMB === undefined ? {} : { rssLimitMB: c.rssLimitMB, oursPeakRssMB: mb(ours.peakRssKiB) }),
      extra,
    });
  }
  // Benchmarks inform; they do not gate CI, so a missed target does not change the exit code.
  report('stats', rows);
}

await main();
