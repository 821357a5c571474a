import { escapeMarkdown, escapeText } from '@bootstat/io';
import { lowerBoundLabel, type PromotionGateResult, type ReportVerdict } from '@bootstat/stats';
import type { GateConfig } from './config';

/** Six significant digits for people, everywhere in the summary; the outputs carry the exact numbers. */
export function human(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Infinity' : '-Infinity';
  return Number(x.toPrecision(6)).toString();
}

/** Untrusted text in a table cell or a line of the summary. */
const cell = escapeMarkdown;
/** Text inside a Mermaid string: escaped, and no quote, backtick, bracket, tag or entity that could end or mark it up. */
const mermaidText = (s: string) => escapeText(s).replace(/["`[\]<>&#;{}]/g, ' ');
const mark = (passed: boolean) => (passed ? '✅ PASS' : '❌ FAIL');

/** GitHub refuses a step summary over 1 MiB; the summary stays well under it, whatever the number of reports. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Charts drawn: every failing report's, then passing ones, up to this many. */
export const MAX_CHARTS = 20;

/**
 * A Mermaid bar chart of the bootstrap replicates of the mean: equal-width bins over their range, the count of
 * replicates in each; the bins holding the threshold and the bound are labelled so. A drawing, not a statistic.
 * Undefined when the bound did not resample (small-N or constant rules).
 */
export function mermaidHistogram(v: ReportVerdict, threshold: number, bins = 20): string | undefined {
  const d = v.bound.distribution;
  if (d === undefined || d.length === 0) return undefined;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const x of d) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (!(hi > lo)) return undefined;
  const width = (hi - lo) / bins;
  const binOf = (x: number) => Math.min(bins - 1, Math.floor((x - lo) / width));
  const counts = new Array<number>(bins).fill(0);
  for (const x of d) counts[binOf(x)] = (counts[binOf(x)] as number) + 1;
  const bound = v.bound.lowerBound;
  const labels = counts.map((_, k) => {
    const tags = [
      Number.isFinite(bound) && binOf(bound) === k && bound >= lo && bound <= hi ? 'bound' : '',
      threshold >= lo && threshold <= hi && binOf(threshold) === k ? 'threshold' : '',
    ].filter((t) => t !== '');
    return `"${(lo + (k + 0.5) * width).toFixed(3)}${tags.length === 0 ? '' : ` ◀ ${tags.join(', ')}`}"`;
  });
  const outside =
    threshold < lo
      ? ` — threshold ${human(threshold)} below every mean`
      : threshold > hi
        ? ` — threshold ${human(threshold)} above every mean`
        : '';
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Bootstrap means of run ${mermaidText(v.runId)}: bound ${human(bound)}${outside}"`,
    `  x-axis "mean score (bin centre)" [${labels.join(', ')}]`,
    '  y-axis "resamples"',
    `  bar [${counts.join(', ')}]`,
    '```',
  ].join('\n');
}

const COLUMNS = (bound: string) => [
  'verdict',
  'report',
  'run',
  'benchmark',
  'n',
  'mean',
  'sd',
  bound,
  'alpha',
  'reason',
];

function row(v: ReportVerdict, file: string): string {
  const b = v.bound;
  const cells = [
    mark(v.passed),
    cell(file),
    cell(v.runId),
    cell(v.benchmark ?? ''),
    String(b.n),
    human(b.mean),
    human(b.sd),
    human(b.lowerBound),
    human(v.alpha),
    cell(v.reason),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The job summary, read first by a person: the overall verdict, one line of settings, what the bound is (in the
 * words of the alpha used), then one table with a row per report, verdict first (failing reports first), and the
 * charts inside `<details>`, each marking the threshold and the bound. Six significant digits throughout; the
 * outputs have the exact numbers. With thousands of reports it stays under GitHub's 1 MiB limit by keeping whole
 * rows and saying how many more there are — every report is in the `results` output — never cutting a row.
 */
export function gateSummary(result: PromotionGateResult, files: readonly string[], config: GateConfig): string {
  const label = lowerBoundLabel(config.alpha);
  const failed = result.verdicts.filter((v) => !v.passed).length;
  const head: string[] = [];
  head.push(`## ${mark(result.passed)} — bootstat promotion gate`, '');
  head.push(
    `${result.verdicts.length} report${result.verdicts.length === 1 ? '' : 's'} (${failed} failing) · threshold ` +
      `${human(result.threshold)} · alpha ${human(config.alpha)}${result.holm ? " (Holm's correction)" : ''} · ` +
      `${config.resamples} resamples · min-cases ${config.minCases} · fail-on ${config.failOn}`,
    '',
  );
  const holm = result.holm
    ? ` Under Holm's correction each report's alpha is smaller (alpha / the reports still in play; see the alpha column).`
    : '';
  head.push(
    `The bound (${label.column}) is ${label.sentence.replace(' of the mean', ' of the mean score')}, seeded with ` +
      `int(run_id[:8], 16): \`bootstat gate\` recomputes it bit for bit. A report passes when it has at least ` +
      `min-cases cases and its bound is above the threshold.${holm}`,
    '',
  );
  const order = result.verdicts.map((v, k) => ({ v, k })).sort((a, b) => Number(a.v.passed) - Number(b.v.passed));
  const columns = COLUMNS(label.column);
  const table = [
    `| ${columns.join(' | ')} |`,
    `|${columns.map((_, i) => (i >= 4 && i <= 8 ? '---:' : '---')).join('|')}|`,
  ];
  let size = Buffer.byteLength(head.join('\n')) + Buffer.byteLength(table.join('\n')) + 4096;
  let shown = 0;
  for (const { v, k } of order) {
    const line = row(v, files[k] ?? '');
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > SUMMARY_BUDGET_BYTES / 2) break;
    table.push(line);
    size += bytes;
    shown++;
  }
  const out = [...head, ...table, ''];
  if (shown < order.length) {
    const rest = order.slice(shown);
    const restFailed = rest.filter(({ v }) => !v.passed).length;
    out.push(
      `… and ${rest.length} more report${rest.length === 1 ? '' : 's'} (${restFailed} failing), left out to keep ` +
        "this summary under GitHub's 1 MiB; every report is in the step's `results` output.",
      '',
    );
  }
  for (const { v } of order.slice(0, shown)) {
    for (const w of v.warnings) {
      const line = `> ⚠️ ${cell(v.runId)}: ${w.code}: ${cell(w.message)}`;
      if (size + Buffer.byteLength(line) > SUMMARY_BUDGET_BYTES * 0.75) break;
      out.push(line, '');
      size += Buffer.byteLength(line) + 2;
    }
  }
  let charts = 0;
  for (const { v, k } of order) {
    if (charts >= MAX_CHARTS) break;
    const chart = mermaidHistogram(v, result.threshold);
    if (chart === undefined) continue;
    const block = [
      `<details><summary>${mark(v.passed)} ${cell(files[k] ?? '')}: bootstrap means (bound ${human(v.bound.lowerBound)}, threshold ${human(result.threshold)})</summary>`,
      '',
      chart,
      '',
      '</details>',
      '',
    ].join('\n');
    if (size + Buffer.byteLength(block) > SUMMARY_BUDGET_BYTES) break;
    out.push(block);
    size += Buffer.byteLength(block);
    charts++;
  }
  return `${out.join('\n')}\n`;
}

/** The summary of a step that failed before gating (a bad input, an unreadable report): what went wrong. */
export function failureSummary(message: string, config: GateConfig | undefined): string {
  return [
    '## ❌ FAIL — bootstat promotion gate',
    '',
    `The step failed before any report was gated: ${cell(message)}`,
    '',
    config === undefined
      ? 'Check the inputs of the step (see the action’s README: report, threshold, min-cases, alpha, resamples, holm, fail-on).'
      : 'Fix the report (or the path) named above and run again; an invalid report never passes.',
    '',
  ].join('\n');
}
