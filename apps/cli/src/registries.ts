import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGeneratorRegistries, type GeneratorRegistries } from '@bootstat/generators';
import {
  type AnyRegistry,
  applyPlugin,
  closestName,
  createStatsRegistries,
  type IntervalResult,
  REGISTRY_KINDS,
  type StatsRegistries,
} from '@bootstat/registry';
import { type AnyPolicyRegistry, type AnyProposerRegistry, createPolicyRegistry } from '@bootstat/simulator';
import { createNodeProposerRegistry } from '@bootstat/simulator/node';
import { CI_METHODS, type Statistic } from '@bootstat/stats';
import { CliError } from './cli-error';

/**
 * The CLI's view of the registries (built-ins plus --plugin modules): names, running a strategy by name with
 * options validated by its zod schema, and describe() for `bootstat methods`. The CLI itself holds no statistics.
 */
export interface Registries {
  readonly ciMethod: { names(): string[] };
  readonly statistic: { names(): string[] };
  runStatistic(name: string, options: Record<string, unknown>): Statistic;
  statisticArity(name: string): number;
  isBuiltinMethod(name: string): boolean;
  runCiMethod(
    name: string,
    input: { samples: readonly (readonly number[] | Float64Array)[]; statistic: Statistic },
    options: Record<string, unknown>,
  ): IntervalResult;
  /** A ciMethod's options checked (and defaulted) by its zod schema. */
  parseCiOptions(name: string, options: Record<string, unknown>): Record<string, unknown>;
  describeAll(): ReturnType<AnyRegistry['describe']>;
}

function view(r: StatsRegistries): Registries {
  // The registries are typed by name; the CLI works with names from the command line, checked by has()/zod.
  const ciMethod = r.ciMethod as unknown as AnyRegistry;
  const statistic = r.statistic as unknown as AnyRegistry;
  return {
    ciMethod: { names: () => ciMethod.names() },
    statistic: { names: () => statistic.names() },
    runStatistic: (name, options) => statistic.run(name, undefined, options) as Statistic,
    statisticArity: (name) => (statistic.get(name).meta as { arity?: number } | undefined)?.arity ?? 1,
    isBuiltinMethod: (name) => (CI_METHODS as readonly string[]).includes(name),
    runCiMethod: (name, input, options) => ciMethod.run(name, input, options) as IntervalResult,
    parseCiOptions: (name, options) => ciMethod.parseOptions(name, options) as Record<string, unknown>,
    describeAll: () => Object.values(r as unknown as Record<string, AnyRegistry>).flatMap((reg) => reg.describe()),
  };
}

export interface LoadedRegistries extends Registries {
  readonly raw: StatsRegistries;
  /** The study's marginals and outcome generators (`bootstat study`), with any a plugin registered. */
  readonly generators: GeneratorRegistries;
  /** Whether a plugin registered a marginal or an outcome generator. */
  readonly generatorPlugins: boolean;
  /** The payment policies (`bootstat simulate`, `evaluate`, `optimize`), with any a plugin registered. */
  readonly policies: AnyPolicyRegistry;
  /** The proposers of `bootstat optimize` (search, command), with any a plugin registered. */
  readonly proposers: AnyProposerRegistry;
}

/** The CLI's registries: the statistics', the study's and the simulator's, listed together by `bootstat methods`. */
function loaded(
  raw: StatsRegistries,
  generators: GeneratorRegistries,
  generatorPlugins: boolean,
  policies: AnyPolicyRegistry,
  proposers: AnyProposerRegistry,
): LoadedRegistries {
  const stats = view(raw);
  return {
    ...stats,
    describeAll: () => [
      ...stats.describeAll(),
      ...generators.marginal.describe(),
      ...generators.outcome.describe(),
      ...policies.describe(),
      ...proposers.describe(),
    ],
    raw,
    generators,
    generatorPlugins,
    policies,
    proposers,
  };
}

export function createRegistries(): LoadedRegistries {
  return loaded(
    createStatsRegistries(),
    createGeneratorRegistries(),
    false,
    createPolicyRegistry(),
    createNodeProposerRegistry() as unknown as AnyProposerRegistry,
  );
}

/** The kinds of @bootstat/generators' registries: a plugin's entries of these kinds go there. */
const GENERATOR_KINDS = new Set(['marginal', 'outcome']);
/** The kinds of @bootstat/simulator's registries: a plugin's entries of these kinds go there. */
const POLICY_KIND = 'policy';
const PROPOSER_KIND = 'proposer';
const kindOf = (e: unknown) => (e as { kind?: string } | null)?.kind ?? '';
const KINDS = [...REGISTRY_KINDS, ...GENERATOR_KINDS, POLICY_KIND, PROPOSER_KIND];

/** Every entry of a plugin's array names a kind the CLI has a registry for (the message names the entry). */
function checkKinds(plugin: readonly unknown[], file: string): void {
  for (const [i, entry] of plugin.entries()) {
    const kind = kindOf(entry);
    if (KINDS.includes(kind)) continue;
    const guess = closestName(kind, KINDS);
    throw new CliError(
      `entry ${i} ${kind === '' ? 'has no kind' : `has kind ${JSON.stringify(kind)}`}${guess === undefined || kind === '' ? '' : ` (did you mean ${JSON.stringify(guess)}?)`}; the kinds are ${KINDS.join(', ')} (docs/plugins.md).`,
      { location: file },
    );
  }
}

/** Imports each --plugin FILE (relative to the working directory) and registers its strategies, in order. */
export async function loadPlugins(
  base: LoadedRegistries,
  files: readonly string[],
  cwd: string,
): Promise<LoadedRegistries> {
  let raw = base.raw;
  let generators = base.generators;
  let generatorPlugins = base.generatorPlugins;
  let policies = base.policies;
  let proposers = base.proposers;
  for (const file of files) {
    let module: unknown;
    try {
      module = await import(pathToFileURL(resolve(cwd, file)).href);
    } catch (e) {
      throw new CliError(`cannot load the plugin: ${(e as Error).message.split('\n')[0]}`, { location: file });
    }
    // An array of strategies may mix kinds: marginals and outcome generators go to the study's registries,
    // policies and proposers to the simulator's, the rest to the statistics' (a function plugin extends the
    // statistics' registries only).
    const plugin = (module as { default?: unknown } | null)?.default ?? module;
    if (Array.isArray(plugin)) checkKinds(plugin, file);
    const simulatorKind = (e: unknown) => kindOf(e) === POLICY_KIND || kindOf(e) === PROPOSER_KIND;
    if (Array.isArray(plugin) && plugin.some((e) => GENERATOR_KINDS.has(kindOf(e)) || simulatorKind(e))) {
      const own = plugin.filter((e) => GENERATOR_KINDS.has(kindOf(e)));
      const mine = plugin.filter((e) => kindOf(e) === POLICY_KIND);
      const theirs = plugin.filter((e) => kindOf(e) === PROPOSER_KIND);
      const rest = plugin.filter((e) => !GENERATOR_KINDS.has(kindOf(e)) && !simulatorKind(e));
      if (own.length > 0) {
        generators = applyPlugin(
          generators as unknown as Readonly<Record<string, AnyRegistry>>,
          own,
          file,
        ) as unknown as GeneratorRegistries;
        generatorPlugins = true;
      }
      if (mine.length > 0) policies = applyPlugin({ policy: policies }, mine, file).policy;
      if (theirs.length > 0) proposers = applyPlugin({ proposer: proposers }, theirs, file).proposer;
      if (rest.length > 0) raw = applyPlugin(raw, rest, file);
    } else {
      raw = applyPlugin(raw, module, file);
    }
  }
  return loaded(raw, generators, generatorPlugins, policies, proposers);
}
