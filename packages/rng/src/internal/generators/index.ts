import type { GeneratorName } from '../../generator';
import { congruential32Definition } from './congruential32';
import type { GeneratorDefinition } from './definition';
import { mersenneDefinition } from './mersenne';
import { xoroshiro128plusDefinition } from './xoroshiro128plus';
import { xorshift64starDefinition } from './xorshift64star';
import { xorshift128plusDefinition } from './xorshift128plus';

export const DEFINITIONS: Readonly<Record<GeneratorName, GeneratorDefinition>> = {
  xoroshiro128plus: xoroshiro128plusDefinition,
  mersenne: mersenneDefinition,
  xorshift128plus: xorshift128plusDefinition,
  congruential32: congruential32Definition,
  xorshift64star: xorshift64starDefinition,
};
