import { streamTree } from '@bootstat/rng';
import { type BootstrapCiResult, bootstrapCi } from '@bootstat/stats';
import type { CampaignResults, CampaignSources, SkippedRecord } from './campaign-input';
import type { CampaignWarning } from './campaign-warning';
import { extractMetrics } from './internal/extract-metrics';
import { fewResamples } from './internal/few-resamples';
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
  /** Called after each cell with (cells done, cells in all), for a progress bar; the library never prints. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** One cell of the campaign: bootstrapCi of one metric over one configuration's cycles. */
export interface MetricSummary extends BootstrapCiResult {
  readonly configuration: string;
  readonly metric: string;
  /** Records of this configuration left out of this metric (each listed in `skipped`); nSamples + nSkipped records in all. */
  readonly nSkipped: number;
}

/** A cell with no value at all: every record of the configuration was skipped for the metric, or it has none. */
export interface EmptyCell {
  readonly configuration: string;
  readonly metric: string;
  /** Records left out (each listed in `skipped`); 0 when the configuration has no records. */
  readonly nSkipped: number;
}

export interface CampaignSummary {
  /** Configurations in the order of the results object. */
  readonly configurations: readonly string[];
  readonly metrics: readonly string[];
  /** Configuration-major, metrics in order; a cell with no value at all is in `empty` instead. */
  readonly summaries: readonly MetricSummary[];
  /** Cells whose every record was skipped (or that had no records): nothing to summarise. */
  readonly empty: readonly EmptyCell[];
  /** Every (record, metric) left out, with the reason. */
  readonly skipped: readonly SkippedRecord[];
  /** Warnings about the whole campaign: FEW_RESAMPLES when nResamples < MIN_RESAMPLES. */
  readonly warnings: readonly CampaignWarning[];
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
 * metrics never changes another cell, bit for bit (docs/campaign.md). Fewer than MIN_RESAMPLES resamples give a
 * FEW_RESAMPLES warning in `warnings`.
 *
 * @throws {CampaignError} CAMPAIGN_INVALID_INPUT (not an object of record arrays, no configurations, no default
 * metric found), CAMPAIGN_INVALID_OPTION, CAMPAIGN_INVALID_RECORD (`strict` only)
 * @example
 * const s = aggregateCampaign({ a: [{ total_energy_j: 101 }, { total_energy_j: 99 }, { total_energy_j: 100 }] });
 * // s.summaries[0]: { configuration: 'a', metric: 'total_energy_j', mean, std, ciLower, ciUpper, nSamples, … }
 * s.summaries[0].mean; // 100
 * s.summaries[0].std; // 1
 * s.summaries[0].nSamples; // 3
 */
export function aggregateCampaign(results: CampaignResults, options: AggregateCampaignOptions = {}): CampaignSummary {
  const o = parseOptions(aggregateOptionsSchema, options, 'aggregateCampaign');
  const campaign = extractMetrics(results, {
    metrics: o.metrics,
    strict: o.strict,
    sources: options.sources,
    fn: 'aggregateCampaign',
  });
  const nSkipped = new Map<string, number>();
  for (const s of campaign.skipped) {
    const key = `${s.configuration}\u0000${s.field}`;
    nSkipped.set(key, (nSkipped.get(key) ?? 0) + 1);
  }
  const root = streamTree(o.seed);
  const summaries: MetricSummary[] = [];
  const empty: EmptyCell[] = [];
  const total = campaign.configurations.length * campaign.metrics.length;
  let done = 0;
  campaign.configurations.forEach((configuration, c) => {
    const node = root.child(configuration);
    campaign.metrics.forEach((metric, m) => {
      const values = campaign.values[c]?.[m] as readonly number[];
      const skipped = nSkipped.get(`${configuration}\u0000${metric}`) ?? 0;
      if (values.length === 0) {
        empty.push({ configuration, metric, nSkipped: skipped });
        return;
      }
      const ci = bootstrapCi(values, {
        rng: node.child(metric),
        nResamples: o.nResamples,
        confidenceLevel: o.confidenceLevel,
      });
      summaries.push({ configuration, metric, ...ci, nSkipped: skipped });
      o.onProgress?.(++done, total);
    });
  });
  return {
    configurations: campaign.configurations,
    metrics: campaign.metrics,
    summaries,
    empty,
    skipped: campaign.skipped,
    warnings: fewResamples(o.nResamples, 'the intervals'),
    seed: o.seed,
    nResamples: o.nResamples,
    confidenceLevel: o.confidenceLevel,
  };
}
