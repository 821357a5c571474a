// Pinned outputs. These snapshots may change only in a major version: a diff here means every seeded study of every
// user changes. The IEEE-754 bits of doubles are pinned, not their printed decimals.
import { streamTree } from '@bootstat/rng';
import { describe, expect, it } from 'vitest';
import { betaScores } from './beta-scores';
import { calibrateRho } from './calibrate-rho';
import { COUNT_PATTERNS } from './count-patterns';
import { generateDataset } from './generate-dataset';
import { levelCounts } from './level-counts';
import { passFail } from './pass-fail';
import { shuffleLevels } from './shuffle-levels';
import { tiedLevels } from './tied-levels';

const bits = (x: number) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};
const first = (v: Float64Array, k = 6) => Array.from(v.subarray(0, k), bits);

describe('pinned outputs', () => {
  it('level counts of the reference grid (n = 73, 80, 81, 82; k = 4 … 10)', () => {
    const table: Record<string, number[]> = {};
    for (const n of [73, 80, 81, 82]) {
      for (let k = 4; k <= 10; k++) for (const p of COUNT_PATTERNS) table[`${n}/${k}/${p}`] = levelCounts(n, k, p);
    }
    expect(table).toMatchSnapshot();
  });

  it('tiedLevels and shuffleLevels', () => {
    const template = tiedLevels({ counts: [3, 2, 2, 3] });
    expect(Array.from(template, bits)).toMatchSnapshot();
    expect(Array.from(shuffleLevels(template, streamTree(42).child('x').generator()), bits)).toMatchSnapshot();
  });

  it.each(['rank-mixing', 'gaussian-copula', 'log-linear'])('generateDataset, %s', (outcome) => {
    const x = new Float64Array(80);
    const y = new Float64Array(80);
    generateDataset(
      {
        template: tiedLevels({ counts: levelCounts(80, 4, 'even') }),
        outcome: { name: outcome },
        marginal: { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } },
        inputRho: -0.15,
      },
      streamTree(42).child('data').child(0),
      x,
      y,
    );
    expect({ x: first(x), y: first(y) }).toMatchSnapshot();
  });

  it('calibrateRho, n = 80, k = 4 even, target −0.13, 500 datasets', () => {
    const r = calibrateRho({
      counts: levelCounts(80, 4, 'even'),
      outcome: { name: 'rank-mixing' },
      target: -0.13,
      datasets: 500,
      stream: streamTree(99).child('calibration'),
    });
    expect({
      ...r,
      inputRho: bits(r.inputRho),
      achievedMeanRho: bits(r.achievedMeanRho),
      standardError: bits(r.standardError),
    }).toMatchSnapshot();
  });

  it('betaScores and passFail', () => {
    expect(first(betaScores(6, { mean: 0.8, sd: 0.1 }, streamTree(42).child('beta').generator()))).toMatchSnapshot();
    expect(first(betaScores(6, { mean: 0.05, sd: 0.1 }, streamTree(42).child('beta').generator()))).toMatchSnapshot();
    expect(Array.from(passFail(16, { p: 0.7 }, streamTree(42).child('pass').generator()))).toMatchSnapshot();
  });
});
