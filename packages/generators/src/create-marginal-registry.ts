import { createRegistry, type Registry } from '@bootstat/registry';
import type { Marginal } from './marginal';
import { lognormalMarginal } from './marginals/lognormal';

/** The built-in marginals' option schemas, by name. */
export type MarginalSchemas = { lognormal: typeof lognormalMarginal.options };

/** The registry `createMarginalRegistry` returns: input `undefined`, output a `Marginal`. */
export type MarginalRegistry = Registry<'marginal', undefined, Marginal, MarginalSchemas>;

/**
 * A fresh registry of outcome marginals with the built-in `lognormal`. Register more (a plugin's `uniform`, an
 * empirical pool) with `register`: a marginal is a name, a zod options schema and `run(undefined, options)`
 * returning a `Marginal` (its quantile function).
 *
 * @example
 * const marginal = createMarginalRegistry().run('lognormal', undefined, { median: 15.4, iqr: 19.3 });
 * marginal.parameters.mu; // 2.7343675094195836
 * Math.round(marginal.quantile(0.5) * 1e9) / 1e9; // 15.4
 */
export function createMarginalRegistry(): MarginalRegistry {
  return createRegistry<undefined, Marginal>()('marginal').register(lognormalMarginal);
}
