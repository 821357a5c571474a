import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchRow {
  /** What is measured, e.g. "fillIndices, n = 1000". */
  readonly case: string;
  /** Median milliseconds of ours. */
  readonly oursMs: number;
  /** Median milliseconds of the reference we compare with (pure-rand, SciPy…), when there is one. */
  readonly referenceMs?: number;
  /** What the reference is. */
  readonly reference?: string;
  /** Ratio referenceMs / oursMs that the case must reach. */
  readonly target?: number;
  /** Peak resident set size of the process that ran ours, in MB (10^6 bytes). */
  readonly oursPeakRssMB?: number;
  /** A memory target: oursPeakRssMB must stay below this. */
  readonly rssLimitMB?: number;
  /** Free-form extra numbers (draws per second…). */
  readonly extra?: Readonly<Record<string, number | string>>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4);
}

/**
 * Whether the row met its targets: false when any target it has was missed, undefined when it has none or one
 * could not be judged (no reference time, no RSS figure).
 */
function judge(row: BenchRow, ratioMet: boolean | undefined, rssMet: boolean | undefined): boolean | undefined {
  const parts: (boolean | undefined)[] = [];
  if (row.target !== undefined) parts.push(ratioMet);
  if (row.rssLimitMB !== undefined) parts.push(rssMet);
  if (parts.includes(false)) return false;
  return parts.length === 0 || parts.includes(undefined) ? undefined : true;
}

/**
 * Prints a suite's table (ratio = reference / ours, so higher is better for us) and writes
 * bench-results/<suite>.json at the repository root (temp file + rename) to track progress across commits.
 * A peak-RSS column appears when some row reports one. Returns whether every case with a target met it.
 */
export function report(suite: string, rows: readonly BenchRow[]): boolean {
  const withRss = rows.some((row) => row.oursPeakRssMB !== undefined);
  const header = ['case', 'ours (ms)', 'reference', 'reference (ms)', 'ratio', 'target', 'met'];
  if (withRss) header.push('ours peak RSS (MB)');
  const lines = [`\n${suite}`, `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  let allMet = true;
  const json = rows.map((row) => {
    const ratio = row.referenceMs === undefined ? undefined : row.referenceMs / row.oursMs;
    const ratioMet = row.target === undefined || ratio === undefined ? undefined : ratio >= row.target;
    const rssMet =
      row.rssLimitMB === undefined || row.oursPeakRssMB === undefined ? undefined : row.oursPeakRssMB < row.rssLimitMB;
    const met = judge(row, ratioMet, rssMet);
    if (met === false) allMet = false;
    const targets = [
      row.target === undefined ? '' : `>= ${row.target}x`,
      row.rssLimitMB === undefined ? '' : `RSS < ${row.rssLimitMB} MB`,
    ].filter((t) => t !== '');
    const missed = [ratioMet === false ? 'ratio' : '', rssMet === false ? 'RSS' : ''].filter((t) => t !== '');
    const cells = [
      row.case,
      fmt(row.oursMs),
      row.reference ?? '',
      row.referenceMs === undefined ? '' : fmt(row.referenceMs),
      ratio === undefined ? '' : `${ratio.toFixed(2)}x`,
      targets.join(', '),
      met === undefined ? '' : met ? 'yes' : targets.length > 1 ? `NO (${missed.join(', ')})` : 'NO',
    ];
    if (withRss) cells.push(row.oursPeakRssMB === undefined ? '' : row.oursPeakRssMB.toFixed(0));
    lines.push(`| ${cells.join(' | ')} |`);
    for (const [k, v] of Object.entries(row.extra ?? {})) {
      lines.push(`|   ${k} | ${v} |${' |'.repeat(header.length - 2)}`);
    }
    return { ...row, ratio, met, ...(rssMet === undefined ? {} : { ratioMet, rssMet }) };
  });
  process.stdout.write(`${lines.join('\n')}\n`);
  const out = join(repoRoot, 'bench-results', `${suite}.json`);
  mkdirSync(dirname(out), { recursive: true });
  const machine = {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    platform: `${os.platform()} ${os.arch()}`,
  };
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ suite, date: new Date().toISOString(), machine, rows: json }, null, 2)}\n`);
  renameSync(tmp, out);
  return allMet;
}
