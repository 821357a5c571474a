// The plugin example of docs/plugins.md runs as written: the file is loaded the way the CLI loads --plugin FILE,
// and the docs show it verbatim.
import { readFileSync } from 'node:fs';
import { applyPlugin, createStatsRegistries } from '@bootstat/registry';
import { bootstrap } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';

const file = new URL('../examples/trimmed-mean-plugin.mjs', import.meta.url);

describe('examples/trimmed-mean-plugin.mjs', () => {
  it('extends the statistic registry through applyPlugin, and the CI methods use it', async () => {
    const registries = applyPlugin(createStatsRegistries(), await import(file.href), 'trimmed-mean-plugin.mjs');
    expect(registries.statistic.has('trimmed-mean-20')).toBe(true);
    const described = registries.statistic.describe().find((d) => d.name === 'trimmed-mean-20');
    expect(described?.meta).toEqual({ arity: 1, paired: 'allowed' });
    expect(described?.options.properties?.proportion).toMatchObject({ default: 0.2 });

    // As a CLI gets them: strings from the command line, checked at run time.
    const statistic = registries.statistic.runByName('trimmed-mean-20', undefined, {});
    const times = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0, 19.6];
    const r = registries.ciMethod.run('percentile', { samples: [times], statistic }, { seed: 42, nResamples: 500 });
    const builtIn = bootstrap(
      [times],
      { name: 'trimmed-mean', proportion: 0.2 },
      { seed: 42, nResamples: 500, method: 'percentile' },
    );
    expect(r.estimate).toBeCloseTo(builtIn.estimate, 12);
    expect(r.ci.low).toBeCloseTo(builtIn.ci.low, 12);
    expect(r.ci.high).toBeCloseTo(builtIn.ci.high, 12);
  });

  it('is shown verbatim in docs/plugins.md', () => {
    const docs = readFileSync(new URL('../../../docs/plugins.md', import.meta.url), 'utf8');
    expect(docs).toContain(`\`\`\`js\n${readFileSync(file, 'utf8')}\`\`\``);
  });
});
