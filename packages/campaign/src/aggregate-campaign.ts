import { streamTree } from '@bootstat/rng';
import { type BootstrapCiResult, bootstrapCi } from '@bootstat/stats';
import type { CampaignResults, CampaignSources, SkippedRecord } from './campaign-input';
import { extractMetrics } from './internal/extract-metrics';
import { aggregateOptionsSchema, parseOptions } from './internal/parse-options';

export interface AggregateCampaignOptions {
  /** Dot paths of the metrics (`latency_stats.ttft_mean_ms`); default: those of DEFAULT_METRICS some record has. */
  readonly metrics?: readonly string[];
  /** Resamples per interval; default 1000. */
  readonly nResamples?: number;
  /** The campaign seed in [0, 2^32); default 42. */
  readonly seed?: number;
  /** Default 0.95. */
  readonly confidenceLevel?: number;
  /** Throw CAMPAIGN_INVALID_RECORD at the first missing or non-finite metric instead of skipping it. */
  readonly strict?: boolean;
  /** Where each record came from (`readCampaign` gives it), named in skipped entries and errors. */
  readonly sources?: CampaignSources;
}

/** One cell of the campaign: bootstrapCi of one metric over one configuration's cycles. */
export interface MetricSummary extends BootstrapCiResult {
  readonly configuration: string;
  readonly metric: string;
}

export interface CampaignSummary {
  /** Configurations in the order of the results object. */
  readonly configurations: readonly string[];
  readonly metrics: readonly string[];
  /** Configuration-major, metrics in order; a cell with no value at all is in `empty` instead. */
  readonly summaries: readonly MetricSummary[];
  /** Cells whose every record was skipped (or that had no records): nothing to summarise. */
  readonly empty: readonly { readonly configuration: string; readonly metric: string }[];
  /** Every (record, metric) left out, with the reason. */
  readonly skipped: readonly SkippedRecord[];
  readonly seed: number;
  readonly nResamples: number;
  readonly confidenceLevel: number;
}

/**
 * Summarises a benchmark campaign: for every configuration and metric, the mean of its cycles, the standard
 * deviation and a percentile-bootstrap interval of the mean (`bootstrapCi`: 1 cycle, the mean alone; 2, an
 * interval with a SMALL_SAMPLE warning; 3 or more, an interval).
 *
 * Each cell draws from its own stream, `streamTree(seed).child(configuration).child(metric)`, so a cell's numbers
 * depend only on its own values, the seed and the two names: adding, removing or reordering configurations or
 * metrics never changes another cell, bit for bit (docs/campaign.md).
 *
 * @throws {CampaignError} CAMPAIGN_INVALID_INPUT (not an object of record arrays, no configurations, no default
 * metric found), CAMPAIGN_INVALID_OPTION, CAMPAIGN_INVALID_RECORD (`strict` only)
 * @example
 * const s = aggregateCampaign({ a: [{ total_energy_j: 101 }, { total_energy_j: 99 }, { total_energy_j: 100 }] });
 * s.summaries[0]; // { configuration: 'a', metric: 'total_energy_j', mean: 100, std: 1, ciLower, ciUpper, nSamples: 3, … }
 */
export function aggregateCampaign(results: CampaignResults, options: AggregateCampaignOptions = {}): CampaignSummary {
  const o = parseOptions(aggregateOptionsSchema, options, 'aggregateCampaign');
  const campaign = extractMetrics(results, {
    metrics: o.metrics,
    strict: o.strict,
    sources: options.sources,
    fn: 'aggregateCampaign',
  });
  const root = streamTree(o.seed);
  const summaries: MetricSummary[] = [];
  const empty: { configuration: string; metric: string }[] = [];
  campaign.configurations.forEach((configuration, c) => {
    const node = root.child(configuration);
    campaign.metrics.forEach((metric, m) => {
      const values = campaign.values[c]?.[m] as readonly number[];
      if (values.length === 0) {
        empty.push({ configuration, metric });
        return;
      }
      const ci = bootstrapCi(values, {
        rng: node.child(metric),
        nResamples: o.nResamples,
        confidenceLevel: o.confidenceLevel,
      });
      summaries.push({ configuration, metric, ...ci });
    });
  });
  return {
    configurations: campaign.configurations,
    metrics: campaign.metrics,
    summaries,
    empty,
    skipped: campaign.skipped,
    seed: o.seed,
    nResamples: o.nResamples,
    confidenceLevel: o.confidenceLevel,
  };
}
