import { bootstrap } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { createCiMethodRegistry } from './create-ci-method-registry';
import { createResamplerRegistry } from './create-resampler-registry';

describe('createResamplerRegistry', () => {
  it("registers 'iid' and 'paired', returning the options fragment to merge", () => {
    const resampler = createResamplerRegistry();
    expect(resampler.names()).toEqual(['iid', 'paired']);
    expect(resampler.run('iid', undefined)).toEqual({ paired: false });
    expect(resampler.run('paired', undefined)).toEqual({ paired: true });
  });

  it('merged into ciMethod options, selects how the samples are resampled', () => {
    const x = [1.2, 3.4, 2.2, 5.0, 4.1, 3.3];
    const y = [1.0, 3.9, 2.0, 4.7, 4.4, 3.0];
    const fragment = createResamplerRegistry().run('paired', undefined);
    const input = { samples: [x, y], statistic: 'mean-difference' } as const;
    const r = createCiMethodRegistry().run('percentile', input, { seed: 5, nResamples: 200, ...fragment });
    expect(r).toStrictEqual(
      bootstrap([x, y], 'mean-difference', { seed: 5, nResamples: 200, paired: true, method: 'percentile' }),
    );
    const iid = createCiMethodRegistry().run('percentile', input, { seed: 5, nResamples: 200 });
    expect(iid.ci).not.toEqual(r.ci);
  });
});
