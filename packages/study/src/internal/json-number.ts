/** A number in JSON as bootstat writes it (docs/output.md): finite as a number, NaN and ±Infinity as strings. */
export type JsonNumber = number | 'Infinity' | '-Infinity' | 'NaN';

export const toJsonNumber = (x: number): JsonNumber =>
  Number.isFinite(x) ? x : Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';

export const fromJsonNumber = (x: JsonNumber): number =>
  x === 'NaN'
    ? Number.NaN
    : x === 'Infinity'
      ? Number.POSITIVE_INFINITY
      : x === '-Infinity'
        ? Number.NEGATIVE_INFINITY
        : x;
