import { describe, expect, it } from 'vitest';
import fixture from '../test/fixtures/normal-ppf.json';
import { normalPpf } from './normal-ppf';

describe('normalPpf (Wichura AS241)', () => {
  it('matches scipy.stats.norm.ppf across the centre, both breakpoints and the far tails', () => {
    let worst = 0;
    for (const { p, ppf } of fixture.cases) {
      const z = normalPpf(p);
      const rel = Math.abs(z - ppf) / Math.max(Math.abs(ppf), 1e-300);
      worst = Math.max(worst, rel);
    }
    expect(worst).toBeLessThan(1e-15); // worst seen: 7.2e-16, near p = 0.94
  });

  it('is ±Infinity at 0 and 1 and NaN outside', () => {
    expect(normalPpf(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalPpf(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalPpf(-0.1)).toBeNaN();
    expect(normalPpf(Number.NaN)).toBeNaN();
  });
});
