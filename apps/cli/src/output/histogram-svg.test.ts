import { describe, expect, it } from 'vitest';
import { histogramSvg } from './histogram-svg';

const base = {
  title: 'mean',
  distribution: new Float64Array([1, 2, 2, 3, 3, 3, 4, 4, 5]),
  estimate: 3,
  low: 2,
  high: 4,
};

/** The x coordinates of the interval row drawn at `label`'s height, read back from the SVG. */
function rowSegment(svg: string, label: string): { y: number; x1: number; x2: number } | undefined {
  const text = new RegExp(`<text x="[\\d.]+" y="([\\d.]+)" text-anchor="end">${label}</text>`).exec(svg);
  if (text === null) return undefined;
  const y = Number(text[1]) - 4;
  const line = new RegExp(
    `<line x1="([\\d.]+)" x2="([\\d.]+)" y1="${y}" y2="${y}" stroke="#1d4f91" stroke-width="3"/>`,
  ).exec(svg);
  return line === null ? undefined : { y, x1: Number(line[1]), x2: Number(line[2]) };
}

describe('histogramSvg with several intervals', () => {
  it('draws each interval as a labelled row under the axis, in order, and grows to hold them', () => {
    const svg = histogramSvg({
      ...base,
      intervals: [
        { label: 'percentile', low: 2, high: 4 },
        { label: 'basic', low: 1.5, high: 3.5 },
      ],
    });
    expect(svg).toContain('height="440"');
    const p = rowSegment(svg, 'percentile');
    const b = rowSegment(svg, 'basic');
    expect(p).toBeDefined();
    expect(b).toBeDefined();
    expect((b?.y ?? 0) - (p?.y ?? 0)).toBe(20);
    // basic starts left of percentile and ends left of it, as its numbers do.
    expect(b?.x1 ?? 0).toBeLessThan(p?.x1 ?? 0);
    expect(b?.x2 ?? 0).toBeLessThan(p?.x2 ?? 0);
  });

  it('says "not available" for a NaN end, runs an infinite end to the edge, and escapes labels', () => {
    const svg = histogramSvg({
      ...base,
      intervals: [
        { label: 'bca', low: Number.NaN, high: 4 },
        { label: 'less', low: Number.NEGATIVE_INFINITY, high: 4 },
        { label: '<b>&', low: 2, high: 3 },
      ],
    });
    expect(svg).toMatch(/>bca<\/text>\n<text x="[\d.]+" y="[\d.]+" fill="#777">not available<\/text>/);
    expect(rowSegment(svg, 'less')?.x1).toBe(96);
    expect(svg).toContain('&lt;b&gt;&amp;</text>');
    expect(svg).not.toContain('<b>');
  });

  it('draws no rows, and keeps its size and margins, without intervals', () => {
    const svg = histogramSvg(base);
    expect(svg).toContain('width="720" height="400"');
    expect(svg).toContain('<line x1="56" x2="56"');
  });

  it('shades no band when the chosen interval has a NaN end, and one to the edge for an infinite end', () => {
    const band = /<rect x="[\d.]+" y="44" width="[\d.]+" height="[\d.]+" fill="#cfe3f7"\/>/;
    expect(histogramSvg({ ...base, low: Number.NaN, high: Number.NaN })).not.toMatch(band);
    expect(histogramSvg({ ...base, low: Number.NaN, high: 4 })).not.toMatch(band);
    expect(histogramSvg({ ...base, low: Number.NEGATIVE_INFINITY, high: 4 })).toMatch(/<rect x="56.0" y="44"/);
  });

  it('draws data near the largest doubles with finite coordinates (hi − lo overflows)', () => {
    const svg = histogramSvg({
      title: 'huge',
      distribution: new Float64Array([-1.7e308, 0, 1e308, 1.7e308]),
      estimate: 0,
      low: -1e308,
      high: 1e308,
      intervals: [{ label: 'percentile', low: -1.7e308, high: 1.7e308 }],
    });
    expect(svg).not.toMatch(/NaN|Infinity/);
    // The estimate, 0, halfway between -1.7e308 and 1.7e308: the middle of the plot (96 + 580 / 2).
    expect(svg).toContain('<line x1="386.0" x2="386.0"');
  });

  it('stays finite where (hi − lo)·k would overflow (a range of 1e308), and around one huge value', () => {
    const svg = histogramSvg({
      title: 'wide',
      distribution: new Float64Array([-5e307, 0, 5e307]),
      estimate: 0,
      low: -5e307,
      high: 5e307,
    });
    expect(svg).not.toMatch(/NaN|Infinity/);
    const constant = histogramSvg({
      title: 'one',
      distribution: new Float64Array([1e20, 1e20]),
      estimate: 1e20,
      low: 1e20,
      high: 1e20,
    });
    expect(constant).not.toMatch(/NaN|Infinity/);
  });
});
