import { exact } from 'bootstat/plots';
import type { GateOutcome, IntervalsRequest } from './compute';

/** A number as the CLI reads it back to the same double: the shortest exact form. */
const num = (x: number) => exact(x);

/**
 * The `bootstat ci` command that prints the same interval as the page's chosen method: the numbers on standard
 * input one per line (no header), every option spelled out, defaults included, so the command does not depend on
 * a later change of a default, and JSON output, whose numbers are exact (the table rounds to 6 digits).
 */
export function ciCommand(r: IntervalsRequest): string {
  const flags = [
    `--statistic ${r.statistic}`,
    `--method ${r.method}`,
    `--level ${num(r.confidenceLevel)}`,
    `--resamples ${r.nResamples}`,
    `--seed ${r.seed}`,
  ];
  return `printf '%s\\n' ${r.values.map(num).join(' ')} | bootstat ci ${flags.join(' ')} --format json`;
}

/** The library call that gives the page's chosen interval, bit for bit. */
export function libraryCall(r: IntervalsRequest): string {
  return [
    "import { bootstrap } from '@bootstat/stats';",
    '',
    `const r = bootstrap([[${r.values.map(num).join(', ')}]], '${r.statistic}', {`,
    `  method: '${r.method}',`,
    `  confidenceLevel: ${num(r.confidenceLevel)},`,
    `  nResamples: ${r.nResamples},`,
    `  seed: ${r.seed},`,
    '});',
    'r.ci; // { low, high }',
  ].join('\n');
}

/**
 * The report file and the `bootstat gate` command that give the gate tab's verdict. The report is one line of JSON
 * in a quoted here-document, so the shell expands nothing in it: a run id such as `$(rm -rf ~)` stays text.
 */
export function gateCommand(outcome: GateOutcome, threshold: number): string {
  return [
    `cat > playground-report.json <<'EOF'`,
    JSON.stringify(outcome.report),
    'EOF',
    `bootstat gate playground-report.json --threshold ${num(threshold)}`,
  ].join('\n');
}
