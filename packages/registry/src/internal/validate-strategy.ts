import { RegistryError } from '../errors';
import type { Strategy } from '../strategy';
import { describeValue } from './describe-value';

/** Strategy names: what a CLI flag, a file name and a table cell can all hold. */
export const STRATEGY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const SHAPE = '{ name, summary, options: a zod 4 schema, run(input, options) }';

const isStringArray = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Zod 4 schemas (classic or mini) carry their internals on `_zod`. Checked by shape, not `instanceof`: a plugin
 * may bring its own copy of zod.
 */
export const isZodSchema = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && typeof (v as { _zod?: { def?: unknown } })._zod?.def === 'object';

/** Throws REGISTRY_INVALID_STRATEGY, naming the field, unless `value` is a strategy for a registry of `kind`. */
export function validateStrategy(kind: string, value: unknown): asserts value is Strategy {
  const fail = (what: string): never => {
    throw new RegistryError(
      'REGISTRY_INVALID_STRATEGY',
      `Cannot register in the ${kind} registry: ${what}. A strategy is ${SHAPE}.`,
    );
  };
  if (typeof value !== 'object' || value === null)
    return fail(`expected a strategy object, got ${describeValue(value)}`);
  const s = value as Partial<Record<keyof Strategy, unknown>>;
  if (typeof s.name !== 'string' || !STRATEGY_NAME.test(s.name)) {
    return fail(
      `name must be letters, digits, '.', '_' or '-', starting with a letter or digit; got ${describeValue(s.name)}`,
    );
  }
  const label = `strategy '${s.name}'`;
  if (typeof s.summary !== 'string' || s.summary.trim() === '') return fail(`${label} needs a one-line summary`);
  if (!isZodSchema(s.options)) {
    return fail(`${label}: options must be a zod 4 schema (e.g. z.strictObject({})), got ${describeValue(s.options)}`);
  }
  if (typeof s.run !== 'function') return fail(`${label}: run must be a function, got ${describeValue(s.run)}`);
  if (s.references !== undefined && !isStringArray(s.references)) {
    return fail(`${label}: references must be an array of strings`);
  }
  if (s.dependsOn !== undefined && !isStringArray(s.dependsOn)) {
    return fail(`${label}: dependsOn must be an array of strategy names`);
  }
  if (s.meta !== undefined && (typeof s.meta !== 'object' || s.meta === null || Array.isArray(s.meta))) {
    return fail(`${label}: meta must be a plain object, got ${describeValue(s.meta)}`);
  }
  if (s.kind !== undefined && s.kind !== kind) {
    return fail(`${label} is a ${describeValue(s.kind)} strategy, not a ${kind} one; register it in that registry`);
  }
}
