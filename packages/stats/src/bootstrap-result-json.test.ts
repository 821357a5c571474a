import { describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap';
import { BootstrapResultJsonSchema, bootstrapResultToJson, parseBootstrapResult } from './bootstrap-result-json';

describe('BootstrapResult JSON form', () => {
  it('round-trips a one-sided BCa result, infinite end and distribution included', () => {
    const r = bootstrap([[2.1, 3.4, 1.9, 5.6, 4.4]], 'mean', { seed: 3, nResamples: 50, alternative: 'greater' });
    const json = JSON.parse(JSON.stringify(bootstrapResultToJson(r)));
    expect(json.ci.high).toBe('Infinity');
    expect(json.schemaVersion).toBe(1);
    const back = parseBootstrapResult(json);
    expect(back).toEqual(r);
    expect(back.distribution).toBeInstanceOf(Float64Array);
  });

  it('keeps NaN ends of a degenerate interval', () => {
    const r = bootstrap([[4, 4, 4]], 'mean', { seed: 3, nResamples: 20, keepDistribution: false });
    const back = parseBootstrapResult(JSON.parse(JSON.stringify(bootstrapResultToJson(r))));
    expect(back.ci.low).toBeNaN();
    expect(back.distribution).toBeUndefined();
    expect(back.warnings[0]?.code).toBe('DEGENERATE');
  });

  it('rejects data of another schema version or with a missing field, naming it', () => {
    const good = bootstrapResultToJson(bootstrap([[1, 2, 3, 4]], 'mean', { seed: 1, nResamples: 10 }));
    expect(() => parseBootstrapResult({ ...good, schemaVersion: 2 })).toThrow(/schemaVersion/);
    const { estimate: _dropped, ...missing } = good;
    expect(BootstrapResultJsonSchema.safeParse(missing).success).toBe(false);
  });
});
