// Pinned outputs of the bootstrap engine: the IEEE-754 bits of every method's interval for a fixed input and
// seed. These change only in a major version (a diff here changes every seeded result users have).
import { describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap';
import { CI_METHODS } from './ci/interval';

const bits = (x: number) => {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return v.getBigUint64(0).toString(16).padStart(16, '0');
};
const x = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 6.1, 2.2, 3.9, 4.8, 3.1];
const y = [1.8, 3.9, 2.5, 5.1, 4.0, 3.0, 2.2, 5.5, 2.9, 3.1, 5.2, 2.7];

describe('pinned bootstrap results (seed 2024, B = 999)', () => {
  it.each(CI_METHODS)('%s, mean', (method) => {
    const r = bootstrap([x], 'mean', { method, seed: 2024, nResamples: 999 });
    expect({ low: bits(r.ci.low), high: bits(r.ci.high), se: bits(r.standardError) }).toMatchSnapshot();
  });

  it('the first replicates of a paired spearman and an independent mean-difference', () => {
    const s = bootstrap([x, y], 'spearman', { paired: true, seed: 2024, nResamples: 999 });
    const d = bootstrap([x, y], 'mean-difference', { seed: 2024, nResamples: 999 });
    expect({
      spearman: Array.from((s.distribution as Float64Array).subarray(0, 4), bits),
      spearmanCi: [bits(s.ci.low), bits(s.ci.high)],
      meanDifference: Array.from((d.distribution as Float64Array).subarray(0, 4), bits),
      meanDifferenceCi: [bits(d.ci.low), bits(d.ci.high)],
    }).toMatchSnapshot();
  });
});
