// The README's simulator example runs as written and gives what its comment says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePackageReadme } from '../../../tooling/test/package-readme';
import * as simulator from '../src/index';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const HEADING = '## @bootstat/simulator: resampling an observed day of payments';

describe('README', () => {
  it('runs the @bootstat/simulator example', () => {
    const at = readme.indexOf(HEADING);
    expect(at).toBeGreaterThan(0);
    const code = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1]?.replace(/^import .*$/gm, '') ?? '';
    const run = new Function('bootstrapSample', 'validateTransactionRecords', `${code}\nreturn sample;`);
    const sample = run(simulator.bootstrapSample, simulator.validateTransactionRecords) as simulator.BootstrapSample;
    expect(sample.seed).toBe(914360478);
    expect(sample.outgoing).toHaveLength(2);
    expect(sample.outgoing.every((t) => t.arrivalTick >= 0 && t.arrivalTick < 12)).toBe(true);
  });
});

describePackageReadme(new URL('../', import.meta.url), '@bootstat/simulator', HEADING);
