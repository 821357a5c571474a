import type { z } from 'zod';
import { closestName } from './closest-name';
import { RegistryError } from './errors';
import { optionsJsonSchema } from './internal/options-json-schema';
import { parseOptions } from './internal/parse-options';
import { STRATEGY_NAME, validateStrategy } from './internal/validate-strategy';
import type { Strategy, StrategyMeta } from './strategy';

/** The option schemas of an empty registry. */
export type NoStrategies = Record<never, never>;

/** The names a registry's type knows (those registered with a literal name). */
export type StrategyName<Map> = keyof Map & string;

/** `run`'s options argument: optional when the schema accepts nothing (all options have defaults). */
export type OptionsArgument<Schema extends z.ZodType> =
  undefined extends z.input<Schema>
    ? [options?: z.input<Schema>]
    : NoStrategies extends z.input<Schema>
      ? [options?: z.input<Schema>]
      : [options: z.input<Schema>];

/** Map plus one name → schema entry, flattened so hovers stay readable. A name only known as `string` adds nothing. */
type WithStrategy<Map, Name extends string, Options> = string extends Name
  ? Map
  : { [K in keyof Map | Name]: K extends Name ? Options : K extends keyof Map ? Map[K] : never };

/** A name already in the map is a compile error at `register` (and REGISTRY_DUPLICATE_NAME at run time). */
type NotRegistered<Map, Name extends string> = string extends Name
  ? unknown
  : Name extends keyof Map
    ? { readonly name: never }
    : unknown;

/** What `describe()` gives for one strategy: the single source of `--help`, `bootstat methods` and the docs. */
export interface StrategyDescription {
  readonly kind: string;
  readonly name: string;
  readonly summary: string;
  readonly references: readonly string[];
  readonly dependsOn: readonly string[];
  readonly meta?: object;
  /** JSON Schema (draft 2020-12) of the options a user may pass, with each option's default. */
  readonly options: z.core.JSONSchema.JSONSchema;
}

// Strategies as stored: validated and frozen, detached from the caller's object.
type Stored = Strategy<string, z.ZodType, unknown, unknown, object> & {
  readonly references: readonly string[];
  readonly dependsOn: readonly string[];
};

function store(strategy: Strategy<string, z.ZodType, unknown, unknown, object>): Stored {
  const run = strategy.run;
  return Object.freeze({
    name: strategy.name,
    summary: strategy.summary,
    references: Object.freeze([...(strategy.references ?? [])]),
    options: strategy.options,
    dependsOn: Object.freeze([...(strategy.dependsOn ?? [])]),
    ...(strategy.kind === undefined ? {} : { kind: strategy.kind }),
    ...(strategy.meta === undefined ? {} : { meta: Object.freeze({ ...strategy.meta }) }),
    run: (input: unknown, options: unknown) => run.call(strategy, input, options),
  });
}

/**
 * An immutable, typed set of named strategies for one concern (`kind`): CI methods, statistics, generators,
 * resamplers. `register` returns a new registry whose type knows the new name and its options schema, so a chain
 * of registrations infers every name, and `run('bca', input, { nResamples: 1000 })` is checked at compile time and
 * parsed with zod at run time.
 *
 * There is no global registry: each `createRegistry` / `createStatsRegistries` call gives fresh instances (a
 * module-level singleton would split in two when the dual ESM/CJS package is loaded twice).
 *
 * Names registered with a type only known as `string` (e.g. from a plugin file) work at run time but are not in
 * the type; narrow a user's string with `has(name)` before `run`, or call `runByName`.
 *
 * @example
 * const scalers = createRegistry<number, number>()('scaler')
 *   .register({ name: 'half', summary: 'Half of it', options: z.strictObject({}), run: (x) => x / 2 })
 *   .register({ name: 'times', summary: 'Times k', options: z.strictObject({ k: z.number() }), run: (x, o) => x * o.k });
 * scalers.run('half', 3); // 1.5
 * scalers.run('times', 3, { k: 4 }); // 12
 * // scalers.run('times', 3) does not compile: k is required
 */
export class Registry<
  Kind extends string,
  Input,
  Output,
  Map extends Record<string, z.ZodType> = NoStrategies,
  Meta extends object = StrategyMeta,
> {
  /** The concern this registry holds strategies for ('ciMethod', 'statistic', …); used in messages. */
  readonly kind: Kind;
  #strategies: ReadonlyMap<string, Stored> = new Map();

  /** An empty registry; `createRegistry<Input, Output>()(kind)` infers the kind's literal type for you. */
  constructor(kind: Kind) {
    if (typeof kind !== 'string' || !STRATEGY_NAME.test(kind)) {
      throw new RegistryError(
        'REGISTRY_INVALID_STRATEGY',
        `A registry kind is a name such as 'ciMethod' (letters, digits, '.', '_', '-'), got ${JSON.stringify(kind)}.`,
      );
    }
    this.kind = kind;
  }

  /**
   * A new registry with `strategy` added; this one is unchanged.
   *
   * @throws {RegistryError} REGISTRY_INVALID_STRATEGY (not a strategy, or a strategy of another kind),
   * REGISTRY_DUPLICATE_NAME, REGISTRY_MISSING_DEPENDENCY (a `dependsOn` name not registered here yet)
   * @example
   * const next = registry.register(defineStrategy({ name: 'wilson', summary: '…', options, run }));
   * next.run('wilson', input, { confidenceLevel: 0.9 });
   */
  register<const Name extends string, Options extends z.ZodType>(
    strategy: Strategy<Name, Options, Input, Output, Meta> & NotRegistered<Map, Name>,
  ): Registry<Kind, Input, Output, WithStrategy<Map, Name, Options>, Meta> {
    validateStrategy(this.kind, strategy);
    const s = strategy as Strategy<string, z.ZodType, unknown, unknown, object>;
    if (this.#strategies.has(s.name)) {
      throw new RegistryError(
        'REGISTRY_DUPLICATE_NAME',
        `The ${this.kind} registry already has a strategy named '${s.name}' (names are case-sensitive). ` +
          'Give the new strategy another name.',
      );
    }
    for (const dependency of s.dependsOn ?? []) {
      if (!this.#strategies.has(dependency)) {
        throw new RegistryError(
          'REGISTRY_MISSING_DEPENDENCY',
          `${this.kind} '${s.name}' depends on '${dependency}', which is not registered in the ${this.kind} registry. ` +
            `Register '${dependency}' first (registered: ${this.#known()}).`,
        );
      }
    }
    const next = new Registry<Kind, Input, Output, WithStrategy<Map, Name, Options>, Meta>(this.kind);
    next.#strategies = new Map([...this.#strategies, [s.name, store(s)]]);
    return next;
  }

  /** The registered names, in registration order. */
  names(): StrategyName<Map>[] {
    return [...this.#strategies.keys()] as StrategyName<Map>[];
  }

  /**
   * Whether a strategy of that name is registered; narrows a user's string for `get` and `run`.
   *
   * @example
   * if (!registries.ciMethod.has(flag)) throw new Error(`unknown method ${flag}`);
   * registries.ciMethod.run(flag, input); // flag: 'percentile' | 'basic' | …
   */
  has(name: string): name is StrategyName<Map> {
    return this.#strategies.has(name);
  }

  /**
   * The registered strategy (a frozen copy of what was registered).
   *
   * @throws {RegistryError} REGISTRY_UNKNOWN_NAME, listing the registered names
   */
  get<N extends StrategyName<Map>>(name: N): Strategy<N, Map[N], Input, Output, Meta> {
    return this.#lookup(name) as unknown as Strategy<N, Map[N], Input, Output, Meta>;
  }

  /**
   * Parses options for a strategy without running it (defaults applied): for a CLI that checks flags before
   * reading data.
   *
   * @throws {RegistryError} REGISTRY_UNKNOWN_NAME; REGISTRY_INVALID_OPTIONS naming the option and what it accepts
   */
  parseOptions<N extends StrategyName<Map>>(name: N, ...options: OptionsArgument<Map[N]>): z.output<Map[N]> {
    const strategy = this.#lookup(name);
    return parseOptions(`${this.kind} '${name}'`, strategy.options, options[0]) as z.output<Map[N]>;
  }

  /**
   * Runs a strategy: parses `options` with its schema (omitted options take their defaults), then calls its `run`.
   * Errors thrown by the strategy itself pass through unchanged.
   *
   * @throws {RegistryError} REGISTRY_UNKNOWN_NAME; REGISTRY_INVALID_OPTIONS naming the strategy, the option path and
   * what it accepts
   * @example
   * registries.ciMethod.run('bca', { samples: [x], statistic: 'mean' }, { nResamples: 1000, seed: 42 });
   */
  run<N extends StrategyName<Map>>(name: N, input: Input, ...options: OptionsArgument<Map[N]>): Output {
    const strategy = this.#lookup(name);
    const parsed = parseOptions(`${this.kind} '${name}'`, strategy.options, options[0]);
    return strategy.run(input, parsed) as Output;
  }

  /**
   * `run` for a name and options that come from a user (command-line flags, a config file) and so cannot be
   * checked at compile time: both are checked at run time only, with the same coded errors.
   *
   * @throws {RegistryError} REGISTRY_UNKNOWN_NAME (listing the known names); REGISTRY_INVALID_OPTIONS
   * @example
   * registries.ciMethod.runByName(flags.method, input, { nResamples: flags.nResamples, seed: flags.seed });
   */
  runByName(name: string, input: Input, options?: unknown): Output {
    const strategy = this.#lookup(name);
    const parsed = parseOptions(`${this.kind} '${name}'`, strategy.options, options);
    return strategy.run(input, parsed) as Output;
  }

  /**
   * One entry per strategy, in registration order, with its options as JSON Schema (`z.toJSONSchema`, input
   * side): the single source of `--help`, `bootstat methods` and the docs' method tables.
   */
  describe(): StrategyDescription[] {
    return [...this.#strategies.values()].map((s) => ({
      kind: this.kind,
      name: s.name,
      summary: s.summary,
      references: s.references,
      dependsOn: s.dependsOn,
      ...(s.meta === undefined ? {} : { meta: s.meta }),
      options: optionsJsonSchema(s.options),
    }));
  }

  #known(): string {
    return this.#strategies.size === 0 ? 'none' : [...this.#strategies.keys()].join(', ');
  }

  #lookup(name: string): Stored {
    const strategy = this.#strategies.get(name);
    if (strategy !== undefined) return strategy;
    const hint = typeof name === 'string' ? closestName(name, [...this.#strategies.keys()]) : undefined;
    throw new RegistryError(
      'REGISTRY_UNKNOWN_NAME',
      `Unknown ${this.kind} ${JSON.stringify(name)}.${hint === undefined ? '' : ` Did you mean '${hint}'?`} ` +
        `Known: ${this.#known()}.`,
    );
  }
}

/**
 * An empty registry for one concern. Curried so you name `Input` and `Output` (and optionally the metadata type)
 * while the kind's literal type is inferred.
 *
 * Kinds in use: 'ciMethod', 'statistic', 'rng', 'resampler'. Planned: 'generator' (synthetic data),
 * 'policy', 'proposer' (simulator) and 'reporter' (output formats).
 *
 * @example
 * const bcaStrategy = createCiMethodRegistry().get('bca');
 * const ciMethod = createRegistry<CiMethodInput, IntervalResult>()('ciMethod');
 * const withBca = ciMethod.register(bcaStrategy); // Registry<'ciMethod', …, { bca: typeof bcaStrategy.options }>
 * [ciMethod.names(), withBca.names()]; // [[], ['bca']]
 */
export function createRegistry<Input, Output, Meta extends object = StrategyMeta>() {
  return <const Kind extends string>(kind: Kind): Registry<Kind, Input, Output, NoStrategies, Meta> =>
    new Registry<Kind, Input, Output, NoStrategies, Meta>(kind);
}
