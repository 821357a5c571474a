import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARD_SPEC } from '../test/shard-spec';
import { studyRefusal } from '../test/study-refusal';
import { mergeStudyParts } from './merge-study-parts';
import { runStudy } from './run-study';
import { studyToJson } from './study-json';
import { runStudyShard, STUDY_VERSION, type StudyPart } from './study-part';
import { formatStudyPart, parseStudyPart } from './study-part-text';
import type { StudyResult } from './study-result';

const json = (r: StudyResult) => JSON.stringify(studyToJson(r));
const whole = runStudy(SHARD_SPEC);
const partsOf = (count: number) =>
  Array.from({ length: count }, (_, index) => runStudyShard(SHARD_SPEC, { index, count }));
const three = partsOf(3).map((p, i) => ({ ...p, source: `part-${i}.json` }));

describe('mergeStudyParts: the unsharded result, bit for bit', () => {
  it('for 1, 2, 3, 7 and 60 shards (more shards than datasets: some empty), given in any order', () => {
    // Compared as the JSON output and as the result object: every number, NaN and -0 included.
    const reference = json(whole);
    for (const count of [1, 2, 3, 7, 60]) {
      const parts = partsOf(count);
      fc.assert(
        fc.property(fc.shuffledSubarray(parts, { minLength: count, maxLength: count }), (shuffled) => {
          const merged = mergeStudyParts(shuffled);
          expect(json(merged)).toBe(reference);
          expect(merged).toEqual(whole);
        }),
        { numRuns: 5 },
      );
    }
  });

  it('keeps every bit through part files, −0 included (a target rho of -0 without calibration)', () => {
    const spec = {
      ...SHARD_SPEC,
      calibration: false as const,
      cases: [{ ...(SHARD_SPEC.cases[1] as (typeof SHARD_SPEC.cases)[number]), rho: -0 }],
    };
    const reference = runStudy(spec);
    const parts = [0, 1].map((index) =>
      parseStudyPart([...formatStudyPart(runStudyShard(spec, { index, count: 2 }))].join('')),
    );
    const merged = mergeStudyParts(parts);
    expect(merged).toEqual(reference);
    for (const [i, s] of merged.scenarios.entries()) {
      expect(Object.is(s.rho, reference.scenarios[i]?.rho)).toBe(true);
      expect(Object.is(s.calibration.inputRho, reference.scenarios[i]?.calibration.inputRho)).toBe(true);
    }
    // In memory and through a file alike.
    expect(mergeStudyParts([parts[0] as StudyPart, runStudyShard(spec, { index: 1, count: 2 })])).toEqual(reference);
  });

  it('gives another result when one end of one dataset differs (the comparison can fail)', () => {
    const [a, b] = partsOf(2) as [StudyPart, StudyPart];
    const r = a.ranges[0] as StudyPart['ranges'][number];
    const low = Float64Array.from(r.datasets.low[0] as Float64Array);
    low[0] = (low[0] as number) + 1e-9;
    const changed = {
      ...a,
      ranges: [{ ...r, datasets: { ...r.datasets, low: [low, ...r.datasets.low.slice(1)] } }, ...a.ranges.slice(1)],
    };
    expect(json(mergeStudyParts([changed, b]))).not.toBe(json(whole));
  });
});

describe('mergeStudyParts: fails closed, naming the part and the reason', () => {
  const refuse = (parts: readonly StudyPart[]) => studyRefusal(() => mergeStudyParts(parts));
  const [p0, p1, p2] = three as [StudyPart, StudyPart, StudyPart];

  it('no parts, or a missing shard', () => {
    expect(refuse([])).toMatchObject({
      code: 'STUDY_PART_MISSING',
      message: expect.stringMatching(/no parts to merge/),
    });
    const e = refuse([p2, p0]);
    expect(e.code).toBe('STUDY_PART_MISSING');
    expect(e.message).toBe(
      'shard 1 of 3 (0-based) is missing: 2 parts were given; compute it (--shard 1/3) and merge again.',
    );
    expect(refuse([p1]).message).toMatch(/^shards 0, 2 of 3 \(0-based\) are missing/);
  });

  it('the same shard twice', () => {
    const e = refuse([p0, p1, { ...p1, source: 'copy-of-part-1.json' }, p2]);
    expect(e.code).toBe('STUDY_PART_DUPLICATE');
    expect(e.message).toBe('part-1.json and copy-of-part-1.json are both shard 1/3: give each shard once.');
    expect(e.path).toBe('copy-of-part-1.json');
  });

  it('another spec, version or shard count', () => {
    const other = { ...runStudyShard({ ...SHARD_SPEC, seed: 12 }, { index: 1, count: 3 }), source: 'other.json' };
    expect(refuse([p0, other, p2])).toMatchObject({
      code: 'STUDY_PART_MISMATCH',
      message: expect.stringMatching(
        /^other\.json and part-0\.json are parts of different studies \(spec hashes sha256:[0-9a-f]{12}… and sha256:[0-9a-f]{12}…\)/,
      ),
    });
    expect(refuse([p0, { ...p1, version: '0.0.0-other' }, p2]).message).toMatch(
      /^part-1\.json was made by @bootstat\/study 0\.0\.0-other but part-0\.json by /,
    );
    const old = (p: StudyPart) => ({ ...p, version: '99.0.0' });
    expect(refuse([old(p0), old(p1), old(p2)]).message).toBe(
      `part-0.json was made by @bootstat/study 99.0.0, and this is ${STUDY_VERSION}: merge with the version that made the parts.`,
    );
    const four = { ...runStudyShard(SHARD_SPEC, { index: 1, count: 4 }), source: 'four.json' };
    expect(refuse([p0, four, p2]).message).toMatch(
      /^four\.json is shard 1\/4 but part-0\.json is 0\/3: parts of different splits do not merge/,
    );
  });

  it('overlapping datasets, and datasets in no part', () => {
    // Part 1 made to also hold part 0's last datasets.
    const last = p0.ranges.at(-1) as StudyPart['ranges'][number];
    const overlap = refuse([p0, { ...p1, ranges: [last, ...p1.ranges] }, p2]);
    expect(overlap.code).toBe('STUDY_PART_OVERLAP');
    expect(overlap.message).toMatch(
      new RegExp(
        `^part-0\\.json and part-1\\.json both hold datasets ${last.first} to ${last.first + last.rows - 1} of ${last.id.replace('/', '\\/')}`,
      ),
    );
    const short = { ...last, rows: last.rows - 1, datasets: cut(last.datasets, last.rows - 1) };
    const gap = refuse([{ ...p0, ranges: [...p0.ranges.slice(0, -1), short] }, p1, p2]);
    expect(gap.code).toBe('STUDY_PART_MISSING');
    expect(gap.message).toBe(
      `datasets ${last.first + last.rows - 1} to ${last.first + last.rows - 1} of ${last.id} are in no part: a shard is missing or incomplete; compute it again and merge.`,
    );
  });

  it("a range that is not the spec's scenario, or does not fit it, and calibrations that disagree", () => {
    const r = p1.ranges[0] as StudyPart['ranges'][number];
    expect(refuse([p0, { ...p1, ranges: [{ ...r, id: 'case-z/k3/even' }] }, p2])).toMatchObject({
      code: 'STUDY_PART_INVALID',
      message: expect.stringMatching(/^part-1\.json: its range of "case-z\/k3\/even" is not scenario \d of the spec/),
    });
    expect(refuse([p0, { ...p1, ranges: [{ ...r, scenario: 9 }] }, p2]).code).toBe('STUDY_PART_INVALID');
    expect(refuse([p0, { ...p1, ranges: [{ ...r, rows: r.rows + 1 }] }, p2]).message).toMatch(/does not fit the spec/);
    // A scenario split between two shards: both must have calibrated it to the same bits.
    const shared = p1.ranges.find((x) => p0.ranges.some((y) => y.scenario === x.scenario)) as typeof r;
    expect(shared).toBeDefined();
    const nudged = { ...shared, calibration: { ...shared.calibration, inputRho: shared.calibration.inputRho + 1e-15 } };
    const e = refuse([p0, { ...p1, ranges: p1.ranges.map((x) => (x === shared ? nudged : x)) }, p2]);
    expect(e.code).toBe('STUDY_PART_MISMATCH');
    expect(e.message).toBe(
      `part-1.json and part-0.json calibrated ${shared.id} differently: they were not computed from one spec and version.`,
    );
  });

  it("a part holding another shard's datasets, a part that is not one, a shard that is not one", () => {
    // Part 1's first range moved to part 0: every dataset once, the numbers right, but not the parts of this rule.
    const moved = p1.ranges[0] as StudyPart['ranges'][number];
    const e = refuse([{ ...p0, ranges: [...p0.ranges, moved] }, { ...p1, ranges: p1.ranges.slice(1) }, p2]);
    expect(e.code).toBe('STUDY_PART_INVALID');
    expect(e.message).toBe(
      `part-0.json: holds other datasets than shard 0/3 of this study by the split rule of @bootstat/study ${STUDY_VERSION}; compute it again.`,
    );
    for (const junk of [{ kind: 'study-part' }, null, { ...p0, ranges: [null] }, { ...p0, shard: null }]) {
      expect(refuse([junk as unknown as StudyPart])).toMatchObject({
        code: 'STUDY_PART_INVALID',
        message: expect.stringMatching(/^(part 1|part-0\.json): is not a study part/),
      });
    }
    expect(refuse([{ ...p0, shard: { index: 0, count: 0 } }]).message).toMatch(
      /^part-0\.json: its shard is not a shard: a shard count must be a whole number/,
    );
  });
});

function cut(d: StudyPart['ranges'][number]['datasets'], rows: number) {
  return {
    rhoHat: d.rhoHat.slice(0, rows),
    nanReplicates: d.nanReplicates.slice(0, rows),
    low: d.low.map((a) => a.slice(0, rows)),
    high: d.high.map((a) => a.slice(0, rows)),
  };
}
