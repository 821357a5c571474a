export { BenchCaseSchema, type BenchReport, BenchReportSchema } from './bench-report';
export { bootstrap } from './bootstrap';
export { type BootstrapCiOptions, type BootstrapCiResult, bootstrapCi } from './bootstrap-ci';
export {
  type BootstrapOptions,
  DEGENERATE_POLICIES,
  type DegeneratePolicy,
  NAN_REPLICATE_POLICIES,
  type NanReplicatePolicy,
  RESAMPLE_BLOCK_SIZE,
} from './bootstrap-options';
export { BOOTSTRAP_RESULT_SCHEMA_VERSION, type BootstrapResult } from './bootstrap-result';
export {
  type BootstrapResultJson,
  BootstrapResultJsonSchema,
  bootstrapResultToJson,
  parseBootstrapResult,
} from './bootstrap-result-json';
export {
  type BootstrapRowsData,
  type BootstrapRowsOptions,
  type BootstrapRowsResult,
  bootstrapRows,
} from './bootstrap-rows';
export { ALTERNATIVES, type Alternative, CI_METHODS, type CiMethod } from './ci/interval';
export type { CorrelationOptions } from './correlation-options';
export { STATS_ERROR_CODES, StatsError, type StatsErrorCode, type StatsErrorLocation } from './errors';
export type { NanPolicy, SampleInput } from './internal/samples';
export { type JackknifeOptions, jackknife } from './jackknife';
export {
  LOWER_BOUND_MIN_SCORES,
  LOWER_BOUND_TIE_TOLERANCE,
  type LowerBound95Options,
  type LowerBound95Result,
  lowerBound95,
} from './lower-bound-95';
export { type LowerBoundLabel, lowerBoundLabel } from './lower-bound-label';
export { mean } from './mean';
export { normalCdf } from './normal-cdf';
export { normalPpf } from './normal-ppf';
export { type ParseBenchReportOptions, parseBenchReport } from './parse-bench-report';
export { pearson } from './pearson';
export { percentile } from './percentile';
export {
  PROMOTION_GATE_MIN_ALPHA,
  PROMOTION_GATE_MIN_RESAMPLES,
  type PromotionGateOptions,
  type PromotionGateResult,
  promotionGate,
  type ReportVerdict,
  reportScores,
} from './promotion-gate';
export {
  GATE_JSON_SCHEMA_VERSION,
  type PromotionGateJson,
  promotionGateJsonSchema,
  promotionGateToJson,
} from './promotion-gate-json';
export { QUANTILE_METHODS, type QuantileMethod, type QuantileOptions, quantile } from './quantile';
export { RANK_METHODS, type RankMethod, type RankOptions, rank } from './rank';
export { spearman } from './spearman';
export { spearmanResamples } from './spearman-resamples';
export { spearmanRows } from './spearman-rows';
export { STATISTIC_NAMES, type Statistic, type StatisticFunction, type StatisticName } from './statistic';
export { STATS_WARNING_CODES, type StatsWarning, type StatsWarningCode } from './warning';
