import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFromRunId } from './seed-from-run-id';

describe('seedFromRunId', () => {
  it('is int(run_id[:8], 16), the promotion-gate rule', () => {
    // 1059757086 = int('3f2a9c1e', 16), computed by Python.
    expect(seedFromRunId('3f2a9c1e-77b0-4c1d-9a51-0c6f2d8e4b13')).toBe(1059757086);
    expect(seedFromRunId('ffffffff')).toBe(4294967295);
    expect(seedFromRunId('00000000abc')).toBe(0);
    expect(seedFromRunId('3F2A9C1E')).toBe(1059757086);
  });

  it('reads only the first 8 characters, whatever follows', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-fA-F]{8}$/), fc.string(), (head, tail) => {
        expect(seedFromRunId(head + tail)).toBe(Number(BigInt(`0x${head}`)));
      }),
    );
  });

  it.each(['', 'abc', '1234567'])('rejects the too-short run id %j, naming its length', (runId) => {
    expect(() => seedFromRunId(runId)).toThrow(
      expect.objectContaining({
        code: 'RNG_INVALID_RUN_ID',
        message: expect.stringContaining(`${runId.length} characters`),
      }),
    );
  });

  it.each(['run-2024-11-01', '0x1234567890', ' 1234567', '+1234567', '1234_567', 'zzzzzzzz'])(
    'rejects %j, which is not hex in its first 8 characters',
    (runId) => {
      expect(() => seedFromRunId(runId)).toThrow(
        expect.objectContaining({ code: 'RNG_INVALID_RUN_ID', message: expect.stringContaining('8 hex digits') }),
      );
    },
  );

  it('rejects a run id that is not a string', () => {
    expect(() => seedFromRunId(12345678 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'RNG_INVALID_RUN_ID' }),
    );
  });
});
