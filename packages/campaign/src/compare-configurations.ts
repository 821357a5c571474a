import { streamTree } from '@bootstat/rng';
import { bootstrap, mean, type StatsWarning } from '@bootstat/stats';
import type { CampaignResults, CampaignSources, SkippedRecord } from './campaign-input';
import type { CampaignWarning } from './campaign-warning';
import { CampaignError } from './errors';
import { extractMetrics } from './internal/extract-metrics';
import { fewResamples } from './internal/few-resamples';
import { compareOptionsSchema, parseOptions } from './internal/parse-options';
import { type Direction, metricDirection } from './metric-direction';

/** improved / regressed: the whole ratio interval lies beyond 1 ± noise; otherwise no-change; see VERDICTS. */
export const VERDICTS = ['improved', 'regressed', 'no-change', 'insufficient-data', 'not-comparable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Fewer cycles than this on either side gives 'insufficient-data' (bootstrapCi gives no interval for 1). */
export const MIN_CYCLES_TO_COMPARE = 2;

export interface CompareConfigurationsOptions {
  /** The configuration every other one is compared with. */
  readonly baseline: string;
  /** Dot paths; default: the DEFAULT_METRICS some record has. */
  readonly metrics?: readonly string[];
  /** Which way each metric improves; exact names or `prefix.*`, over DEFAULT_DIRECTIONS. */
  readonly directions?: Readonly<Record<string, Direction>>;
  /** A change counts only when the ratio interval lies entirely beyond 1 ± noiseThreshold; default 0.01. */
  readonly noiseThreshold?: number;
  /** Default 1000. */
  readonly nResamples?: number;
  /** Default 42. */
  readonly seed?: number;
  /** Default 0.95. */
  readonly confidenceLevel?: number;
  /** Throw CAMPAIGN_INVALID_RECORD at the first missing or non-finite metric instead of skipping it. */
  readonly strict?: boolean;
  readonly sources?: CampaignSources;
  /** Called after each comparison with (comparisons done, comparisons in all), for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A statistic of the two samples with its percentile-bootstrap interval. */
export interface ComparisonInterval {
  readonly estimate: number;
  readonly ciLower: number;
  readonly ciUpper: number;
}

export interface ConfigurationComparison {
  readonly configuration: string;
  readonly baseline: string;
  readonly metric: string;
  readonly direction: Direction;
  readonly nSamples: number;
  readonly nBaseline: number;
  /** Mean of the configuration's cycles; null when it has none. */
  readonly mean: number | null;
  readonly baselineMean: number | null;
  /** mean(configuration) / mean(baseline) with its interval; null without enough cycles or a positive baseline. */
  readonly ratio: ComparisonInterval | null;
  /** mean(configuration) − mean(baseline) with its interval; null without enough cycles. */
  readonly difference: ComparisonInterval | null;
  readonly verdict: Verdict;
  /** Why, in words (for reports). */
  readonly reason: string;
  readonly warnings: readonly StatsWarning[];
}

export interface CampaignComparison {
  readonly baseline: string;
  readonly metrics: readonly string[];
  readonly noiseThreshold: number;
  readonly seed: number;
  readonly nResamples: number;
  readonly confidenceLevel: number;
  /** Every configuration but the baseline, in order, each with every metric. */
  readonly comparisons: readonly ConfigurationComparison[];
  readonly skipped: readonly SkippedRecord[];
  /** Warnings about the whole comparison: FEW_RESAMPLES when nResamples < MIN_RESAMPLES (verdicts then are noise). */
  readonly warnings: readonly CampaignWarning[];
}

const fmt = (x: number) => Number(x.toPrecision(4)).toString();

/**
 * Compares every configuration of a campaign with a baseline, metric by metric: the ratio and the difference of
 * the means, each with a percentile-bootstrap interval for independent samples, and a verdict. A change counts
 * only when the whole ratio interval lies beyond the noise band (above 1 + noiseThreshold or below
 * 1 − noiseThreshold, as criterion.rs does); its sign and the metric's direction say whether it improved or
 * regressed. Fewer than 2 cycles on either side: 'insufficient-data'; a baseline value ≤ 0: 'not-comparable'.
 *
 * The ratio and the difference come from the same resamples, drawn from
 * `streamTree(seed).child('compare').child(configuration).child(metric)`, so one comparison never depends on
 * which other configurations exist. Fewer than MIN_RESAMPLES resamples give a FEW_RESAMPLES warning in `warnings`:
 * the verdicts are still given, but rest on intervals too coarse to trust.
 *
 * @throws {CampaignError} CAMPAIGN_UNKNOWN_BASELINE, CAMPAIGN_NO_DIRECTION (a metric with no declared or default
 * direction), CAMPAIGN_INVALID_INPUT, CAMPAIGN_INVALID_OPTION, CAMPAIGN_INVALID_RECORD (`strict` only)
 * @example
 * const { results } = readCampaign('docs/examples/campaign');
 * const c = compareConfigurations(results, { baseline: 'llama-8b-bs1-fp16' });
 * // c.comparisons[0]: { configuration, metric, direction, ratio: { estimate, ciLower, ciUpper }, difference, verdict, … }
 * c.comparisons[0].configuration; // 'llama-8b-bs8-fp16'
 * c.comparisons[0].metric; // 'total_energy_j'
 * Number(c.comparisons[0].ratio.estimate.toFixed(3)); // 0.194
 * c.comparisons[0].verdict; // 'improved'
 */
export function compareConfigurations(
  results: CampaignResults,
  options: CompareConfigurationsOptions,
): CampaignComparison {
  const o = parseOptions(compareOptionsSchema, options, 'compareConfigurations');
  const campaign = extractMetrics(results, {
    metrics: o.metrics,
    strict: o.strict,
    sources: options.sources,
    fn: 'compareConfigurations',
  });
  const b = campaign.configurations.indexOf(o.baseline);
  if (b < 0) {
    throw new CampaignError(
      'CAMPAIGN_UNKNOWN_BASELINE',
      `baseline ${JSON.stringify(o.baseline)} is not a configuration of the campaign; it has ${campaign.configurations.map((c) => JSON.stringify(c)).join(', ')}.`,
    );
  }
  const directions = campaign.metrics.map((metric) => {
    const d = metricDirection(metric, o.directions);
    if (d === undefined) {
      throw new CampaignError(
        'CAMPAIGN_NO_DIRECTION',
        `metric ${JSON.stringify(metric)} has no direction: declare whether lower or higher is better, e.g. directions: { ${JSON.stringify(metric)}: 'lower' }.`,
        { field: metric },
      );
    }
    return d;
  });
  const band = { low: 1 - o.noiseThreshold, high: 1 + o.noiseThreshold };
  const root = streamTree(o.seed).child('compare');
  const comparisons: ConfigurationComparison[] = [];
  const total = (campaign.configurations.length - 1) * campaign.metrics.length;
  let done = 0;
  campaign.configurations.forEach((configuration, c) => {
    if (c === b) return;
    const node = root.child(configuration);
    const compare = (metric: string, m: number) => {
      const x = campaign.values[c]?.[m] as readonly number[];
      const base = campaign.values[b]?.[m] as readonly number[];
      const direction = directions[m] as Direction;
      const common = {
        configuration,
        baseline: o.baseline,
        metric,
        direction,
        nSamples: x.length,
        nBaseline: base.length,
        mean: x.length === 0 ? null : mean(x),
        baselineMean: base.length === 0 ? null : mean(base),
      };
      if (x.length < MIN_CYCLES_TO_COMPARE || base.length < MIN_CYCLES_TO_COMPARE) {
        comparisons.push({
          ...common,
          ratio: null,
          difference: null,
          verdict: 'insufficient-data',
          reason: `${x.length} cycle${x.length === 1 ? '' : 's'} against ${base.length} of the baseline; an interval needs at least ${MIN_CYCLES_TO_COMPARE} on each side`,
          warnings: [],
        });
        return;
      }
      const rng = node.child(metric);
      const run = (statistic: 'mean-ratio' | 'mean-difference') =>
        bootstrap([x, base], statistic, {
          method: 'percentile',
          nResamples: o.nResamples,
          confidenceLevel: o.confidenceLevel,
          seed: o.seed,
          rng,
          keepDistribution: false,
        });
      const warnings: StatsWarning[] = [];
      if (Math.min(x.length, base.length) < 3) {
        warnings.push({
          code: 'SMALL_SAMPLE',
          message: `Only ${Math.min(x.length, base.length)} cycles on one side: the interval has few distinct values and is unreliable.`,
        });
      }
      const d = run('mean-difference');
      warnings.push(...d.warnings);
      const difference = { estimate: d.estimate, ciLower: d.ci.low, ciUpper: d.ci.high };
      // Every resampled baseline mean stays positive only when every baseline value is: then the ratio is defined
      // and ratio − 1 has the sign of the difference.
      if (base.some((v) => !(v > 0))) {
        comparisons.push({
          ...common,
          ratio: null,
          difference,
          verdict: 'not-comparable',
          reason: 'the baseline has a value <= 0, so the ratio of means is undefined or changes sign',
          warnings,
        });
        return;
      }
      const r = run('mean-ratio');
      warnings.push(...r.warnings);
      const ratio = { estimate: r.estimate, ciLower: r.ci.low, ciUpper: r.ci.high };
      const up = ratio.ciLower > band.high;
      const down = ratio.ciUpper < band.low;
      const verdict: Verdict =
        up || down ? ((up ? 'higher' : 'lower') === direction ? 'improved' : 'regressed') : 'no-change';
      const interval = `ratio interval [${fmt(ratio.ciLower)}, ${fmt(ratio.ciUpper)}]`;
      const reason = up
        ? `${interval} lies above ${fmt(band.high)}; ${direction} is better`
        : down
          ? `${interval} lies below ${fmt(band.low)}; ${direction} is better`
          : `${interval} is not wholly outside the noise band [${fmt(band.low)}, ${fmt(band.high)}]`;
      comparisons.push({ ...common, ratio, difference, verdict, reason, warnings });
    };
    campaign.metrics.forEach((metric, m) => {
      compare(metric, m);
      o.onProgress?.(++done, total);
    });
  });
  return {
    baseline: o.baseline,
    metrics: campaign.metrics,
    noiseThreshold: o.noiseThreshold,
    seed: o.seed,
    nResamples: o.nResamples,
    confidenceLevel: o.confidenceLevel,
    comparisons,
    skipped: campaign.skipped,
    warnings: fewResamples(o.nResamples, 'the verdicts'),
  };
}
