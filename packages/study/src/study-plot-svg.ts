import { escapeXml } from '@bootstat/io';
import type { StudyResult } from './study-result';

const ROW = 22;
const TOP = 58;
const LABEL_X = 12;
const CHAR_EM = 0.62;
const textWidth = (s: string, size = 11) => s.length * size * CHAR_EM;
const METHOD_COLOUR = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b'];

function short(x: number): string {
  if (x === 0) return '0';
  return Number(x.toPrecision(3)).toString();
}

/** Round-number ticks (steps of 1, 2 or 5 × 10^k) inside [lo, hi], about five of them. */
function ticks(lo: number, hi: number): number[] {
  const raw = (hi - lo) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

const finite = (xs: number[]) => xs.filter(Number.isFinite);

/**
 * A study as one SVG, a row per scenario and two panels. Left: each method's mean interval (a bar from the mean
 * lower end to the mean upper end) and the mean ρ̂ (a dot) against the target ρ (a black tick), with the Fisher-z
 * interval as a thin grey line under it. Right: each method's coverage of the target with ±2 binomial SE, against
 * the nominal level (a dashed line). A drawing only: every number comes from the result.
 *
 * @example
 * const svg = studyPlotSvg(runStudy({ seed: 1, nReps: 20, nResamples: 100, grid: { k: [4], patterns: ['even'] },
 *   cases: [{ id: 1, n: 30, rho: 0.2, marginal: { median: 1, iqr: 1 } }] }));
 * svg.startsWith('<svg'); // true
 */
export function studyPlotSvg(result: StudyResult): string {
  const rows = result.scenarios;
  const labelWidth = Math.max(120, ...rows.map((s) => textWidth(s.id)));
  const a = { left: Math.ceil(LABEL_X + labelWidth + 12), width: 380 };
  const b = { left: a.left + a.width + 40, width: 240 };
  const width = b.left + b.width + 20;
  const height = TOP + rows.length * ROW + 40;

  const values = finite(
    rows.flatMap((s) => [
      s.rho,
      s.rhoHat.mean,
      ...(s.fisherZ === null ? [] : [s.fisherZ.ci.low, s.fisherZ.ci.high]),
      ...s.intervals.flatMap((m) => [m.low.mean, m.high.mean]),
    ]),
  );
  let lo = Math.min(...values, 0);
  let hi = Math.max(...values, 0);
  if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.04;
  lo = Math.max(-1, lo - pad);
  hi = Math.min(1, hi + pad);
  // Ends beyond ±1 (basic and normal intervals can leave [-1, 1]) stop at the panel's edge.
  const xa = (v: number) => a.left + ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * a.width;

  const level = result.confidenceLevel;
  const covs = finite(rows.flatMap((s) => s.intervals.map((m) => m.coverage.rate - 2 * m.coverage.standardError)));
  const clo = Math.max(0, Math.min(level - 0.05, ...covs) - 0.02);
  const xb = (v: number) => b.left + ((Math.min(Math.max(v, clo), 1) - clo) / (1 - clo)) * b.width;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${LABEL_X}" y="18" font-size="14" font-weight="bold">${escapeXml(result.name ?? 'Bootstrap interval study')}</text>`,
    `<text x="${LABEL_X}" y="34">${result.nReps} datasets per scenario, ${result.nResamples} resamples, ${Math.round(level * 1000) / 10}% ${escapeXml(result.methods.join(', '))}</text>`,
    `<text x="${a.left}" y="${TOP - 8}" font-weight="bold">mean interval and mean ρ̂ vs target ρ (|), Fisher z (grey)</text>`,
    `<text x="${b.left}" y="${TOP - 8}" font-weight="bold">coverage ±2 SE vs ${short(level)}</text>`,
  );
  const bottom = TOP + rows.length * ROW;
  for (const t of ticks(lo, hi)) {
    const x = xa(t).toFixed(1);
    out.push(
      `<line x1="${x}" y1="${TOP}" x2="${x}" y2="${bottom}" stroke="#eeeeee"/>`,
      `<text x="${x}" y="${bottom + 14}" text-anchor="middle">${short(t)}</text>`,
    );
  }
  for (const t of ticks(clo, 1)) {
    const x = xb(t).toFixed(1);
    out.push(
      `<line x1="${x}" y1="${TOP}" x2="${x}" y2="${bottom}" stroke="#eeeeee"/>`,
      `<text x="${x}" y="${bottom + 14}" text-anchor="middle">${short(t)}</text>`,
    );
  }
  const nominal = xb(level).toFixed(1);
  out.push(
    `<line x1="${nominal}" y1="${TOP}" x2="${nominal}" y2="${bottom}" stroke="#555555" stroke-dasharray="4 3"/>`,
  );
  rows.forEach((s, i) => {
    const y = TOP + i * ROW + ROW / 2;
    out.push(`<text x="${LABEL_X}" y="${(y + 4).toFixed(1)}">${escapeXml(s.id)}</text>`);
    if (s.fisherZ !== null) {
      out.push(
        `<line x1="${xa(s.fisherZ.ci.low).toFixed(1)}" y1="${(y + 5).toFixed(1)}" x2="${xa(s.fisherZ.ci.high).toFixed(1)}" y2="${(y + 5).toFixed(1)}" stroke="#aaaaaa" stroke-width="1.5"/>`,
      );
    }
    const n = s.intervals.length;
    s.intervals.forEach((m, j) => {
      const colour = METHOD_COLOUR[j % METHOD_COLOUR.length];
      const dy = y - 2 + (j - (n - 1) / 2) * 4;
      if (Number.isFinite(m.low.mean) && Number.isFinite(m.high.mean)) {
        out.push(
          `<line x1="${xa(m.low.mean).toFixed(1)}" y1="${dy.toFixed(1)}" x2="${xa(m.high.mean).toFixed(1)}" y2="${dy.toFixed(1)}" stroke="${colour}" stroke-width="3"><title>${m.method}: ${short(m.low.mean)} to ${short(m.high.mean)}</title></line>`,
        );
      }
      if (Number.isFinite(m.coverage.rate)) {
        const se = 2 * m.coverage.standardError;
        out.push(
          `<line x1="${xb(m.coverage.rate - se).toFixed(1)}" y1="${dy.toFixed(1)}" x2="${xb(m.coverage.rate + se).toFixed(1)}" y2="${dy.toFixed(1)}" stroke="${colour}"/>`,
          `<circle cx="${xb(m.coverage.rate).toFixed(1)}" cy="${dy.toFixed(1)}" r="3" fill="${colour}"><title>${m.method}: coverage ${short(m.coverage.rate)}</title></circle>`,
        );
      }
    });
    if (Number.isFinite(s.rhoHat.mean)) {
      out.push(`<circle cx="${xa(s.rhoHat.mean).toFixed(1)}" cy="${(y - 2).toFixed(1)}" r="2.5" fill="black"/>`);
    }
    const tx = xa(s.rho).toFixed(1);
    out.push(
      `<line x1="${tx}" y1="${(y - 7).toFixed(1)}" x2="${tx}" y2="${(y + 7).toFixed(1)}" stroke="black" stroke-width="1.5"/>`,
    );
  });
  const legendY = bottom + 32;
  result.methods.forEach((m, j) => {
    const x = a.left + j * 110;
    out.push(
      `<line x1="${x}" y1="${legendY - 4}" x2="${x + 18}" y2="${legendY - 4}" stroke="${METHOD_COLOUR[j % METHOD_COLOUR.length]}" stroke-width="3"/>`,
      `<text x="${x + 24}" y="${legendY}">${m}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
