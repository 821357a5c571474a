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
});
