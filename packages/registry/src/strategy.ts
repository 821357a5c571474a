import type { z } from 'zod';

/** Free-form metadata a registry's consumers read (e.g. a statistic's `arity`); shown by `describe()`. */
export type StrategyMeta = Readonly<Record<string, unknown>>;

/**
 * A named way of doing one job — a CI method, a statistic, a generator, a resampler — as a plain object: the
 * registries' unit of composition, and what a plugin provides (fastify/unified style: a name, an options schema
 * and metadata; registration is explicit).
 *
 * - `name`: how users select it (`--method bca`); letters, digits, `.`, `_` and `-`, starting with a letter or digit.
 * - `summary`: one line for `--help`, `bootstat methods` and the docs' tables.
 * - `references`: where the method comes from (book and section, paper, or the reference implementation).
 * - `options`: a zod 4 schema; `run` receives its parsed output (defaults applied), `describe()` shows its
 *   JSON Schema.
 * - `dependsOn`: names that must already be registered in the same registry.
 * - `kind`: the registry it belongs to; required in a plugin module's array form, checked by `register`.
 * - `meta`: metadata for the registry's consumers (statistics: `{ arity, paired }`).
 */
export interface Strategy<
  Name extends string = string,
  Options extends z.ZodType = z.ZodType,
  Input = unknown,
  Output = unknown,
  Meta extends object = StrategyMeta,
> {
  readonly name: Name;
  readonly summary: string;
  readonly references?: readonly string[];
  readonly options: Options;
  readonly dependsOn?: readonly string[];
  readonly kind?: string;
  readonly meta?: Meta;
  run(input: Input, options: z.output<Options>): Output;
}

/**
 * Returns the strategy unchanged, with its types inferred: the literal name, the options schema, and `run`'s
 * options parameter typed as the schema's output. Use it to write a strategy outside a `register` call.
 *
 * @example
 * const share = defineStrategy({
 *   name: 'share',
 *   summary: 'The share of successes, as a fraction or in percent',
 *   options: z.strictObject({ percent: z.boolean().default(false) }),
 *   run(input: { successes: number; trials: number }, { percent }) {
 *     return (input.successes / input.trials) * (percent ? 100 : 1);
 *   },
 * });
 * // typeof share: Strategy<'share', ZodObject<…>, { successes: number; trials: number }, number>
 * share.run({ successes: 3, trials: 4 }, { percent: true }); // 75
 * const rates = createRegistry<{ successes: number; trials: number }, number>()('rate').register(share);
 * rates.run('share', { successes: 3, trials: 4 }); // 0.75
 */
export function defineStrategy<
  const Name extends string,
  Options extends z.ZodType,
  Input,
  Output,
  const Meta extends object = StrategyMeta,
>(strategy: Strategy<Name, Options, Input, Output, Meta>): Strategy<Name, Options, Input, Output, Meta> {
  return strategy;
}
