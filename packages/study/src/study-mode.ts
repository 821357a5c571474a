/**
 * How a study's datasets are computed: 'batch' (a chunk of datasets as one matrix, `bootstrapRows`) or
 * 'per-dataset' (one dataset at a time, `bootstrap`). Neither changes a bit of the result.
 */
export const STUDY_MODES = ['batch', 'per-dataset'] as const;
export type StudyMode = (typeof STUDY_MODES)[number];
