/** True when every value equals the first (−0 and +0 count as equal; NaN never does), as SciPy's constant-input test. */
export function isConstant(values: Float64Array): boolean {
  const first = values[0] as number;
  for (let i = 1; i < values.length; i++) if (values[i] !== first) return false;
  return true;
}
