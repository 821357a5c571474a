import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap';
import { lowerBound95 } from './lower-bound-95';

const runId = '3f2a9c1e-77b0-4c1d-9a51-0c6f2d8e4b13';
const scores = [0.82, 0.91, 0.77, 0.88, 0.95, 0.84, 0.79, 0.9, 0.86, 0.93];
const bits = (x: number) => {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return v.getBigUint64(0).toString(16).padStart(16, '0');
};

describe('lowerBound95', () => {
  it('is the lower end of the two-sided 95 % BCa interval of the mean, seeded int(run_id[:8], 16)', () => {
    const r = lowerBound95(scores, { runId });
    expect(r.seed).toBe(1059757086);
    expect(r.rule).toBe('bca');
    const twoSided = bootstrap([scores], 'mean', {
      method: 'bca',
      confidenceLevel: 0.95,
      nResamples: 1000,
      seed: 1059757086,
      tieTolerance: 1e-10,
    });
    expect(r.lowerBound).toBe(twoSided.ci.low);
    expect(r.lowerBound).toBeLessThan(r.mean);
    expect(r.n).toBe(10);
    expect(r.mean).toBeCloseTo(0.865, 15);
  });

  it('is 0 for fewer than 5 scores, with a warning naming n and the run id', () => {
    const r = lowerBound95([0.9, 0.95, 0.99, 0.97], { runId });
    expect(r.lowerBound).toBe(0);
    expect(r.rule).toBe('small-sample');
    expect(r.warnings[0]?.code).toBe('SMALL_SAMPLE');
    expect(r.warnings[0]?.message).toContain('4 scores');
    expect(r.warnings[0]?.message).toContain(runId);
  });

  it('is the mean itself, without resampling, when every score is the same', () => {
    const r = lowerBound95([0.8, 0.8, 0.8, 0.8, 0.8, 0.8], { runId });
    expect(r).toMatchObject({ lowerBound: 0.8, rule: 'constant', sd: 0 });
  });

  it('is NaN, never the mean, when BCa cannot give a bound from the resamples (every one on one side)', () => {
    // One resample: its mean lies on one side of the mean of the scores, so ẑ0 = ±∞.
    const r = lowerBound95(scores, { runId, nResamples: 1 });
    expect(r.lowerBound).toBeNaN();
    expect(r.warnings[0]?.code).toBe('DEGENERATE');
    expect(r.warnings[0]?.message).toContain('one side');
  });

  it('is the mean, with a DEGENERATE warning, when the scores differ only in their last bit', () => {
    // 0.5 and the next double up: the jackknife means round to one value, so the acceleration is 0/0.
    const near = [0.5, 0.5, 0.5000000000000001, 0.5, 0.5, 0.5];
    const r = lowerBound95(near, { runId });
    expect(r.sd).toBeGreaterThan(0);
    expect(r.lowerBound).toBe(r.mean);
    expect(r.warnings.map((w) => w.code)).toEqual(['DEGENERATE']);
    expect(r.warnings[0]?.message).toContain(runId);
  });

  it('is the mean, with a DEGENERATE warning, when every resample mean is equal though the jackknife is not', () => {
    // One score 4.3e-19 above the others at 0.0047: every resample mean rounds to one value (found by fast-check).
    const delta = 0.004662482752799114;
    const near = [0, 0, 4.336808689942019e-19, 0, 0, 0, 0, 0].map((v) => v + delta);
    const r = lowerBound95(near, { runId, nResamples: 300 });
    expect(r.sd).toBeGreaterThan(0);
    expect(new Set(r.distribution).size).toBe(1);
    expect(
      bootstrap([near], 'mean', { seed: r.seed, nResamples: 300, tieTolerance: 1e-10 }).acceleration,
    ).not.toBeNaN();
    expect(r.lowerBound).toBe(r.mean);
    expect(r.warnings.map((w) => w.code)).toEqual(['DEGENERATE']);
  });

  it('is bit-identical over 100 calls', () => {
    const first = bits(lowerBound95(scores, { runId }).lowerBound);
    for (let i = 0; i < 100; i++) expect(bits(lowerBound95(scores, { runId }).lowerBound)).toBe(first);
  });

  it('does not depend on the order of the scores (the mean and the jackknife are symmetric)… for the same multiset', () => {
    // The bootstrap draws indices, so a reordering changes which value each index picks: the bound may change.
    // The gate sorts cases by caseId before calling; this test pins that the call itself is a pure function.
    expect(lowerBound95([...scores], { runId }).lowerBound).toBe(lowerBound95(scores, { runId }).lowerBound);
  });

  const scoreArray = fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 50 })
    .filter((x) => x.some((v) => v !== x[0]));

  it('lies between mean − 2·sd and the mean for 5 to 50 scores in [0, 1] with sd > 0', () => {
    fc.assert(
      fc.property(scoreArray, fc.stringMatching(/^[0-9a-f]{8}$/), (x, id) => {
        const r = lowerBound95(x, { runId: id, nResamples: 300 });
        expect(r.lowerBound).toBeGreaterThanOrEqual(r.mean - 2 * r.sd);
        expect(r.lowerBound).toBeLessThanOrEqual(r.mean);
      }),
      { numRuns: 60 },
    );
  });

  it('never falls when the same δ > 0 is added to every score', () => {
    fc.assert(
      fc.property(scoreArray, fc.double({ min: 1e-6, max: 1, noNaN: true }), (x, delta) => {
        const before = lowerBound95(x, { runId, nResamples: 300 }).lowerBound;
        const after = lowerBound95(
          x.map((v) => v + delta),
          { runId, nResamples: 300 },
        ).lowerBound;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('pins the IEEE-754 bits of the bound for a known input (changes only in a major version)', () => {
    expect(bits(lowerBound95(scores, { runId }).lowerBound)).toMatchSnapshot();
  });

  it.each([
    ['a run id that is not hex', () => lowerBound95(scores, { runId: 'run-2024-11' }), 'RNG_INVALID_RUN_ID'],
    ['alpha 0', () => lowerBound95(scores, { runId, alpha: 0 }), 'STATS_INVALID_OPTION'],
    ['alpha 0.6', () => lowerBound95(scores, { runId, alpha: 0.6 }), 'STATS_INVALID_OPTION'],
    ['no scores', () => lowerBound95([], { runId }), 'STATS_EMPTY_SAMPLE'],
    ['a NaN score', () => lowerBound95([0.5, Number.NaN, 0.7, 0.8, 0.9], { runId }), 'STATS_NON_FINITE'],
  ] as const)('rejects %s', (_label, call, code) => {
    expect(call).toThrow(expect.objectContaining({ code }));
  });

  describe('checks its options whatever the scores (small-sample and constant shortcuts included)', () => {
    const inputs = [
      ['3 scores (small-sample)', [0.9, 0.8, 0.7]],
      ['6 equal scores (constant)', [0.8, 0.8, 0.8, 0.8, 0.8, 0.8]],
      ['10 scores (bca)', scores],
    ] as const;
    it.each([
      ['nResamples -1', { nResamples: -1 }],
      ['nResamples 0', { nResamples: 0 }],
      ['nResamples 2.5', { nResamples: 2.5 }],
      ['nResamples "1000"', { nResamples: '1000' }],
      ['alpha 0.7', { alpha: 0.7 }],
      ['alpha "0.025"', { alpha: '0.025' }],
    ] as const)('%s is STATS_INVALID_OPTION for every input', (_label, bad) => {
      for (const [, x] of inputs) {
        expect(() => lowerBound95(x, { runId, ...(bad as object) })).toThrow(
          expect.objectContaining({ code: 'STATS_INVALID_OPTION', message: expect.stringMatching(/^lowerBound95: /) }),
        );
      }
    });
  });
});
