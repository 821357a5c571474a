/** Which way a metric improves: 'lower' (energy, latency) or 'higher' (throughput). */
export const DIRECTIONS = ['lower', 'higher'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * The directions used when none is declared: energy and latency improve downwards, throughput and tokens upwards.
 * A key ending in `.*` covers every metric under that prefix (`latency_stats.*`).
 */
export const DEFAULT_DIRECTIONS: Readonly<Record<string, Direction>> = {
  total_energy_j: 'lower',
  'latency_stats.*': 'lower',
  avg_tokens_per_second: 'higher',
  total_tokens: 'higher',
};

function lookup(metric: string, table: Readonly<Record<string, Direction>>): Direction | undefined {
  if (Object.hasOwn(table, metric)) return table[metric];
  // The longest matching `prefix.*` wins, so `latency_stats.p99.*` can override `latency_stats.*`.
  let best: { length: number; direction: Direction } | undefined;
  for (const [key, direction] of Object.entries(table)) {
    if (!key.endsWith('.*')) continue;
    const prefix = key.slice(0, -1);
    if (metric.startsWith(prefix) && (best === undefined || prefix.length > best.length)) {
      best = { length: prefix.length, direction };
    }
  }
  return best?.direction;
}

/**
 * The direction of `metric`: from `directions` (exact name, then the longest `prefix.*`), else from
 * `DEFAULT_DIRECTIONS` the same way; undefined when neither says.
 *
 * @example
 * metricDirection('latency_stats.ttft_mean_ms'); // 'lower'
 * metricDirection('total_tokens', { total_tokens: 'lower' }); // 'lower'
 */
export function metricDirection(
  metric: string,
  directions: Readonly<Record<string, Direction>> = {},
): Direction | undefined {
  return lookup(metric, directions) ?? lookup(metric, DEFAULT_DIRECTIONS);
}
