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
  /** Free-form extra numbers (draws per second…). */
  readonly extra?: Readonly<Record<string, number | string>>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4);
}

/**
 * Prints a suite's table (ratio = reference / ours, so higher is better for us) and writes
 * bench-results/<suite>.json at the repository root (temp file + rename) to track progress across commits.
 * Returns whether every case with a target met it.
 */
export function report(suite: string, rows: readonly BenchRow[]): boolean {
  const lines = [
    `\n${suite}`,
    '| case | ours (ms) | reference | reference (ms) | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
  ];
  let allMet = true;
  const json = rows.map((row) => {
    const ratio = row.referenceMs === undefined ? undefined : row.referenceMs / row.oursMs;
    const met = row.target === undefined || ratio === undefined ? undefined : ratio >= row.target;
    if (met === false) allMet = false;
    lines.push(
      `| ${row.case} | ${fmt(row.oursMs)} | ${row.reference ?? ''} | ${row.referenceMs === undefined ? '' : fmt(row.referenceMs)} | ` +
        `${ratio === undefined ? '' : `${ratio.toFixed(2)}x`} | ${row.target === undefined ? '' : `>= ${row.target}x`} | ` +
        `${met === undefined ? '' : met ? 'yes' : 'NO'} |`,
    );
    for (const [k, v] of Object.entries(row.extra ?? {})) lines.push(`|   ${k} | ${v} | | | | | |`);
    return { ...row, ratio, met };
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
