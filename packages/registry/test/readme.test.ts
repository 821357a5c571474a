// The README's registry example runs as written and gives what its comments say.
import { readFileSync } from 'node:fs';
import { bootstrap } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { describePackageReadme } from '../../../tooling/test/package-readme';
import * as registry from '../src/index';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('runs the @bootstat/registry example', () => {
    const at = readme.indexOf('## @bootstat/registry: methods by name, and plugins');
    expect(at).toBeGreaterThan(0);
    const code = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1]?.replace(/^import .*$/m, '') ?? '';
    const run = new Function('createStatsRegistries', `${code}\nreturn { times, statistic, r, help };`);
    const { times, statistic, r, help } = run(registry.createStatsRegistries) as {
      times: number[];
      statistic: unknown;
      r: registry.IntervalResult;
      help: registry.StrategyDescription[];
    };
    expect(statistic).toEqual({ name: 'quantile', p: 0.9, method: 'linear' });
    expect(r).toStrictEqual(
      bootstrap([times], { name: 'quantile', p: 0.9 }, { method: 'bca', nResamples: 2000, seed: 42 }),
    );
    expect(help.map((d) => d.name)).toEqual(['percentile', 'basic', 'normal', 'bca', 'studentized']);
    expect(help[0]).toMatchObject({ name: 'percentile', options: { type: 'object' } });
  });
});

describePackageReadme(
  new URL('../', import.meta.url),
  '@bootstat/registry',
  '## @bootstat/registry: methods by name, and plugins',
);
