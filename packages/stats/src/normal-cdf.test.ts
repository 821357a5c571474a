import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/descriptive-fixture';
import { normalCdf } from './normal-cdf';

const MIN_NORMAL = 2.2250738585072014e-308;
const SUBNORMAL_ULP = 5e-324;
const cases = fixture.normCdf.cases;
const body = cases.filter((c) => c.z >= -5);
const tail = cases.filter((c) => c.z < -5 && c.exact >= MIN_NORMAL);
const subnormal = cases.filter((c) => c.exact < MIN_NORMAL);

function worstRelative(set: typeof cases, reference: 'exact' | 'scipy'): number {
  return Math.max(...set.map((c) => Math.abs(normalCdf(c.z) - c[reference]) / c[reference]));
}

describe('normalCdf (Cody’s ANORM rational Chebyshev approximations)', () => {
  it('covers z from −38 to 8.3, with Φ reaching the subnormal range at the low end', () => {
    expect(Math.min(...cases.map((c) => c.z))).toBe(-38);
    expect(Math.max(...cases.map((c) => c.z))).toBe(8.3);
    expect([body.length, tail.length, subnormal.length].every((k) => k > 20)).toBe(true);
  });

  // The exact values are mpmath's at 60 digits, rounded once to a double.
  it('is within 1e-15 relative of the exact Φ for z ≥ −5 (worst measured: 6.2e-16)', () => {
    expect(worstRelative(body, 'exact')).toBeLessThan(1e-15);
  });

  it('is within 1e-15 relative of the exact Φ in the far tail, −37.5 ≤ z < −5 (worst measured: 4.3e-16)', () => {
    expect(worstRelative(tail, 'exact')).toBeLessThan(1e-15);
  });

  it('is within one subnormal ulp of the exact Φ where Φ is subnormal, z < −37.5 (worst measured: 1 ulp)', () => {
    for (const c of subnormal) expect(Math.abs(normalCdf(c.z) - c.exact)).toBeLessThanOrEqual(SUBNORMAL_ULP);
  });

  it('matches scipy.stats.norm.cdf to 1e-14 relative for z ≥ −5 (worst measured: 3.4e-15, SciPy’s own error)', () => {
    expect(worstRelative(body, 'scipy')).toBeLessThan(1e-14);
  });

  it('matches scipy.stats.norm.cdf to 3e-13 relative in the far tail, where SciPy itself is off by up to 2e-13', () => {
    // SciPy evaluates erfc(−z/√2): rounding z/√2 costs it about z²·1.1e-16 relative. The exact values decide:
    // there, SciPy's error is 2.0e-13 and ours 4.3e-16.
    expect(worstRelative(tail, 'scipy')).toBeLessThan(3e-13);
    const scipyOwn = Math.max(...tail.map((c) => Math.abs(c.scipy - c.exact) / c.exact));
    expect(scipyOwn).toBeGreaterThan(1e-13);
  });

  it('stays positive where SciPy underflows to 0 (z < −37.7), within 1e-310 of it absolutely', () => {
    expect(subnormal.some((c) => c.scipy === 0 && normalCdf(c.z) > 0)).toBe(true);
    for (const c of subnormal) expect(Math.abs(normalCdf(c.z) - c.scipy)).toBeLessThan(1e-310);
  });

  it('gives the textbook values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBe(0.975);
    expect(Math.abs(normalCdf(-1) - 0.15865525393145707) / 0.15865525393145707).toBeLessThan(1e-15);
  });

  it('is 0 at −Infinity, 1 at +Infinity and NaN for NaN', () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(-1e308)).toBe(0);
    expect(normalCdf(1e308)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  it('satisfies Φ(z) + Φ(−z) = 1 to a few ulps, lies in [0, 1], and is nondecreasing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -40, max: 10, noNaN: true }),
        (z, w) => {
          expect(Math.abs(normalCdf(z) + normalCdf(-z) - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
          const [lo, hi] = z <= w ? [z, w] : [w, z];
          const a = normalCdf(lo);
          const b = normalCdf(hi);
          expect(a >= 0 && b <= 1 && a <= b).toBe(true);
        },
      ),
    );
  });

  it('is continuous across the interval boundaries 0.66291 and √32 (to 1e-15 relative)', () => {
    for (const edge of [0.66291, 5.656854248, -0.66291, -5.656854248, 37.5, -37.5]) {
      const below = normalCdf(edge);
      const above = normalCdf(edge + Math.abs(edge) * Number.EPSILON);
      expect(Math.abs(above - below) / below).toBeLessThan(1e-15 * Math.max(1, edge * edge));
    }
  });

  it('rejects a z that is not a number', () => {
    expect(() => normalCdf('1.96' as never)).toThrow(
      expect.objectContaining({
        code: 'STATS_INVALID_INPUT',
        message: expect.stringMatching(/z must be a number, got "1\.96"/),
      }),
    );
    expect(() => normalCdf(undefined as never)).toThrow(expect.objectContaining({ code: 'STATS_INVALID_INPUT' }));
  });
});
