import { escapeXml } from '@bootstat/io';
import { human } from './format-number';

export interface HistogramPlot {
  readonly title: string;
  readonly distribution: Float64Array;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** The x axis's caption; default "replicates of the statistic (count)". */
  readonly xLabel?: string;
  /** The estimate line's label; default "estimate". */
  readonly estimateLabel?: string;
  /** A value to mark with a grey line (e.g. 0, no difference), with its label. */
  readonly reference?: { readonly value: number; readonly label: string };
  /**
   * More intervals to compare (e.g. every method's), each drawn as a labelled segment in a row of its own under the
   * axis; an interval with a NaN end is listed as "not available", an infinite end (one-sided) runs to the edge.
   * The shaded band stays `low`–`high`.
   */
  readonly intervals?: readonly { readonly label: string; readonly low: number; readonly high: number }[];
}

const esc = escapeXml;

/**
 * An SVG histogram of the bootstrap replicates with the estimate (solid line) and the interval (shaded band,
 * dashed ends) marked. A drawing, not a statistic: bins are equal-width over the replicates' range.
 *
 * @example
 * const distribution = Float64Array.of(11.8, 12.1, 12.1, 12.4, 12.9); // the bootstrap replicates
 * const svg = histogramSvg({ title: 'Mean latency (ms)', distribution, estimate: 12.2, low: 11.9, high: 12.7 });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // true
 * svg.includes('<title>Mean latency (ms)</title>'); // true
 * svg.includes('>replicates of the statistic (5)</text>'); // true
 */
export function histogramSvg(plot: HistogramPlot): string {
  const W = 720;
  const rows = plot.intervals ?? [];
  const ROW = 20;
  const H = 400 + rows.length * ROW;
  // Room on the left for the interval rows' labels ("studentized") when there are any.
  const m = { left: rows.length > 0 ? 96 : 56, right: 44, top: 44, bottom: 56 + rows.length * ROW };
  const values = plot.distribution.filter((v) => Number.isFinite(v));
  const ref = plot.reference !== undefined && Number.isFinite(plot.reference.value) ? plot.reference : undefined;
  let lo = Math.min(plot.estimate, Number.isFinite(plot.low) ? plot.low : plot.estimate, ref?.value ?? Infinity);
  let hi = Math.max(plot.estimate, Number.isFinite(plot.high) ? plot.high : plot.estimate, ref?.value ?? -Infinity);
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  for (const r of rows) {
    for (const v of [r.low, r.high]) {
      if (Number.isFinite(v) && v < lo) lo = v;
      if (Number.isFinite(v) && v > hi) hi = v;
    }
  }
  if (!(hi > lo)) {
    // One value: a range around it, wide enough to be one at its magnitude (±0.5 is lost at 1e20).
    const pad = Math.max(0.5, Math.abs(lo) * 1e-9);
    lo -= pad;
    hi += pad;
  }
  // Where v sits between lo and hi, in [0, 1]. Halved when hi − lo overflows (data near ±1.8e308): halving is exact
  // for such numbers, and the ratio is the same.
  const wide = !Number.isFinite(hi - lo);
  const frac = (v: number) => (wide ? (v / 2 - lo / 2) / (hi / 2 - lo / 2) : (v - lo) / (hi - lo));
  const bins = Math.max(10, Math.min(60, Math.round(Math.sqrt(values.length))));
  const counts = new Float64Array(bins);
  for (const v of values) {
    const k = Math.min(bins - 1, Math.floor(frac(v) * bins));
    counts[k] = (counts[k] as number) + 1;
  }
  const maxCount = counts.reduce((a, b) => Math.max(a, b), 1);
  const x = (v: number) => m.left + frac(v) * (W - m.left - m.right);
  // The tallest bar reaches 85% of the plot height, leaving room for the estimate's label above the bars.
  const y = (c: number) => H - m.bottom - (c / maxCount) * 0.85 * (H - m.top - m.bottom);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
  );
  parts.push(`<title>${esc(plot.title)}</title>`);
  parts.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="white"/>`);
  parts.push(`<text x="${W / 2}" y="24" text-anchor="middle" font-size="15">${esc(plot.title)}</text>`);
  // No band for an interval with a NaN end (no interval); an infinite end (one-sided) runs to the edge.
  if (!Number.isNaN(plot.low) && !Number.isNaN(plot.high)) {
    const bandLo = x(Number.isFinite(plot.low) ? plot.low : lo);
    const bandHi = x(Number.isFinite(plot.high) ? plot.high : hi);
    parts.push(
      `<rect x="${bandLo.toFixed(1)}" y="${m.top}" width="${Math.max(0, bandHi - bandLo).toFixed(1)}" height="${H - m.top - m.bottom}" fill="#cfe3f7"/>`,
    );
  }
  const bw = (W - m.left - m.right) / bins;
  counts.forEach((c, i) => {
    if (c === 0) return;
    parts.push(
      `<rect x="${(m.left + i * bw).toFixed(1)}" y="${y(c).toFixed(1)}" width="${Math.max(1, bw - 1).toFixed(1)}" height="${(H - m.bottom - y(c)).toFixed(1)}" fill="#4a78b5"/>`,
    );
  });
  if (ref !== undefined) {
    parts.push(
      `<line x1="${x(ref.value).toFixed(1)}" x2="${x(ref.value).toFixed(1)}" y1="${m.top}" y2="${H - m.bottom}" stroke="#777" stroke-width="1.5"/>`,
    );
    // Left of the line when the line is in the right half, so the label stays inside the drawing.
    parts.push(
      x(ref.value) > W / 2
        ? `<text x="${(x(ref.value) - 4).toFixed(1)}" y="${m.top + 30}" fill="#555" text-anchor="end">${esc(ref.label)}</text>`
        : `<text x="${(x(ref.value) + 4).toFixed(1)}" y="${m.top + 30}" fill="#555">${esc(ref.label)}</text>`,
    );
  }
  for (const [v, label] of [
    [plot.low, 'low'],
    [plot.high, 'high'],
  ] as const) {
    if (!Number.isFinite(v)) continue;
    parts.push(
      `<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${m.top}" y2="${H - m.bottom}" stroke="#1d4f91" stroke-dasharray="5,4" stroke-width="1.5"/>`,
    );
    // The low end's label to the left of its line, the high end's to the right: they never overlap, however
    // narrow the interval.
    const [dx, anchor] = label === 'low' ? [-3, 'end'] : [3, 'start'];
    parts.push(
      `<text x="${(x(v) + dx).toFixed(1)}" y="${m.top - 4}" text-anchor="${anchor}" fill="#1d4f91">${label} ${esc(human(v))}</text>`,
    );
  }
  parts.push(
    `<line x1="${x(plot.estimate).toFixed(1)}" x2="${x(plot.estimate).toFixed(1)}" y1="${m.top}" y2="${H - m.bottom}" stroke="#c0392b" stroke-width="2.5"/>`,
  );
  parts.push(
    `<text x="${(x(plot.estimate) + 4).toFixed(1)}" y="${m.top + 14}" fill="#c0392b">${esc(plot.estimateLabel ?? 'estimate')} ${esc(human(plot.estimate))}</text>`,
  );
  // Axes with five ticks
  parts.push(`<line x1="${m.left}" x2="${W - m.right}" y1="${H - m.bottom}" y2="${H - m.bottom}" stroke="black"/>`);
  parts.push(`<line x1="${m.left}" x2="${m.left}" y1="${m.top}" y2="${H - m.bottom}" stroke="black"/>`);
  for (let k = 0; k <= 4; k++) {
    // Weights rather than (hi − lo)·k, which overflows before the division when hi − lo is above 4.5e307.
    const v = wide ? lo * (1 - k / 4) + hi * (k / 4) : lo + ((hi - lo) / 4) * k;
    parts.push(
      `<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${H - m.bottom}" y2="${H - m.bottom + 5}" stroke="black"/>`,
    );
    parts.push(
      `<text x="${x(v).toFixed(1)}" y="${H - m.bottom + 19}" text-anchor="${k === 0 ? 'start' : k === 4 ? 'end' : 'middle'}">${esc(human(v))}</text>`,
    );
    const c = Math.round((maxCount * k) / 4);
    parts.push(`<text x="${m.left - 6}" y="${(y(c) + 4).toFixed(1)}" text-anchor="end">${c}</text>`);
  }
  rows.forEach((r, i) => {
    const ry = 400 - 56 + 34 + i * ROW;
    parts.push(`<text x="${m.left - 6}" y="${ry + 4}" text-anchor="end">${esc(r.label)}</text>`);
    if (Number.isNaN(r.low) || Number.isNaN(r.high)) {
      parts.push(`<text x="${m.left + 4}" y="${ry + 4}" fill="#777">not available</text>`);
      return;
    }
    const a = x(Number.isFinite(r.low) ? r.low : lo);
    const b = x(Number.isFinite(r.high) ? r.high : hi);
    parts.push(
      `<line x1="${a.toFixed(1)}" x2="${b.toFixed(1)}" y1="${ry}" y2="${ry}" stroke="#1d4f91" stroke-width="3"/>`,
    );
    for (const [end, v] of [
      [a, r.low],
      [b, r.high],
    ] as const) {
      if (Number.isFinite(v)) {
        parts.push(
          `<line x1="${end.toFixed(1)}" x2="${end.toFixed(1)}" y1="${ry - 5}" y2="${ry + 5}" stroke="#1d4f91" stroke-width="2"/>`,
        );
      }
    }
  });
  parts.push(
    `<text x="${W / 2}" y="${H - 14}" text-anchor="middle">${esc(plot.xLabel ?? `replicates of the statistic (${values.length})`)}</text>`,
  );
  parts.push(`<text x="16" y="${H / 2}" text-anchor="middle" transform="rotate(-90 16 ${H / 2})">count</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
