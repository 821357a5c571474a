export {
  type AgentHistory,
  type BootstrapSample,
  type BootstrapSampleOptions,
  bootstrapSample,
  type RemappedTransaction,
} from './bootstrap-sample';
export { buildProposerContext, type ProposerContextOptions } from './build-proposer-context';
export { BUILTIN_POLICIES } from './builtin-policies';
export { checkCents } from './cents';
export { collectHistory, parseEventTrace, type TraceEvent, type TransactionHistory } from './collect-history';
export {
  type ComparisonOptions,
  comparePolicies,
  type EvaluationOptions,
  evaluatePolicy,
  type PolicyComparison,
  type SampleEvaluation,
  summarizeEvaluation,
  VERDICT_PROFILES,
  type VerdictCriteria,
} from './compare-policies';
export { type CostRates, CostRatesSchema, costRates } from './cost-rates';
export {
  type AnyPolicyRegistry,
  createPolicyRegistry,
  type PolicyRegistry,
  type PolicySchemas,
  policyByName,
} from './create-policy-registry';
export {
  type AnyProposerRegistry,
  createProposerRegistry,
  type ProposerRegistry,
  type ProposerSchemas,
} from './create-proposer-registry';
export { SIMULATOR_ERROR_CODES, SimulatorError, type SimulatorErrorCode } from './errors';
export { iterationSeed } from './iteration-seed';
export {
  differingSetting,
  formatOptimizationLogHeader,
  formatOptimizationLogRecord,
  OPTIMIZATION_LOG_SCHEMA_VERSION,
  type OptimizationLogHeader,
  type OptimizationSettings,
  optimizationSettings,
  parseOptimizationLog,
} from './optimization-log';
export {
  type IterationRecord,
  OPTIMIZATION_STOP_REASONS,
  type OptimizationOptions,
  type OptimizationResult,
  type OptimizationStopReason,
  optimizePolicy,
} from './optimize-policy';
export { createParameterSearch, type ParameterSearchOptions } from './parameter-search';
export {
  allocatedLiquidity,
  COMPARISON_OPS,
  decidePayment,
  type Expression,
  type FunctionPolicy,
  LOGICAL_OPS,
  type Operand,
  type PaymentPolicy,
  POLICY_ACTIONS,
  POLICY_FIELDS,
  type Policy,
  type PolicyAction,
  type PolicyField,
  type PolicyNode,
  validatePaymentPolicy,
  validatePolicy,
} from './policy';
export type { Proposer } from './proposer';
export {
  agentTrace,
  CONTEXT_EVENT_PRIORITY,
  type ContextDay,
  type ContextHistoryEntry,
  type ContextTrace,
  formatProposerContext,
  type ProposerContext,
} from './proposer-context';
export {
  type CostBreakdown,
  runSandbox,
  type SandboxAgent,
  type SandboxEvent,
  type SandboxResult,
} from './run-sandbox';
export { SEED_SCHEMES, type SeedScheme, sampleSeed } from './sample-seed';
export { type Scenario, type ScenarioInput, ScenarioSchema, validateScenario } from './scenario';
export {
  checkBounds,
  coordinateValue,
  DEFAULT_SEARCH_BOUNDS,
  type SearchBound,
  type SearchBounds,
  withCoordinate,
} from './search-bounds';
export {
  type AgentDay,
  type DayAgent,
  type DayEvent,
  type DayPayment,
  type ScheduledCredit,
  settleDay,
} from './settle-day';
export { dayTrace, drawPayments, type SimulatedDay, simulateDay } from './simulate-day';
export { traceDayLength } from './trace-day-length';
export {
  type TransactionRecord,
  validateTransactionRecord,
  validateTransactionRecords,
} from './transaction-record';
