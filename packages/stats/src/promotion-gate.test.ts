import { describe, expect, it } from 'vitest';
import { lowerBound95 } from './lower-bound-95';
import { PROMOTION_GATE_MIN_ALPHA, promotionGate, reportScores } from './promotion-gate';

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

  describe('alpha', () => {
    const below = (a: number) => {
      const v = new DataView(new ArrayBuffer(8));
      v.setFloat64(0, a);
      v.setBigUint64(0, v.getBigUint64(0) - 1n); // the next double down (a > 0)
      return v.getFloat64(0);
    };

    it('PROMOTION_GATE_MIN_ALPHA is the smallest double a with 1 − 2a < 1', () => {
      expect(PROMOTION_GATE_MIN_ALPHA).toBe(2 ** -55 + 2 ** -107);
      expect(1 - 2 * PROMOTION_GATE_MIN_ALPHA).toBeLessThan(1);
      expect(1 - 2 * below(PROMOTION_GATE_MIN_ALPHA)).toBe(1);
      expect(promotionGate([good], { threshold: 0.8, alpha: PROMOTION_GATE_MIN_ALPHA }).verdicts).toHaveLength(1);
    });

    it('below it is an option error naming alpha, the value and the smallest alpha, never "Report k:"', () => {
      for (const reports of [[good], [{ runId: 'nothex', cases: [] }]]) {
        let error: unknown;
        try {
          promotionGate(reports, { threshold: 0.8, alpha: 1e-17 });
        } catch (e) {
          error = e;
        }
        expect(error).toMatchObject({ code: 'STATS_INVALID_OPTION' });
        const message = (error as Error).message;
        expect(message).toMatch(/^promotionGate: alpha /);
        expect(message).toContain('1e-17');
        expect(message).toContain(String(PROMOTION_GATE_MIN_ALPHA));
        expect(message).not.toMatch(/Report \d/);
      }
    });

    it.each([0, -0.1, 0.5, Number.NaN, '0.025'])('%s is an option error checked before the reports', (alpha) => {
      expect(() => promotionGate([{ runId: 'nothex', cases: [] }], { threshold: 0.8, alpha: alpha as number })).toThrow(
        expect.objectContaining({
          code: 'STATS_INVALID_OPTION',
          message: expect.stringMatching(/^promotionGate: alpha /),
        }),
      );
    });

    it('Holm: alpha/m below it is an option error naming alpha, m and the smallest alpha for m reports', () => {
      const reports = [good, weak, good];
      const alpha = 2 * PROMOTION_GATE_MIN_ALPHA; // fine alone, too small split three ways
      expect(promotionGate(reports, { threshold: 0.8, alpha }).verdicts).toHaveLength(3);
      let error: unknown;
      try {
        promotionGate(reports, { threshold: 0.8, alpha, holm: true });
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'STATS_INVALID_OPTION' });
      const message = (error as Error).message;
      expect(message).toMatch(/^promotionGate: /);
      expect(message).toContain(String(alpha));
      expect(message).toContain('3 reports');
      const smallest = Number(/smallest alpha for 3 reports is (\S+)\.$/.exec(message)?.[1]);
      expect(smallest / 3).toBeGreaterThanOrEqual(PROMOTION_GATE_MIN_ALPHA);
      expect(below(smallest) / 3).toBeLessThan(PROMOTION_GATE_MIN_ALPHA);
      expect(promotionGate(reports, { threshold: 0.8, alpha: smallest, holm: true }).verdicts).toHaveLength(3);
      expect(() => promotionGate(reports, { threshold: 0.8, alpha: below(smallest), holm: true })).toThrow(
        expect.objectContaining({ code: 'STATS_INVALID_OPTION' }),
      );
    });

    it('lowerBound95 refuses an alpha below it with the same error, before looking at the scores or run id', () => {
      for (const call of [
        () => lowerBound95([0.5, 0.6, 0.7, 0.8, 0.9], { runId: '3f2a9c1e', alpha: 1e-17 }),
        () => lowerBound95([0.5], { runId: 'not-hex', alpha: 1e-17 }),
      ]) {
        expect(call).toThrow(
          expect.objectContaining({
            code: 'STATS_INVALID_OPTION',
            message: expect.stringContaining(String(PROMOTION_GATE_MIN_ALPHA)),
          }),
        );
      }
    });
  });

  it('reports progress, one report at a time, up to the number of reports', () => {
    const calls: [number, number][] = [];
    const report = (runId: string) => ({
      runId,
      cases: Array.from({ length: 12 }, (_, i) => ({ caseId: `c${i}`, score: 0.7 + ((i * 7) % 11) / 40 })),
    });
    promotionGate([report('3f2a9c1e'), report('0badcafe')], {
      threshold: 0.5,
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
