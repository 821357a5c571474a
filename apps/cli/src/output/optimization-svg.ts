import { escapeXml } from '@bootstat/io';
import type { IterationRecord } from '@bootstat/simulator';
import { human } from './format-number';

export interface OptimizationPlot {
  readonly title: string;
  readonly level: number;
  readonly iterations: readonly IterationRecord[];
}

const esc = escapeXml;

/**
 * An SVG of an optimisation run, one column per iteration: the current policy's mean cost (a black dot), the
 * proposal's mean cost on the same samples with its paired interval (current − the delta's interval; green when
 * kept, red when not), an invalid proposal as a grey cross on the current cost, and the kept policy's cost as a
 * line. A drawing, not a statistic: every number comes from the records.
 */
export function optimizationSvg(plot: OptimizationPlot): string {
  const W = 760;
  const H = 420;
  const m = { left: 72, right: 24, top: 48, bottom: 64 };
  const n = Math.max(1, plot.iterations.length);
  const ys: number[] = [];
  for (const r of plot.iterations) {
    ys.push(r.currentMeanCost, r.keptMeanCost);
    if (r.comparison !== null) {
      for (const v of [
        r.comparison.candidateMeanCost,
        r.currentMeanCost - r.comparison.ci.low,
        r.currentMeanCost - r.comparison.ci.high,
      ]) {
        if (Number.isFinite(v)) ys.push(v);
      }
    }
  }
  let lo = Math.min(...ys, 0);
  let hi = Math.max(...ys, 1);
  if (!(hi > lo)) hi = lo + 1;
  const pad = (hi - lo) * 0.05;
  lo = Math.max(0, lo - pad);
  hi += pad;
  const x = (i: number) => m.left + ((i + 0.5) / n) * (W - m.left - m.right);
  const y = (v: number) => H - m.bottom - ((v - lo) / (hi - lo)) * (H - m.top - m.bottom);
  const f = (v: number) => v.toFixed(1);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<title>${esc(plot.title)}</title>`,
    `<rect x="0" y="0" width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="24" text-anchor="middle" font-size="15">${esc(plot.title)}</text>`,
    `<line x1="${m.left}" x2="${W - m.right}" y1="${H - m.bottom}" y2="${H - m.bottom}" stroke="black"/>`,
    `<line x1="${m.left}" x2="${m.left}" y1="${m.top}" y2="${H - m.bottom}" stroke="black"/>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const v = lo + ((hi - lo) * k) / 4;
    parts.push(`<text x="${m.left - 6}" y="${f(y(v) + 4)}" text-anchor="end">${esc(human(v))}</text>`);
  }
  const kept = plot.iterations.map((r, i) => `${f(x(i))},${f(y(r.keptMeanCost))}`).join(' ');
  if (plot.iterations.length > 1)
    parts.push(`<polyline points="${kept}" fill="none" stroke="#888" stroke-width="1.5"/>`);
  for (const [i, r] of plot.iterations.entries()) {
    const cx = x(i);
    parts.push(`<text x="${f(cx)}" y="${H - m.bottom + 18}" text-anchor="middle">${r.iteration}</text>`);
    if (r.comparison !== null) {
      const colour = r.verdict.accept ? '#2e7d32' : '#c62828';
      const top = r.currentMeanCost - r.comparison.ci.low;
      const bottom = r.currentMeanCost - r.comparison.ci.high;
      if (Number.isFinite(top) && Number.isFinite(bottom)) {
        parts.push(
          `<line x1="${f(cx + 6)}" x2="${f(cx + 6)}" y1="${f(y(top))}" y2="${f(y(bottom))}" stroke="${colour}" stroke-width="2"/>`,
        );
      }
      parts.push(
        `<circle cx="${f(cx + 6)}" cy="${f(y(r.comparison.candidateMeanCost))}" r="4" fill="${colour}"><title>iteration ${r.iteration}: proposal ${esc(human(r.comparison.candidateMeanCost))} cents, ${r.verdict.accept ? 'kept' : 'not kept'}</title></circle>`,
      );
    } else {
      const cy = y(r.currentMeanCost);
      parts.push(
        `<path d="M${f(cx + 2)},${f(cy - 4)} l8,8 m0,-8 l-8,8" stroke="#999" stroke-width="2"><title>iteration ${r.iteration}: invalid proposal</title></path>`,
      );
    }
    parts.push(
      `<circle cx="${f(cx - 4)}" cy="${f(y(r.currentMeanCost))}" r="3.5" fill="black"><title>iteration ${r.iteration}: current ${esc(human(r.currentMeanCost))} cents</title></circle>`,
    );
  }
  parts.push(
    `<text x="${W / 2}" y="${H - 30}" text-anchor="middle">iteration (black: the current policy's mean cost; green or red: the proposal's, with its ${Number((plot.level * 100).toPrecision(6))}% paired interval; grey line: kept)</text>`,
    `<text x="16" y="${H / 2}" text-anchor="middle" transform="rotate(-90 16 ${H / 2})">mean cost (cents)</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
