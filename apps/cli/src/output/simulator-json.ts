import * as z from 'zod';

/** Version of the JSON of `bootstat simulate` and `bootstat evaluate`; bumped only with a major version. */
export const SIMULATOR_JSON_SCHEMA_VERSION = 1;

const cents = z.number().int().describe('whole cents');
const breakdown = {
  overdraft: cents,
  delay: cents,
  deadlinePenalty: cents,
  eodPenalty: cents,
  liquidity: cents,
};

/** `bootstat simulate --format json`: each agent's costs over the scenario's day. */
export function simulationJsonSchema() {
  return z.strictObject({
    schemaVersion: z.literal(SIMULATOR_JSON_SCHEMA_VERSION),
    kind: z.literal('simulation'),
    seed: z.number().int(),
    ticks: z.number().int(),
    payments: z.number().int(),
    agents: z.array(
      z.strictObject({
        agentId: z.string(),
        totalCost: cents,
        ...breakdown,
        settlementRate: z.number(),
        avgDelay: z.number().describe('mean ticks from arrival to settlement, over the settled payments'),
        unsettled: z.number().int(),
      }),
    ),
  });
}

const sample = z.strictObject({
  sampleIdx: z.number().int(),
  seed: z.number().int().describe("the sample's seed: bootstrapSample with it replays the day"),
  totalCost: cents,
  settlementRate: z.number(),
  avgDelay: z.number(),
  costBreakdown: z.strictObject(breakdown),
});

/** `bootstat evaluate --format json` without --against: one policy on every sample. */
export function evaluationJsonSchema() {
  return z.strictObject({
    schemaVersion: z.literal(SIMULATOR_JSON_SCHEMA_VERSION),
    kind: z.literal('evaluation'),
    agent: z.string(),
    seed: z.number().int(),
    seedScheme: z.enum(['stream', 'simcash']),
    samples: z.number().int(),
    ticks: z.number().int().describe("the day's length the samples were played over"),
    meanCost: z.number(),
    meanSettlementRate: z.number(),
    meanDelay: z.number(),
    perSample: z.array(sample),
  });
}

/** `bootstat evaluate --against --format json`: paired deltas cost(against) − cost(policy), their interval, the verdict. */
export function policyComparisonJsonSchema() {
  return z.strictObject({
    schemaVersion: z.literal(SIMULATOR_JSON_SCHEMA_VERSION),
    kind: z.literal('policy-comparison'),
    agent: z.string(),
    seed: z.number().int(),
    seedScheme: z.enum(['stream', 'simcash']),
    samples: z.number().int(),
    ticks: z.number().int().describe("the day's length the samples were played over"),
    meanDelta: z.number().describe('mean of cost(against) − cost(policy): positive when the policy is cheaper'),
    ci: z.strictObject({ low: z.number(), high: z.number() }).describe('BCa interval of the mean delta'),
    confidenceLevel: z.number(),
    relativeImprovement: z
      .number()
      .nullable()
      .describe("meanDelta / the against policy's mean cost (null when that is 0)"),
    candidateSettlementRate: z.number(),
    verdict: z.strictObject({ accept: z.boolean(), profile: z.string(), reasons: z.array(z.string()) }),
    warnings: z.array(z.strictObject({ code: z.string(), message: z.string() })),
    perSample: z.array(
      z.strictObject({
        sampleIdx: z.number().int(),
        seed: z.number().int(),
        currentCost: cents,
        candidateCost: cents,
        delta: z.number().int(),
      }),
    ),
  });
}
