import { availableParallelism, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { IoError } from '@bootstat/io';
import { displayPath, findFiles } from '@bootstat/io/node';
import {
  defaultGeneratorSet,
  formatStudyPart,
  mergeStudyParts,
  parseStudyShard,
  type ScenarioSummary,
  STUDY_MAX_SHARDS,
  STUDY_MODES,
  StudyError,
  type StudyPart,
  type StudyProgress,
  type StudyResult,
  type StudyShard,
  type StudySpec,
  shardFromEnvironment,
  studyPlotSvg,
  studyToJson,
} from '@bootstat/study';
import { readStudyPart, readStudySpec, runStudyAsync, runStudyShardAsync } from '@bootstat/study/node';
import * as z from 'zod';
import { COMMON_FLAGS, choiceFlag, type FlagSpec, parseFlags, parseOptions } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { integerFlag } from '../number-flag';
import { exact, human } from '../output/format-number';
import { printNote, printWarning } from '../output/messages';
import { progressAllowed, progressBar } from '../output/progress';
import { OUTPUT_FORMATS, type Report, render } from '../output/render';
import { checkOutputs, writeFile, writeReport } from '../output/write-file';
import type { LoadedRegistries, Registries } from '../registries';

export const STUDY_HELP = `Usage: bootstat study SPEC [options]
       bootstat study SPEC --shard INDEX/COUNT --out PART.json [options]
       bootstat study merge PART.json... [--format F] [--out FILE] [--plot FILE.svg]

Runs a Monte Carlo study of bootstrap intervals of Spearman's rho: for every scenario of the spec's grid (cases x
number of tied exposure levels k x count pattern, plus all-distinct), calibrates the outcome generator to the
case's target rho, draws nReps datasets, bootstraps each (nResamples resamples, each interval method) and reports
per scenario the mean lower and upper ends with their sd and Monte Carlo SE, the mean width, the coverage of the
target with its binomial SE, the mean rho-hat, the NaN replicates omitted, and the Fisher-z interval.

SPEC is a JSON or YAML file (docs/study.md; docs/examples/karwowski-study.yaml reproduces the 88-scenario grid of
Karwowski et al. 2018). Dataset r of a scenario draws from its own stream, so the report is the same, bit for bit,
for every --mode, --workers and --chunk.

Run
  --mode M               batch (default: a chunk of datasets as one matrix) or per-dataset (one at a time)
  --workers W            worker threads, 1 to 64 (default: every core when the study draws over 10^7
                         resamples, else 1)
  --chunk N              datasets generated and bootstrapped together (default: as many as fit in 16 MB)
  --reps N               datasets per scenario instead of the spec's nReps
  -n, --resamples B      bootstrap resamples instead of the spec's nResamples
  --plugin FILE          a module of extra strategies: marginals and outcome generators for the spec to name
                         (docs/plugins.md); repeatable. Plugin generators run on one thread (--workers 1)
Shards (docs/scaling.md)
  --shard I/N            compute shard I of N (0-based, 0 <= I < N) and write it as a part to --out; the merged
                         parts give the unsharded report byte for byte. Shards split the datasets by work (n)
  --shard auto           the shard of the array job this runs in: Kubernetes Indexed Job (JOB_COMPLETION_INDEX),
                         Slurm array (SLURM_ARRAY_TASK_ID, _MIN, _COUNT, _STEP), AWS Batch
                         (AWS_BATCH_JOB_ARRAY_INDEX); says which it found. A GitHub Actions matrix passes
                         --shard \${{ strategy.job-index }}/\${{ strategy.job-total }}
  --shard-count N        the count for --shard auto on Kubernetes and AWS Batch (completions, array size)
  merge PART...          merge the parts of every shard (any order; files, directories or quoted globs such as
                         'parts/*.json') into the report; refuses, exit 2 naming the file, a missing or duplicate shard, another spec, version or count, overlapping
                         datasets, and a part that is truncated or was edited (each part carries a checksum)
Output
  --format F             table (default), json, csv, markdown
  -o, --out FILE         write the report to FILE instead of standard output
  --plot FILE.svg        per scenario the mean interval against the target, and coverage against the level
  -q, --quiet            no progress bar and no warnings; --no-progress alone
  --debug                show stack traces

A part is written atomically (to a temporary file, then renamed), so a shard killed while writing leaves none.
Before anything runs, the spec is checked (counts that do not sum to n, k > n, |rho| >= 1, unknown names, nReps
or nResamples of 0 or a fraction) and its memory estimated; a bad spec is one line and exit 2. Exit codes: 0
success, 2 usage, spec, part or output error, 70 an internal error (a bug: please report it).
`;

export const STUDY_FLAGS = {
  plugin: { type: 'string', multiple: true },
  mode: { type: 'string' },
  workers: { type: 'string' },
  chunk: { type: 'string' },
  reps: { type: 'string' },
  resamples: { type: 'string', short: 'n' },
  format: { type: 'string' },
  plot: { type: 'string' },
  shard: { type: 'string' },
  'shard-count': { type: 'string' },
  ...COMMON_FLAGS,
} as const satisfies FlagSpec;

/** The flags that run a study, which `study merge` (which only reads parts) does not take. */
const RUN_FLAGS = ['plugin', 'mode', 'workers', 'chunk', 'reps', 'resamples', 'shard', 'shard-count'] as const;

const schema = z.object({
  mode: choiceFlag('mode', STUDY_MODES).default('batch'),
  workers: integerFlag('--workers', 1, 64).optional(),
  chunk: integerFlag('--chunk', 1, 1 << 20).optional(),
  reps: integerFlag('--reps', 1, 1e9).optional(),
  resamples: integerFlag('--resamples', 1, 1e9).optional(),
  format: choiceFlag('format', OUTPUT_FORMATS).default('table'),
  shardCount: integerFlag('--shard-count', 1, STUDY_MAX_SHARDS).optional(),
});

const COLUMNS = [
  'scenario',
  'n',
  'k',
  'pattern',
  'rho',
  'input_rho',
  'mean_rho_hat',
  'method',
  'mean_ci_low',
  'mean_ci_high',
  'sd_ci_low',
  'sd_ci_high',
  'mean_width',
  'coverage',
  'coverage_se',
  'nan_replicates',
  'fisher_z_ci_low',
  'fisher_z_ci_high',
];

function rows(result: StudyResult, style: 'human' | 'exact') {
  const num = style === 'human' ? (x: number) => (Number.isNaN(x) ? '' : human(x)) : (x: number) => exact(x);
  return result.scenarios.flatMap((s: ScenarioSummary) =>
    s.intervals.map((m) => [
      s.id,
      s.n,
      s.k,
      s.pattern,
      s.rho,
      num(s.calibration.inputRho),
      num(s.rhoHat.mean),
      m.method,
      num(m.low.mean),
      num(m.high.mean),
      num(m.low.sd),
      num(m.high.sd),
      num(m.width.mean),
      num(m.coverage.rate),
      num(m.coverage.standardError),
      s.nanReplicates.total,
      s.fisherZ === null ? null : num(s.fisherZ.ci.low),
      s.fisherZ === null ? null : num(s.fisherZ.ci.high),
    ]),
  );
}

/** The table's and Markdown's columns: the CSV's minus what a person reads elsewhere (n, k, pattern in the id). */
const TABLE_COLUMNS = [
  'scenario',
  'rho',
  'input_rho',
  'mean_rho_hat',
  'method',
  'mean_ci_low',
  'mean_ci_high',
  'mean_width',
  'coverage',
  'coverage_se',
  'nan_replicates',
  'fisher_z_ci_low',
  'fisher_z_ci_high',
];

function reportTable(result: StudyResult, format: 'table' | 'markdown' | 'csv'): Report {
  const keep = format === 'csv' ? COLUMNS.map((_, i) => i) : TABLE_COLUMNS.map((c) => COLUMNS.indexOf(c));
  const human = rows(result, 'human');
  const exactRows = rows(result, 'exact');
  return {
    columns: keep.map((i) => COLUMNS[i] as string),
    rows: human.map((h, r) => ({
      human: keep.map((i) => {
        const v = h[i];
        return v === null || v === undefined ? '' : String(v);
      }),
      exact: keep.map((i) => (exactRows[r]?.[i] ?? null) as string | number | null),
    })),
    caption: `${result.nReps} datasets per scenario, ${result.nResamples} resamples, ${Math.round(result.confidenceLevel * 1000) / 10}% intervals; means over datasets (sd and standard errors in --format csv or json)`,
  };
}

/** `bootstat study`: parse → zod → @bootstat/study (spec, runner, shards, summaries, plot). No statistics here. */
export async function studyCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values, positionals } = parseFlags(argv, STUDY_FLAGS, 'study');
  if (values.help) {
    io.stdout(STUDY_HELP);
    return EXIT.ok;
  }
  if (positionals[0] === 'merge') return mergeCommand(positionals.slice(1), values, io);
  if (positionals.length !== 1) {
    throw new CliError(
      `study takes one SPEC file (JSON or YAML), got ${positionals.length}. See 'bootstat study --help' and docs/examples/karwowski-study.yaml.`,
    );
  }
  const specPath = positionals[0] as string;
  const c = parseOptions(schema, {
    mode: values.mode,
    workers: values.workers,
    chunk: values.chunk,
    reps: values.reps,
    resamples: values.resamples,
    format: values.format,
    shardCount: values['shard-count'],
  });
  if (values.plot !== undefined && values.plot.trim() === '') {
    throw new CliError('--plot needs a file name, e.g. --plot study.svg.');
  }
  if (values.out !== undefined && values.out.trim() === '') {
    throw new CliError('--out needs a file name, e.g. --out study.json (or - for standard output).');
  }
  const shard = shardOf(values.shard, c.shardCount, io, values.quiet === true);
  if (shard !== undefined) {
    if (values.out === undefined) {
      throw new CliError(
        `--shard writes a part: name it with --out, e.g. --out part-${shard.index}.json (or - for standard output).`,
      );
    }
    for (const flag of ['format', 'plot'] as const) {
      if (values[flag] !== undefined) {
        throw new CliError(
          `--${flag} is for the report, which a shard does not make: give it to 'bootstat study merge'.`,
        );
      }
    }
  }
  checkOutputs(io, { '--out': values.out, '--plot': values.plot }, [specPath, ...(values.plugin ?? [])]);
  const allowed = progressAllowed(io, values);
  let outcome: StudyResult | StudyPart;
  try {
    const read = readStudySpec(resolve(io.cwd, specPath));
    const spec: StudySpec = {
      ...read,
      ...(c.reps === undefined ? {} : { nReps: c.reps }),
      ...(c.resamples === undefined ? {} : { nResamples: c.resamples }),
    };
    const scenarios =
      spec.cases.length * (spec.grid.k.length * spec.grid.patterns.length + (spec.grid.allDistinct ? 1 : 0));
    // A plugin's strategies are functions, which cannot be sent to worker threads: one thread unless told otherwise
    // (and then the library says why not).
    const plugins = (registries as Partial<LoadedRegistries>).generatorPlugins === true;
    const draws = (scenarios * spec.nReps * spec.nResamples) / (shard?.count ?? 1);
    const workers = c.workers ?? (!plugins && draws > 1e7 ? Math.min(8, availableParallelism()) : 1);
    const calibrating = progressBar(io, 'study', allowed);
    const bar = progressBar(io, 'study', allowed);
    const options = {
      mode: c.mode,
      workers,
      ...(plugins ? { generators: defaultGeneratorSet((registries as LoadedRegistries).generators) } : {}),
      memoryLimit: 0.8 * totalmem(),
      ...(c.chunk === undefined ? {} : { chunk: c.chunk }),
      // Calibrations first (one bar), then datasets (another): both on one line of stderr.
      onProgress: (p: StudyProgress) =>
        p.datasetsDone === 0
          ? calibrating.update(p.calibrationsDone, p.calibrations, 'calibrations')
          : bar.update(
              p.datasetsDone,
              p.datasets,
              shard === undefined
                ? `datasets, ${p.scenariosDone}/${p.scenarios} scenarios`
                : `datasets of shard ${shard.index}/${shard.count}`,
            ),
    };
    try {
      outcome =
        shard === undefined ? await runStudyAsync(spec, options) : await runStudyShardAsync(spec, shard, options);
    } finally {
      calibrating.done();
      bar.done();
    }
  } catch (e) {
    throw asCliError(e, specPath, resolve(io.cwd, specPath));
  }
  if (outcome.kind === 'study-part') {
    await writeFile(io, values.out as string, formatStudyPart(outcome));
    return EXIT.ok;
  }
  await report(io, outcome, values, c.format);
  return EXIT.ok;
}

/** `--shard I/N` or `--shard auto` (said on stderr: which engine, which variables), or undefined without --shard. */
function shardOf(
  text: string | undefined,
  count: number | undefined,
  io: CliIo,
  quiet: boolean,
): StudyShard | undefined {
  if (text === undefined) {
    if (count !== undefined) throw new CliError('--shard-count goes with --shard auto (Kubernetes, AWS Batch).');
    return undefined;
  }
  try {
    if (text.trim() !== 'auto') {
      if (count !== undefined) throw new CliError('--shard-count goes with --shard auto; --shard I/N gives the count.');
      return parseStudyShard(text);
    }
    const found = shardFromEnvironment(io.env, count === undefined ? {} : { count });
    if (!quiet) printNote(io, `--shard auto: ${found.description}.`);
    return found.shard;
  } catch (e) {
    if (e instanceof StudyError)
      throw new CliError(e.message.startsWith('--shard') ? e.message : `--shard ${text}: ${e.message}`);
    throw e;
  }
}

/** `bootstat study merge PART...`: the parts read and checked, merged, reported as `bootstat study` reports. */
async function mergeCommand(
  paths: readonly string[],
  values: ReturnType<typeof parseFlags<typeof STUDY_FLAGS>>['values'],
  io: CliIo,
): Promise<number> {
  const run = RUN_FLAGS.filter((f) => values[f] !== undefined);
  if (run.length > 0) {
    throw new CliError(
      `--${run[0]} runs a study; 'bootstat study merge' only reads parts (options: --format, --out, --plot).`,
    );
  }
  if (paths.length === 0) {
    throw new CliError(
      "study merge takes the part files of every shard, e.g. 'bootstat study merge part-*.json --out study.json'.",
    );
  }
  const format = parseOptions(schema, { format: values.format }).format;
  if (values.plot !== undefined && values.plot.trim() === '')
    throw new CliError('--plot needs a file name, e.g. --plot study.svg.');
  if (values.out !== undefined && values.out.trim() === '') {
    throw new CliError('--out needs a file name, e.g. --out study.json (or - for standard output).');
  }
  if (paths.includes('-')) {
    throw new CliError(
      "study merge reads part files, not standard input: name them (a quoted glob such as 'parts/*.json' or a directory does for many).",
    );
  }
  // Paths, directories and globs (quoted, so that a million parts do not meet the shell's argument limit), by the
  // one glob semantics of @bootstat/io.
  let files: string[];
  try {
    files = findFiles(paths, { cwd: io.cwd, accept: (f) => f.endsWith('.json'), what: 'part file (.json)' }).map((f) =>
      displayPath(io.cwd, f),
    );
  } catch (e) {
    if (e instanceof IoError) {
      throw new CliError(e.message, e.location.source === undefined ? {} : { location: e.location.source });
    }
    throw e;
  }
  checkOutputs(io, { '--out': values.out, '--plot': values.plot }, files);
  let result: StudyResult;
  try {
    result = mergeStudyParts(files.map((path) => readStudyPart(path, { cwd: io.cwd })));
  } catch (e) {
    if (e instanceof StudyError) throw new CliError(e.message);
    throw e;
  }
  await report(io, result, values, format);
  return EXIT.ok;
}

/** A coded library error (the study's, or one a worker thread carried back) as one line naming the spec file. */
function asCliError(e: unknown, specPath: string, absolute: string): unknown {
  const code = (e as { code?: unknown })?.code;
  if (e instanceof StudyError || (typeof code === 'string' && /^(STUDY|GENERATORS|STATS|REGISTRY|RNG)_/.test(code))) {
    // Messages name the file as given, not its absolute path; one that does not name it gets it in front.
    const message = (e as Error).message.replaceAll(absolute, specPath);
    return new CliError(message.startsWith(specPath) ? message : `${specPath}: ${message}`);
  }
  return e;
}

/** The warnings, the plot and the report in the format asked for: the same bytes from a run and from a merge. */
async function report(
  io: CliIo,
  result: StudyResult,
  values: { readonly quiet?: boolean; readonly plot?: string; readonly out?: string },
  format: (typeof OUTPUT_FORMATS)[number],
): Promise<void> {
  if (values.quiet !== true) for (const w of result.warnings) printWarning(io, w.message);
  if (values.plot !== undefined) await writeFile(io, values.plot, studyPlotSvg(result));
  const text =
    format === 'json'
      ? render({ columns: [], rows: [], json: studyToJson(result) }, 'json')
      : render(reportTable(result, format), format);
  await writeReport(io, text, values.out, { '--plot': values.plot });
}
