import { streamTree } from '@bootstat/rng';
import { describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap';
import { bootstrapCi } from './bootstrap-ci';

const bits = (x: number | null) => {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x ?? Number.NaN);
  return v.getBigUint64(0).toString(16).padStart(16, '0');
};

describe('bootstrapCi (the benchmark-campaign rule)', () => {
  it('gives the mean and no interval for 1 value, with a warning', () => {
    expect(bootstrapCi([12.5])).toEqual({
      mean: 12.5,
      std: null,
      ciLower: null,
      ciUpper: null,
      nSamples: 1,
      confidenceLevel: 0.95,
      warning: { code: 'SMALL_SAMPLE', message: expect.stringContaining('Only 1 value') },
    });
  });

  it('gives an interval and a warning that it is unreliable for 2 values', () => {
    const r = bootstrapCi([10, 14]);
    expect(r.ciLower).toBeGreaterThanOrEqual(10);
    expect(r.ciUpper).toBeLessThanOrEqual(14);
    expect(r.std).toBeCloseTo(Math.SQRT2 * 2, 14);
    expect(r.warning?.code).toBe('SMALL_SAMPLE');
  });

  it('gives an interval and no warning for 3 or more, the percentile interval of the mean with seed 42', () => {
    const x = [101.2, 99.8, 100.5, 100.9, 100.1];
    const r = bootstrapCi(x);
    const same = bootstrap([x], 'mean', { method: 'percentile', nResamples: 1000, seed: 42 });
    expect([r.ciLower, r.ciUpper]).toEqual([same.ci.low, same.ci.high]);
    expect(r.warning).toBeNull();
    expect(r.mean).toBeCloseTo(100.5, 12);
    expect(r.nSamples).toBe(5);
  });

  it('draws from the stream it is given, so campaign cells are independent of each other', () => {
    const x = [3.1, 2.9, 3.4, 3.0, 3.3, 2.7, 3.8, 3.05, 2.95, 3.6, 3.15, 2.85];
    const cell = streamTree(42).child('config-a').child('energy');
    expect(bootstrapCi(x, { rng: cell })).toEqual(
      bootstrapCi(x, { rng: streamTree(42).child('config-a').child('energy') }),
    );
    expect(bootstrapCi(x, { rng: cell }).ciLower).not.toBe(bootstrapCi(x).ciLower);
  });

  it('is bit-identical over 100 calls and pinned for a known input', () => {
    const x = [0.61, 0.64, 0.58, 0.66, 0.63, 0.6];
    const first = bootstrapCi(x);
    for (let i = 0; i < 100; i++) expect(bootstrapCi(x)).toEqual(first);
    expect([bits(first.ciLower), bits(first.ciUpper)]).toMatchSnapshot();
  });

  it.each([
    ['no values', () => bootstrapCi([]), 'STATS_EMPTY_SAMPLE'],
    ['NaN', () => bootstrapCi([1, Number.NaN]), 'STATS_NON_FINITE'],
    ['a bad level', () => bootstrapCi([1], { confidenceLevel: 2 }), 'STATS_INVALID_OPTION'],
    ['a bad level with more values', () => bootstrapCi([1, 2, 3], { confidenceLevel: 2 }), 'STATS_INVALID_OPTION'],
  ] as const)('rejects %s', (_l, call, code) => {
    expect(call).toThrow(expect.objectContaining({ code }));
  });

  describe('checks every option whatever the number of values (the 1-value shortcut included)', () => {
    const bad: [string, Record<string, unknown>][] = [
      ['seed "abc"', { seed: 'abc' }],
      ['seed -1', { seed: -1 }],
      ['seed 2^32', { seed: 2 ** 32 }],
      ['seed 1.5', { seed: 1.5 }],
      ['nResamples -1', { nResamples: -1 }],
      ['nResamples 0', { nResamples: 0 }],
      ['nResamples 2.5', { nResamples: 2.5 }],
      ['nResamples "100"', { nResamples: '100' }],
      ['confidenceLevel 1', { confidenceLevel: 1 }],
      ['confidenceLevel NaN', { confidenceLevel: Number.NaN }],
      ['rng not a stream', { rng: { child: 1 } }],
      ['seed "abc" and nResamples -1', { seed: 'abc', nResamples: -1 }],
    ];
    const message = (values: number[], options: Record<string, unknown>) => {
      try {
        bootstrapCi(values, options as never);
      } catch (e) {
        return { code: (e as { code?: string }).code, message: (e as Error).message };
      }
      return 'no error';
    };
    it.each(bad)('%s: the same STATS_INVALID_OPTION for 1, 2 and 6 values', (_label, options) => {
      const six = message([1, 2, 3, 4, 5, 6], options);
      expect(message([5], options)).toEqual(six);
      expect(message([5, 6], options)).toEqual(six);
      expect(six).toMatchObject({ code: 'STATS_INVALID_OPTION', message: expect.stringMatching(/^bootstrapCi: /) });
    });
  });
});
