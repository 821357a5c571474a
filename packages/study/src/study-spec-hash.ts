import { canonicalJson } from '@bootstat/io';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { type StudySpec, type StudySpecInput, validateStudySpec } from './study-spec';

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
