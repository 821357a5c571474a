import {
  aggregateCampaign,
  type CampaignComparison,
  CampaignError,
  type CampaignSummary,
  campaignToJson,
  compareConfigurations,
  DIRECTIONS,
  type Direction,
  forestPlotSvg,
  type MetricSummary,
} from '@bootstat/campaign';
import { readCampaign } from '@bootstat/campaign/node';
import { escapeText } from '@bootstat/io';
import * as z from 'zod';
import { aliased, COMMON_FLAGS, choiceFlag, type FlagSpec, parseFlags, parseOptions } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { integerFlag, levelFlag, numberFlag } from '../number-flag';
import { exact, human } from '../output/format-number';
import { printError, printWarning } from '../output/messages';
import { progressAllowed, progressBar } from '../output/progress';
import { OUTPUT_FORMATS, type Report, render } from '../output/render';
import { checkOutputs, writeFile, writeReport } from '../output/write-file';
import type { Registries } from '../registries';
import { resolveSeed, seedFlag } from '../seed';

export const CAMPAIGN_HELP = `Usage: bootstat campaign PATH... [options]

Summarises a benchmark campaign: for every configuration and metric, the mean of its measurement cycles, the
standard deviation and a 95% percentile-bootstrap interval of the mean (1 cycle: the mean alone; 2 cycles: an
interval and a warning that it is unreliable; 3 or more: an interval). With --baseline, compares every other
configuration with it: the ratio and the difference of the means, each with a bootstrap interval, and a verdict
(improved, regressed, no-change, insufficient-data, not-comparable) that counts a change only when the whole
interval of the ratio lies beyond 1 ± the noise threshold.

PATH is a result file (JSON: one record or an array of them; JSONL; CSV with a header), a directory (searched
recursively, links followed but never into a loop) or a quoted glob ('runs/**/cycle-*.json', 'runs/{a,b}/*.json',
'runs/cycle-[1-3].json'); a PATH '!GLOB' leaves out what it matches. A file named
twice is read once; files are read in natural order of their absolute paths, so the numbers do not depend on the
working directory. A record's configuration is its --config-key field (in CSV, the cell's text as written), or
else the name of its file's directory. Details: docs/campaign.md.

Input
  --config-key FIELD     the record field naming the configuration (a dot path); default: the directory name
  --metrics A,B.C        metrics as dot paths; default: those of total_energy_j, avg_tokens_per_second,
                         total_tokens, latency_stats.ttft_mean_ms, latency_stats.itl_mean_ms that are present
  --strict               a missing or non-finite metric, or a result file without records, is an error
                         (default: the record is skipped for that metric, the file ignored, with a warning)
Comparison
  --baseline CONFIG      compare every other configuration with CONFIG
  --noise T              noise threshold in [0, 1): a change counts only beyond 1 ± T (default 0.01)
  --direction M=lower|higher  which way metric M improves (repeatable; M may end in .* for a prefix); default
                         lower for total_energy_j and latency_stats.*, higher for avg_tokens_per_second and
                         total_tokens
  --fail-on regression   exit 1 when a comparison regressed, or could not be judged (too few cycles, a
                         metric missing): a CI gate that fails closed; default never
Method
  -n, --resamples B      resamples per interval, default 1000 (--n-resamples too)
  -s, --seed S           campaign seed in [0, 4294967295], default 42 (each cell has its own child stream);
                         random draws one and prints it
  --level L              confidence level in (0, 1), default 0.95 (--confidence-level too)
Output
  --format F             table (default), json, csv, markdown
  -o, --out FILE         write the report to FILE instead of standard output
  --plot FILE.svg        a forest plot: a panel per metric, a row per configuration, the baseline marked
  -q, --quiet            no progress bar and no notes (a random seed still shows); --no-progress alone
  --debug                show stack traces

Every configuration and metric gets a row; its n_skipped column counts the records left out of it (each also named
in a warning). Warnings (few cycles, skipped records, result files without records, fewer than 100 resamples) go
to stderr. Exit codes: 0 success, 1 a comparison regressed or could not be judged under --fail-on regression, 2 usage or
input error.
`;

export const CAMPAIGN_FLAGS = {
  'config-key': { type: 'string' },
  metrics: { type: 'string' },
  strict: { type: 'boolean' },
  baseline: { type: 'string' },
  noise: { type: 'string' },
  direction: { type: 'string', multiple: true },
  resamples: { type: 'string', short: 'n' },
  'n-resamples': { type: 'string' },
  seed: { type: 'string', short: 's' },
  level: { type: 'string' },
  'confidence-level': { type: 'string' },
  format: { type: 'string' },
  plot: { type: 'string' },
  'fail-on': { type: 'string' },
  ...COMMON_FLAGS,
} as const satisfies FlagSpec;

const schema = z.object({
  metrics: z
    .string()
    .transform((s) => s.split(',').map((m) => m.trim()))
    .refine(
      (ms) => ms.every((m) => m !== ''),
      '--metrics takes names separated by commas, e.g. total_energy_j,latency_stats.ttft_mean_ms',
    )
    .optional(),
  noise: numberFlag('--noise')
    .refine((v) => v >= 0 && v < 1, '--noise must be in [0, 1), e.g. 0.01')
    .default(0.01),
  direction: z
    .array(
      z
        .string()
        .regex(
          new RegExp(`^[^=]+=(${DIRECTIONS.join('|')})$`),
          '--direction takes METRIC=lower or METRIC=higher, e.g. --direction duration_s=lower',
        ),
    )
    .default([]),
  resamples: integerFlag('--resamples', 1, 1e7).default(1000),
  seed: seedFlag().default(42),
  level: levelFlag(),
  format: choiceFlag('format', OUTPUT_FORMATS).default('table'),
  failOn: choiceFlag('rule', ['never', 'regression']).default('never'),
});

/** A CampaignError as the one-line CLI error: the file (and line) first, then what was wrong. */
function cliError(e: unknown): unknown {
  if (!(e instanceof CampaignError)) return e;
  const { file, line } = e.location;
  if (file === undefined) return new CliError(e.message);
  return new CliError(e.message, { location: `${file}${line === undefined ? '' : `:${line}`}` });
}

const orBlank = (x: number | null) => (x === null ? '' : human(x));
const orNull = (x: number | null) => (x === null ? null : exact(x));

/** A result file without records adds nothing: said at once, before any error of the campaign it leaves. */
function warnEmptyFiles(io: CliIo, emptyFiles: readonly string[]): void {
  for (const file of emptyFiles) {
    printWarning(
      io,
      `${file}: the file holds no records; it adds nothing to the campaign (with --strict it is an error).`,
    );
  }
}

function warn(io: CliIo, summary: CampaignSummary, comparison: CampaignComparison | undefined): void {
  // Campaign-wide warnings (FEW_RESAMPLES) once each, the comparison's wording when there is one.
  const general = new Map(summary.warnings.map((w) => [w.code, w.message]));
  for (const w of comparison?.warnings ?? []) general.set(w.code, w.message);
  for (const message of general.values()) printWarning(io, message);
  for (const s of summary.skipped) {
    const where = s.file === undefined ? '' : `${s.file}${s.line === undefined ? '' : `:${s.line}`}: `;
    printWarning(
      io,
      `${where}configuration ${JSON.stringify(s.configuration)}, record ${s.record}: ${s.field} is ${s.reason}; skipped for that metric.`,
    );
  }
  if (summary.skipped.length > 0) {
    const values = summary.skipped.length;
    const records = new Set(summary.skipped.map((s) => `${s.configuration}\u0000${s.record}`)).size;
    printWarning(
      io,
      `${values} value${values === 1 ? '' : 's'} skipped in ${records} record${records === 1 ? '' : 's'} (the n_skipped column counts them per configuration and metric); with --strict a skipped value is an error.`,
    );
  }
  for (const e of summary.empty) {
    printWarning(
      io,
      `configuration ${JSON.stringify(e.configuration)} has no value of ${e.metric}; it is left out of that metric.`,
    );
  }
  // One line per configuration and message: every metric of a 2-cycle configuration says the same thing.
  const grouped = new Map<string, { configuration: string; message: string; metrics: string[]; of: number }>();
  for (const s of summary.summaries) {
    if (s.warning === null) continue;
    const key = `${s.configuration}\u0000${s.warning.message}`;
    const entry = grouped.get(key) ?? {
      configuration: s.configuration,
      message: s.warning.message,
      metrics: [],
      of: 0,
    };
    entry.metrics.push(s.metric);
    grouped.set(key, entry);
  }
  for (const g of grouped.values()) {
    const of = summary.summaries.filter((s) => s.configuration === g.configuration).length;
    const which = g.metrics.length === of ? '' : ` (${g.metrics.join(', ')})`;
    printWarning(io, `${g.configuration}: ${g.message}${which}`);
  }
  for (const c of comparison?.comparisons ?? []) {
    // Small-sample warnings were given above for the configuration itself.
    for (const w of c.warnings) {
      if (w.code !== 'SMALL_SAMPLE') printWarning(io, `${c.configuration} vs ${c.baseline}: ${c.metric}: ${w.message}`);
    }
  }
}

interface Cell {
  readonly configuration: string;
  readonly metric: string;
  readonly nSkipped: number;
  /** Absent when every record was skipped for the metric (or the configuration has none). */
  readonly summary?: MetricSummary;
}

/** Every configuration × metric in order, the empty cells included: nothing leaves the report silently. */
function cells(summary: CampaignSummary): Cell[] {
  const key = (c: string, m: string) => `${c}\u0000${m}`;
  const full = new Map(summary.summaries.map((s) => [key(s.configuration, s.metric), s]));
  const empty = new Map(summary.empty.map((e) => [key(e.configuration, e.metric), e]));
  return summary.configurations.flatMap((configuration) =>
    summary.metrics.map((metric) => {
      const s = full.get(key(configuration, metric));
      if (s !== undefined) return { configuration, metric, nSkipped: s.nSkipped, summary: s };
      return { configuration, metric, nSkipped: empty.get(key(configuration, metric))?.nSkipped ?? 0 };
    }),
  );
}

const SUMMARY_COLUMNS = ['configuration', 'metric', 'n', 'n_skipped', 'mean', 'std', 'ci_low', 'ci_high', 'note'];

function summaryRow({ configuration, metric, nSkipped, summary: s }: Cell): Report['rows'][number] {
  if (s === undefined) {
    const note = 'no value';
    return {
      human: [configuration, metric, '0', String(nSkipped), '', '', '', '', note],
      exact: [configuration, metric, 0, nSkipped, null, null, null, null, note],
    };
  }
  const note = s.nSamples === 1 ? 'no interval (1 cycle)' : s.nSamples === 2 ? 'unreliable (2 cycles)' : '';
  return {
    human: [
      configuration,
      metric,
      String(s.nSamples),
      String(nSkipped),
      human(s.mean),
      orBlank(s.std),
      orBlank(s.ciLower),
      orBlank(s.ciUpper),
      note,
    ],
    exact: [
      configuration,
      metric,
      s.nSamples,
      nSkipped,
      exact(s.mean),
      orNull(s.std),
      orNull(s.ciLower),
      orNull(s.ciUpper),
      note,
    ],
  };
}

function summaryReport(summary: CampaignSummary): Report {
  return { columns: SUMMARY_COLUMNS, rows: cells(summary).map(summaryRow) };
}

/** The comparison's columns after configuration and metric, and their values in one number style. */
const COMPARISON_COLUMNS = [
  'direction',
  'ratio',
  'ratio_ci_low',
  'ratio_ci_high',
  'difference',
  'difference_ci_low',
  'difference_ci_high',
  'verdict',
];
const comparisonValues = <T>(c: CampaignComparison['comparisons'][number], num: (x: number | null) => T) => [
  c.direction,
  num(c.ratio?.estimate ?? null),
  num(c.ratio?.ciLower ?? null),
  num(c.ratio?.ciUpper ?? null),
  num(c.difference?.estimate ?? null),
  num(c.difference?.ciLower ?? null),
  num(c.difference?.ciUpper ?? null),
  c.verdict,
];

function comparisonReport(comparison: CampaignComparison): Report {
  return {
    columns: ['configuration', 'metric', ...COMPARISON_COLUMNS],
    rows: comparison.comparisons.map((c) => ({
      human: [c.configuration, c.metric, ...comparisonValues(c, orBlank)],
      exact: [],
    })),
  };
}

/** CSV: one row per configuration and metric, the comparison's columns empty for the baseline or without one. */
function csvReport(summary: CampaignSummary, comparison: CampaignComparison | undefined): Report {
  if (comparison === undefined) return summaryReport(summary);
  const byCell = new Map(comparison.comparisons.map((c) => [`${c.configuration}\u0000${c.metric}`, c]));
  return {
    columns: [...SUMMARY_COLUMNS, 'baseline', ...COMPARISON_COLUMNS],
    rows: cells(summary).map((cell) => {
      const c = byCell.get(`${cell.configuration}\u0000${cell.metric}`);
      const extra =
        c === undefined
          ? [comparison.baseline, null, null, null, null, null, null, null, null]
          : [c.baseline, ...comparisonValues(c, orNull)];
      return { human: [], exact: [...summaryRow(cell).exact, ...extra] };
    }),
  };
}

/** `bootstat campaign`: parse → zod → @bootstat/campaign (reading, aggregation, comparison, plot). No statistics here. */
export async function campaignCommand(argv: readonly string[], io: CliIo, _registries: Registries): Promise<number> {
  const { values, positionals } = parseFlags(argv, CAMPAIGN_FLAGS, 'campaign');
  if (values.help) {
    io.stdout(CAMPAIGN_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    throw new CliError(
      "campaign needs at least one PATH (result files, a directory or a glob). See 'bootstat campaign --help'.",
    );
  }
  const c = parseOptions(schema, {
    metrics: values.metrics,
    noise: values.noise,
    direction: values.direction,
    resamples: aliased(values, 'resamples', 'n-resamples'),
    seed: values.seed,
    level: aliased(values, 'level', 'confidence-level'),
    format: values.format,
    failOn: values['fail-on'],
  });
  checkOutputs(io, { '--out': values.out, '--plot': values.plot }, positionals);
  if (c.failOn === 'regression' && values.baseline === undefined) {
    throw new CliError('--fail-on regression judges comparisons: give --baseline CONFIG too.');
  }
  const seed = resolveSeed(c.seed, io);
  const allowed = progressAllowed(io, values);
  const directions: Record<string, Direction> = {};
  for (const d of c.direction) {
    const at = d.lastIndexOf('=');
    directions[d.slice(0, at)] = d.slice(at + 1) as Direction;
  }
  if (values.baseline === undefined && (values.noise !== undefined || c.direction.length > 0)) {
    throw new CliError('--noise and --direction apply to a comparison: give --baseline CONFIG too.');
  }
  if (values.plot !== undefined && values.plot.trim() === '') {
    throw new CliError('--plot needs a file name, e.g. --plot campaign.svg.');
  }

  let summary: CampaignSummary;
  let comparison: CampaignComparison | undefined;
  try {
    const { results, sources, emptyFiles } = readCampaign(positionals, {
      cwd: io.cwd,
      strict: values.strict === true,
      ...(values['config-key'] === undefined ? {} : { configKey: values['config-key'] }),
    });
    warnEmptyFiles(io, emptyFiles);
    const common = {
      nResamples: c.resamples,
      seed,
      confidenceLevel: c.level,
      strict: values.strict === true,
      sources,
      ...(c.metrics === undefined ? {} : { metrics: c.metrics }),
    };
    const cells = progressBar(io, 'campaign cells', allowed);
    try {
      summary = aggregateCampaign(results, { ...common, onProgress: cells.update });
    } finally {
      cells.done();
    }
    if (values.baseline !== undefined) {
      const compared = progressBar(io, 'comparisons', allowed);
      try {
        comparison = compareConfigurations(results, {
          onProgress: compared.update,
          ...common,
          baseline: values.baseline,
          noiseThreshold: c.noise,
          directions,
        });
      } finally {
        compared.done();
      }
    }
  } catch (e) {
    if (e instanceof CampaignError && e.code === 'CAMPAIGN_UNKNOWN_BASELINE')
      throw new CliError(`--baseline: ${e.message}`);
    if (e instanceof CampaignError && e.code === 'CAMPAIGN_NO_DIRECTION') {
      const metric = e.location.field ?? 'METRIC';
      throw new CliError(
        `metric ${JSON.stringify(metric)} has no direction: say which way it improves with --direction ${metric}=lower (or =higher).`,
      );
    }
    throw cliError(e);
  }

  warn(io, summary, comparison);
  if (values.plot !== undefined) {
    await writeFile(
      io,
      values.plot,
      forestPlotSvg(summary, {
        ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
        ...(comparison === undefined ? {} : { comparison }),
      }),
    );
  }

  let text: string;
  switch (c.format) {
    case 'json':
      text = render({ columns: [], rows: [], json: campaignToJson(summary, comparison) }, 'json');
      break;
    case 'csv':
      text = render(csvReport(summary, comparison), 'csv');
      break;
    default: {
      text = render(summaryReport(summary), c.format);
      if (comparison !== undefined) {
        const level = Math.round(comparison.confidenceLevel * 1000) / 10;
        text += `\ncompared with ${escapeText(comparison.baseline)} (${level}% intervals; a change counts when the ratio interval lies beyond 1 ± ${comparison.noiseThreshold})\n\n`;
        text += render(comparisonReport(comparison), c.format);
      }
    }
  }
  // With --plot -, the SVG is standard output's alone and the report goes to stderr (or to --out).
  await writeReport(io, text, values.out, { '--plot': values.plot });
  // --fail-on regression: a comparison that got worse fails the run (exit 1), so the campaign can gate CI. As a gate
  // it fails closed: a comparison that cannot be judged (too few cycles, a metric missing) fails it too.
  if (c.failOn === 'regression') {
    const all = comparison?.comparisons ?? [];
    const list = (xs: typeof all) =>
      `${xs
        .slice(0, 5)
        .map((x) => `${x.configuration} ${x.metric}`)
        .join(', ')}${xs.length > 5 ? ', …' : ''}`;
    const regressed = all.filter((x) => x.verdict === 'regressed');
    const undecided = all.filter((x) => x.verdict === 'insufficient-data' || x.verdict === 'not-comparable');
    const reasons: string[] = [];
    if (regressed.length > 0) {
      reasons.push(`${regressed.length} comparison${regressed.length === 1 ? '' : 's'} regressed (${list(regressed)})`);
    }
    if (undecided.length > 0) {
      reasons.push(
        `${undecided.length} comparison${undecided.length === 1 ? '' : 's'} could not be judged (${list(undecided)}: ${undecided[0]?.verdict})`,
      );
    }
    if (all.length === 0) reasons.push(`nothing was compared with ${values.baseline}`);
    if (reasons.length > 0) {
      printError(io, `${reasons.join('; ')}: --fail-on regression.`);
      return EXIT.checkFailed;
    }
  }
  return EXIT.ok;
}
