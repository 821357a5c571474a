import * as z from 'zod';

/**
 * The JSON Schema of what a user may pass (`io: 'input'`: options with defaults are optional and show their
 * default). Parts JSON Schema cannot express (functions, custom checks) become `{}` instead of throwing, so
 * `describe()` works for every strategy.
 */
export function optionsJsonSchema(schema: z.ZodType): z.core.JSONSchema.JSONSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as z.core.JSONSchema.JSONSchema;
}
