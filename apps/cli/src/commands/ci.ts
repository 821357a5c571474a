import { availableParallelism } from 'node:os';
import { type IntervalResult, isBootstrapResult } from '@bootstat/registry';
import { type BootstrapResult, bootstrapAsync, bootstrapResultToJson } from '@bootstat/stats';
import { z } from 'zod';
import { parseFlags } from '../args';
import { atomicWrite } from '../atomic-write';
import { CliError, EXIT } from '../cli-error';
import { readTable } from '../input/read-table';
import { columnIndex, numericColumn } from '../input/table';
import type { CliIo } from '../io';
import { checkMemory } from '../memory';
import { integerFlag, numberFlag } from '../number-flag';
import { exact, human } from '../output/format-number';
import { histogramSvg } from '../output/histogram-svg';
import { progressBar } from '../output/progress';
import { OUTPUT_FORMATS, render } from '../output/render';
import type { Registries } from '../registries';

export const CI_HELP = `Usage: bootstat ci [FILE|-] [options]

Bootstrap confidence interval of a statistic of the numbers in FILE (CSV, JSON array, JSONL) or standard input.

Input
  --column NAME|N       the column to use (name, or 1-based index); needed when there are several
  --x NAME|N, --y NAME|N  the two columns of a two-sample or paired statistic (spearman, pearson, mean-difference…)
  --paired              resample (x, y) pairs together (required by spearman and pearson)
  --input-format F      csv, json or jsonl (default: from the extension, else from the content)
  --nan-policy P        raise (default: NaN/Infinity is an error) or omit (drop them)
Method
  --statistic S         mean (default), median, std, var, quantile, trimmed-mean, proportion, spearman, pearson,
                        mean-difference, mean-ratio, or one from a --plugin
  --p P                 the probability for --statistic quantile
  --proportion P        the cut for --statistic trimmed-mean
  --ddof D              delta degrees of freedom for std and var (default 1)
  --method M            percentile, basic, normal, bca (default), studentized (see 'bootstat methods')
  --level L             confidence level in (0, 1), default 0.95
  --alternative A       two-sided (default), less, greater
  --resamples B         number of resamples, default 9999
  --seed S              integer seed in [0, 4294967295], default 42
  --batch K             resamples whose indices are held in memory at once
  --workers W           worker threads (default: every core for jobs over 10^7 draws, else 1);
                        any count gives the same bits
  --compat C            scipy (default) or r (R boot's z0 count)
  --degenerate D        nan (default), percentile-fallback, point, error
  --plugin FILE         a module of extra strategies (see docs/plugins.md); repeatable
Output
  --format F            table (default), json, csv, markdown
  --emit-distribution FILE  write the replicates, one per line
  --plot FILE.svg       draw the replicate histogram with the estimate and interval
  --debug               show stack traces
`;

const flags = {
  column: { type: 'string' },
  x: { type: 'string' },
  y: { type: 'string' },
  paired: { type: 'boolean' },
  'input-format': { type: 'string' },
  'nan-policy': { type: 'string' },
  statistic: { type: 'string' },
  p: { type: 'string' },
  proportion: { type: 'string' },
  ddof: { type: 'string' },
  method: { type: 'string' },
  level: { type: 'string' },
  alternative: { type: 'string' },
  resamples: { type: 'string' },
  seed: { type: 'string' },
  batch: { type: 'string' },
  workers: { type: 'string' },
  compat: { type: 'string' },
  degenerate: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  format: { type: 'string' },
  'emit-distribution': { type: 'string' },
  plot: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function configSchema(methods: readonly string[], statistics: readonly string[]) {
  return z.object({
    statistic: z
      .string()
      .default('mean')
      .refine((s) => statistics.includes(s), { message: `unknown statistic; use one of ${statistics.join(', ')}` }),
    method: z
      .string()
      .default('bca')
      .refine((s) => methods.includes(s), { message: `unknown method; use one of ${methods.join(', ')}` }),
    level: numberFlag('--level')
      .refine((v) => v > 0 && v < 1, '--level must be in (0, 1), e.g. 0.95')
      .default(0.95),
    alternative: z.enum(['two-sided', 'less', 'greater']).default('two-sided'),
    resamples: integerFlag('--resamples', 1, 1e12).default(9999),
    seed: integerFlag('--seed', 0, 4294967295).default(42),
    batch: integerFlag('--batch', 1, 1e12).optional(),
    workers: integerFlag('--workers', 1, 64).optional(),
    compat: z.enum(['scipy', 'r']).default('scipy'),
    degenerate: z.enum(['nan', 'percentile-fallback', 'point', 'error']).default('nan'),
    nanPolicy: z.enum(['raise', 'omit']).default('raise'),
    format: z.enum(OUTPUT_FORMATS).default('table'),
    inputFormat: z.enum(['csv', 'json', 'jsonl']).optional(),
    p: numberFlag('--p').optional(),
    proportion: numberFlag('--proportion').optional(),
    ddof: integerFlag('--ddof', 0, 1e6).optional(),
  });
}

/** `bootstat ci`: parse → zod → registry → packages. No statistics here. */
export async function ciCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'ci');
  if (values.help) {
    io.stdout(CI_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new CliError(`ci takes one input FILE (or -), got ${positionals.length}.`);
  const schema = configSchema(registries.ciMethod.names(), registries.statistic.names());
  const parsed = schema.safeParse({
    statistic: values.statistic,
    method: values.method,
    level: values.level,
    alternative: values.alternative,
    resamples: values.resamples,
    seed: values.seed,
    batch: values.batch,
    workers: values.workers,
    compat: values.compat,
    degenerate: values.degenerate,
    nanPolicy: values['nan-policy'],
    format: values.format,
    inputFormat: values['input-format'],
    p: values.p,
    proportion: values.proportion,
    ddof: values.ddof,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new CliError(`${flag}: ${issue?.message ?? 'invalid value'}.`);
  }
  const c = parsed.data;

  const statisticOptions: Record<string, unknown> = {};
  if (c.p !== undefined) statisticOptions.p = c.p;
  if (c.proportion !== undefined) statisticOptions.proportion = c.proportion;
  if (c.ddof !== undefined) statisticOptions.ddof = c.ddof;
  const statistic = registries.runStatistic(c.statistic, statisticOptions);
  const arity = registries.statisticArity(c.statistic);

  const table = await readTable(positionals[0], io, c.inputFormat);
  const allowNonFinite = c.nanPolicy === 'omit';
  let samples: Float64Array[];
  let label: string;
  if (arity === 2) {
    if (values.x === undefined || values.y === undefined) {
      throw new CliError(`--statistic ${c.statistic} takes two columns: give --x NAME and --y NAME.`);
    }
    const x = numericColumn(table, columnIndex(table, values.x, '--x'), allowNonFinite);
    const y = numericColumn(table, columnIndex(table, values.y, '--y'), allowNonFinite);
    samples = [x.values, y.values];
    label = `${x.name}, ${y.name}`;
  } else {
    const col = numericColumn(table, columnIndex(table, values.column), allowNonFinite);
    samples = [col.values];
    label = col.name;
  }

  // Worker threads cost ~50 ms to start: worth it only for big jobs. The bits are the same for any count.
  const draws = c.resamples * samples.reduce((a, s) => a + s.length, 0);
  const workers = c.workers ?? (draws > 1e7 ? Math.min(8, availableParallelism()) : 1);
  checkMemory({
    values: samples.reduce((a, s) => a + s.length, 0),
    nResamples: c.resamples,
    batch: c.batch ?? Math.max(1, Math.floor(262144 / samples.reduce((a, s) => a + s.length, 0))),
    workers,
  });

  const options = {
    confidenceLevel: c.level,
    alternative: c.alternative,
    nResamples: c.resamples,
    seed: c.seed,
    compat: c.compat,
    degenerate: c.degenerate,
    nanPolicy: c.nanPolicy,
    paired: values.paired === true,
    ...(c.batch === undefined ? {} : { batch: c.batch }),
  };
  let result: IntervalResult;
  if (registries.isBuiltinMethod(c.method)) {
    // Built-in methods: options checked by the strategy's schema, then the engine runs with a progress bar and,
    // when asked, worker threads (which a synchronous strategy cannot offer).
    const checked = registries.parseCiOptions(c.method, options);
    const progress = progressBar(io, `bootstrap ${c.method}`);
    try {
      result = await bootstrapAsync(samples, statistic, {
        ...checked,
        method: c.method as BootstrapResult['method'],
        workers,
        onProgress: progress.update,
      });
    } finally {
      progress.done();
    }
  } else {
    result = registries.runCiMethod(c.method, { samples, statistic }, options);
  }

  for (const w of result.warnings) io.stderr(`bootstat: warning: ${w.message}\n`);
  if (values['emit-distribution'] !== undefined) {
    const d = result.distribution ?? new Float64Array();
    atomicWrite(io.cwd, values['emit-distribution'], `${Array.from(d, exact).join('\n')}\n`);
  }
  if (values.plot !== undefined) {
    atomicWrite(
      io.cwd,
      values.plot,
      histogramSvg({
        title: `${result.statistic} of ${label}: ${result.method} ${Math.round(result.confidenceLevel * 1000) / 10}% interval`,
        distribution: result.distribution ?? new Float64Array(),
        estimate: result.estimate,
        low: result.ci.low,
        high: result.ci.high,
      }),
    );
  }
  const n =
    values.paired === true && samples.length > 1
      ? `${samples[0]?.length} pairs`
      : samples.map((s) => s.length).join(' + ');
  const rows: [string, string, string | number | null][] = [
    ['statistic', result.statistic, result.statistic],
    ['column', label, label],
    ['n', n, n],
    ['method', result.method, result.method],
    ['confidence level', String(result.confidenceLevel), result.confidenceLevel],
    ['alternative', result.alternative, result.alternative],
    ...(result.nResamples === undefined
      ? []
      : ([
          ['resamples', String(result.nResamples), result.nResamples],
          ['seed', String(result.seed), result.seed ?? null],
        ] as [string, string, string | number | null][])),
    ['estimate', human(result.estimate), exact(result.estimate)],
    ['ci low', human(result.ci.low), exact(result.ci.low)],
    ['ci high', human(result.ci.high), exact(result.ci.high)],
  ];
  if (result.standardError !== undefined)
    rows.push(['standard error', human(result.standardError), exact(result.standardError)]);
  if (result.bias !== undefined) rows.push(['bias', human(result.bias), exact(result.bias)]);
  if (result.z0 !== undefined) rows.push(['z0', human(result.z0), exact(result.z0)]);
  if (result.acceleration !== undefined)
    rows.push(['acceleration', human(result.acceleration), exact(result.acceleration)]);
  const json = isBootstrapResult(result)
    ? (({ distribution: _omit, ...rest }) => rest)(bootstrapResultToJson(result))
    : { ...result, ci: { low: exact(result.ci.low), high: exact(result.ci.high) } };
  io.stdout(
    render(
      c.format === 'csv'
        ? { columns: rows.map((r) => r[0]), rows: [{ human: rows.map((r) => r[1]), exact: rows.map((r) => r[2]) }] }
        : {
            columns: ['field', 'value'],
            rows: rows.map(([k, h, e]) => ({ human: [k, h], exact: [k, e] })),
            json: { ...json, column: label, n: samples.map((s) => s.length) },
          },
      c.format,
    ),
  );
  return EXIT.ok;
}
