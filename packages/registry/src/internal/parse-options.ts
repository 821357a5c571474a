import * as z from 'zod';
import { RegistryError } from '../errors';
import { describeValue } from './describe-value';
import { jsonSchemaAt, jsonSchemaPhrase } from './json-schema-phrase';
import { optionsJsonSchema } from './options-json-schema';

function valueAt(options: unknown, path: readonly PropertyKey[]): unknown {
  let at = options;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * Parses `options` with the strategy's schema; omitted options mean `{}` (all defaults) unless the schema itself
 * accepts `undefined`. A failure throws REGISTRY_INVALID_OPTIONS naming the strategy, each option path, what was
 * given and what the option accepts (from the schema's JSON Schema).
 */
export function parseOptions(label: string, schema: z.ZodType, options: unknown): unknown {
  let parsed = z.safeParse(schema, options);
  if (!parsed.success && options === undefined) parsed = z.safeParse(schema, {});
  if (parsed.success) return parsed.data;
  const json = optionsJsonSchema(schema);
  const given = options ?? {};
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length === 0 ? '' : ` in ${issue.path.join('.')}`;
      const known = Object.keys(jsonSchemaAt(json, issue.path)?.properties ?? {});
      const accepted = known.length === 0 ? 'it takes no options' : `it accepts ${known.join(', ')}`;
      return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}${where}; ${accepted}`;
    }
    const path = issue.path.length === 0 ? 'options' : `option ${issue.path.join('.')}`;
    const value = valueAt(given, issue.path);
    const sub = jsonSchemaAt(json, issue.path);
    if (issue.code === 'custom' || sub === undefined) return `${path} is ${describeValue(value)}: ${issue.message}`;
    const accepts = jsonSchemaPhrase(sub);
    if (value === undefined && issue.path.length > 0) return `${path} is required: ${accepts}`;
    return `${path} is ${describeValue(value)}, but it must be ${accepts}`;
  });
  throw new RegistryError('REGISTRY_INVALID_OPTIONS', `${label}: ${problems.join('; ')}.`, { cause: parsed.error });
}
