import { missingValue } from './missing-values';

/** The decimal mark of number cells: '.' (default) or ',' (as in `12,5`, with ';' or tabs between cells). */
export type DecimalMark = '.' | ',';

/** What a cell's text is: a number, a missing-value token, a number too large for a double, or not a number. */
export type NumberCell =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'missing'; readonly value: number; readonly token: string }
  | { readonly kind: 'out-of-range' }
  | { readonly kind: 'invalid' };

// Decimal notation only: digits with one optional decimal mark and an optional exponent, an optional sign.
// Hex (0x10), binary (0b1), octal (0o7), separators (1_000, 1 000), a bare mark or exponent are not numbers.
const DOT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a cell's text (surrounding spaces and tabs ignored) as a number under the decimal mark. The conversion
 * of a decimal literal to a double is JavaScript's `Number`, which rounds correctly (to nearest, ties to even);
 * `1e-400` is 0 by that rule, but `1e999` is out of range rather than Infinity.
 *
 * @example
 * numberCell('12,5', ','); // { kind: 'number', value: 12.5 }
 * numberCell('NA', '.'); // { kind: 'missing', value: NaN, token: 'NA' }
 * numberCell('0x10', '.'); // { kind: 'invalid' }
 */
export function numberCell(text: string, decimal: DecimalMark = '.'): NumberCell {
  const t = trimCell(text);
  if ((decimal === '.' ? DOT : COMMA).test(t)) {
    const value = Number(decimal === '.' ? t : t.replace(',', '.'));
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'out-of-range' };
  }
  const missing = missingValue(t);
  return missing === undefined ? { kind: 'invalid' } : { kind: 'missing', value: missing, token: t };
}

/**
 * A cell's text without the spaces and tabs around it (other whitespace is kept: it is not padding).
 *
 * @example
 * trimCell(' \t12,5 '); // '12,5'
 * trimCell('12,5\u00a0'); // '12,5\u00a0'
 */
export function trimCell(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}
