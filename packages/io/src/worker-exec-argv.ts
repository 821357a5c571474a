/**
 * The Node flags a worker thread should start with: the parent's (`process.execArgv`) minus export conditions and
 * `--input-type`. A test runner may resolve packages to their TypeScript sources (`--conditions @bootstat/source`),
 * but a worker thread runs the built JavaScript; and a worker refuses `--input-type` (`node --input-type=module -e`)
 * for its module file. Used by every pool of worker threads (`createBootstrapPool`, `runStudyAsync`).
 *
 * @example
 * workerExecArgv(['--conditions', '@bootstat/source', '--max-old-space-size=4096', '-C=dev']); // ['--max-old-space-size=4096']
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if (arg === '--conditions' || arg === '-C' || arg === '--input-type') i++;
    else if (!/^(--conditions|-C|--input-type)=/.test(arg)) out.push(arg);
  }
  return out;
}
