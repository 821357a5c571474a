import { escapeMarkdown, escapeText } from '@bootstat/io';
import { lowerBoundLabel, type PromotionGateResult, type ReportVerdict } from '@bootstat/stats';
import type { GateConfig } from './config';

/** Six significant digits for people; the outputs carry the exact numbers. */
function human(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Infinity' : '-Infinity';
  return Number(x.toPrecision(6)).toString();
}

/** Untrusted text in a table cell or a line of the summary. */
const cell = escapeMarkdown;
/** Text inside a Mermaid string: escaped, and no quote, backtick, bracket, tag or entity that could end or mark it up. */
const mermaidText = (s: string) => escapeText(s).replace(/["`[\]<>&#;{}]/g, ' ');
const mark = (passed: boolean) => (passed ? '✅ PASS' : '❌ FAIL');

/**
 * A Mermaid bar chart of the bootstrap replicates of the mean: equal-width bins over their range, the count of
 * replicates in each. A drawing, not a statistic. Undefined when the bound did not resample (small-N or
 * constant rules).
 */
export function mermaidHistogram(v: ReportVerdict, bins = 20): string | undefined {
  const d = v.bound.distribution;
  if (d === undefined || d.length === 0) return undefined;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const x of d) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (!(hi > lo)) return undefined;
  const counts = new Array<number>(bins).fill(0);
  for (const x of d) {
    const k = Math.min(bins - 1, Math.floor(((x - lo) / (hi - lo)) * bins));
    counts[k] = (counts[k] as number) + 1;
  }
  const width = (hi - lo) / bins;
  const labels = counts.map((_, k) => `"${(lo + (k + 0.5) * width).toFixed(3)}"`);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Bootstrap means of run ${mermaidText(v.runId)} (lower bound ${human(v.bound.lowerBound)})"`,
    `  x-axis "mean score (bin centre)" [${labels.join(', ')}]`,
    '  y-axis "resamples"',
    `  bar [${counts.join(', ')}]`,
    '```',
  ].join('\n');
}

/** The job summary: the overall verdict first, then per report a verdict line, a table and the histogram. */
export function gateSummary(result: PromotionGateResult, files: readonly string[], config: GateConfig): string {
  const lines: string[] = [];
  lines.push(`## ${mark(result.passed)} — bootstat promotion gate`, '');
  lines.push(
    `${result.verdicts.length} report${result.verdicts.length === 1 ? '' : 's'} · threshold ${config.threshold} · ` +
      `alpha ${config.alpha}${result.holm ? ' (Holm)' : ''} · ${config.resamples} resamples · min-cases ` +
      `${config.minCases} · fail-on ${config.failOn}`,
    '',
  );
  const label = lowerBoundLabel(config.alpha);
  result.verdicts.forEach((v, k) => {
    const b = v.bound;
    lines.push(`### ${mark(v.passed)} ${cell(files[k] ?? '')}`, '');
    lines.push(`${cell(v.reason)}.`, '');
    lines.push(`| verdict | run | benchmark | n | mean | sd | ${label.column} | alpha | threshold | seed | rule |`);
    lines.push('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
    lines.push(
      `| ${mark(v.passed)} | ${cell(v.runId)} | ${cell(v.benchmark ?? '')} | ${b.n} | ${human(b.mean)} | ` +
        `${human(b.sd)} | ${human(b.lowerBound)} | ${human(v.alpha)} | ${result.threshold} | ${b.seed} | ${b.rule} |`,
      '',
    );
    for (const w of v.warnings) lines.push(`> ⚠️ ${w.code}: ${cell(w.message)}`, '');
    const chart = mermaidHistogram(v);
    if (chart !== undefined) lines.push(chart, '');
  });
  const holm = result.holm
    ? ` Under Holm's correction each report's alpha is smaller (alpha / the reports still in play; see the alpha column).`
    : '';
  lines.push(
    `The bound (${label.column}) is ${label.sentence.replace(' of the mean', ' of the mean score')}, seeded with ` +
      `int(run_id[:8], 16): \`bootstat gate\` recomputes it bit for bit.${holm}`,
    '',
  );
  return lines.join('\n');
}
