import { toSafeJson } from '@bootstat/io';
import { displayPath, findFiles, readTextFile } from '@bootstat/io/node';
import { type PromotionGateResult, parseBenchReport, promotionGate, promotionGateToJson } from '@bootstat/stats';
import { type ActionInput, type ActionOutput, type GateConfig, readConfig } from './config';
import { appendSummary, getInput, log, setOutput } from './runner';
import { failureSummary, gateSummary } from './summary';

/** A report that cannot be found, read or parsed: fails the step whatever fail-on says. */
class ReportError extends Error {
  override readonly name = 'ReportError';
  readonly code = 'GATE_INVALID_REPORT';

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

/**
 * The report files the input names (one path or glob a line; `!pattern` lines exclude), relative to the workspace,
 * each once, in path order: findFiles of @bootstat/io, the glob semantics of `bootstat campaign` too. A broken link
 * among the matches, or a pattern that matches nothing, fails closed.
 */
function reportFiles(patterns: readonly string[], cwd: string): string[] {
  try {
    return findFiles(patterns, { cwd, accept: (p) => p.endsWith('.json'), what: 'report file (.json)' }).map((f) =>
      displayPath(cwd, f),
    );
  } catch (e) {
    const err = e as Error & { location?: { source?: string } };
    throw new ReportError(err.location?.source ?? patterns.join(', '), err.message);
  }
}

/** A report read strictly (parseBenchReport, at most 64 MiB): bad JSON, a repeated key or a bad score fails closed. */
function readReport(file: string, cwd: string): unknown {
  try {
    return parseBenchReport(readTextFile(file, { cwd }), { source: file });
  } catch (e) {
    const err = e as Error & { code?: string; location?: { line?: number; column?: number } };
    const at = err.location?.line === undefined ? '' : `line ${err.location.line}, column ${err.location.column}: `;
    const message =
      err.code === 'IO_READ_FAILED' ? `cannot read the report (${err.message.replace(/^.*: /, '')})` : err.message;
    throw new ReportError(file, `${at}${message}`);
  }
}

function gate(reports: readonly unknown[], files: readonly string[], config: GateConfig): PromotionGateResult {
  try {
    return promotionGate(reports, {
      threshold: config.threshold,
      minCases: config.minCases,
      alpha: config.alpha,
      nResamples: config.resamples,
      holm: config.holm,
    });
  } catch (e) {
    const err = e as Error & { code?: string };
    const m = /^Report (\d+): /.exec(err.message);
    if (m) throw new ReportError(files[Number(m[1]) - 1] ?? 'report', err.message.slice(m[0].length));
    throw e;
  }
}

/** An output's text: the number itself (NaN as "NaN"). */
const number = (x: number) => String(x);

/**
 * The action: inputs → typed config → reports → `promotionGate` (@bootstat/stats) → outputs, job summary,
 * annotations, and a failed step for a failing gate (fail-on fail) or any invalid input or report.
 *
 * Outputs are the same whatever the number of reports: `passed` (every report passes), `reports` and `failed`
 * (counts), `lower-bound`, `mean` and `n` of the weakest report (the lowest bound, a NaN first; with one report,
 * that report), and `results`, the gate's JSON output (docs/output.md) with every report.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: GateConfig | undefined;
  try {
    config = readConfig((name: ActionInput) => getInput(name, env));
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const files = reportFiles(config.report, cwd);
    const result = gate(
      files.map((f) => readReport(f, cwd)),
      files,
      config,
    );

    const verdicts = result.verdicts;
    const weakest = verdicts.reduce((w, v) =>
      Number.isNaN(w.bound.lowerBound) || v.bound.lowerBound >= w.bound.lowerBound ? w : v,
    );
    const set = (name: ActionOutput, value: string) => setOutput(name, value, env);
    set('passed', String(result.passed));
    set('reports', String(verdicts.length));
    set('failed', String(verdicts.filter((v) => !v.passed).length));
    set('lower-bound', number(weakest.bound.lowerBound));
    set('mean', number(weakest.bound.mean));
    set('n', String(weakest.bound.n));
    set('results', toSafeJson(promotionGateToJson(result, files)));

    verdicts.forEach((v, k) => {
      const file = files[k] as string;
      for (const w of v.warnings) log.warning(w.message, { title: `bootstat gate: ${w.code}`, file });
      const line = `bootstat gate: ${file} (run ${v.runId}): ${v.passed ? 'PASS' : 'FAIL'}: ${v.reason}`;
      if (v.passed) log.info(line);
      else if (config?.failOn === 'never') log.notice(line, { title: 'bootstat gate', file });
      else log.warning(line, { title: 'bootstat gate', file });
    });
    appendSummary(gateSummary(result, files, config), env);

    if (!result.passed && config.failOn === 'fail') {
      const why = verdicts.flatMap((v, k) => (v.passed ? [] : [`${files[k]}: ${v.reason}`]));
      const shown = why.slice(0, 20).join('; ');
      log.failed(`The promotion gate failed: ${shown}${why.length > 20 ? `; and ${why.length - 20} more` : ''}.`);
    }
  } catch (e) {
    const err = e as Error & { code?: string };
    const message = err.code ? `${err.code}: ${err.message}` : err.message;
    setOutput('passed', 'false', env);
    log.failed(message);
    // The summary says why the step failed, even when nothing was gated.
    appendSummary(failureSummary(message, config), env);
  }
}
