// nanReplicates: 'omit' against NumPy's NaN-omitting reductions (tooling/fixtures/stats/make_nan_replicates_fixtures.py):
// the percentile ends are np.nanquantile's, the standard error np.nanstd(ddof=1)'s and the mean np.nanmean's, to
// the bit, on replicates some of which are NaN (reused through bootstrapResult, so both see the same values).
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../src/bootstrap';
import fixture from './fixtures/nan-replicates.json';

const data = [[0.1, 0.5, 0.2, 0.4, 0.35]];

describe.each(
  fixture.cases.map((c, k) => ({ ...c, label: `case ${k}: B = ${c.replicates.length}, ${c.omitted} NaN` })),
)('$label', (c) => {
  const distribution = Float64Array.from(c.replicates, (v) => (v === null ? Number.NaN : v));

  it.each(c.levels)('level $confidenceLevel: ends are np.nanquantile’s, se np.nanstd’s, bias np.nanmean − θ̂', (l) => {
    const r = bootstrap(data, 'mean', {
      method: 'percentile',
      nResamples: 0,
      bootstrapResult: { distribution },
      confidenceLevel: l.confidenceLevel,
      nanReplicates: 'omit',
    });
    expect(r.ci.low).toBe(l.low);
    expect(r.ci.high).toBe(l.high);
    expect(r.standardError).toBe(c.nanstd);
    expect(r.bias).toBe(c.nanmean - r.estimate);
    expect(r.omittedReplicates).toBe(c.omitted);
    expect(r.nResamples).toBe(c.replicates.length);
    expect(r.warnings.map((w) => w.code)).toEqual(['NAN_REPLICATES']);
  });
});
