/** Stable codes of the errors @bootstat/study throws. A code never changes meaning within a major version. */
export const STUDY_ERROR_CODES = [
  /** The study spec is not what the schema accepts (a field's type or range, an unknown field). */
  'STUDY_INVALID_SPEC',
  /** The spec names an outcome generator, marginal or count pattern that is not registered. */
  'STUDY_UNKNOWN_NAME',
  /** Counts that do not sum to n, more levels than values, or a level without a value. */
  'STUDY_INVALID_DESIGN',
  /** The study would need more memory than the machine has. */
  'STUDY_TOO_LARGE',
  /** A spec file cannot be read or parsed (JSON or YAML). */
  'STUDY_READ_ERROR',
  /** An option of a run (mode, workers, chunk size, shard) is outside what it accepts. */
  'STUDY_INVALID_OPTION',
  /** A part of a sharded study is truncated, changed since written (its checksum), or not a study part. */
  'STUDY_PART_INVALID',
  /** Parts that do not belong together: another spec (hash), @bootstat/study version or shard count. */
  'STUDY_PART_MISMATCH',
  /** A shard (or some of a scenario's datasets) is in none of the parts given. */
  'STUDY_PART_MISSING',
  /** The same shard is given twice. */
  'STUDY_PART_DUPLICATE',
  /** Two parts hold the same datasets. */
  'STUDY_PART_OVERLAP',
] as const;

export type StudyErrorCode = (typeof STUDY_ERROR_CODES)[number];

/** The one error class of @bootstat/study: a stable `code`, a message saying what to change, and where. */
export class StudyError extends Error {
  override readonly name = 'StudyError';
  readonly code: StudyErrorCode;
  /** The spec field at fault as a dot path (`cases.2.rho`), or the file, when known. */
  readonly path: string | undefined;

  constructor(code: StudyErrorCode, message: string, path?: string) {
    super(message);
    this.code = code;
    this.path = path;
  }
}
