import type { CampaignSummary } from './aggregate-campaign';
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

const esc = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

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

const VERDICT_COLOUR: Record<Verdict, string> = {
  improved: '#1e8449',
  regressed: '#c0392b',
  'no-change': '#555555',
  'insufficient-data': '#999999',
  'not-comparable': '#999999',
};

/**
 * A forest plot of a campaign as one SVG: a panel per metric, a row per configuration with its mean (a dot) and
 * interval (a bar; dashed when it rests on 2 cycles, absent for 1), the baseline's row and mean marked, and each
 * row's verdict when a comparison is given. A drawing only: every number comes from the summary.
 */
export function forestPlotSvg(summary: CampaignSummary, options: ForestPlotOptions = {}): string {
  const W = 1000;
  const label = { x: 16 };
  const plot = { left: 250, right: W - 340 };
  const rowH = 24;
  const panelTop = 30;
  const axisH = 40;
  const level = Math.round(summary.confidenceLevel * 1000) / 10;
  const title = options.title ?? `Mean and ${level}% bootstrap interval per configuration`;
  const verdicts = new Map<string, Verdict>();
  for (const c of options.comparison?.comparisons ?? []) verdicts.set(`${c.configuration}\u0000${c.metric}`, c.verdict);

  const parts: string[] = [];
  let y = 50;
  for (const metric of summary.metrics) {
    const rows = summary.summaries.filter((s) => s.metric === metric);
    if (rows.length === 0) continue;
    const ends = rows.flatMap((r) => [r.mean, r.ciLower ?? r.mean, r.ciUpper ?? r.mean]).filter(Number.isFinite);
    let lo = Math.min(...ends);
    let hi = Math.max(...ends);
    const pad = hi > lo ? (hi - lo) * 0.06 : Math.abs(hi) * 0.01 || 0.5;
    lo -= pad;
    hi += pad;
    const x = (v: number) => plot.left + ((v - lo) / (hi - lo)) * (plot.right - plot.left);
    const direction =
      options.comparison?.comparisons.find((c) => c.metric === metric)?.direction ?? metricDirection(metric);
    const heading = `${metric}${direction === undefined ? '' : ` (${direction} is better)`}`;
    const top = y + panelTop;
    const bottom = top + rows.length * rowH;
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
    rows.forEach((r, k) => {
      const cy = top + k * rowH + rowH / 2;
      const isBase = r.configuration === options.baseline;
      const colour = isBase ? '#1d4f91' : '#333333';
      parts.push(
        `<text x="${plot.left - 10}" y="${(cy + 4).toFixed(1)}" text-anchor="end"${isBase ? ' font-weight="bold"' : ''} fill="${colour}">${esc(r.configuration)}${isBase ? ' (baseline)' : ''}</text>`,
      );
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
      const shape = isBase
        ? `<rect x="${(x(r.mean) - 5).toFixed(1)}" y="${cy - 5}" width="10" height="10" fill="${colour}" transform="rotate(45 ${x(r.mean).toFixed(1)} ${cy})"/>`
        : `<circle cx="${x(r.mean).toFixed(1)}" cy="${cy}" r="4.5" fill="${r.ciLower === null ? 'white' : colour}" stroke="${colour}" stroke-width="1.5"/>`;
      parts.push(shape);
      const interval =
        r.ciLower === null || r.ciUpper === null ? 'no interval' : `[${short(r.ciLower)}, ${short(r.ciUpper)}]`;
      parts.push(
        `<text x="${plot.right + 10}" y="${(cy + 4).toFixed(1)}" fill="#333333">${esc(`${short(r.mean)} ${interval} n=${r.nSamples}`)}</text>`,
      );
      const verdict = verdicts.get(`${r.configuration}\u0000${metric}`);
      if (verdict !== undefined) {
        parts.push(
          `<text x="${W - 110}" y="${(cy + 4).toFixed(1)}" fill="${VERDICT_COLOUR[verdict]}">${esc(verdict)}</text>`,
        );
      }
    });
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${bottom}" y2="${bottom}" stroke="black"/>`);
    const axis = ticks(lo, hi);
    for (const v of axis.values) {
      parts.push(
        `<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${bottom}" y2="${bottom + 5}" stroke="black"/>`,
      );
      const text = Math.abs(v) >= 1e6 ? short(v) : v.toFixed(axis.decimals);
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
