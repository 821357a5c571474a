import type { Generator, GeneratorName } from '../../generator';

/** How one algorithm is built: from a 32-bit seed, from a saved state, or from a 128-bit stream key. */
export interface GeneratorDefinition {
  readonly name: GeneratorName;
  readonly stateLength: number;
  /** seed: an integer in [0, 2^32), already validated. */
  fromSeed(seed: number): Generator;
  /** state: the right length, every entry a 32-bit integer, already validated with isValidState. */
  fromState(state: readonly number[]): Generator;
  /** key: four 32-bit words [hi0, lo0, hi1, lo1] from the stream tree, never all zero. */
  fromKey(key: readonly [number, number, number, number]): Generator;
  /** Rejects states from which the generator could not run (all zero for the xor-shift family). */
  isValidState(state: readonly number[]): boolean;
}
