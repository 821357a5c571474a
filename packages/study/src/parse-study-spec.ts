import { CONFIG_FORMATS, type ConfigFormat, IoError, parseConfigText } from '@bootstat/io';
import { StudyError } from './errors';
import { type StudySpec, validateStudySpec } from './study-spec';

/** The formats a spec file may be written in. */
export const STUDY_SPEC_FORMATS = CONFIG_FORMATS;
export type StudySpecFormat = ConfigFormat;

/**
 * Parses and validates a study spec written as JSON (a duplicate key is an error) or YAML 1.2 (a duplicate key is
 * an error too; aliases are capped, so a "billion laughs" text cannot expand), with @bootstat/io's
 * `parseConfigText`. `source` names the text in messages.
 *
 * @throws {StudyError} STUDY_READ_ERROR for text that is not JSON or YAML (with its line), STUDY_INVALID_SPEC for a
 *   spec the schema refuses
 * @example
 * const spec = parseStudySpec('seed: 1\nnReps: 200\nnResamples: 1000\ngrid: { allDistinct: true }\ncases: [{ id: 1, n: 80, rho: 0.3 }]\n', { format: 'yaml' });
 * spec.cases[0].n; // 80
 */
export function parseStudySpec(
  text: string,
  options: { readonly format: StudySpecFormat; readonly source?: string },
): StudySpec {
  const where = options.source ?? 'the study spec';
  let data: unknown;
  try {
    data = parseConfigText(text, { format: options.format });
  } catch (e) {
    if (e instanceof IoError) {
      // JSON's line is left out of the message, as before; YAML's is given (its messages do not carry it).
      const line = options.format === 'yaml' && e.location.line !== undefined ? `:${e.location.line}` : '';
      throw new StudyError('STUDY_READ_ERROR', `${where}${line}: ${e.message}`, options.source);
    }
    throw e;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new StudyError(
      'STUDY_INVALID_SPEC',
      `${where}: a study spec is an object of fields (seed, nReps, nResamples, grid, cases, …); docs/study.md.`,
      options.source,
    );
  }
  return validateStudySpec(data);
}
