// The README's generators example runs as written and gives what its comments say.
import { readFileSync } from 'node:fs';
import { streamTree } from '@bootstat/rng';
import { spearmanRows } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { describePackageReadme } from '../../../tooling/test/package-readme';
import * as generators from '../src/index';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const HEADING = '## @bootstat/generators: synthetic data for Monte Carlo studies';

describe('README', () => {
  it('runs the @bootstat/generators example', () => {
    const at = readme.indexOf(HEADING);
    expect(at).toBeGreaterThan(0);
    const code = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1]?.replace(/^import .*$/gm, '') ?? '';
    const run = new Function(
      'calibrateRho',
      'generateDatasets',
      'levelCounts',
      'tiedLevels',
      'streamTree',
      `${code}\nreturn { counts, inputRho, design, X, Y };`,
    );
    const { counts, inputRho, design, X, Y } = run(
      generators.calibrateRho,
      generators.generateDatasets,
      generators.levelCounts,
      generators.tiedLevels,
      streamTree,
    ) as { counts: number[]; inputRho: number; design: generators.DatasetDesign; X: Float64Array; Y: Float64Array };
    expect(counts).toEqual([20, 20, 20, 20]);
    expect(design.template.slice(0, 1)[0]).toBe(1.43);
    expect(design.template[79]).toBe(3.55);
    expect(inputRho).toBeGreaterThan(-0.15);
    expect(inputRho).toBeLessThan(-0.14);
    // 1000 datasets: their mean Spearman rho is the target within its Monte Carlo error (sd ≈ 0.11/√1000 ≈ 0.0035).
    const rhos = spearmanRows(X, Y, 1000, 80);
    const mean = rhos.reduce((a, b) => a + b, 0) / 1000;
    expect(Math.abs(mean - -0.13)).toBeLessThan(0.005 + 4 * 0.0035);
    // Row j is the dataset of root.child('data').child(j).
    const x = new Float64Array(80);
    const y = new Float64Array(80);
    generators.generateDataset(design, streamTree(2024).child('data').child(999), x, y);
    expect(X.subarray(999 * 80)).toEqual(x);
    expect(Y.subarray(999 * 80)).toEqual(y);
  });

  it("the package README's counts table is what the test computes", async () => {
    const { compareWithFreqDict, markdownTables } = await import('./freq-comparison');
    const own = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const { byEntry, summary } = markdownTables(compareWithFreqDict());
    expect(own).toContain(summary.join('\n'));
    expect(own).toContain(byEntry.join('\n'));
  });
});

describePackageReadme(new URL('../', import.meta.url), '@bootstat/generators', HEADING);
