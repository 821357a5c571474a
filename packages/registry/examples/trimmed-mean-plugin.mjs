// A bootstat plugin module: its default export is an array of strategies, each naming its registry with `kind`.
// Load it with `applyPlugin(createStatsRegistries(), await import(url))`, or `bootstat --plugin <this file>`.
import { z } from 'zod';

/** The mean of what is left after cutting ⌊proportion·n⌋ values from each end of the sorted sample. */
function trimmedMean(proportion) {
  return function trimmedMean(x) {
    const sorted = Float64Array.from(x).sort();
    const cut = Math.floor(proportion * sorted.length);
    let sum = 0;
    for (let i = cut; i < sorted.length - cut; i++) sum += sorted[i];
    return sum / (sorted.length - 2 * cut);
  };
}

export default [
  {
    kind: 'statistic',
    name: 'trimmed-mean-20',
    summary: 'Trimmed mean, 20 % cut from each end unless told otherwise (a plugin example)',
    references: ['scipy.stats.trim_mean'],
    meta: { arity: 1, paired: 'allowed' },
    options: z.strictObject({
      proportion: z.number().min(0).lt(0.5).default(0.2).describe('Share cut from each end'),
    }),
    run: (_input, { proportion }) => trimmedMean(proportion),
  },
];
