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

/** `bootstat optimize --format json`: each iteration's costs, comparison and verdict, and the best policy. */
export function optimizationJsonSchema() {
  return z.strictObject({
    schemaVersion: z.literal(SIMULATOR_JSON_SCHEMA_VERSION),
    kind: z.literal('optimization'),
    agent: z.string(),
    seed: z.number().int(),
    seedScheme: z.enum(['stream', 'simcash']),
    samples: z.number().int(),
    proposer: z.string().describe("the proposer's name: search, command: CMD, or a plugin's"),
    stopReason: z.enum(['iterations', 'patience', 'target', 'aborted']),
    iterations: z.array(
      z.strictObject({
        iteration: z.number().int(),
        seed: z.number().int().describe("the iteration's seed: its context day's and its samples' base seed"),
        contextCost: cents.describe("the agent's cost in the iteration's day, on the current policy"),
        currentMeanCost: z.number().describe("the current policy's mean cost on the iteration's samples"),
        proposal: z.unknown().describe('what the proposer gave (null when it gave nothing)'),
        proposalValid: z.boolean(),
        proposalReason: z.string().nullable().describe('why the proposal was rejected before any comparison'),
        meanDelta: z.number().nullable().describe('mean cost(current) − cost(proposal); null for an invalid proposal'),
        ci: z.strictObject({ low: z.number(), high: z.number() }).nullable().describe('BCa interval of meanDelta'),
        candidateMeanCost: z.number().nullable(),
        accept: z.boolean(),
        reasons: z.array(z.string()),
        kept: z
          .looseObject({ parameters: z.record(z.string(), z.number()), payment_tree: z.unknown() })
          .describe('the policy after the iteration'),
        keptMeanCost: z.number(),
      }),
    ),
    best: z
      .looseObject({ parameters: z.record(z.string(), z.number()), payment_tree: z.unknown() })
      .describe('the policy kept at the end, in SimCash’s format'),
    bestMeanCost: z.number().nullable(),
  });
}
