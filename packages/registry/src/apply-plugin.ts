import type { z } from 'zod';
import { RegistryError } from './errors';
import { describeValue } from './internal/describe-value';
import type { Registry } from './registry';
import type { Strategy } from './strategy';

// biome-ignore lint/suspicious/noExplicitAny: a registry of any input, output and names.
export type AnyRegistry = Registry<string, any, any, any, any>;

/** An entry of a plugin's array form: a strategy whose `kind` names the registry it goes into. */
// biome-ignore lint/suspicious/noExplicitAny: plugin strategies are checked at registration, not here.
export type PluginStrategy = Strategy<string, z.ZodType, any, any, any>;

/**
 * What a plugin module's default export is (the plugin module format; docs/plugins.md):
 *
 * - an array of strategies, each with `kind` set to a registry kind (`'ciMethod'`, `'statistic'`, `'rng'`,
 *   `'resampler'`), registered in order; or
 * - a function `(registries) => registries` that returns the registries with its strategies registered (with
 *   `register`, which returns new registries: the plugin must return them). It may only add: every strategy it
 *   was given must still be there.
 */
export type Plugin<Registries = Readonly<Record<string, AnyRegistry>>> =
  | readonly PluginStrategy[]
  | ((registries: Registries) => { readonly [K in keyof Registries]: AnyRegistry });

const isRegistry = (v: unknown): v is AnyRegistry =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as AnyRegistry).kind === 'string' &&
  typeof (v as AnyRegistry).register === 'function' &&
  typeof (v as AnyRegistry).names === 'function';

/**
 * Applies a plugin module to a set of registries and returns the extended set (the input is unchanged). Takes the
 * module as `import()` gives it (its `default` export is used) or the default export itself. Registration is
 * explicit: nothing is discovered from the file system or from installed packages; the app imports the file the
 * user named and passes it here.
 *
 * @param registries - e.g. `createStatsRegistries()`
 * @param plugin - the imported module, or its default export (see `Plugin`)
 * @param source - how messages name the plugin (e.g. its file path); default 'plugin'
 * @throws {RegistryError} REGISTRY_INVALID_PLUGIN when the module does not follow the format, when an entry names
 * no known kind, or when a function plugin returns something else than the full set of registries; the
 * registration errors (REGISTRY_DUPLICATE_NAME, REGISTRY_MISSING_DEPENDENCY, REGISTRY_INVALID_STRATEGY) with
 * the source prefixed to the message
 * @example
 * const file = 'packages/registry/examples/trimmed-mean-plugin.mjs'; // the plugin of docs/plugins.md
 * const registries = applyPlugin(createStatsRegistries(), await import(pathToFileURL(file).href), file);
 * registries.statistic.has('trimmed-mean-20'); // true
 */
export function applyPlugin<Registries extends Readonly<Record<string, AnyRegistry>>>(
  registries: Registries,
  plugin: unknown,
  source = 'plugin',
): Registries {
  const fail = (what: string): never => {
    throw new RegistryError(
      'REGISTRY_INVALID_PLUGIN',
      `${source}: ${what}. A plugin module's default export is an array of strategies (each with a kind: ` +
        `${Object.keys(registries).join(', ')}) or a function (registries) => registries.`,
    );
  };
  const exported =
    typeof plugin === 'object' && plugin !== null && !Array.isArray(plugin) && 'default' in plugin
      ? plugin.default
      : plugin;
  try {
    if (Array.isArray(exported)) return applyStrategies(registries, exported, fail);
    if (typeof exported === 'function') {
      return applyFunction(registries, exported as (registries: Registries) => unknown, fail);
    }
  } catch (e) {
    if (e instanceof RegistryError && e.code !== 'REGISTRY_INVALID_PLUGIN') {
      throw new RegistryError(e.code, `${source}: ${e.message}`, { cause: e });
    }
    throw e;
  }
  return fail(`the default export is ${describeValue(exported)}`);
}

function applyStrategies<Registries extends Readonly<Record<string, AnyRegistry>>>(
  registries: Registries,
  strategies: readonly unknown[],
  fail: (what: string) => never,
): Registries {
  const next: Record<string, AnyRegistry> = { ...registries };
  strategies.forEach((entry, i) => {
    const kind = typeof entry === 'object' && entry !== null ? (entry as { kind?: unknown }).kind : undefined;
    const registry = typeof kind === 'string' && Object.hasOwn(next, kind) ? next[kind] : undefined;
    if (registry === undefined) {
      fail(`entry ${i} has kind ${describeValue(kind)}, which is not one of the registries`);
      return;
    }
    next[kind as string] = registry.register(entry as PluginStrategy);
  });
  return next as Registries;
}

function applyFunction<Registries extends Readonly<Record<string, AnyRegistry>>>(
  registries: Registries,
  plugin: (registries: Registries) => unknown,
  fail: (what: string) => never,
): Registries {
  const result = plugin(registries);
  if (typeof (result as { then?: unknown } | null)?.then === 'function') {
    fail('the plugin function returned a promise; it must return the registries synchronously');
  }
  if (typeof result !== 'object' || result === null) fail(`the plugin function returned ${describeValue(result)}`);
  const out = result as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    if (!Object.hasOwn(registries, key)) fail(`the plugin function returned an unknown registry '${key}'`);
  }
  for (const [key, before] of Object.entries(registries)) {
    const after = out[key];
    if (!isRegistry(after) || after.kind !== before.kind) {
      fail(`the plugin function must return every registry it was given; '${key}' is ${describeValue(after)}`);
      continue;
    }
    const kept = new Set<string>(after.names());
    const removed = before.names().filter((name: string) => !kept.has(name));
    if (removed.length > 0)
      fail(`the plugin function removed ${key} strategies ${removed.join(', ')}; plugins only add`);
  }
  return out as Registries;
}
