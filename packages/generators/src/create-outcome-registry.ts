import { createRegistry, type Registry } from '@bootstat/registry';
import type { OutcomeInput, OutcomeMeta, OutcomeModel } from './outcome-model';
import { gaussianCopulaOutcome } from './outcomes/gaussian-copula';
import { logLinearOutcome } from './outcomes/log-linear';
import { rankMixingOutcome } from './outcomes/rank-mixing';

/** The built-in outcomes' option schemas, by name. */
export type OutcomeSchemas = {
  'rank-mixing': typeof rankMixingOutcome.options;
  'gaussian-copula': typeof gaussianCopulaOutcome.options;
  'log-linear': typeof logLinearOutcome.options;
};

/** The registry `createOutcomeRegistry` returns: input `OutcomeInput`, output an `OutcomeModel`. */
export type OutcomeRegistry = Registry<'outcome', OutcomeInput, OutcomeModel, OutcomeSchemas, OutcomeMeta>;

/**
 * A fresh registry of outcome models with the built-ins `rank-mixing` (the default of the reference),
 * `gaussian-copula` and `log-linear`. A plugin outcome is a strategy whose `run(input, options)` returns an
 * `OutcomeModel` (a monotone map of a score a·levelScore + b·noise); `meta.marginal` names a marginal it requires.
 *
 * @example
 * createOutcomeRegistry().names(); // ['rank-mixing', 'gaussian-copula', 'log-linear']
 */
export function createOutcomeRegistry(): OutcomeRegistry {
  return createRegistry<OutcomeInput, OutcomeModel, OutcomeMeta>()('outcome')
    .register(rankMixingOutcome)
    .register(gaussianCopulaOutcome)
    .register(logLinearOutcome);
}
