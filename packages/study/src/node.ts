// The Node-only entry: spec files and worker threads. Everything in the main entry runs in a browser too.
export { readStudySpec, STUDY_SPEC_MAX_BYTES } from './read-study-spec';
export { type RunStudyAsyncOptions, runStudyAsync, runStudyShardAsync } from './run-study-async';
export { readStudyPart, writeStudyPart } from './study-part-file';
