export {
  type AgentHistory,
  type BootstrapSample,
  type BootstrapSampleOptions,
  bootstrapSample,
  type RemappedTransaction,
} from './bootstrap-sample';
export { checkCents } from './cents';
export { collectHistory, parseEventTrace, type TraceEvent, type TransactionHistory } from './collect-history';
export { SIMULATOR_ERROR_CODES, SimulatorError, type SimulatorErrorCode } from './errors';
export { SEED_SCHEMES, type SeedScheme, sampleSeed } from './sample-seed';
export {
  type TransactionRecord,
  validateTransactionRecord,
  validateTransactionRecords,
} from './transaction-record';
