import { RngError } from '../errors';
import type { Generator } from '../generator';
import { describe } from './describe';

export function assertGenerator(rng: unknown, fn: string): asserts rng is Generator {
  if (
    typeof rng !== 'object' ||
    rng === null ||
    typeof (rng as Generator).next !== 'function' ||
    typeof (rng as Generator).fillUint32 !== 'function'
  ) {
    throw new RngError(
      'RNG_UNKNOWN_GENERATOR',
      `${fn} needs a Generator from createGenerator() or streamTree(...).generator(), got ${describe(rng)}.`,
    );
  }
}
