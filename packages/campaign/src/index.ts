export {
  type AggregateCampaignOptions,
  aggregateCampaign,
  type CampaignSummary,
  type EmptyCell,
  type MetricSummary,
} from './aggregate-campaign';
export type { CampaignResults, CampaignSources, RecordSource, SkippedRecord } from './campaign-input';
export { CAMPAIGN_JSON_SCHEMA_VERSION, type CampaignJson, campaignJsonSchema, campaignToJson } from './campaign-json';
export {
  CAMPAIGN_WARNING_CODES,
  type CampaignWarning,
  type CampaignWarningCode,
  MIN_RESAMPLES,
} from './campaign-warning';
export {
  type CampaignComparison,
  type CompareConfigurationsOptions,
  type ComparisonInterval,
  type ConfigurationComparison,
  compareConfigurations,
  MIN_CYCLES_TO_COMPARE,
  VERDICTS,
  type Verdict,
} from './compare-configurations';
export { DEFAULT_METRICS } from './default-metrics';
export {
  CAMPAIGN_ERROR_CODES,
  CampaignError,
  type CampaignErrorCode,
  type CampaignErrorLocation,
} from './errors';
export { type ForestPlotOptions, forestPlotSvg } from './forest-plot-svg';
export { DEFAULT_DIRECTIONS, DIRECTIONS, type Direction, metricDirection } from './metric-direction';
