import * as z from 'zod';

/** A flag's text as a decimal number; the message names the flag (`--level must be a number`). */
export const numberFlag = (flag: string) =>
  z
    .string()
    .trim()
    .regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, `${flag} must be a number`)
    .transform(Number);

/** A flag's text as an integer in [min, max]. */
export const integerFlag = (flag: string, min: number, max: number) =>
  numberFlag(flag).refine(
    (v) => Number.isInteger(v) && v >= min && v <= max,
    `${flag} must be an integer in [${min}, ${max}]`,
  );

/** `--level`: a confidence level in (0, 1), 0.95 unless given (`ci`, `campaign`, `evaluate`). */
export const levelFlag = () =>
  numberFlag('--level')
    .refine((v) => v > 0 && v < 1, '--level must be in (0, 1), e.g. 0.95')
    .default(0.95);
