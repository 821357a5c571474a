import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aggregateCampaign } from './aggregate-campaign';
import { compareConfigurations } from './compare-configurations';
import { forestPlotSvg } from './forest-plot-svg';
import { readCampaign } from './read-campaign';

const SAMPLE = fileURLToPath(new URL('../../../docs/examples/campaign', import.meta.url));

describe('forestPlotSvg', () => {
  const { results } = readCampaign(SAMPLE);
  const summary = aggregateCampaign(results);
  const comparison = compareConfigurations(results, { baseline: 'llama-8b-bs8-fp16' });

  it('draws one panel per metric and one row per configuration, the baseline marked, verdicts beside', () => {
    const svg = forestPlotSvg(summary, { baseline: 'llama-8b-bs8-fp16', comparison });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const m of summary.metrics) expect(svg).toContain(`>${m} (`);
    expect(svg.match(/\(baseline\)/g)).toHaveLength(summary.metrics.length);
    expect(svg.match(/<circle /g)).toHaveLength(summary.summaries.length - summary.metrics.length);
    expect(svg).toContain('lower is better');
    expect(svg).toContain('>improved<');
    expect(svg).toContain('n=2');
    expect(svg).toContain('stroke-dasharray="4,3"'); // the 2-cycle intervals are dashed
  });

  it('escapes names, and draws a single cycle as a hollow point without a bar', () => {
    const svg = forestPlotSvg(aggregateCampaign({ '<a&b>': [{ total_energy_j: 3 }] }));
    expect(svg).toContain('&lt;a&amp;b&gt;');
    expect(svg).toContain('no interval');
    expect(svg).toContain('fill="white" stroke=');
  });

  // Glyphs of 12px sans-serif text are at least 6px wide on average (0.5 em), so a column must start at least that
  // far beyond the longest text before it.
  it('widens its columns for long names and long numbers instead of overlapping them', () => {
    const name = `meta-llama/Llama-3.1-70B-Instruct-tp4-bs64-${'x'.repeat(20)}`;
    const results = {
      [name]: [1, 2, 3].map((k) => ({ total_energy_j: 1234567.891 * k })),
      base: [1, 2, 3].map((k) => ({ total_energy_j: 1.5e-7 * k })),
    };
    const svg = forestPlotSvg(aggregateCampaign(results), {
      baseline: 'base',
      comparison: compareConfigurations(results, { baseline: 'base' }),
    });
    const label = /<text x="([\d.]+)" y="[\d.]+" text-anchor="end"[^>]*>([^<]+)<\/text>/.exec(svg);
    expect(label?.[2]).toBe(name);
    expect(Number(label?.[1])).toBeGreaterThanOrEqual(name.length * 6);
    const stats = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" fill="#333333">([^<]+n=3)<\/text>/g)];
    const verdict = /<text x="([\d.]+)" y="[\d.]+" fill="#[0-9a-f]+">(regressed)<\/text>/.exec(svg);
    expect(stats).toHaveLength(2);
    for (const m of stats)
      expect(Number(verdict?.[1])).toBeGreaterThanOrEqual(Number(m[1]) + (m[2] as string).length * 6);
    const width = Number(/^<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThanOrEqual(Number(verdict?.[1]) + 'regressed'.length * 6);
  });

  it('keeps a row for a configuration without any value of a metric, saying how many records were skipped', () => {
    const svg = forestPlotSvg(
      aggregateCampaign({ a: [{ total_energy_j: 1 }, { total_energy_j: 2 }], b: [{ total_energy_j: 'n/a' }] }),
    );
    expect(svg).toContain('>b</text>');
    expect(svg).toContain('>no value (1 skipped)</text>');
  });
});
