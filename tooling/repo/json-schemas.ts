// The JSON Schemas of bootstat's JSON outputs, generated from their zod schemas (z.toJSONSchema): one list, used by
// write-schemas.ts to write the files the packages publish and by the test that holds the files to the code.
import { campaignJsonSchema } from '@bootstat/campaign';
import { BootstrapResultJsonSchema, promotionGateJsonSchema } from '@bootstat/stats';
import { studyJsonSchema, studyPartJsonSchema } from '@bootstat/study';
import * as z from 'zod';
import { ciGroupsJsonSchema, ciJsonSchema } from '../../apps/cli/src/output/ci-json';
import { methodsJsonSchema } from '../../apps/cli/src/output/methods-json';
import {
  evaluationJsonSchema,
  optimizationJsonSchema,
  policyComparisonJsonSchema,
  simulationJsonSchema,
} from '../../apps/cli/src/output/simulator-json';

const BASE = 'https://github.com/bootstat/bootstat/blob/main/';

/** Each published schema file: where it is, and its zod schema. */
export const JSON_SCHEMAS: readonly { readonly file: string; readonly title: string; readonly schema: z.ZodType }[] = [
  {
    file: 'packages/stats/schemas/bootstrap-result.schema.json',
    title: 'bootstat bootstrap result (bootstrapResultToJson)',
    schema: BootstrapResultJsonSchema,
  },
  { file: 'packages/stats/schemas/gate.schema.json', title: 'bootstat gate output', schema: promotionGateJsonSchema() },
  {
    file: 'packages/campaign/schemas/campaign.schema.json',
    title: 'bootstat campaign output',
    schema: campaignJsonSchema(),
  },
  { file: 'packages/study/schemas/study.schema.json', title: 'bootstat study output', schema: studyJsonSchema() },
  {
    file: 'packages/study/schemas/study-part.schema.json',
    title: 'bootstat study part (one shard: bootstat study SPEC --shard I/N)',
    schema: studyPartJsonSchema(),
  },
  { file: 'apps/cli/schemas/ci.schema.json', title: 'bootstat ci output', schema: ciJsonSchema() },
  {
    file: 'apps/cli/schemas/ci-groups.schema.json',
    title: 'bootstat ci output for groups (--by, two files)',
    schema: ciGroupsJsonSchema(),
  },
  { file: 'apps/cli/schemas/methods.schema.json', title: 'bootstat methods output', schema: methodsJsonSchema() },
  {
    file: 'apps/cli/schemas/simulation.schema.json',
    title: 'bootstat simulate output',
    schema: simulationJsonSchema(),
  },
  {
    file: 'apps/cli/schemas/evaluation.schema.json',
    title: 'bootstat evaluate output (one policy)',
    schema: evaluationJsonSchema(),
  },
  {
    file: 'apps/cli/schemas/policy-comparison.schema.json',
    title: 'bootstat evaluate output (--against: two policies on the same samples)',
    schema: policyComparisonJsonSchema(),
  },
  {
    file: 'apps/cli/schemas/optimization.schema.json',
    title: 'bootstat optimize output',
    schema: optimizationJsonSchema(),
  },
];

/** A schema file's text: draft 2020-12, with its $id and title, two-space indented, a final newline. */
export function schemaText(entry: (typeof JSON_SCHEMAS)[number]): string {
  const json = z.toJSONSchema(entry.schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return `${JSON.stringify({ $schema, $id: `${BASE}${entry.file}`, title: entry.title, ...rest }, null, 2)}\n`;
}
