import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeSystemError, type WrittenOutput, writeOutput } from '@bootstat/io/node';
import { StudyError } from './errors';
import type { StudyPart } from './study-part';
import { formatStudyPart, parseStudyPart } from './study-part-text';

/**
 * Reads a part file (`bootstat study SPEC --shard i/N --out FILE`) and checks it as `parseStudyPart` does; its
 * messages name the file as given (relative paths are taken from `cwd`, default `process.cwd()`).
 *
 * @throws {StudyError} STUDY_READ_ERROR for a file that cannot be read; STUDY_PART_INVALID
 * @example
 * const spec = { seed: 7, nReps: 4, nResamples: 50, grid: { k: [4], patterns: ['even'] },
 *   cases: [{ id: 1, n: 20, rho: 0.3, marginal: { median: 10, iqr: 8 } }] };
 * const paths = [0, 1].map((i) => `${tmpdir()}/bootstat-example-part-${i}-of-2.json`);
 * for (const [i, path] of paths.entries()) await writeStudyPart(path, runStudyShard(spec, { index: i, count: 2 }));
 * mergeStudyParts(paths.map((path) => readStudyPart(path))).scenarios[0].nReps; // 4
 */
export function readStudyPart(path: string, options: { readonly cwd?: string } = {}): StudyPart {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(options.cwd ?? process.cwd(), path));
  } catch (e) {
    throw new StudyError('STUDY_READ_ERROR', `cannot read ${path}: ${describeSystemError(e)}.`, path);
  }
  return parseStudyPart(bytes, { source: path });
}

/**
 * Writes a part as `formatStudyPart` lays it out, atomically (a temporary file renamed into place, so a shard
 * killed while writing leaves no part; `writeOutput` of @bootstat/io), or to standard output for `-`.
 *
 * @throws {IoError} IO_WRITE_FAILED naming the path and the reason
 * @example
 * const spec = { seed: 7, nReps: 4, nResamples: 50, grid: { k: [4], patterns: ['even'] },
 *   cases: [{ id: 1, n: 20, rho: 0.3, marginal: { median: 10, iqr: 8 } }] };
 * const written = await writeStudyPart(`${tmpdir()}/bootstat-example-part-1-of-2.json`, runStudyShard(spec, { index: 1, count: 2 }));
 * written.how; // 'atomic'
 * readStudyPart(written.path).shard; // { index: 1, count: 2 }
 */
export function writeStudyPart(
  path: string,
  part: StudyPart,
  options: { readonly cwd?: string } = {},
): Promise<WrittenOutput> {
  return writeOutput(path, formatStudyPart(part), options);
}
