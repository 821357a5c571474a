/**
 * The cell texts read as a missing or non-finite value, compared without regard to case after trimming: the
 * empty cell, `NA` and `N/A` (R, spreadsheets), `NaN` and `-NaN`, `null`, `None` (pandas, Python), and
 * `inf`, `infinity` with an optional sign (±Infinity). In JSON, `null` and the same words as strings.
 * Under nanPolicy 'raise' each is an error naming the cell; under 'omit' the row is dropped and counted.
 */
export const MISSING_VALUE_TOKENS = [
  '',
  'NA',
  'N/A',
  'NaN',
  '-NaN',
  'null',
  'None',
  'inf',
  '+inf',
  '-inf',
  'Infinity',
  '+Infinity',
  '-Infinity',
] as const;

/**
 * The value a missing-value token stands for (NaN, or ±Infinity for the infinities), or undefined when `text`
 * (already trimmed) is not one.
 *
 * @example
 * missingValue('NA'); // NaN
 * missingValue('-inf'); // -Infinity
 * missingValue('12'); // undefined
 */
export function missingValue(text: string): number | undefined {
  if (text.length > 9) return undefined;
  switch (text.toLowerCase()) {
    case '':
    case 'na':
    case 'n/a':
    case 'nan':
    case '-nan':
    case 'null':
    case 'none':
      return Number.NaN;
    case 'inf':
    case '+inf':
    case 'infinity':
    case '+infinity':
      return Number.POSITIVE_INFINITY;
    case '-inf':
    case '-infinity':
      return Number.NEGATIVE_INFINITY;
    default:
      return undefined;
  }
}
