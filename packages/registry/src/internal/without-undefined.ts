/** Optional keys present with value `undefined`, dropped (zod's output allows them; exactOptionalPropertyTypes does not). */
export type WithoutUndefined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

export function withoutUndefined<T extends object>(value: T): WithoutUndefined<T> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as WithoutUndefined<T>;
}
