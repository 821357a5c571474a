import * as z from 'zod';

/** Version of `bootstat methods --format json`; bumped only with a major version. */
export const METHODS_JSON_SCHEMA_VERSION = 1;

/** `bootstat methods --format json`: every registered strategy, with its options as a JSON Schema. */
export function methodsJsonSchema() {
  return z.strictObject({
    schemaVersion: z.literal(METHODS_JSON_SCHEMA_VERSION),
    kind: z.literal('methods'),
    strategies: z.array(
      z.looseObject({
        kind: z.string().describe('the registry: ciMethod, statistic, rng, resampler, marginal, outcome'),
        name: z.string(),
        summary: z.string(),
        references: z.array(z.string()),
        options: z.unknown().describe("the strategy's options, as a JSON Schema"),
      }),
    ),
  });
}
