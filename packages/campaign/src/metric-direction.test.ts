import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from './default-metrics';
import { metricDirection } from './metric-direction';

describe('metricDirection', () => {
  it('has a default direction for every default metric: lower for energy and latency, higher for throughput', () => {
    expect(DEFAULT_METRICS.map((m) => metricDirection(m))).toEqual(['lower', 'higher', 'higher', 'lower', 'lower']);
    expect(metricDirection('latency_stats.ttft_p99_ms')).toBe('lower');
    expect(metricDirection('duration_s')).toBeUndefined();
    expect(metricDirection('latency_stats')).toBeUndefined();
  });

  it('takes declared directions first, an exact name over a prefix, the longest prefix over a shorter one', () => {
    expect(metricDirection('total_tokens', { total_tokens: 'lower' })).toBe('lower');
    const d = { 'latency_stats.*': 'higher', 'latency_stats.gpu.*': 'lower', 'latency_stats.x': 'lower' } as const;
    expect(metricDirection('latency_stats.ttft_mean_ms', d)).toBe('higher');
    expect(metricDirection('latency_stats.gpu.y', d)).toBe('lower');
    expect(metricDirection('latency_stats.x', d)).toBe('lower');
  });
});
