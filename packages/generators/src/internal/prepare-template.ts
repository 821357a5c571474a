import { rank } from '@bootstat/stats';
import { GeneratorsError } from '../errors';
import { describe } from './describe';

/** A template checked (a Float64Array of at least 2 finite values) and its average ranks by position. */
export function prepareTemplate(template: unknown, where: string): { template: Float64Array; midranks: Float64Array } {
  if (!(template instanceof Float64Array)) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_BUFFER',
      `${where}: template must be a Float64Array (e.g. tiedLevels({ counts })), got ${describe(template)}.`,
    );
  }
  if (template.length < 2) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_SIZE',
      `${where}: the template has ${template.length} value(s); n must be at least 2 (Spearman's rho needs 2 pairs).`,
    );
  }
  for (let i = 0; i < template.length; i++) {
    if (!Number.isFinite(template[i])) {
      throw new GeneratorsError(
        'GENERATORS_INVALID_BUFFER',
        `${where}: template[${i}] is ${describe(template[i])}; every x value must be finite.`,
      );
    }
  }
  return { template, midranks: rank(template) };
}
