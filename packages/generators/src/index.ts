export { type BetaScoresOptions, betaScores } from './beta-scores';
export {
  CALIBRATION_DATASETS,
  CALIBRATION_TOLERANCE,
  type CalibrateRhoOptions,
  type CalibrationResult,
  calibrateRho,
} from './calibrate-rho';
export { CalibrationCache } from './calibration-cache';
export { COUNT_PATTERNS, type CountPattern } from './count-patterns';
export { createDatasetGenerator, type DatasetGenerator } from './create-dataset-generator';
export {
  type BuiltinGeneratorRegistries,
  createGeneratorRegistries,
  type GeneratorRegistries,
} from './create-generator-registries';
export { createMarginalRegistry, type MarginalRegistry, type MarginalSchemas } from './create-marginal-registry';
export { createOutcomeRegistry, type OutcomeRegistry, type OutcomeSchemas } from './create-outcome-registry';
export type { DatasetDesign, DatasetOptions, StrategyChoice } from './dataset-design';
export { GENERATORS_ERROR_CODES, GeneratorsError, type GeneratorsErrorCode } from './errors';
export { fitLognormal, LOGNORMAL_MIN_SIGMA, type LognormalParameters } from './fit-lognormal';
export { generateDataset } from './generate-dataset';
export { generateDatasets } from './generate-datasets';
export { levelCounts } from './level-counts';
export type { Marginal } from './marginal';
export { lognormalMarginal } from './marginals/lognormal';
export type { OutcomeInput, OutcomeMeta, OutcomeModel } from './outcome-model';
export { COPULA_P_CLIP, gaussianCopulaOutcome } from './outcomes/gaussian-copula';
export { logLinearOutcome } from './outcomes/log-linear';
export { rankMixingOutcome } from './outcomes/rank-mixing';
export { type PassFailOptions, passFail } from './pass-fail';
export { shuffleLevels } from './shuffle-levels';
export { DEFAULT_LEVEL_RANGE, type TiedLevelsOptions, tiedLevels } from './tied-levels';
