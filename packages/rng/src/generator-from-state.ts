import { RngError } from './errors';
import type { Generator, GeneratorName } from './generator';
import { definitionOf } from './internal/definition-of';
import { describe } from './internal/describe';

/**
 * Restores a generator from `getState()` of one of the same algorithm: the restored generator produces the
 * same words from there on.
 *
 * @throws {RngError} RNG_INVALID_STATE when the state has the wrong length, holds anything but 32-bit integers,
 * or is one the generator cannot run from (all zero); RNG_UNKNOWN_GENERATOR
 * @example
 * const rng = createGenerator('mersenne', 1);
 * const saved = rng.getState();
 * const again = generatorFromState(rng.name, saved);
 * again.next() === rng.next(); // true
 */
export function generatorFromState(name: GeneratorName, state: readonly number[]): Generator {
  const definition = definitionOf(name);
  if (!Array.isArray(state) || state.length !== definition.stateLength) {
    throw new RngError(
      'RNG_INVALID_STATE',
      `A ${name} state is an array of ${definition.stateLength} numbers from getState(), got ${describe(state)}` +
        (Array.isArray(state) ? ` of length ${state.length}.` : '.'),
    );
  }
  for (let i = 0; i < state.length; i++) {
    const w = state[i];
    if (typeof w !== 'number' || !Number.isInteger(w) || w < -2147483648 || w > 4294967295) {
      throw new RngError('RNG_INVALID_STATE', `${name} state[${i}] must be a 32-bit integer, got ${describe(w)}.`);
    }
  }
  if (!definition.isValidState(state)) {
    throw new RngError('RNG_INVALID_STATE', `That ${name} state cannot produce random numbers (for example all zero).`);
  }
  return definition.fromState(state);
}
