import { StudyError } from './errors';
import { type CountRule, expandScenarios, type Scenario } from './expand-scenarios';
import { defaultGeneratorSet } from './generator-set';
import { emptyDatasets, finishStudy } from './run-study';
import { STUDY_VERSION, type StudyPart } from './study-part';
import type { StudyResult } from './study-result';
import { checkStudyShard, type StudyRange, studyShardRanges } from './study-shard';
import { type CalibrationSummary, type ScenarioDatasets, summarizeScenario } from './summarize-scenario';

export interface MergeStudyPartsOptions {
  /** The count rule the parts' scenarios were expanded with; default @bootstat/generators' (as every run uses). */
  readonly countRule?: CountRule;
}

const sameBits = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
const sameCalibration = (a: CalibrationSummary, b: CalibrationSummary) =>
  sameBits(a.inputRho, b.inputRho) &&
  sameBits(a.achievedMeanRho, b.achievedMeanRho) &&
  sameBits(a.standardError, b.standardError) &&
  a.datasets === b.datasets;

/**
 * Merges the parts of a sharded study (`bootstat study merge`) into the result of the unsharded run, bit for bit:
 * each scenario's datasets are put back in dataset order and summarised as `runStudy` summarises them. Fails
 * closed, naming the part (its `source`, else its place in the list) and the reason, when the parts do not make
 * exactly one study: none given, a different @bootstat/study version (between parts or with this one), a different
 * spec (hash) or shard count, the same shard twice, a shard missing, overlapping or missing datasets, a range that
 * is not the spec's scenario, or calibrations that disagree. The order of the parts does not matter.
 *
 * @throws {StudyError} STUDY_PART_MISSING, STUDY_PART_DUPLICATE, STUDY_PART_MISMATCH, STUDY_PART_OVERLAP, STUDY_PART_INVALID
 * @example
 * const spec = { seed: 7, nReps: 20, nResamples: 200, grid: { k: [4], patterns: ['even', 'heavy_tail'] },
 *   cases: [{ id: 1, n: 40, rho: 0.3, marginal: { median: 10, iqr: 8 } }] };
 * const parts = [2, 0, 1].map((index) => runStudyShard(spec, { index, count: 3 }));
 * const merged = mergeStudyParts(parts);
 * JSON.stringify(studyToJson(merged)) === JSON.stringify(studyToJson(runStudy(spec))); // true
 */
export function mergeStudyParts(parts: readonly StudyPart[], options: MergeStudyPartsOptions = {}): StudyResult {
  if (!Array.isArray(parts) || parts.length === 0) {
    throw new StudyError('STUDY_PART_MISSING', 'no parts to merge: give every part of the study (one per shard).');
  }
  const name = (i: number) => parts[i]?.source ?? `part ${i + 1}`;
  const first = parts[0] as StudyPart;
  for (const [i, p] of parts.entries()) {
    if (!isPartShaped(p)) {
      throw new StudyError(
        'STUDY_PART_INVALID',
        `${name(i)}: is not a study part (kind "study-part" with a version, specHash, shard, spec and ranges; parseStudyPart reads one).`,
        (p as { source?: string } | undefined)?.source,
      );
    }
    try {
      checkStudyShard(p.shard);
    } catch (e) {
      throw new StudyError(
        'STUDY_PART_INVALID',
        `${name(i)}: its shard is not a shard: ${(e as Error).message}`,
        p.source,
      );
    }
  }
  // Parts that do not belong together: the odd one out (against the value most parts share) is named first.
  const odd = (key: (p: StudyPart) => string | number): [number, number] | undefined => {
    const counts = new Map<string | number, number>();
    for (const p of parts) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    if (counts.size === 1) return undefined;
    const common = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const out = parts.findIndex((p) => key(p) !== common);
    return [out, parts.findIndex((p) => key(p) === common)];
  };
  const version = odd((p) => p.version);
  if (version !== undefined) {
    const [i, j] = version;
    throw new StudyError(
      'STUDY_PART_MISMATCH',
      `${name(i)} was made by @bootstat/study ${parts[i]?.version} but ${name(j)} by ${parts[j]?.version}: compute every shard with one version.`,
      parts[i]?.source,
    );
  }
  const study = odd((p) => p.specHash);
  if (study !== undefined) {
    const [i, j] = study;
    throw new StudyError(
      'STUDY_PART_MISMATCH',
      `${name(i)} and ${name(j)} are parts of different studies (spec hashes ${parts[i]?.specHash.slice(0, 19)}… and ${parts[j]?.specHash.slice(0, 19)}…): merge the parts of one spec, with the same --reps and --resamples.`,
      parts[i]?.source,
    );
  }
  const split = odd((p) => p.shard.count);
  if (split !== undefined) {
    const [i, j] = split;
    const [a, b] = [parts[i] as StudyPart, parts[j] as StudyPart];
    throw new StudyError(
      'STUDY_PART_MISMATCH',
      `${name(i)} is shard ${a.shard.index}/${a.shard.count} but ${name(j)} is ${b.shard.index}/${b.shard.count}: parts of different splits do not merge; run every shard with one count.`,
      a.source,
    );
  }
  if (first.version !== STUDY_VERSION) {
    throw new StudyError(
      'STUDY_PART_MISMATCH',
      `${name(0)} was made by @bootstat/study ${first.version}, and this is ${STUDY_VERSION}: merge with the version that made the parts.`,
      first.source,
    );
  }
  const byIndex = new Map<number, number>();
  for (const [i, p] of parts.entries()) {
    const other = byIndex.get(p.shard.index);
    if (other !== undefined) {
      throw new StudyError(
        'STUDY_PART_DUPLICATE',
        `${name(other)} and ${name(i)} are both shard ${p.shard.index}/${p.shard.count}: give each shard once.`,
        p.source,
      );
    }
    byIndex.set(p.shard.index, i);
  }
  const count = first.shard.count;
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const list =
      missing.length > 10 ? `${missing.slice(0, 10).join(', ')}… (${missing.length} in all)` : missing.join(', ');
    throw new StudyError(
      'STUDY_PART_MISSING',
      `shard${missing.length === 1 ? '' : 's'} ${list} of ${count} (0-based) ${missing.length === 1 ? 'is' : 'are'} missing: ${parts.length} part${parts.length === 1 ? ' was' : 's were'} given; compute ${missing.length === 1 ? 'it' : 'them'} (--shard ${missing[0]}/${count}) and merge again.`,
    );
  }

  const { spec } = first;
  const scenarios = expandScenarios(spec, options.countRule ?? defaultCountRule());
  if (scenarios.length !== first.scenarios) {
    throw new StudyError(
      'STUDY_PART_INVALID',
      `${name(0)} counts ${first.scenarios} scenarios but its spec has ${scenarios.length}: it was made with another count rule.`,
      first.source,
    );
  }
  // Every range in its scenario, then each scenario covered exactly once, in dataset order.
  const pieces: {
    part: number;
    first: number;
    rows: number;
    datasets: ScenarioDatasets;
    calibration: CalibrationSummary;
  }[][] = scenarios.map(() => []);
  for (const [i, p] of parts.entries()) {
    for (const r of p.ranges) {
      const s = scenarios[r.scenario] as Scenario | undefined;
      if (s === undefined || s.id !== r.id || s.counts.join(',') !== r.counts.join(',')) {
        throw new StudyError(
          'STUDY_PART_INVALID',
          `${name(i)}: its range of ${JSON.stringify(r.id)} is not scenario ${r.scenario} of the spec${s === undefined ? '' : ` (${s.id}, counts ${s.counts.join(',')})`}.`,
          p.source,
        );
      }
      const lengths = [r.datasets.rhoHat, r.datasets.nanReplicates, ...r.datasets.low, ...r.datasets.high];
      if (
        r.datasets.low.length !== spec.methods.length ||
        r.datasets.high.length !== spec.methods.length ||
        lengths.some((a) => a.length !== r.rows) ||
        r.first + r.rows > spec.nReps
      ) {
        throw new StudyError(
          'STUDY_PART_INVALID',
          `${name(i)}: its range of ${s.id} (datasets ${r.first} to ${r.first + r.rows - 1}) does not fit the spec (${spec.nReps} datasets, ${spec.methods.length} methods).`,
          p.source,
        );
      }
      (pieces[r.scenario] as (typeof pieces)[number]).push({ part: i, ...r });
    }
  }
  // Every dataset in exactly one part.
  const lists = scenarios.map((scenario, s) => {
    const list = (pieces[s] as (typeof pieces)[number]).sort((a, b) => a.first - b.first || a.part - b.part);
    let next = 0;
    let owner = -1;
    const gap = (at: number) =>
      new StudyError(
        'STUDY_PART_MISSING',
        `datasets ${at} to ${(list.find((p) => p.first > at)?.first ?? spec.nReps) - 1} of ${scenario.id} are in no part: a shard is missing or incomplete; compute it again and merge.`,
      );
    for (const piece of list) {
      if (piece.first < next) {
        throw new StudyError(
          'STUDY_PART_OVERLAP',
          `${name(owner)} and ${name(piece.part)} both hold datasets ${piece.first} to ${Math.min(next, piece.first + piece.rows) - 1} of ${scenario.id}: parts must not overlap; compute the shards again with one count.`,
          parts[piece.part]?.source,
        );
      }
      if (piece.first > next) throw gap(next);
      next = piece.first + piece.rows;
      owner = piece.part;
    }
    if (next !== spec.nReps) throw gap(next);
    return list;
  });
  // And each part holds its own shard's datasets: those the split rule gives it (ranges moved between parts would
  // merge to the same numbers, but say that the parts were not made by this rule).
  for (const [i, p] of parts.entries()) {
    const held = coalesce(p.ranges);
    const rule = studyShardRanges(scenarios, spec, p.shard);
    if (JSON.stringify(held) !== JSON.stringify(rule)) {
      throw new StudyError(
        'STUDY_PART_INVALID',
        `${name(i)}: holds other datasets than shard ${p.shard.index}/${p.shard.count} of this study by the split rule of @bootstat/study ${STUDY_VERSION}; compute it again.`,
        p.source,
      );
    }
  }
  const summaries = scenarios.map((scenario, s) => {
    const list = lists[s] as (typeof lists)[number];
    const calibration = (list[0] as (typeof list)[number]).calibration;
    for (const p of list) {
      if (!sameCalibration(p.calibration, calibration)) {
        throw new StudyError(
          'STUDY_PART_MISMATCH',
          `${name(p.part)} and ${name((list[0] as (typeof list)[number]).part)} calibrated ${scenario.id} differently: they were not computed from one spec and version.`,
          parts[p.part]?.source,
        );
      }
    }
    const datasets = emptyDatasets(first, spec.nReps);
    for (const p of list) {
      datasets.rhoHat.set(p.datasets.rhoHat, p.first);
      datasets.nanReplicates.set(p.datasets.nanReplicates, p.first);
      for (const [j, a] of p.datasets.low.entries()) datasets.low[j]?.set(a, p.first);
      for (const [j, a] of p.datasets.high.entries()) datasets.high[j]?.set(a, p.first);
    }
    return summarizeScenario(scenario, datasets, {
      methods: spec.methods,
      confidenceLevel: spec.confidenceLevel,
      calibration,
    });
  });
  return finishStudy(spec, summaries);
}

/** Whether a value has the fields of a part (an in-memory part from a caller is not checked by parseStudyPart). */
function isPartShaped(p: unknown): p is StudyPart {
  const q = p as Partial<StudyPart> | null | undefined;
  return (
    q?.kind === 'study-part' &&
    typeof q.version === 'string' &&
    typeof q.specHash === 'string' &&
    typeof q.shard === 'object' &&
    q.shard !== null &&
    typeof q.spec === 'object' &&
    q.spec !== null &&
    Array.isArray(q.ranges) &&
    q.ranges.every((r) => typeof r === 'object' && r !== null && typeof r.datasets === 'object' && r.datasets !== null)
  );
}

/** A part's ranges in scenario and dataset order, adjacent pieces of a scenario joined (a file splits long ones). */
function coalesce(ranges: readonly StudyRange[]): StudyRange[] {
  const sorted = [...ranges].sort((a, b) => a.scenario - b.scenario || a.first - b.first);
  const out: StudyRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last !== undefined && last.scenario === r.scenario && last.first + last.rows === r.first) {
      out[out.length - 1] = { scenario: last.scenario, first: last.first, rows: last.rows + r.rows };
    } else {
      out.push({ scenario: r.scenario, first: r.first, rows: r.rows });
    }
  }
  return out;
}

function defaultCountRule(): CountRule {
  return defaultGeneratorSet().countRule;
}
