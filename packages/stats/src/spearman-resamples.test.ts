import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spearman } from './spearman';
import { spearmanResamples } from './spearman-resamples';
import type { StatsWarning } from './warning';

const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const cases = fc.integer({ min: 2, max: 60 }).chain((n) =>
  fc.record({
    x: fc.array(value, { minLength: n, maxLength: n }),
    y: fc.array(value, { minLength: n, maxLength: n }),
    idx: fc.array(fc.nat({ max: n - 1 }), { maxLength: 8 * n }).map((a) => a.slice(0, a.length - (a.length % n))),
  }),
);

describe('spearmanResamples', () => {
  it('gives, for each row of indices, exactly spearman() of the pairs it draws (bit for bit, NaN rows included)', () => {
    fc.assert(
      fc.property(cases, ({ x, y, idx }) => {
        const n = x.length;
        const out = spearmanResamples(x, y, Uint32Array.from(idx));
        expect(out).toHaveLength(idx.length / n);
        for (let r = 0; r < out.length; r++) {
          const row = idx.slice(r * n, (r + 1) * n);
          const want = spearman(
            row.map((i) => x[i] as number),
            row.map((i) => y[i] as number),
          );
          expect(Object.is(out[r], want), `row ${r}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('known answers, and one warning counting the constant rows', () => {
    // Rows: the data (x 1, 2, 3 against y 1, 3, 2: 0.5), pairs 2, 2, 0 (x 3, 3, 1 with y 2, 2, 1: 1), pair 1 thrice.
    const warnings: StatsWarning[] = [];
    const out = spearmanResamples([1, 2, 3], [1, 3, 2], Uint32Array.of(0, 1, 2, 2, 2, 0, 1, 1, 1), undefined, {
      onWarning: (w) => warnings.push(w),
    });
    expect(Array.from(out.subarray(0, 2))).toEqual([0.5, 1]);
    expect(out[2]).toBeNaN();
    expect(warnings).toEqual([{ code: 'DEGENERATE', message: expect.stringContaining('1 of 3 resamples') }]);
  });

  it('refuses indices that are not whole rows of pair numbers, and a wrong out', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { code?: string }).code;
      }
      return 'no error';
    };
    expect(code(() => spearmanResamples([1, 2, 3], [1, 2, 3], Uint32Array.of(0, 1)))).toBe('STATS_INVALID_INPUT');
    expect(code(() => spearmanResamples([1, 2, 3], [1, 2, 3], Uint32Array.of(0, 1, 3)))).toBe('STATS_INVALID_INPUT');
    expect(code(() => spearmanResamples([1, 2, 3], [1, 2, 3], [0, 1, 2] as unknown as Uint32Array))).toBe(
      'STATS_INVALID_INPUT',
    );
    expect(code(() => spearmanResamples([1, 2, 3], [1, 2], Uint32Array.of(0, 1, 2)))).toBe('STATS_LENGTH_MISMATCH');
    expect(code(() => spearmanResamples([1, 2, 3], [1, 2, 3], Uint32Array.of(0, 1, 2), new Float64Array(2)))).toBe(
      'STATS_LENGTH_MISMATCH',
    );
    expect(code(() => spearmanResamples([1, Number.NaN, 3], [1, 2, 3], Uint32Array.of(0, 1, 2)))).toBe(
      'STATS_NON_FINITE',
    );
  });
});
