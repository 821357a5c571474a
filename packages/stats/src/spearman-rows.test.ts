import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spearman } from './spearman';
import { spearmanRows } from './spearman-rows';
import type { StatsWarning } from './warning';

const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const matrices = fc
  .record({ rows: fc.integer({ min: 0, max: 12 }), cols: fc.integer({ min: 2, max: 30 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      X: fc.array(value, { minLength: rows * cols, maxLength: rows * cols }),
      Y: fc.array(value, { minLength: rows * cols, maxLength: rows * cols }),
    }),
  );

describe('spearmanRows', () => {
  it('gives, for each row, exactly spearman() of that row (bit for bit, NaN rows included)', () => {
    fc.assert(
      fc.property(matrices, ({ rows, cols, X, Y }) => {
        const out = spearmanRows(Float64Array.from(X), Float64Array.from(Y), rows, cols);
        expect(out).toHaveLength(rows);
        for (let i = 0; i < rows; i++) {
          const x = X.slice(i * cols, (i + 1) * cols);
          const y = Y.slice(i * cols, (i + 1) * cols);
          expect(Object.is(out[i], spearman(x, y)), `row ${i}`).toBe(true);
        }
      }),
    );
  });

  it('writes into out when given, and returns it', () => {
    const out = new Float64Array(2).fill(7);
    const X = Float64Array.of(1, 2, 3, 1, 2, 3);
    const Y = Float64Array.of(1, 3, 2, 3, 2, 1);
    expect(spearmanRows(X, Y, 2, 3, out)).toBe(out);
    expect(Array.from(out)).toEqual([0.5, -1]);
    expect(Array.from(X)).toEqual([1, 2, 3, 1, 2, 3]); // input untouched
  });

  it('gives an empty result for zero rows', () => {
    expect(spearmanRows(new Float64Array(0), new Float64Array(0), 0, 5)).toEqual(new Float64Array(0));
  });

  it('gives NaN for rows with a constant x or y, and one DEGENERATE warning counting them', () => {
    const warnings: StatsWarning[] = [];
    const X = Float64Array.of(1, 2, 3, 5, 5, 5, 1, 2, 3, 4, 4, 4);
    const Y = Float64Array.of(3, 2, 1, 1, 2, 3, 9, 9, 9, 1, 2, 3);
    const out = spearmanRows(X, Y, 4, 3, undefined, { onWarning: (w) => warnings.push(w) });
    expect(out[0]).toBe(-1);
    expect([out[1], out[2], out[3]]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(warnings).toEqual([
      {
        code: 'DEGENERATE',
        message: expect.stringMatching(/3 of 4 rows have a constant x or y \(the first is row 1\)/),
      },
    ]);
  });

  describe('rejects bad input with a code and a message that says what to fix', () => {
    const six = new Float64Array(6);
    it.each([
      [
        'X a plain array',
        () => spearmanRows([1, 2] as never, six, 1, 2),
        'STATS_INVALID_INPUT',
        /X must be a Float64Array/,
      ],
      [
        'Y missing',
        () => spearmanRows(six, undefined as never, 2, 3),
        'STATS_INVALID_INPUT',
        /Y must be a Float64Array/,
      ],
      [
        'rows not an integer',
        () => spearmanRows(six, six, 1.5, 4),
        'STATS_INVALID_INPUT',
        /rows must be a non-negative integer, got 1\.5/,
      ],
      [
        'cols negative',
        () => spearmanRows(six, six, 2, -3),
        'STATS_INVALID_INPUT',
        /cols must be a non-negative integer/,
      ],
      ['one column', () => spearmanRows(six, six, 6, 1), 'STATS_EMPTY_SAMPLE', /at least 2 pairs, got cols = 1/],
      [
        'X too short',
        () => spearmanRows(new Float64Array(5), six, 2, 3),
        'STATS_LENGTH_MISMATCH',
        /X has 5 values but rows × cols = 2 × 3 = 6/,
      ],
      ['Y too long', () => spearmanRows(six, new Float64Array(8), 2, 3), 'STATS_LENGTH_MISMATCH', /Y has 8 values/],
      [
        'out the wrong length',
        () => spearmanRows(six, six, 2, 3, new Float64Array(3)),
        'STATS_LENGTH_MISMATCH',
        /one value per row \(2\)/,
      ],
      [
        'out not a Float64Array',
        () => spearmanRows(six, six, 2, 3, [0, 0] as never),
        'STATS_INVALID_INPUT',
        /out must be a Float64Array/,
      ],
      [
        'NaN in Y',
        () => spearmanRows(six, Float64Array.of(0, 1, 2, 3, Number.NaN, 5), 2, 3),
        'STATS_NON_FINITE',
        /Y\[4\] \(row 1, column 1\) is NaN/,
      ],
      [
        'Infinity in X',
        () => spearmanRows(Float64Array.of(1, Number.POSITIVE_INFINITY), Float64Array.of(1, 2), 1, 2),
        'STATS_NON_FINITE',
        /X\[1\]/,
      ],
      [
        'options not an object',
        () => spearmanRows(six, six, 2, 3, undefined, 'x' as never),
        'STATS_INVALID_OPTION',
        /options must be an object/,
      ],
    ])('%s', (_, call, code, message) => {
      expect(call).toThrow(
        expect.objectContaining({ name: 'StatsError', code, message: expect.stringMatching(message) }),
      );
    });
  });
});
