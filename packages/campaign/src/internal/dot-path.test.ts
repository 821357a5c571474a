import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateCampaign } from '../aggregate-campaign';
import { compareConfigurations } from '../compare-configurations';
import { readCampaign } from '../read-campaign';
import { lookupPath, MAX_PATH_SEGMENTS, splitPath } from './dot-path';

const path = (segments: number) => Array<string>(segments).fill('a').join('.');
/** { a: { a: … { a: leaf } } }, `levels` objects deep, built without recursion. */
const nested = (levels: number, leaf: unknown = 1): unknown => {
  let node = leaf;
  for (let i = 0; i < levels; i++) node = { a: node };
  return node;
};
const tooDeep = (segments: number) =>
  expect.objectContaining({
    code: 'CAMPAIGN_INVALID_OPTION',
    message: expect.stringMatching(new RegExp(`has ${segments} segments; at most ${MAX_PATH_SEGMENTS}`)),
  });

describe('dot paths have at most MAX_PATH_SEGMENTS segments', () => {
  it('is 64, and splitPath takes 64 segments but refuses 65 with a coded error', () => {
    expect(MAX_PATH_SEGMENTS).toBe(64);
    expect(splitPath(path(64), 'metric')).toHaveLength(64);
    expect(() => splitPath(path(65), 'metric')).toThrow(tooDeep(65));
  });

  it('a metric of 2000 segments is CAMPAIGN_INVALID_OPTION in aggregateCampaign and compareConfigurations, not a stack overflow', () => {
    const results = { x: [{ a: 1 }, { a: 2 }, { a: 3 }], y: [{ a: 2 }, { a: 3 }] };
    expect(() => aggregateCampaign(results, { metrics: [path(2000)] })).toThrow(tooDeep(2000));
    expect(() =>
      compareConfigurations(results, { baseline: 'x', metrics: [path(2000)], directions: { [path(2000)]: 'lower' } }),
    ).toThrow(tooDeep(2000));
  });

  it('a configKey of 2000 segments is CAMPAIGN_INVALID_OPTION before any file is read', () => {
    expect(() => readCampaign('no-such-dir', { configKey: path(2000) })).toThrow(tooDeep(2000));
  });

  it('a CSV column of 2000 segments is a read error naming the file, not a stack overflow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bootstat-dot-path-'));
    writeFileSync(join(dir, 'cycle-1.csv'), `${path(2000)}\n1\n`);
    expect(() => readCampaign(dir)).toThrow(
      expect.objectContaining({
        code: 'CAMPAIGN_READ_ERROR',
        message: expect.stringMatching(`has 2000 segments; at most ${MAX_PATH_SEGMENTS}`),
      }),
    );
  });

  it('a metric of 64 segments reads records 64 objects deep', () => {
    const s = aggregateCampaign({ x: [nested(64, 1), nested(64, 2), nested(64, 3)] }, { metrics: [path(64)] });
    expect(s.summaries[0]?.mean).toBe(2);
  });
});

describe('records nested 10,000 levels deep', () => {
  const deep = nested(10_000);
  const records = [deep, { a: 1 }, { a: 2 }, { a: 3 }];

  it('are looked up without recursion', () => {
    expect(lookupPath(deep, Array<string>(10_000).fill('a'))).toEqual({ found: true, value: 1 });
  });

  it.each([['a'], ['a.a.a'], [path(64)]])('metric %s: the deep record is skipped, described in one line', (metric) => {
    const s = aggregateCampaign({ x: records }, { metrics: [metric] });
    expect(s.skipped[0]).toMatchObject({ record: 0, field: metric, reason: 'not a finite number: an object' });
    expect(() => aggregateCampaign({ x: records }, { metrics: [metric], strict: true })).toThrow(
      expect.objectContaining({ code: 'CAMPAIGN_INVALID_RECORD' }),
    );
  });

  it('the default metrics and compareConfigurations cope with them too', () => {
    const withDefaults = [{ latency_stats: deep, total_energy_j: 1 }, { total_energy_j: 2 }];
    expect(aggregateCampaign({ x: withDefaults }).skipped).toEqual([]);
    const c = compareConfigurations(
      { x: records, y: [{ a: 2 }, { a: 3 }, deep] },
      { baseline: 'x', metrics: ['a'], directions: { a: 'lower' } },
    );
    expect(c.skipped.map((k) => k.configuration)).toEqual(['x', 'y']);
  });
});
