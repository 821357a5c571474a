import { readTextFile } from '@bootstat/io/node';
import {
  type BenchReport,
  lowerBoundLabel,
  PROMOTION_GATE_MIN_ALPHA,
  PROMOTION_GATE_MIN_RESAMPLES,
  type PromotionGateResult,
  parseBenchReport,
  promotionGate,
  promotionGateToJson,
} from '@bootstat/stats';
import * as z from 'zod';
import { aliased, COMMON_FLAGS, choiceFlag, type FlagSpec, parseFlags, parseOptions } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { exact, human } from '../output/format-number';
import { printWarning } from '../output/messages';
import { progressAllowed, progressBar } from '../output/progress';
import { render } from '../output/render';
import { checkOutputs, writeReport } from '../output/write-file';
import type { Registries } from '../registries';

export const GATE_HELP = `Usage: bootstat gate REPORT... --threshold T [options]

Promotion gate: passes a bench run only when the BCa lower bound of its mean score is above the threshold.
The bound is lowerBound95: the lower end of the two-sided 100(1 - 2 alpha)% BCa interval, a one-sided
100(1 - alpha)% bound (95% and 97.5% at the default alpha 0.025; its column is named after alpha), seeded
with int(run_id[:8], 16), so anyone can recompute the verdict. Fails closed: an unreadable or invalid report,
fewer cases than --min-cases, or a NaN never passes. Cases are sorted by caseId first; a repeated caseId is an error.

REPORT is a JSON file {"runId": "…", "benchmark": "…", "cases": [{"caseId": "…", "score": 0.9}, …]} with scores in
[0, 1], or a JSONL file of cases (one {"caseId", "score"} per line) with --run-id.

Options
  -t, --threshold T  the bound must exceed T (required)
  --min-cases N      fewer cases fail the report (default 10)
  --alpha A          lower-tail probability of the bound (default 0.025)
  -n, --resamples B  default 1000 (at least 100); --n-resamples too
  --holm             Holm's step-down correction of alpha across several reports
  --run-id ID        the run id of JSONL reports
  --format F         table (default), json, markdown
  -o, --out FILE     write the report to FILE instead of standard output
  -q, --quiet        no progress bar; --no-progress alone

Exit codes: 0 every report passes, 1 a report fails, 2 invalid input (never a pass).
`;

export const GATE_FLAGS = {
  threshold: { type: 'string', short: 't' },
  'min-cases': { type: 'string' },
  alpha: { type: 'string' },
  resamples: { type: 'string', short: 'n' },
  'n-resamples': { type: 'string' },
  holm: { type: 'boolean' },
  'run-id': { type: 'string' },
  format: { type: 'string' },
  ...COMMON_FLAGS,
} as const satisfies FlagSpec;

const numberText = z
  .string()
  .regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, 'must be a number')
  .transform(Number);
const schema = z.object({
  threshold: numberText.refine((v) => v >= 0 && v <= 1, 'must be in [0, 1]'),
  minCases: numberText.refine((v) => Number.isInteger(v) && v >= 1, 'must be an integer >= 1').default(10),
  alpha: numberText
    .refine(
      (v) => v >= PROMOTION_GATE_MIN_ALPHA && v < 0.5,
      `must be in [${PROMOTION_GATE_MIN_ALPHA}, 0.5): below that, the bound's confidence level 1 − 2·alpha rounds to 1`,
    )
    .default(0.025),
  resamples: numberText
    .refine(
      (v) => Number.isInteger(v) && v >= PROMOTION_GATE_MIN_RESAMPLES && v <= 1e7,
      `must be an integer in [${PROMOTION_GATE_MIN_RESAMPLES}, 10000000]`,
    )
    .default(1000),
  format: choiceFlag('format', ['table', 'json', 'markdown']).default('table'),
});

/** A report file read strictly (parseBenchReport): a repeated key, a bad score or bad JSON fails closed, exit 2. */
function readReport(file: string, io: CliIo, runId: string | undefined): BenchReport {
  // Read whole, up to 64 MiB: a report is small, and /dev/zero must not fill the memory.
  const text = readTextFile(file, { cwd: io.cwd });
  const jsonl = /\.(jsonl|ndjson)$/i.test(file);
  if (!jsonl && runId !== undefined) {
    throw new CliError('--run-id is for JSONL reports; a JSON report carries its own runId.', { location: file });
  }
  if (jsonl && runId === undefined) {
    throw new CliError('a JSONL report is a list of cases: give its run id with --run-id.', { location: file });
  }
  return parseBenchReport(text, {
    source: file,
    ...(jsonl ? { format: 'jsonl' as const, runId: runId as string } : {}),
  });
}

/** `bootstat gate`: parse → zod → promotionGate (@bootstat/stats). Exit 0 pass, 1 fail, 2 invalid input. */
export async function gateCommand(argv: readonly string[], io: CliIo, _registries: Registries): Promise<number> {
  const { values, positionals } = parseFlags(argv, GATE_FLAGS, 'gate');
  if (values.help) {
    io.stdout(GATE_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError("gate needs at least one REPORT file. See 'bootstat gate --help'.");
  if (values.threshold === undefined) throw new CliError('--threshold is required, e.g. --threshold 0.8.');
  checkOutputs(io, { '--out': values.out }, positionals);
  const c = parseOptions(schema, {
    threshold: values.threshold,
    minCases: values['min-cases'],
    alpha: values.alpha,
    resamples: aliased(values, 'resamples', 'n-resamples'),
    format: values.format,
  });
  const reports = positionals.map((file) => readReport(file, io, values['run-id']));
  let result: PromotionGateResult;
  const progress = progressBar(io, 'gate', progressAllowed(io, values));
  try {
    result = promotionGate(reports, {
      onProgress: progress.update,
      threshold: c.threshold,
      minCases: c.minCases,
      alpha: c.alpha,
      nResamples: c.resamples,
      holm: values.holm === true,
    });
  } catch (e) {
    const err = e as Error & { code?: string };
    const m = /^Report (\d+): /.exec(err.message);
    if (m) {
      throw new CliError(err.message.slice(m[0].length), { location: positionals[Number(m[1]) - 1] as string });
    }
    // An alpha that Holm's correction over these reports takes below the floor: say it of the flag.
    if (err.code === 'STATS_INVALID_OPTION' && err.message.startsWith('promotionGate: alpha ')) {
      throw new CliError(`--alpha ${err.message.slice('promotionGate: alpha '.length)}`);
    }
    throw e;
  } finally {
    progress.done();
  }
  for (const v of result.verdicts) for (const w of v.warnings) printWarning(io, `${v.runId}: ${w.message}`);
  // The bound's column is named after the alpha used: lower_bound_95 at 0.025, lower_bound_90 at 0.05.
  const bound = lowerBoundLabel(c.alpha).column;
  const rows = result.verdicts.map((v, k) => {
    const b = v.bound;
    return {
      human: [
        v.passed ? 'PASS' : 'FAIL',
        positionals[k] as string,
        v.runId,
        String(b.n),
        human(b.mean),
        human(b.sd),
        human(b.lowerBound),
        String(result.threshold),
        v.reason,
      ],
      exact: [
        v.passed ? 'pass' : 'fail',
        positionals[k] as string,
        v.runId,
        b.n,
        exact(b.mean),
        exact(b.sd),
        exact(b.lowerBound),
        result.threshold,
        v.reason,
      ],
    };
  });
  let text = render(
    {
      columns: ['verdict', 'report', 'run', 'n', 'mean', 'sd', bound, 'threshold', 'reason'],
      rows,
      json: promotionGateToJson(result, positionals),
    },
    c.format,
  );
  if (c.format === 'table' && result.verdicts.length > 1) text += `\noverall: ${result.passed ? 'PASS' : 'FAIL'}\n`;
  await writeReport(io, text, values.out);
  return result.passed ? EXIT.ok : EXIT.checkFailed;
}
