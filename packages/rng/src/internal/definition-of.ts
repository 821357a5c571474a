import { RngError } from '../errors';
import { GENERATOR_NAMES, type GeneratorName } from '../generator';
import { describe } from './describe';
import type { GeneratorDefinition } from './generators/definition';
import { DEFINITIONS } from './generators/index';

export function isGeneratorName(name: unknown): name is GeneratorName {
  return typeof name === 'string' && (GENERATOR_NAMES as readonly string[]).includes(name);
}

export function definitionOf(name: unknown): GeneratorDefinition {
  if (!isGeneratorName(name)) {
    throw new RngError(
      'RNG_UNKNOWN_GENERATOR',
      `Unknown generator ${describe(name)}. Use one of: ${GENERATOR_NAMES.join(', ')}.`,
    );
  }
  return DEFINITIONS[name];
}
