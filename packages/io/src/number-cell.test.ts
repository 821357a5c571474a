import { describe, expect, it } from 'vitest';
import { MISSING_VALUE_TOKENS, missingValue } from './missing-values';
import { numberCell, trimCell } from './number-cell';

describe('numberCell', () => {
  it.each([
    ['12.5', '.', 12.5],
    [' 12.5\t', '.', 12.5],
    ['+3', '.', 3],
    ['-0.25', '.', -0.25],
    ['.5', '.', 0.5],
    ['5.', '.', 5],
    ['1e3', '.', 1000],
    ['1E-3', '.', 0.001],
    ['007', '.', 7],
    ['12,5', ',', 12.5],
    [',5', ',', 0.5],
    ['-1,25e2', ',', -125],
    ['1e-400', '.', 0],
  ] as const)('reads %j with decimal mark %j as %d', (text, decimal, value) => {
    expect(numberCell(text, decimal)).toEqual({ kind: 'number', value });
  });

  it('keeps the sign of zero', () => {
    expect(Object.is((numberCell('-0') as { value: number }).value, -0)).toBe(true);
  });

  it.each([
    ['0x10', '.'],
    ['0b1', '.'],
    ['0o7', '.'],
    ['1_000', '.'],
    ['1 000', '.'],
    ['12,5', '.'],
    ['12.5', ','],
    ['1.234,5', ','],
    ['.', '.'],
    ['e5', '.'],
    ['1e', '.'],
    ['--1', '.'],
    ['1.2.3', '.'],
    ['abc', '.'],
    ['Infinityx', '.'],
    ['١٢', '.'], // Arabic-Indic digits are not decimal digits here
    ['12\u00a0', '.'], // a no-break space is not padding
  ] as const)('refuses %j (decimal mark %j) as not a number', (text, decimal) => {
    expect(numberCell(text, decimal)).toEqual({ kind: 'invalid' });
  });

  it('calls a literal too large for a double out of range, never Infinity', () => {
    expect(numberCell('1e999')).toEqual({ kind: 'out-of-range' });
    expect(numberCell(`-${'9'.repeat(400)}`)).toEqual({ kind: 'out-of-range' });
  });

  it('reads every missing-value token, in any case, as missing', () => {
    for (const token of MISSING_VALUE_TOKENS) {
      for (const t of [token, token.toLowerCase(), token.toUpperCase()]) {
        const cell = numberCell(t);
        expect(cell.kind, t).toBe('missing');
      }
    }
    expect(numberCell('inf')).toEqual({ kind: 'missing', value: Number.POSITIVE_INFINITY, token: 'inf' });
    expect(numberCell('-Infinity')).toEqual({ kind: 'missing', value: Number.NEGATIVE_INFINITY, token: '-Infinity' });
    expect(numberCell(' NA ')).toEqual({ kind: 'missing', value: Number.NaN, token: 'NA' });
    expect(numberCell('')).toEqual({ kind: 'missing', value: Number.NaN, token: '' });
  });

  it('has exactly the documented tokens', () => {
    expect(missingValue('nil')).toBeUndefined();
    expect(missingValue('NaNs')).toBeUndefined();
    expect(missingValue('+nan')).toBeUndefined();
  });
});

describe('trimCell', () => {
  it('removes spaces and tabs only', () => {
    expect(trimCell(' \t a b \t ')).toBe('a b');
    expect(trimCell('\u00a0x\n')).toBe('\u00a0x\n');
  });
});
