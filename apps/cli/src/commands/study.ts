import { availableParallelism, totalmem } from 'node:os';
import { resolve } from 'node:path';
import {
  defaultGeneratorSet,
  type ScenarioSummary,
  STUDY_MODES,
  StudyError,
  type StudyResult,
  type StudySpec,
  studyPlotSvg,
  studyToJson,
} from '@bootstat/study';
import { readStudySpec, runStudyAsync } from '@bootstat/study/node';
import * as z from 'zod';
import { COMMON_FLAGS, choiceFlag, type FlagSpec, parseFlags, parseOptions } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { integerFlag } from '../number-flag';
import { exact, human } from '../output/format-number';
import { printWarning } from '../output/messages';
import { progressAllowed, progressBar } from '../output/progress';
import { OUTPUT_FORMATS, type Report, render } from '../output/render';
import { checkOutputs, writeFile, writeReport } from '../output/write-file';
import type { LoadedRegistries, Registries } from '../registries';

export const STUDY_HELP = `Usage: bootstat study SPEC [options]

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
Output
  --format F             table (default), json, csv, markdown
  -o, --out FILE         write the report to FILE instead of standard output
  --plot FILE.svg        per scenario the mean interval against the target, and coverage against the level
  -q, --quiet            no progress bar and no warnings; --no-progress alone
  --debug                show stack traces

Before anything runs, the spec is checked (counts that do not sum to n, k > n, |rho| >= 1, unknown names, nReps
or nResamples of 0 or a fraction) and its memory estimated; a bad spec is one line and exit 2. Exit codes: 0
success, 2 usage, spec or output error.
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
  ...COMMON_FLAGS,
} as const satisfies FlagSpec;

const schema = z.object({
  mode: choiceFlag('mode', STUDY_MODES).default('batch'),
  workers: integerFlag('--workers', 1, 64).optional(),
  chunk: integerFlag('--chunk', 1, 1 << 20).optional(),
  reps: integerFlag('--reps', 1, 1e9).optional(),
  resamples: integerFlag('--resamples', 1, 1e9).optional(),
  format: choiceFlag('format', OUTPUT_FORMATS).default('table'),
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

function report(result: StudyResult, format: 'table' | 'markdown' | 'csv'): Report {
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

/** `bootstat study`: parse → zod → @bootstat/study (spec, runner, summaries, plot). No statistics here. */
export async function studyCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values, positionals } = parseFlags(argv, STUDY_FLAGS, 'study');
  if (values.help) {
    io.stdout(STUDY_HELP);
    return EXIT.ok;
  }
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
  });
  if (values.plot !== undefined && values.plot.trim() === '') {
    throw new CliError('--plot needs a file name, e.g. --plot study.svg.');
  }
  if (values.out !== undefined && values.out.trim() === '') {
    throw new CliError('--out needs a file name, e.g. --out study.json (or - for standard output).');
  }
  checkOutputs(io, { '--out': values.out, '--plot': values.plot }, [specPath]);
  const allowed = progressAllowed(io, values);
  let result: StudyResult;
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
    const workers =
      c.workers ??
      (!plugins && scenarios * spec.nReps * spec.nResamples > 1e7 ? Math.min(8, availableParallelism()) : 1);
    const calibrating = progressBar(io, 'study', allowed);
    const bar = progressBar(io, 'study', allowed);
    try {
      result = await runStudyAsync(spec, {
        mode: c.mode,
        workers,
        ...(plugins ? { generators: defaultGeneratorSet((registries as LoadedRegistries).generators) } : {}),
        memoryLimit: 0.8 * totalmem(),
        ...(c.chunk === undefined ? {} : { chunk: c.chunk }),
        // Calibrations first (one bar), then datasets (another): both on one line of stderr.
        onProgress: (p) =>
          p.datasetsDone === 0
            ? calibrating.update(p.calibrationsDone, p.calibrations, 'calibrations')
            : bar.update(p.datasetsDone, p.datasets, `datasets, ${p.scenariosDone}/${p.scenarios} scenarios`),
      });
    } finally {
      calibrating.done();
      bar.done();
    }
  } catch (e) {
    // A coded library error (the study's, or one a worker thread carried back) names the spec file first.
    const code = (e as { code?: unknown })?.code;
    if (e instanceof StudyError || (typeof code === 'string' && /^(STUDY|GENERATORS|STATS|REGISTRY|RNG)_/.test(code))) {
      // Messages name the file as given, not its absolute path; one that does not name it gets it in front.
      const absolute = resolve(io.cwd, specPath);
      const message = (e as Error).message.replaceAll(absolute, specPath);
      throw new CliError(message.startsWith(specPath) ? message : `${specPath}: ${message}`);
    }
    throw e;
  }
  if (values.quiet !== true) for (const w of result.warnings) printWarning(io, w.message);
  if (values.plot !== undefined) await writeFile(io, values.plot, studyPlotSvg(result));
  const text =
    c.format === 'json'
      ? render({ columns: [], rows: [], json: studyToJson(result) }, 'json')
      : render(report(result, c.format), c.format);
  await writeReport(io, text, values.out, { '--plot': values.plot });
  return EXIT.ok;
}
