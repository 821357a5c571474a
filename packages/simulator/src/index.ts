export {
  type AgentHistory,
  type BootstrapSample,
  type BootstrapSampleOptions,
  bootstrapSample,
  type RemappedTransaction,
} from './bootstrap-sample';
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
export { SIMULATOR_ERROR_CODES, SimulatorError, type SimulatorErrorCode } from './errors';
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
