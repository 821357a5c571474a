// The Node-only entry: files and processes. Everything in the main entry runs in a browser too.
export { describeSystemError } from './describe-system-error';
export { displayPath, type FindFilesOptions, findFiles } from './find-files';
export { removePendingTempFiles } from './internal/pending-temp-files';
export { READ_TEXT_FILE_MAX_BYTES, type ReadTextFileOptions, readTextFile } from './read-text-file';
export { workerExecArgv } from './worker-exec-argv';
export {
  isStandardOutput,
  type OutputContent,
  TEMP_FILE_PATTERN,
  type WriteOutputOptions,
  type WrittenOutput,
  writeOutput,
} from './write-output';
