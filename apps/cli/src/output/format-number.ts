/**
 * Six significant digits for people (tables), the shortest exact form for machines (JSON, CSV).
 *
 * @example
 * human(Math.PI); // '3.14159'
 * human(1234567); // '1.23457e+6'
 * human(-Infinity); // '-Infinity'
 */
export function human(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Infinity' : '-Infinity';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(5).replace(/\.?0+e/, 'e');
  return Number(x.toPrecision(6)).toString();
}

/**
 * The shortest text that reads back as the same number, for machines (JSON, CSV); NaN and ±Infinity as words, and
 * −0 as `-0` (JavaScript's String gives "0", which reads back as +0).
 *
 * @example
 * exact(Math.PI); // '3.141592653589793'
 * exact(0.1 + 0.2); // '0.30000000000000004'
 * exact(Infinity); // 'Infinity'
 * exact(-0); // '-0'
 */
export function exact(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return Object.is(x, -0) ? '-0' : String(x);
}

/** For JSON: the number itself when finite; JSON has no NaN or ±Infinity, so those become strings. */
export function jsonNumber(x: number): number | string {
  return Number.isFinite(x) ? x : exact(x);
}
