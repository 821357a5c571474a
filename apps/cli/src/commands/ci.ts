import { resolve } from 'node:path';
import type { NumericTable } from '@bootstat/io';
import { isBootstrapResult } from '@bootstat/registry';
import { type BootstrapResult, bootstrapResultToJson } from '@bootstat/stats';
import * as z from 'zod';
import { aliased, COMMON_FLAGS, choiceFlag, type FlagSpec, parseFlags, parseOptions, unknownValue } from '../args';
import { CliError, EXIT } from '../cli-error';
import { type ColumnRequest, type ReadOptions, readColumns } from '../input/read-columns';
import type { CliIo } from '../io';
import { checkTypedArrayLength } from '../memory';
import { integerFlag, levelFlag, numberFlag } from '../number-flag';
import { CI_JSON_SCHEMA_VERSION } from '../output/ci-json';
import { exact, human, jsonNumber } from '../output/format-number';
import { histogramSvg } from '../output/histogram-svg';
import { printNote, printWarning } from '../output/messages';
import { progressAllowed } from '../output/progress';
import { OUTPUT_FORMATS, render } from '../output/render';
import { checkOutputs, writeFile, writeReport } from '../output/write-file';
import type { Registries } from '../registries';
import { resolveSeed, seedFlag } from '../seed';
import { runInterval } from './ci-engine';
import { ciGroups, splitGroups } from './ci-groups';

export const CI_HELP = `Usage: bootstat ci [FILE|-] [options]
       bootstat ci FILE --by GROUP [--baseline NAME] [options]
       bootstat ci A.csv B.csv [options]

Bootstrap confidence interval of a statistic of the numbers in FILE (CSV, JSON array, JSONL) or standard input.
With --by (long-format data, e.g. variant,ms) or two files: each group's interval, and each group against the
baseline (the difference of the statistic, the group minus the baseline, with its interval).

Input
  -c, --column NAME|N   the column to use (name, or 1-based index); needed when there are several
  --by NAME|N           the column naming each row's group (long format); one interval per group, and each
                        group against --baseline (default: the first group)
  --baseline NAME       the group (or, with two files, the file) the others are compared with
  --x NAME|N, --y NAME|N  the two columns of a two-sample or paired statistic (spearman, pearson, mean-difference…)
  --paired              resample (x, y) pairs together (required by spearman and pearson)
  --input-format F      csv, json or jsonl (default: from the extension, else from the content)
  --delimiter D         CSV cell separator: , ; tab | whitespace (default: detected; tab for .tsv)
  --decimal M           decimal mark of CSV numbers: . or , (default: detected; '.' when cells are
                        separated by ',')
  --header H            auto (default: a first row with a non-number is a header), yes or no
  --nan-policy P        raise (default: a missing value — empty, NA, NaN, null, None, inf — is an error)
                        or omit (drop rows with one, and count them)
Method
  --statistic S         mean (default), median, std, var, quantile, trimmed-mean, proportion, spearman, pearson,
                        mean-difference, mean-ratio, difference, or one from a --plugin; pNN is quantile NN/100
                        (p95 = --statistic quantile --p 0.95)
  --p P                 the probability for --statistic quantile
  --proportion P        the cut for --statistic trimmed-mean
  --ddof D              delta degrees of freedom for std and var (default 1)
  -m, --method M        percentile, basic, normal, bca (default), studentized (see 'bootstat methods')
  --level L             confidence level in (0, 1), default 0.95 (SciPy's --confidence-level too)
  --alternative A       two-sided (default), less, greater
  -n, --resamples B     number of resamples, default 9999 (SciPy's --n-resamples too)
  -s, --seed S          integer seed in [0, 4294967295], default 42; random draws one and prints it
  --batch K             resamples whose indices are held in memory at once
  --workers W           worker threads (default: every core for jobs over 10^7 draws, else 1);
                        any count gives the same bits
  --compat C            scipy (default) or r (R boot's z0 count)
  --degenerate D        nan (default), percentile-fallback, point, error
  --plugin FILE         a module of extra strategies (see docs/plugins.md); repeatable
Output
  --format F            table (default), json, csv, markdown
  -o, --out FILE        write the report to FILE instead of standard output
  --emit-distribution FILE  write the replicates, one per line
  --plot FILE.svg       draw the replicate histogram with the estimate and interval
                        Files are written atomically (a temporary file renamed into place); devices and
                        FIFOs in place; - is standard output, and the report then goes to stderr.
  -q, --quiet           no progress bar and no notes (warnings, errors and a random seed still show)
  --no-progress         no progress bar (none either when CI is set, TERM=dumb, or stderr is no terminal)
  --debug               show stack traces
`;

export const CI_FLAGS = {
  column: { type: 'string', short: 'c' },
  by: { type: 'string' },
  baseline: { type: 'string' },
  x: { type: 'string' },
  y: { type: 'string' },
  paired: { type: 'boolean' },
  'input-format': { type: 'string' },
  delimiter: { type: 'string' },
  decimal: { type: 'string' },
  header: { type: 'string' },
  'nan-policy': { type: 'string' },
  statistic: { type: 'string' },
  p: { type: 'string' },
  proportion: { type: 'string' },
  ddof: { type: 'string' },
  method: { type: 'string', short: 'm' },
  level: { type: 'string' },
  'confidence-level': { type: 'string' },
  alternative: { type: 'string' },
  resamples: { type: 'string', short: 'n' },
  'n-resamples': { type: 'string' },
  seed: { type: 'string', short: 's' },
  batch: { type: 'string' },
  workers: { type: 'string' },
  compat: { type: 'string' },
  degenerate: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  format: { type: 'string' },
  'emit-distribution': { type: 'string' },
  plot: { type: 'string' },
  ...COMMON_FLAGS,
} as const satisfies FlagSpec;

function configSchema(methods: readonly string[], statistics: readonly string[]) {
  return z.object({
    statistic: z
      .string()
      .default('mean')
      .superRefine((s, ctx) => {
        if (!statistics.includes(s) && !QUANTILE_SHORTHAND.test(s)) {
          ctx.addIssue({ code: 'custom', message: unknownValue('statistic', s, [...statistics, 'p95']) });
        }
      }),
    method: z
      .string()
      .default('bca')
      .superRefine((s, ctx) => {
        if (!methods.includes(s)) ctx.addIssue({ code: 'custom', message: unknownValue('method', s, methods) });
      }),
    level: levelFlag(),
    alternative: choiceFlag('alternative', ['two-sided', 'less', 'greater']).default('two-sided'),
    resamples: integerFlag('--resamples', 1, 1e12).default(9999),
    seed: seedFlag().default(42),
    batch: integerFlag('--batch', 1, 1e12).optional(),
    workers: integerFlag('--workers', 1, 64).optional(),
    compat: choiceFlag('compat mode', ['scipy', 'r']).default('scipy'),
    degenerate: choiceFlag('degenerate rule', ['nan', 'percentile-fallback', 'point', 'error']).default('nan'),
    nanPolicy: choiceFlag('policy', ['raise', 'omit']).default('raise'),
    format: choiceFlag('format', OUTPUT_FORMATS).default('table'),
    inputFormat: choiceFlag('input format', ['csv', 'json', 'jsonl']).optional(),
    delimiter: z
      .enum([',', ';', 'tab', '\t', '|', 'whitespace', 'space', 'auto'], {
        error: "use one of , ; tab | whitespace auto (quote ';' and '|' in the shell)",
      })
      .transform((d) => (d === 'tab' ? '\t' : d === 'space' ? 'whitespace' : d))
      .optional(),
    decimal: z.enum(['.', ',', 'auto'], { error: 'use . or , (or auto)' }).optional(),
    header: z
      .enum(['auto', 'yes', 'no'], { error: 'use auto, yes or no' })
      .transform((h) => (h === 'yes' ? 'present' : h === 'no' ? 'absent' : 'auto'))
      .optional(),
    p: numberFlag('--p').optional(),
    proportion: numberFlag('--proportion').optional(),
    ddof: integerFlag('--ddof', 0, 1e6).optional(),
  });
}

/** The replicates as text, one per line, in pieces of 65,536 lines. */
function* distributionLines(d: Float64Array): Iterable<string> {
  const piece = 65536;
  for (let i = 0; i < d.length; i += piece) {
    const lines: string[] = [];
    for (let k = i; k < Math.min(d.length, i + piece); k++) lines.push(exact(d[k] as number));
    yield `${lines.join('\n')}\n`;
  }
}

/** `pNN`: the NN-th percentile, i.e. quantile NN/100 (p0 to p100: p95, p99.9). */
const QUANTILE_SHORTHAND = /^p(100(?:\.0+)?|\d{1,2}(?:\.\d+)?)$/;

/** `bootstat ci`: parse → zod → registry → packages. No statistics here. */
export async function ciCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values, positionals } = parseFlags(argv, CI_FLAGS, 'ci');
  if (values.help) {
    io.stdout(CI_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 2)
    throw new CliError(`ci takes one input FILE (or -), or two files to compare; got ${positionals.length}.`);
  const schema = configSchema(registries.ciMethod.names(), registries.statistic.names());
  const c = parseOptions(schema, {
    statistic: values.statistic,
    method: values.method,
    level: aliased(values, 'level', 'confidence-level'),
    alternative: values.alternative,
    resamples: aliased(values, 'resamples', 'n-resamples'),
    seed: values.seed,
    batch: values.batch,
    workers: values.workers,
    compat: values.compat,
    degenerate: values.degenerate,
    nanPolicy: values['nan-policy'],
    format: values.format,
    inputFormat: values['input-format'],
    delimiter: values.delimiter,
    decimal: values.decimal,
    header: values.header,
    p: values.p,
    proportion: values.proportion,
    ddof: values.ddof,
  });
  checkOutputs(io, { '--out': values.out, '--emit-distribution': values['emit-distribution'], '--plot': values.plot }, [
    ...positionals,
    ...(values.plugin ?? []),
  ]);
  const quiet = values.quiet === true;
  const seed = resolveSeed(c.seed, io);

  const statisticOptions: Record<string, unknown> = {};
  const shorthand = QUANTILE_SHORTHAND.exec(c.statistic);
  let statisticName = c.statistic;
  if (shorthand !== null && !registries.statistic.names().includes(c.statistic)) {
    statisticName = 'quantile';
    statisticOptions.p = Number(shorthand[1]) / 100;
    if (c.p !== undefined) {
      throw new CliError(`--statistic ${c.statistic} is --p ${statisticOptions.p} already; leave out --p ${c.p}.`);
    }
  }
  if (c.p !== undefined) statisticOptions.p = c.p;
  if (c.proportion !== undefined) statisticOptions.proportion = c.proportion;
  if (c.ddof !== undefined) statisticOptions.ddof = c.ddof;
  const statistic = registries.runStatistic(statisticName, statisticOptions);
  const arity = registries.statisticArity(statisticName);
  // The statistic as people read it, with the options given: `quantile (p=0.95)`.
  const optionText = Object.entries(statisticOptions)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const statisticLabel = optionText === '' ? statisticName : `${statisticName} (${optionText})`;

  const grouped = values.by !== undefined || positionals.length === 2;
  if (values.baseline !== undefined && !grouped) {
    throw new CliError('--baseline names a group: it goes with --by COLUMN or two files.');
  }
  if (grouped) {
    if (values.by !== undefined && positionals.length === 2) {
      throw new CliError('--by splits one file into groups; two files are two groups already: give one or the other.');
    }
    for (const flag of ['paired', 'x', 'y', 'emit-distribution', 'plot'] as const) {
      if (values[flag] !== undefined) {
        throw new CliError(
          `--${flag} goes with one sample (or one pair of columns); --by and two files compare groups: leave it out.`,
        );
      }
    }
    if (c.method === 'studentized') {
      throw new CliError(
        '--method studentized needs a standard error for each resample, which the difference of two groups has no formula for; use bca (the default), percentile, basic or normal with --by or two files.',
      );
    }
    if (
      positionals.length === 2 &&
      resolve(io.cwd, positionals[0] as string) === resolve(io.cwd, positionals[1] as string)
    ) {
      throw new CliError(
        `${positionals[0]} is named twice: comparing a file with itself says nothing; give two files.`,
      );
    }
  }
  let requests: ColumnRequest[];
  if (arity === 2) {
    if (grouped) {
      throw new CliError(
        `--statistic ${c.statistic} takes two columns of one file; with --by or two files, give a one-sample statistic (mean, median, p95…).`,
      );
    }
    if (values.x === undefined || values.y === undefined) {
      throw new CliError(`--statistic ${c.statistic} takes two columns: give --x NAME and --y NAME.`);
    }
    requests = [
      { spec: values.x, flag: '--x' },
      { spec: values.y, flag: '--y' },
    ];
  } else requests = [{ spec: values.column, flag: '--column' }];
  // Enough for the table itself; the resampling job is checked against memory once the size of the data is known.
  checkTypedArrayLength('--resamples', c.resamples);
  // Two independent samples (no --paired) drop their missing values each alone; pairs are dropped together.
  const independent = arity === 2 && values.paired !== true;
  const readOptions: ReadOptions = {
    nanPolicy: c.nanPolicy,
    omit: independent ? 'values' : 'rows',
    ...(c.inputFormat === undefined ? {} : { format: c.inputFormat }),
    ...(c.delimiter === undefined || c.delimiter === 'auto' ? {} : { delimiter: c.delimiter as ',' }),
    ...(c.decimal === undefined || c.decimal === 'auto' ? {} : { decimal: c.decimal }),
    ...(c.header === undefined ? {} : { header: c.header as 'auto' }),
  };
  const notes = (table: NumericTable) => {
    if (!quiet) for (const note of table.notes) printNote(io, note.message);
  };
  const engine = {
    method: c.method,
    statistic,
    options: {
      confidenceLevel: c.level,
      alternative: c.alternative,
      nResamples: c.resamples,
      seed,
      compat: c.compat,
      degenerate: c.degenerate,
      // Missing values were dropped (and counted) by the reader under --nan-policy omit: the data are finite.
      nanPolicy: 'raise' as const,
      paired: values.paired === true,
      ...(c.batch === undefined ? {} : { batch: c.batch }),
    },
    workers: c.workers,
    batch: c.batch,
    progress: progressAllowed(io, values),
  };

  if (grouped) {
    const tables: NumericTable[] = [];
    const groups =
      positionals.length === 2
        ? await Promise.all(
            positionals.map(async (file) => {
              const table = await readColumns(file, io, requests, readOptions);
              notes(table);
              tables.push(table);
              return { name: file, values: table.values[0] as Float64Array };
            }),
          )
        : await (async () => {
            const table = await readColumns(positionals[0], io, requests, readOptions, {
              spec: values.by,
              flag: '--by',
            });
            notes(table);
            tables.push(table);
            return splitGroups(table);
          })();
    // What --nan-policy omit dropped, over the file (or both files).
    const omitted = { rows: 0, values: 0, tokens: {} as Record<string, number> };
    for (const t of tables) {
      omitted.rows += t.omitted.rows;
      omitted.values += t.omitted.values;
      for (const [token, k] of Object.entries(t.omitted.tokens))
        omitted.tokens[token] = (omitted.tokens[token] ?? 0) + k;
    }
    const report = await ciGroups(groups, {
      ...engine,
      statisticName,
      statisticOptions,
      statisticLabel,
      ...(c.nanPolicy === 'omit' ? { omitted } : {}),
      by: values.by ?? null,
      baseline: values.baseline,
      registries,
      io,
    });
    await writeReport(io, render(report, c.format), values.out);
    return EXIT.ok;
  }

  const table = await readColumns(positionals[0], io, requests, readOptions);
  notes(table);
  const samples = [...table.values];
  const label = table.selected.map((k) => table.columns[k] as string).join(', ');
  const result = await runInterval(samples, { ...engine, registries, io });

  for (const w of result.warnings) printWarning(io, w.message);
  const distribution = result.distribution ?? new Float64Array();
  const others = { '--emit-distribution': values['emit-distribution'], '--plot': values.plot };
  if (values['emit-distribution'] !== undefined) {
    // Written in pieces: a distribution of 10^8 replicates is never one string.
    await writeFile(io, values['emit-distribution'], distributionLines(distribution), 24 * distribution.length);
  }
  if (values.plot !== undefined) {
    await writeFile(
      io,
      values.plot,
      histogramSvg({
        title: `${result.statistic} of ${label}: ${result.method} ${Math.round(result.confidenceLevel * 1000) / 10}% interval`,
        distribution,
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
  // Each row: the label people read (table, markdown), the CSV column (snake_case: docs/output.md), the text and
  // the exact value.
  type Row = [string, string, string, string | number | null];
  const row = (label: string, column: string, text: string, value: string | number | null): Row => [
    label,
    column,
    text,
    value,
  ];
  const rows: Row[] = [
    row(
      'statistic',
      'statistic',
      result.statistic === statisticName ? statisticLabel : result.statistic,
      result.statistic,
    ),
    row('column', 'columns', label, label),
    row('n', 'n', n, n),
    row('method', 'method', result.method, result.method),
    row('confidence level', 'confidence_level', String(result.confidenceLevel), result.confidenceLevel),
    row('alternative', 'alternative', result.alternative, result.alternative),
  ];
  if (result.nResamples !== undefined) {
    rows.push(row('resamples', 'n_resamples', String(result.nResamples), result.nResamples));
    rows.push(row('seed', 'seed', String(result.seed), result.seed ?? null));
  }
  if (c.nanPolicy === 'omit') {
    const k = independent ? table.omitted.values : table.omitted.rows;
    rows.push(row('omitted', 'omitted', `${k} ${independent ? 'value' : 'row'}${k === 1 ? '' : 's'}`, k));
  }
  rows.push(row('estimate', 'estimate', human(result.estimate), exact(result.estimate)));
  rows.push(row('ci low', 'ci_low', human(result.ci.low), exact(result.ci.low)));
  rows.push(row('ci high', 'ci_high', human(result.ci.high), exact(result.ci.high)));
  for (const [label, column, x] of [
    ['standard error', 'standard_error', result.standardError],
    ['bias', 'bias', result.bias],
    ['z0', 'z0', result.z0],
    ['acceleration', 'acceleration', result.acceleration],
  ] as const) {
    if (x !== undefined) rows.push(row(label, column, human(x), exact(x)));
  }
  // The distribution is not part of the report: it is dropped before the JSON form is built, not after.
  const { distribution: _omit, ...withoutDistribution } = result;
  const { schemaVersion: _version, ...json } = isBootstrapResult(result)
    ? bootstrapResultToJson(withoutDistribution as BootstrapResult)
    : {
        ...withoutDistribution,
        schemaVersion: 1,
        ci: { low: jsonNumber(result.ci.low), high: jsonNumber(result.ci.high) },
      };
  // With another output on standard output (-), the report goes to stderr, so stdout carries that output alone.
  await writeReport(
    io,
    render(
      c.format === 'csv'
        ? { columns: rows.map((r) => r[1]), rows: [{ human: rows.map((r) => r[2]), exact: rows.map((r) => r[3]) }] }
        : {
            columns: ['field', 'value'],
            rows: rows.map(([k, , h, e]) => ({ human: [k, h], exact: [k, e] })),
            json: {
              schemaVersion: CI_JSON_SCHEMA_VERSION,
              kind: 'ci',
              ...json,
              ...(optionText === '' ? {} : { statisticOptions }),
              columns: table.selected.map((k) => table.columns[k] as string),
              n: samples.map((s) => s.length),
              ...(c.nanPolicy === 'omit' ? { omitted: table.omitted } : {}),
            },
          },
      c.format,
    ),
    values.out,
    others,
  );
  return EXIT.ok;
}
