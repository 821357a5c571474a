import { createGenerator, type Generator, type GeneratorName } from '@bootstat/rng';
import * as z from 'zod';
import { createRegistry, type Registry } from './registry';
import type { Strategy } from './strategy';

const SEED_OPTIONS = z.strictObject({
  seed: z.number().int().min(0).max(4294967295).describe('Seed, an integer in [0, 2^32)'),
});

/** The built-in generators' option schemas, by name. */
export type RngSchemas = { [Name in GeneratorName]: typeof SEED_OPTIONS };

/** The registry `createRngRegistry` returns: input `undefined`, options `{ seed }`, output a seeded `Generator`. */
export type RngRegistry = Registry<'rng', undefined, Generator, RngSchemas>;

function generator<const Name extends GeneratorName>(
  name: Name,
  summary: string,
  references: readonly string[],
): Strategy<Name, typeof SEED_OPTIONS, undefined, Generator> {
  return { name, summary, references, options: SEED_OPTIONS, run: (_, { seed }) => createGenerator(name, seed) };
}

/**
 * A fresh registry of @bootstat/rng's generators (`GENERATOR_NAMES`); `run(name, undefined, { seed })` is
 * `createGenerator(name, seed)`. For many independent streams from one seed, use `streamTree` with the generator's
 * name instead.
 *
 * @example
 * const rng = createRngRegistry().run('mersenne', undefined, { seed: 42 }); // createGenerator('mersenne', 42)
 * // MT19937's first word from seed 42, as C++'s std::mt19937(42) gives it
 * rng.next(); // 1608637542
 */
export function createRngRegistry(): RngRegistry {
  return createRegistry<undefined, Generator>()('rng')
    .register(
      generator('xoroshiro128plus', 'xoroshiro128+: 128-bit state, fast, the default (pure-rand)', [
        'Blackman, D. & Vigna, S. (2018). Scrambled linear pseudorandom number generators',
      ]),
    )
    .register(
      generator('mersenne', 'Mersenne Twister MT19937 (pure-rand)', [
        'Matsumoto, M. & Nishimura, T. (1998). ACM TOMACS 8(1), 3–30',
      ]),
    )
    .register(
      generator('xorshift128plus', 'xorshift128+ (23, 18, 5) (pure-rand)', [
        'Vigna, S. (2017). Further scramblings of Marsaglia’s xorshift generators. J. Comput. Appl. Math. 315',
      ]),
    )
    .register(
      generator('congruential32', "Linear congruential generator, MSVC constants, three steps per word (pure-rand's)", [
        'pure-rand congruential32',
      ]),
    )
    .register(
      generator('xorshift64star', 'xorshift64* (12, 25, 27), high 32 bits of each output, seeded by SplitMix64', [
        'Vigna, S. (2016). An experimental exploration of Marsaglia’s xorshift generators, scrambled. ACM TOMS 42(4)',
      ]),
    );
}
