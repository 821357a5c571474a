import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSeed } from './sample-seed';

describe('sampleSeed', () => {
  it("'simcash' is SHA-256 of \"{seed}:sample:{idx}\", first 8 bytes big-endian, mod 2^31 (Node's own SHA-256)", () => {
    expect(sampleSeed(42, 0, 'simcash')).toBe(914360478); // issue 16's known answer
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.nat(100_000), (seed, idx) => {
        const digest = createHash('sha256').update(`${seed}:sample:${idx}`).digest();
        expect(sampleSeed(seed, idx, 'simcash')).toBe(Number(digest.readBigUInt64BE(0) % 2n ** 31n));
      }),
    );
  });

  it("'stream' (the default) is a safe integer from the sample's own stream: distinct samples, distinct seeds", () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => sampleSeed(7, i)));
    expect(seeds.size).toBe(1000);
    for (const s of seeds) expect(Number.isSafeInteger(s)).toBe(true);
    expect(sampleSeed(7, 3)).toBe(sampleSeed(7, 3, 'stream'));
    expect(sampleSeed(7, 3)).not.toBe(sampleSeed(8, 3));
  });
});
