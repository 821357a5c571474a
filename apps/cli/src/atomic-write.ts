import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './cli-error';

/** Writes a file under a temporary name and renames it, so a crash never leaves a half-written output. */
export function atomicWrite(cwd: string, path: string, content: string): string {
  const target = resolve(cwd, path);
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing to remove (the directory could not hold it): the error below is the one to report.
    }
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
  return target;
}
