import { closestName, createRegistry, defineStrategy, type Registry, RegistryError } from '@bootstat/registry';
import * as z from 'zod';
import { BUILTIN_POLICIES } from './builtin-policies';
import { SimulatorError } from './errors';
import { type PaymentPolicy, validatePaymentPolicy, validatePolicy } from './policy';

const fraction = z
  .number()
  .min(0)
  .max(1)
  .default(0.5)
  .describe('the share of the pool allocated at the start of the day (floor(pool × fraction) cents)');
const urgency = (ticks: number) =>
  z
    .number()
    .refine(Number.isFinite, 'a finite number')
    .default(ticks)
    .describe('release a payment once ticks_to_deadline is at most this');

const SIMCASH = 'aerugo/SimCash, backend/policies (fifo, deadline, liquidity_aware)';

/** The built-in trees with their parameters set from the strategy's options. */
const tree = (name: keyof typeof BUILTIN_POLICIES, parameters: Record<string, number>) =>
  validatePolicy({ ...BUILTIN_POLICIES[name], parameters });

const releaseAll = defineStrategy({
  name: 'release-all',
  kind: 'policy',
  summary: 'Release every payment as it arrives, in arrival order (FIFO)',
  references: [SIMCASH],
  options: z.strictObject({ initial_liquidity_fraction: fraction }),
  run: (_: undefined, o) => tree('release-all', o),
});
const deadlineAware = defineStrategy({
  name: 'deadline-aware',
  kind: 'policy',
  summary: 'Release a payment within urgency_threshold ticks of its deadline; hold it before',
  references: [SIMCASH],
  options: z.strictObject({ initial_liquidity_fraction: fraction, urgency_threshold: urgency(5) }),
  run: (_: undefined, o) => tree('deadline-aware', o),
});
const liquidityAware = defineStrategy({
  name: 'liquidity-aware',
  kind: 'policy',
  summary: 'Release what the agent can pay now, and urgent payments; hold the rest',
  references: [SIMCASH],
  options: z.strictObject({ initial_liquidity_fraction: fraction, urgency_threshold: urgency(3) }),
  run: (_: undefined, o) => tree('liquidity-aware', o),
});

/** The built-in policies' option schemas, by name. */
export type PolicySchemas = {
  'release-all': typeof releaseAll.options;
  'deadline-aware': typeof deadlineAware.options;
  'liquidity-aware': typeof liquidityAware.options;
};

/** What `createPolicyRegistry` returns: no input, a policy out, the built-ins' names and options typed. */
export type PolicyRegistry = Registry<'policy', undefined, PaymentPolicy, PolicySchemas>;

/** A policy registry with any set of names (the built-ins' extended by plugins). */
// biome-ignore lint/suspicious/noExplicitAny: registries with any set of names.
export type AnyPolicyRegistry = Registry<'policy', undefined, PaymentPolicy, any>;

/**
 * A fresh registry of payment policies with the built-ins `release-all`, `deadline-aware` and `liquidity-aware`,
 * whose options are their parameters (`initial_liquidity_fraction`, `urgency_threshold`). A plugin adds a policy
 * as a strategy of kind `'policy'` whose `run(undefined, options)` returns a tree in SimCash's format or a
 * function policy (`{ parameters, decide(context) }`); docs/simulator.md.
 *
 * @example
 * const policies = createPolicyRegistry();
 * policies.names(); // ['release-all', 'deadline-aware', 'liquidity-aware']
 * policies.run('deadline-aware', undefined, { urgency_threshold: 2 }).parameters; // { initial_liquidity_fraction: 0.5, urgency_threshold: 2 }
 */
export function createPolicyRegistry(): PolicyRegistry {
  return createRegistry<undefined, PaymentPolicy>()('policy')
    .register(releaseAll)
    .register(deadlineAware)
    .register(liquidityAware);
}

/**
 * The policy a registry gives for a name and options (a user's, from a flag or a scenario), checked: a plugin's
 * output must be a valid tree or function policy.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_POLICY for an unknown name (with the closest known one) or what a
 *   strategy returned that is not a policy; RegistryError REGISTRY_INVALID_OPTIONS for options its schema refuses
 * @example
 * policyByName('deadline-aware', { urgency_threshold: 2 }).parameters.urgency_threshold; // 2
 */
export function policyByName(
  name: string,
  options: Readonly<Record<string, unknown>> = {},
  registry: AnyPolicyRegistry = createPolicyRegistry(),
): PaymentPolicy {
  if (!registry.has(name)) {
    const guess = closestName(name, registry.names());
    throw new SimulatorError(
      'SIMULATOR_INVALID_POLICY',
      `no policy named ${JSON.stringify(name)}${guess === undefined ? '.' : `; did you mean ${JSON.stringify(guess)}?`} The policies: ${registry.names().join(', ')} (a plugin's are there once the plugin is loaded).`,
      name,
    );
  }
  let out: unknown;
  try {
    out = registry.runByName(name, undefined, options);
  } catch (e) {
    // The options' errors are the registry's (REGISTRY_INVALID_OPTIONS); anything else is the strategy's own.
    if (e instanceof RegistryError) throw e;
    throw new SimulatorError(
      'SIMULATOR_INVALID_POLICY',
      `policy strategy ${JSON.stringify(name)} failed: ${e instanceof Error ? e.message : String(e)}`,
      name,
      { cause: e },
    );
  }
  if (typeof (out as { then?: unknown } | null)?.then === 'function') {
    throw new SimulatorError(
      'SIMULATOR_INVALID_POLICY',
      `policy strategy ${JSON.stringify(name)} returned a Promise: its run must return the policy itself.`,
      name,
    );
  }
  try {
    const policy = validatePaymentPolicy(out);
    // A function policy is named by its strategy when it does not name itself, so its errors say which it is.
    return 'decide' in policy && policy.policy_id === undefined ? { ...policy, policy_id: name } : policy;
  } catch (e) {
    if (e instanceof SimulatorError) {
      throw new SimulatorError(
        e.code,
        `policy strategy ${JSON.stringify(name)} returned no valid policy: ${e.message}`,
        name,
        {
          cause: e,
        },
      );
    }
    throw e;
  }
}
