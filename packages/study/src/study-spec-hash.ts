import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { type StudySpec, type StudySpecInput, validateStudySpec } from './study-spec';

/** JSON with every object's keys sorted, so that equal specs give equal text whatever the order they were written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The content hash of a study spec: `sha256:` and the SHA-256 of the validated spec (defaults filled in) as JSON
 * with sorted keys. Equal for the same study written as JSON or YAML, in any key order, with or without its
 * defaults spelled out, with or without `$schema`; different when anything that can change a bit differs (seed, nReps, nResamples, a case...).
 * Parts of a sharded study carry it, and only parts with equal hashes merge.
 *
 * @throws {StudyError} STUDY_INVALID_SPEC for a spec that is not valid
 * @example
 * const spec = { seed: 1, nReps: 10, nResamples: 100, grid: { k: [4], patterns: ['even'] },
 *   cases: [{ id: 1, n: 80, rho: -0.13, marginal: { median: 15.4, iqr: 19.3 } }] };
 * studySpecHash(spec) === studySpecHash({ ...spec, confidenceLevel: 0.95 }); // true
 * studySpecHash(spec) === studySpecHash({ ...spec, seed: 2 }); // false
 */
export function studySpecHash(spec: StudySpecInput | StudySpec): string {
  // `$schema` names the editor's schema, not the study.
  const { $schema: _, ...study } = validateStudySpec(spec);
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(study))))}`;
}
