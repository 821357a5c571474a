import { describe, expect, it } from 'vitest';
import { lowerBound95 } from './lower-bound-95';
import { promotionGate, reportScores } from './promotion-gate';

const cases = (scores: number[]) => scores.map((score, i) => ({ caseId: `c${String(i).padStart(3, '0')}`, score }));
const good = {
  runId: '3f2a9c1e',
  cases: cases(Array.from({ length: 30 }, (_, i) => 0.85 + 0.1 * Math.abs(Math.sin(i)))),
};
const weak = {
  runId: 'a1b2c3d4',
  cases: cases(Array.from({ length: 30 }, (_, i) => 0.6 + 0.3 * Math.abs(Math.sin(i * 1.7)))),
};

describe('promotionGate', () => {
  it('passes when lowerBound95 of the scores in caseId order is above the threshold', () => {
    const r = promotionGate([good], { threshold: 0.8 });
    const expected = lowerBound95(reportScores(good), { runId: '3f2a9c1e' }).lowerBound;
    expect(r.verdicts[0]?.bound.lowerBound).toBe(expected);
    expect(r.passed).toBe(expected > 0.8);
    expect(r.passed).toBe(true);
  });

  it('does not depend on the order of the cases in the report', () => {
    const reversed = { ...good, cases: [...good.cases].reverse() };
    expect(promotionGate([reversed], { threshold: 0.8 }).verdicts[0]?.bound.lowerBound).toBe(
      promotionGate([good], { threshold: 0.8 }).verdicts[0]?.bound.lowerBound,
    );
  });

  it('fails closed: too few cases, a bound equal to the threshold, invalid reports', () => {
    expect(promotionGate([good], { threshold: 0.5, minCases: 31 }).verdicts[0]?.reason).toBe(
      'only 30 cases (min-cases 31)',
    );
    const lb = promotionGate([good], { threshold: 0.5 }).verdicts[0]?.bound.lowerBound as number;
    expect(promotionGate([good], { threshold: lb }).passed).toBe(false); // strictly above
    expect(() => promotionGate([{ runId: 'xyz', cases: [] }], { threshold: 0.5 })).toThrow(
      /runId must start with 8 hex digits/,
    );
    expect(() => promotionGate([{ ...good, cases: [...good.cases, good.cases[0]] }], { threshold: 0.5 })).toThrow(
      /^Report 1: Run 3f2a9c1e.*: caseId .* appears more than once/,
    );
    expect(() => promotionGate([good], { threshold: 0.5, nResamples: 99 })).toThrow(
      expect.objectContaining({ code: 'STATS_INVALID_OPTION', message: expect.stringContaining('[100, 10000000]') }),
    );
    expect(() => promotionGate([good, { runId: 'a1b2c3d4', cases: [] }], { threshold: 0.5 })).toThrow(
      expect.objectContaining({ code: 'STATS_EMPTY_SAMPLE', message: expect.stringMatching(/^Report 2: /) }),
    );
    expect(() => promotionGate([good], { threshold: 1.5 })).toThrow(
      expect.objectContaining({ code: 'STATS_INVALID_OPTION' }),
    );
  });

  it('Holm: tests at α/m, then α/(m−1) for what is left, stopping when nothing clears', () => {
    const r = promotionGate([good, weak], { threshold: 0.8, holm: true });
    const g = r.verdicts[0];
    expect(g?.alpha).toBe(0.0125);
    expect(g?.bound.lowerBound).toBe(lowerBound95(reportScores(good), { runId: '3f2a9c1e', alpha: 0.0125 }).lowerBound);
    // The weak report is then tested alone at the full α.
    expect(r.verdicts[1]?.alpha).toBe(0.025);
    expect(r.verdicts[1]?.passed).toBe(false);
    expect(r.passed).toBe(false);
    // Without Holm both use α.
    expect(promotionGate([good, weak], { threshold: 0.8 }).verdicts.map((v) => v.alpha)).toEqual([0.025, 0.025]);
  });
});
