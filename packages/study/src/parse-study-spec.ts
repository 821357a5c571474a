import { IoError, parseJson } from '@bootstat/io';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { StudyError } from './errors';
import { type StudySpec, validateStudySpec } from './study-spec';

/** The formats a spec file may be written in. */
export const STUDY_SPEC_FORMATS = ['json', 'yaml'] as const;
export type StudySpecFormat = (typeof STUDY_SPEC_FORMATS)[number];

/**
 * Parses and validates a study spec written as JSON (a duplicate key is an error) or YAML 1.2 (a duplicate key is
 * an error too; aliases are capped, so a "billion laughs" text cannot expand). `source` names the text in messages.
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
  if (options.format === 'json') {
    try {
      data = parseJson(text);
    } catch (e) {
      if (e instanceof IoError) throw new StudyError('STUDY_READ_ERROR', `${where}: ${e.message}`, options.source);
      throw e;
    }
  } else {
    try {
      data = parseYaml(text, { uniqueKeys: true, maxAliasCount: 100, prettyErrors: false, strict: true });
    } catch (e) {
      if (e instanceof YAMLParseError) {
        const line = e.linePos?.[0]?.line;
        const first = e.message.split('\n')[0] ?? e.message;
        throw new StudyError(
          'STUDY_READ_ERROR',
          `${where}${line === undefined ? '' : `:${line}`}: not valid YAML: ${first}`,
          options.source,
        );
      }
      if (e instanceof Error && /alias/i.test(e.message)) {
        throw new StudyError('STUDY_READ_ERROR', `${where}: not a study spec: ${e.message}`, options.source);
      }
      throw e;
    }
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
