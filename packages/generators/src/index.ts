export { COUNT_PATTERNS, type CountPattern } from './count-patterns';
export { GENERATORS_ERROR_CODES, GeneratorsError, type GeneratorsErrorCode } from './errors';
export { levelCounts } from './level-counts';
export { DEFAULT_LEVEL_RANGE, type TiedLevelsOptions, tiedLevels } from './tied-levels';
