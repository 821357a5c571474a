import { relative, resolve } from 'node:path';
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { escapeText } from '@bootstat/io';
import { readTextFile } from '@bootstat/io/node';
import { type PromotionGateResult, parseBenchReport, promotionGate } from '@bootstat/stats';
import { type ActionOutput, type GateConfig, readConfig } from './config';
import { gateSummary } from './summary';

/** A report that cannot be read or parsed: fails the step whatever fail-on says. */
class ReportError extends Error {
  override readonly name = 'ReportError';
  readonly code = 'GATE_INVALID_REPORT';
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.file = file;
  }
}

/** The report files the patterns name, relative to the workspace, sorted, each once. */
async function reportFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    // A broken link is an error, not a report to drop: the gate fails closed.
    const globber = await glob.create(resolve(cwd, pattern), {
      matchDirectories: false,
      omitBrokenSymbolicLinks: false,
    });
    let found: string[];
    try {
      found = await globber.glob();
    } catch (e) {
      throw new ReportError(pattern, `cannot list the reports: ${(e as Error).message}`);
    }
    if (found.length === 0) throw new ReportError(pattern, 'no report file matches this path or glob.');
    for (const f of found) files.add(relative(cwd, f).replaceAll('\\', '/'));
  }
  return [...files].sort();
}

/** A report read strictly (parseBenchReport): bad JSON, a repeated key or a bad score fails the step, whatever fail-on says. */
async function readReport(file: string, cwd: string): Promise<unknown> {
  try {
    // Read whole, up to 64 MiB: a report is small, and a link to /dev/zero must not fill the memory.
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
    });
  } catch (e) {
    const err = e as Error & { code?: string };
    const m = /^Report (\d+): /.exec(err.message);
    if (m) throw new ReportError(files[Number(m[1]) - 1] ?? 'report', err.message.slice(m[0].length));
    throw e;
  }
}

/** One number for one report, a JSON array in report order for several (JSON has no NaN: it becomes "NaN"). */
function output(values: readonly number[]): string {
  if (values.length === 1) return String(values[0]);
  return `[${values.map((x) => (Number.isFinite(x) ? String(x) : JSON.stringify(String(x)))).join(',')}]`;
}

// Every message to the log, an annotation or the failure goes through escapeText: a report's run id, a file name
// or an error quoting the input can then neither start a line of its own (a workflow command such as ::error::
// is only read at the start of a line) nor move the cursor or reorder the text.
const log = {
  info: (text: string) => core.info(escapeText(text)),
  warning: (text: string, props: core.AnnotationProperties) => core.warning(escapeText(text), props),
  notice: (text: string, props: core.AnnotationProperties) => core.notice(escapeText(text), props),
  failed: (text: string) => core.setFailed(escapeText(text)),
};

/**
 * The action: inputs → typed config → reports → `promotionGate` (@bootstat/stats) → outputs, job summary,
 * annotations, and setFailed for a failing gate (fail-on fail) or any invalid input or report.
 */
export async function run(): Promise<void> {
  try {
    const config = readConfig((name) => core.getInput(name));
    const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
    const files = await reportFiles(config.report, cwd);
    const reports = await Promise.all(files.map((f) => readReport(f, cwd)));
    const result = gate(reports, files, config);

    const set = (name: ActionOutput, value: string) => core.setOutput(name, value);
    set('lower-bound', output(result.verdicts.map((v) => v.bound.lowerBound)));
    set('mean', output(result.verdicts.map((v) => v.bound.mean)));
    set('n', output(result.verdicts.map((v) => v.bound.n)));
    set('passed', String(result.passed));

    result.verdicts.forEach((v, k) => {
      const file = files[k] as string;
      for (const w of v.warnings) log.warning(w.message, { title: `bootstat gate: ${w.code}`, file });
      const line = `bootstat gate: ${file} (run ${v.runId}): ${v.passed ? 'PASS' : 'FAIL'}: ${v.reason}`;
      if (v.passed) log.info(line);
      else if (config.failOn === 'never') log.notice(line, { title: 'bootstat gate', file });
      else log.warning(line, { title: 'bootstat gate', file });
    });
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(gateSummary(result, files, config)).write();

    if (!result.passed && config.failOn === 'fail') {
      const why = result.verdicts.flatMap((v, k) => (v.passed ? [] : [`${files[k]}: ${v.reason}`]));
      log.failed(`The promotion gate failed: ${why.join('; ')}.`);
    }
  } catch (e) {
    const err = e as Error & { code?: string };
    core.setOutput('passed', 'false');
    log.failed(err.code ? `${err.code}: ${err.message}` : err.message);
  }
}
