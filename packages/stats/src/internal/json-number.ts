import * as z from 'zod';

/** A number in JSON output: finite numbers as themselves, NaN and ±Infinity (which JSON lacks) as these strings. */
export const jsonNumber = () => z.union([z.number(), z.literal('Infinity'), z.literal('-Infinity'), z.literal('NaN')]);

export type JsonNumber = number | 'Infinity' | '-Infinity' | 'NaN';

export const toJsonNumber = (x: number): JsonNumber =>
  Number.isFinite(x) ? x : Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';

export const fromJsonNumber = (x: JsonNumber): number => (typeof x === 'number' ? x : Number(x));
