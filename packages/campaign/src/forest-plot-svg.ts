import { escapeXml } from '@bootstat/io';
import type { CampaignSummary, EmptyCell, MetricSummary } from './aggregate-campaign';
import type { CampaignComparison, Verdict } from './compare-configurations';
import { metricDirection } from './metric-direction';

export interface ForestPlotOptions {
  /** The plot's title; default names the confidence level. */
  readonly title?: string;
  /** The configuration to mark as the baseline (a dashed line at its mean in every panel). */
  readonly baseline?: string;
  /** Verdicts to print beside each row (from compareConfigurations with the same campaign). */
  readonly comparison?: CampaignComparison;
}

const esc = escapeXml;

function short(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-3) return x.toExponential(3).replace(/\.?0+e/, 'e');
  return Number(x.toPrecision(5)).toString();
}

/** Round-number ticks (steps of 1, 2 or 5 × 10^k) inside [lo, hi], about five of them. */
function ticks(lo: number, hi: number): { values: number[]; decimals: number } {
  const raw = (hi - lo) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const values: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) values.push(v);
  return { values, decimals };
}

// Text is laid out without measuring it: 0.62 em bounds the mean advance of a sans-serif glyph (DejaVu Sans digits
// are 0.636 em, its lower case about 0.55), bold text 10 % wider. Columns move right rather than overlap.
const CHAR_EM = 0.62;
const textWidth = (s: string, size = 12, bold = false) => s.length * size * CHAR_EM * (bold ? 1.1 : 1);

const VERDICT_COLOUR: Record<Verdict, string> = {
  improved: '#1e8449',
  regressed: '#c0392b',
  'no-change': '#555555',
  'insufficient-data': '#999999',
  'not-comparable': '#999999',
};

const rowLabel = (configuration: string, isBase: boolean) => `${configuration}${isBase ? ' (baseline)' : ''}`;

function rowText(r: MetricSummary): string {
  const interval =
    r.ciLower === null || r.ciUpper === null ? 'no interval' : `[${short(r.ciLower)}, ${short(r.ciUpper)}]`;
  return `${short(r.mean)} ${interval} n=${r.nSamples}${r.nSkipped > 0 ? ` (${r.nSkipped} skipped)` : ''}`;
}

const emptyText = (e: EmptyCell) => `no value${e.nSkipped > 0 ? ` (${e.nSkipped} skipped)` : ''}`;

/**
 * A forest plot of a campaign as one SVG: a panel per metric, a row per configuration with its mean (a dot) and
 * interval (a bar; dashed when it rests on 2 cycles, absent for 1), the baseline's row and mean marked (a bold
 * label, a diamond and a dashed line at its mean), and each row's verdict when a comparison is given; a cell with no
 * value says so. A drawing only: every number comes from the summary. The columns widen to fit long names.
 *
 * @example
 * const { results } = readCampaign('docs/examples/campaign');
 * const summary = aggregateCampaign(results);
 * const comparison = compareConfigurations(results, { baseline: 'llama-8b-bs8-fp16' });
 * const svg = forestPlotSvg(summary, { baseline: 'llama-8b-bs8-fp16', comparison });
 * svg.startsWith('<svg'); // true
 */
export function forestPlotSvg(summary: CampaignSummary, options: ForestPlotOptions = {}): string {
  const label = { x: 16 };
  const isBase = (configuration: string) => configuration === options.baseline;
  const labelWidth = Math.max(
    0,
    ...summary.configurations.map((c) => textWidth(rowLabel(c, isBase(c)), 12, isBase(c))),
  );
  const left = Math.max(250, Math.ceil(label.x + labelWidth + 10));
  const plot = { left, right: left + 410 };
  const statsX = plot.right + 10;
  const statsWidth = Math.max(
    0,
    ...summary.summaries.map((r) => textWidth(rowText(r))),
    ...summary.empty.map((e) => textWidth(emptyText(e))),
  );
  const verdictX = Math.max(plot.right + 230, Math.ceil(statsX + statsWidth + 14));
  const verdicts = new Map<string, Verdict>();
  for (const c of options.comparison?.comparisons ?? []) verdicts.set(`${c.configuration}\u0000${c.metric}`, c.verdict);
  const verdictWidth = Math.max(0, ...[...verdicts.values()].map((v) => textWidth(v)));
  const W = Math.max(1000, Math.ceil((verdicts.size > 0 ? verdictX + verdictWidth : statsX + statsWidth) + 16));
  const rowH = 24;
  const panelTop = 30;
  const axisH = 40;
  const level = Math.round(summary.confidenceLevel * 1000) / 10;
  const title = options.title ?? `Mean and ${level}% bootstrap interval per configuration`;

  const parts: string[] = [];
  let y = 50;
  for (const metric of summary.metrics) {
    const rows = summary.summaries.filter((s) => s.metric === metric);
    const empty = summary.empty.filter((e) => e.metric === metric);
    if (rows.length + empty.length === 0) continue;
    const ends = rows.flatMap((r) => [r.mean, r.ciLower ?? r.mean, r.ciUpper ?? r.mean]).filter(Number.isFinite);
    let lo = ends.length === 0 ? 0 : Math.min(...ends);
    let hi = ends.length === 0 ? 1 : Math.max(...ends);
    const pad = hi > lo ? (hi - lo) * 0.06 : Math.abs(hi) * 0.01 || 0.5;
    lo -= pad;
    hi += pad;
    const x = (v: number) => plot.left + ((v - lo) / (hi - lo)) * (plot.right - plot.left);
    const direction =
      options.comparison?.comparisons.find((c) => c.metric === metric)?.direction ?? metricDirection(metric);
    const heading = `${metric}${direction === undefined ? '' : ` (${direction} is better)`}`;
    const top = y + panelTop;
    const bottom = top + (rows.length + empty.length) * rowH;
    parts.push(`<text x="${label.x}" y="${y + 18}" font-size="14" font-weight="bold">${esc(heading)}</text>`);
    parts.push(
      `<rect x="${plot.left}" y="${top}" width="${plot.right - plot.left}" height="${bottom - top}" fill="#f7f9fc" stroke="#d5dbe5"/>`,
    );
    const base = rows.find((r) => r.configuration === options.baseline);
    if (base !== undefined) {
      parts.push(
        `<line x1="${x(base.mean).toFixed(1)}" x2="${x(base.mean).toFixed(1)}" y1="${top}" y2="${bottom}" stroke="#1d4f91" stroke-dasharray="5,4"/>`,
      );
    }
    // Rows in the campaign's order of configurations; a cell without values keeps its row and says so.
    const order = summary.configurations.filter(
      (c) => rows.some((r) => r.configuration === c) || empty.some((e) => e.configuration === c),
    );
    order.forEach((configuration, k) => {
      const cy = top + k * rowH + rowH / 2;
      const marked = isBase(configuration);
      const colour = marked ? '#1d4f91' : '#333333';
      parts.push(
        `<text x="${plot.left - 10}" y="${(cy + 4).toFixed(1)}" text-anchor="end"${marked ? ' font-weight="bold"' : ''} fill="${colour}">${esc(rowLabel(configuration, marked))}</text>`,
      );
      const verdict = verdicts.get(`${configuration}\u0000${metric}`);
      if (verdict !== undefined) {
        parts.push(
          `<text x="${verdictX}" y="${(cy + 4).toFixed(1)}" fill="${VERDICT_COLOUR[verdict]}">${esc(verdict)}</text>`,
        );
      }
      const r = rows.find((s) => s.configuration === configuration);
      if (r === undefined) {
        const e = empty.find((s) => s.configuration === configuration) as EmptyCell;
        parts.push(`<text x="${statsX}" y="${(cy + 4).toFixed(1)}" fill="#999999">${esc(emptyText(e))}</text>`);
        return;
      }
      if (r.ciLower !== null && r.ciUpper !== null) {
        const dash = r.nSamples < 3 ? ' stroke-dasharray="4,3"' : '';
        const [a, b] = [x(r.ciLower), x(r.ciUpper)];
        parts.push(
          `<line x1="${a.toFixed(1)}" x2="${b.toFixed(1)}" y1="${cy}" y2="${cy}" stroke="${colour}" stroke-width="2"${dash}/>`,
        );
        for (const e of [a, b]) {
          parts.push(
            `<line x1="${e.toFixed(1)}" x2="${e.toFixed(1)}" y1="${cy - 5}" y2="${cy + 5}" stroke="${colour}" stroke-width="1.5"/>`,
          );
        }
      }
      const shape = marked
        ? `<rect x="${(x(r.mean) - 5).toFixed(1)}" y="${cy - 5}" width="10" height="10" fill="${colour}" transform="rotate(45 ${x(r.mean).toFixed(1)} ${cy})"/>`
        : `<circle cx="${x(r.mean).toFixed(1)}" cy="${cy}" r="4.5" fill="${r.ciLower === null ? 'white' : colour}" stroke="${colour}" stroke-width="1.5"/>`;
      parts.push(shape);
      parts.push(`<text x="${statsX}" y="${(cy + 4).toFixed(1)}" fill="#333333">${esc(rowText(r))}</text>`);
    });
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${bottom}" y2="${bottom}" stroke="black"/>`);
    const axis = ticks(lo, hi);
    // One notation per axis: exponents for all its ticks once one reaches 10^6 (5e+5 beside 1e+6, not 500000).
    const exponents = axis.values.some((v) => Math.abs(v) >= 1e6);
    for (const v of rows.length === 0 ? [] : axis.values) {
      parts.push(
        `<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${bottom}" y2="${bottom + 5}" stroke="black"/>`,
      );
      const text = !exponents ? v.toFixed(axis.decimals) : v === 0 ? '0' : v.toExponential(3).replace(/\.?0+e/, 'e');
      parts.push(
        `<text x="${x(v).toFixed(1)}" y="${bottom + 18}" text-anchor="middle" font-size="11">${esc(text)}</text>`,
      );
    }
    y = bottom + axisH;
  }
  const H = y + 10;
  return `${[
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<title>${esc(title)}</title>`,
    `<rect x="0" y="0" width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="26" text-anchor="middle" font-size="16">${esc(title)}</text>`,
    ...parts,
    '</svg>',
  ].join('\n')}\n`;
}
