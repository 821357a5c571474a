import type { z } from 'zod';

type JsonSchema = z.core.JSONSchema.JSONSchema;

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

// z.int() states the safe-integer range; saying so in every message would only be noise.
const stated = (bound: number | undefined): bound is number =>
  bound !== undefined && Math.abs(bound) !== Number.MAX_SAFE_INTEGER;

function bounds(s: JsonSchema): string {
  const parts: string[] = [];
  if (stated(s.minimum)) parts.push(`>= ${s.minimum}`);
  if (typeof s.exclusiveMinimum === 'number') parts.push(`> ${s.exclusiveMinimum}`);
  if (stated(s.maximum)) parts.push(`<= ${s.maximum}`);
  if (typeof s.exclusiveMaximum === 'number') parts.push(`< ${s.exclusiveMaximum}`);
  return parts.length === 0 ? '' : ` ${parts.join(' and ')}`;
}

function kind(s: JsonSchema): string {
  if (s.enum !== undefined) return `one of ${s.enum.map(show).join(', ')}`;
  if (s.const !== undefined) return show(s.const);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives !== undefined) {
    return alternatives.map((a) => (typeof a === 'boolean' ? (a ? 'anything' : 'nothing') : kind(a))).join(' or ');
  }
  switch (s.type) {
    case 'integer':
      return `an integer${bounds(s)}`;
    case 'number':
      return `a number${bounds(s)}`;
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a string';
    case 'array':
      return 'an array';
    case 'object': {
      const keys = Object.keys(s.properties ?? {});
      return keys.length === 0 ? 'no options' : `an object with options ${keys.join(', ')}`;
    }
    default:
      return 'a value';
  }
}

/** What a JSON Schema accepts, in words: "an integer >= 0 and <= 1000000000 (default 9999)". */
export function jsonSchemaPhrase(s: JsonSchema): string {
  return s.default === undefined ? kind(s) : `${kind(s)} (default ${show(s.default)})`;
}

/** The sub-schema at an options path (object properties and array items), if the schema describes it. */
export function jsonSchemaAt(s: JsonSchema, path: readonly PropertyKey[]): JsonSchema | undefined {
  let at: JsonSchema | boolean | undefined = s;
  for (const key of path) {
    if (typeof at !== 'object') return undefined;
    const next: JsonSchema | boolean | undefined =
      typeof key === 'number' ? (Array.isArray(at.items) ? undefined : at.items) : at.properties?.[String(key)];
    at = next;
  }
  return typeof at === 'object' ? at : undefined;
}
