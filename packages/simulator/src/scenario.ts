import * as z from 'zod';
import { CostRatesSchema } from './cost-rates';
import { type AnyPolicyRegistry, createPolicyRegistry, policyByName } from './create-policy-registry';
import { SimulatorError } from './errors';

const cents = z
  .number()
  .int('must be whole cents')
  .nonnegative()
  .refine(Number.isSafeInteger, 'must be a safe integer of cents');
const tickCount = z.number().int().min(1).max(100_000);

/**
 * A scenario for the built-in stochastic day: the agents (each with its liquidity pool, credit and policy), how
 * payments arrive (Poisson per agent per tick, lognormal amounts in cents, deadlines, priorities; the counterparty
 * drawn uniformly among the other agents), the cost rates and the seed. docs/simulator.md.
 */
export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().optional(),
  ticks: tickCount,
  seed: z.number().int().min(0).max(4294967295),
  agents: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(64),
        liquidityPool: cents.default(0),
        openingBalance: cents.default(0),
        creditLimit: cents.default(0),
        /** A policy's name in the policy registry: a built-in, or a plugin's. */
        policy: z.string().min(1).max(200).default('release-all'),
        /** The policy's options (its parameters, e.g. initial_liquidity_fraction), checked by its schema. */
        // The object as written (a record schema would drop a `__proto__` key): the policy's own schema checks it.
        policyOptions: z
          .custom<Readonly<Record<string, unknown>>>(
            (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
            "must be an object of the policy's options, e.g. { initial_liquidity_fraction: 0.3 }",
          )
          .default({}),
      }),
    )
    .min(2, 'needs at least two agents (payments go to another agent)')
    .max(1000),
  arrivals: z.strictObject({
    /** Poisson mean of the payments each agent sends per tick. */
    ratePerTick: z.number().nonnegative().max(100, 'must be at most 100 payments per agent per tick'),
    /** Lognormal amounts with this mean and standard deviation, in cents, rounded to whole cents (at least 1). */
    amount: z.strictObject({ mean: z.number().positive().max(1e12), sd: z.number().nonnegative().max(1e12) }),
    /** Deadline: uniform whole ticks after the arrival, capped at the end of the day. */
    deadline: z.strictObject({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
    /** Priority: uniform whole numbers in [min, max] within 0–10. */
    priority: z
      .strictObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(0).max(10) })
      .default({ min: 0, max: 10 }),
  }),
  costRates: CostRatesSchema.default(CostRatesSchema.parse({})),
});

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/**
 * A checked scenario, with defaults filled in. Each agent's policy is looked up in `options.policies` (default the
 * built-ins) and its `policyOptions` checked, so a misspelt name fails here, before any day is played.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION naming the field: an unknown key, a fraction of a cent, fewer
 *   than two agents, a duplicate agent id, a deadline or priority range upside down, a policy the registry does
 *   not have or options its schema refuses
 * @example
 * const s = validateScenario({ ticks: 12, seed: 1, agents: [{ id: 'A' }, { id: 'B' }],
 *   arrivals: { ratePerTick: 2, amount: { mean: 10_000, sd: 5_000 }, deadline: { min: 3, max: 8 } } });
 * s.agents[0].policy; // 'release-all'
 */
export function validateScenario(
  input: unknown,
  options: {
    readonly policies?: AnyPolicyRegistry;
    /** Look each agent's policy up (default true); false for a reader of the rest alone. */
    readonly checkPolicies?: boolean;
  } = {},
): Scenario {
  const s = checkScenarioShape(input);
  if (options.checkPolicies === false) return s;
  const policies = options.policies ?? createPolicyRegistry();
  for (const [i, a] of s.agents.entries()) {
    try {
      policyByName(a.policy, a.policyOptions, policies);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'SIMULATOR_INVALID_POLICY' && code !== 'REGISTRY_INVALID_OPTIONS') throw e;
      throw new SimulatorError(
        'SIMULATOR_INVALID_OPTION',
        `scenario field agents.${i}.policy (agent ${JSON.stringify(a.id)}): ${(e as Error).message}`,
        `agents.${i}.policy`,
        { cause: e },
      );
    }
  }
  return s;
}

/** A scenario checked in all but its policies, which the payments do not depend on (internal). */
export function checkScenarioShape(input: unknown): Scenario {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const path = issue.path.map(String).join('.');
    const what = issue.code === 'unrecognized_keys' ? `unknown key ${JSON.stringify(issue.keys[0])}` : issue.message;
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `scenario${path === '' ? '' : ` field ${path}`}: ${what}.`,
      path || undefined,
    );
  }
  const s = parsed.data;
  const ids = new Set<string>();
  for (const a of s.agents) {
    if (ids.has(a.id))
      throw new SimulatorError(
        'SIMULATOR_INVALID_OPTION',
        `scenario: agent ${JSON.stringify(a.id)} appears twice.`,
        'agents',
      );
    ids.add(a.id);
  }
  for (const key of ['deadline', 'priority'] as const) {
    const r = s.arrivals[key];
    if (r.min > r.max) {
      throw new SimulatorError(
        'SIMULATOR_INVALID_OPTION',
        `scenario field arrivals.${key}: min ${r.min} is above max ${r.max}.`,
        `arrivals.${key}`,
      );
    }
  }
  return s;
}
