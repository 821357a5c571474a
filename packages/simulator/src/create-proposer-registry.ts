import { createRegistry, defineStrategy, type Registry } from '@bootstat/registry';
import * as z from 'zod';
import { createParameterSearch } from './parameter-search';
import type { Proposer } from './proposer';

const search = defineStrategy({
  name: 'search',
  kind: 'proposer',
  summary: 'Deterministic compass search over the bounded parameters and thresholds of the policy',
  references: ['Kolda, Lewis & Torczon (2003), Optimization by direct search, SIAM Review 45(3), §3'],
  options: z.strictObject({
    step: z
      .number()
      .gt(0)
      .max(1)
      .default(0.25)
      .describe("the first step, as a share of each coordinate's range; it halves after a round without gain"),
  }),
  run: (_: undefined, o) => createParameterSearch(o),
});

/** The built-in proposers' option schemas, by name. */
export type ProposerSchemas = { search: typeof search.options };

/** What `createProposerRegistry` returns: no input, a proposer out. */
export type ProposerRegistry = Registry<'proposer', undefined, Proposer, ProposerSchemas>;

/** A proposer registry with any set of names (the built-ins' extended by plugins or the Node entry's command). */
// biome-ignore lint/suspicious/noExplicitAny: registries with any set of names.
export type AnyProposerRegistry = Registry<'proposer', undefined, Proposer, any>;

/**
 * A fresh registry of proposers for `optimizePolicy` with the built-in `search` (`createParameterSearch`). The Node
 * entry's `createNodeProposerRegistry` adds `command`; a plugin adds a proposer as a strategy of kind `'proposer'`
 * whose `run(undefined, options)` returns `{ name, propose(context, current) }`.
 *
 * @example
 * createProposerRegistry().names(); // ['search']
 * createProposerRegistry().run('search', undefined, { step: 0.1 }).name; // 'search'
 */
export function createProposerRegistry(): ProposerRegistry {
  return createRegistry<undefined, Proposer>()('proposer').register(search);
}
