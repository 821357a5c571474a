import type { Registry } from '@bootstat/registry';
import { createMarginalRegistry, type MarginalRegistry } from './create-marginal-registry';
import { createOutcomeRegistry, type OutcomeRegistry } from './create-outcome-registry';
import type { Marginal } from './marginal';
import type { OutcomeInput, OutcomeMeta, OutcomeModel } from './outcome-model';

/**
 * The registries the dataset functions look names up in: any marginal and outcome registries, the built-ins' or
 * ones extended by plugins (`register`, `applyPlugin`). Names and options are checked at run time.
 */
export interface GeneratorRegistries {
  // biome-ignore lint/suspicious/noExplicitAny: registries with any set of names.
  readonly marginal: Registry<'marginal', undefined, Marginal, any>;
  // biome-ignore lint/suspicious/noExplicitAny: registries with any set of names.
  readonly outcome: Registry<'outcome', OutcomeInput, OutcomeModel, any, OutcomeMeta>;
}

/** What `createGeneratorRegistries` returns: the built-in registries, their names and options typed. */
export interface BuiltinGeneratorRegistries {
  readonly marginal: MarginalRegistry;
  readonly outcome: OutcomeRegistry;
}

/**
 * Fresh registries of marginals and outcomes with the built-ins (no module-level singleton: each call gives new,
 * immutable registries).
 *
 * @example
 * const registries = createGeneratorRegistries();
 * registries.outcome.has('rank-mixing'); // true
 */
export function createGeneratorRegistries(): BuiltinGeneratorRegistries {
  return { marginal: createMarginalRegistry(), outcome: createOutcomeRegistry() };
}
