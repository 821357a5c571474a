export { STUDY_ERROR_CODES, StudyError, type StudyErrorCode } from './errors';
export { estimateStudyMemory, type StudyMemoryEstimate } from './estimate-study-memory';
export { ALL_DISTINCT, type CountRule, expandScenarios, type Scenario } from './expand-scenarios';
export { type FisherZInterval, type FisherZOptions, fisherZInterval } from './fisher-z-interval';
export { defaultGeneratorSet, type GeneratorSet } from './generator-set';
export { type MergeStudyPartsOptions, mergeStudyParts } from './merge-study-parts';
export { parseStudySpec, STUDY_SPEC_FORMATS, type StudySpecFormat } from './parse-study-spec';
export { defaultChunk, planStudy, STUDY_MAX_CHUNK, type StudyPlan, type StudyPlanOptions } from './plan-study';
export { type RunStudyOptions, runStudy, type StudyProgress } from './run-study';
export { type DetectedShard, SHARD_ENGINES, type ShardEngine, shardFromEnvironment } from './shard-from-environment';
export { type StudyJson, studyJsonSchema, studyToJson } from './study-json';
export { STUDY_MODES, type StudyMode } from './study-mode';
export {
  runStudyShard,
  STUDY_PART_SCHEMA_VERSION,
  STUDY_VERSION,
  type StudyPart,
  type StudyPartRange,
} from './study-part';
export { formatStudyPart, parseStudyPart, studyPartJsonSchema } from './study-part-text';
export { studyPlotSvg } from './study-plot-svg';
export {
  STUDY_SCHEMA_VERSION,
  STUDY_WARNING_CODES,
  type StudyResult,
  type StudyWarning,
  type StudyWarningCode,
} from './study-result';
export {
  checkStudyShard,
  datasetWork,
  parseStudyShard,
  STUDY_MAX_SHARDS,
  type StudyRange,
  type StudyShard,
  type StudyWorkSpec,
  studyShardRanges,
} from './study-shard';
export {
  STUDY_MAX_COUNT,
  type StudyCase,
  type StudySpec,
  type StudySpecInput,
  StudySpecSchema,
  validateStudySpec,
} from './study-spec';
export { studySpecHash } from './study-spec-hash';
export {
  type CalibrationSummary,
  type MeanSummary,
  type MethodSummary,
  type ScenarioDatasets,
  type ScenarioSummary,
  summarizeScenario,
} from './summarize-scenario';
