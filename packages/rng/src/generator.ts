/** The generators @bootstat/rng provides, by the name `createGenerator` takes. The first is the default. */
export const GENERATOR_NAMES = [
  'xoroshiro128plus',
  'mersenne',
  'xorshift128plus',
  'congruential32',
  'xorshift64star',
] as const;

export type GeneratorName = (typeof GENERATOR_NAMES)[number];

/** The generator used when none is named: xoroshiro128+ (Blackman & Vigna 2018), as pure-rand implements it. */
export const DEFAULT_GENERATOR: GeneratorName = 'xoroshiro128plus';

/**
 * A seeded, mutable source of 32-bit words. Every generator of this package implements it; the bulk draws
 * (`fillIndices`, `fillUniform`, `fillNormal`) consume its words in order.
 */
export interface Generator {
  /** The algorithm, as accepted by `createGenerator` and `generatorFromState`. */
  readonly name: GeneratorName;
  /** The next 32 random bits, as an unsigned integer in [0, 2^32). Advances the generator by one step. */
  next(): number;
  /**
   * Writes the next `to - from` words into `out[from..to)`, exactly as that many `next()` calls would, but with
   * the state held in locals. Returns `out`.
   */
  fillUint32(out: Uint32Array, from?: number, to?: number): Uint32Array;
  /** An independent copy: drawing from one never changes the other. */
  clone(): Generator;
  /** The full state; `generatorFromState(name, state)` restores a generator that continues identically. */
  getState(): readonly number[];
  /** Moves far ahead in the sequence (2^64 steps for the 128-bit generators); absent where undefined. */
  jump?(): void;
}
