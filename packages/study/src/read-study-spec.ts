import { configFormat, IoError } from '@bootstat/io';
import { readTextFile } from '@bootstat/io/node';
import { StudyError } from './errors';
import { parseStudySpec, type StudySpecFormat } from './parse-study-spec';
import type { StudySpec } from './study-spec';

/** Spec files larger than this are refused before they are read (a spec is a few kilobytes). */
export const STUDY_SPEC_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Reads, parses and validates a study spec file: `.json` as JSON, `.yaml` or `.yml` as YAML, anything else as JSON
 * when it starts with `{` and as YAML otherwise.
 *
 * @throws {StudyError} STUDY_READ_ERROR for a file that cannot be read or parsed; STUDY_INVALID_SPEC
 * @example
 * const spec = readStudySpec('docs/examples/karwowski-study.yaml');
 * spec.cases.length; // 4
 */
export function readStudySpec(path: string, options: { readonly format?: StudySpecFormat } = {}): StudySpec {
  let text: string;
  try {
    text = readTextFile(path, { maxBytes: STUDY_SPEC_MAX_BYTES });
  } catch (e) {
    if (e instanceof IoError) throw new StudyError('STUDY_READ_ERROR', e.message, path);
    throw e;
  }
  const format = options.format ?? configFormat(path, text);
  try {
    return parseStudySpec(text, { format, source: path });
  } catch (e) {
    if (e instanceof StudyError && e.code === 'STUDY_INVALID_SPEC' && !e.message.startsWith(path)) {
      throw new StudyError(e.code, `${path}: ${e.message}`, e.path);
    }
    throw e;
  }
}
