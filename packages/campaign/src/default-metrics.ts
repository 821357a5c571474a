/**
 * The metrics summarised when none are named: those of an LLM inference energy campaign record. Each is used when
 * at least one record of the campaign has it; any other numeric field can be asked for by its dot path.
 */
export const DEFAULT_METRICS = [
  'total_energy_j',
  'avg_tokens_per_second',
  'total_tokens',
  'latency_stats.ttft_mean_ms',
  'latency_stats.itl_mean_ms',
] as const;
