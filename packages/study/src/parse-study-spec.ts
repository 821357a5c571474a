import { IoError, parseJson } from '@bootstat/io';
import { parseDocument, type YAMLError, YAMLParseError } from 'yaml';
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
  // A byte-order mark is no part of the spec (editors on Windows add one), in JSON as in YAML.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (options.format === 'json') {
    try {
      data = parseJson(body);
    } catch (e) {
      if (e instanceof IoError) throw new StudyError('STUDY_READ_ERROR', `${where}: ${e.message}`, options.source);
      throw e;
    }
  } else {
    // A warning (an unknown tag such as !custom or !!js/function) is an error too: a spec means one thing, and the
    // library would otherwise print the warning itself.
    const doc = parseDocument(body, { uniqueKeys: true, prettyErrors: true, strict: true, logLevel: 'silent' });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem !== undefined) throw yamlError(problem, where, options.source);
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      if (e instanceof Error) {
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

function yamlError(e: YAMLError, where: string, source: string | undefined): StudyError {
  const line = e.linePos?.[0]?.line;
  const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
  const what = e instanceof YAMLParseError ? 'not valid YAML' : 'YAML the spec does not accept';
  return new StudyError(
    'STUDY_READ_ERROR',
    `${where}${line === undefined ? '' : `:${line}`}: ${what}: ${first}`,
    source,
  );
}
