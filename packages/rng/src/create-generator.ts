import type { Generator, GeneratorName } from './generator';
import { definitionOf } from './internal/definition-of';
import { assertSeed } from './internal/validate';

/**
 * A generator of the named algorithm, seeded with a 32-bit seed.
 *
 * The pure-rand algorithms take the seed as pure-rand does (`seed | 0`); xorshift64* starts from the first
 * SplitMix64 output of the seed. For many independent streams from one seed, use `streamTree` instead.
 *
 * @param name - one of `GENERATOR_NAMES` (`DEFAULT_GENERATOR` is xoroshiro128plus)
 * @param seed - an integer in [0, 2^32)
 * @throws {RngError} RNG_INVALID_SEED when the seed is not an integer in range; RNG_UNKNOWN_GENERATOR
 * @example
 * const rng = createGenerator('xoroshiro128plus', 42);
 * const word = rng.next(); // an unsigned 32-bit integer
 * word === createGenerator('xoroshiro128plus', 42).next(); // true
 * rng.name; // 'xoroshiro128plus'
 */
export function createGenerator(name: GeneratorName, seed: number): Generator {
  const definition = definitionOf(name);
  assertSeed(seed);
  return definition.fromSeed(seed);
}
