import { streamTree } from '@bootstat/rng';
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { SimulatorError } from './errors';

/** How a bootstrap sample's seed is derived from the base seed and the sample's index. */
export const SEED_SCHEMES = ['stream', 'simcash'] as const;
export type SeedScheme = (typeof SEED_SCHEMES)[number];

function checkIndex(sampleIdx: number): void {
  if (!Number.isSafeInteger(sampleIdx) || sampleIdx < 0) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `a sample index must be a whole number ≥ 0, got ${String(sampleIdx)}.`,
    );
  }
}

/**
 * The seed of bootstrap sample `sampleIdx`, a whole number below 2^53 (so a JSON number records it exactly):
 * - `'stream'` (default): the first two 32-bit words of `streamTree(seed).child('sample').child(sampleIdx)`, as
 *   21 + 32 bits;
 * - `'simcash'`: SimCash's `_derive_sample_seed`, the first 8 bytes of SHA-256 of `"{seed}:sample:{sampleIdx}"`,
 *   big-endian, modulo 2^31, so that samples are bit-identical to its Python sampler's.
 * Seeds are whole numbers in [0, 2^32) for 'stream' (the stream tree's) and safe integers ≥ 0 for 'simcash' (the
 * reference formats its integer in decimal).
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION for a seed, index or scheme outside these
 * @example
 * sampleSeed(42, 0, 'simcash'); // 914360478
 */
export function sampleSeed(seed: number, sampleIdx: number, scheme: SeedScheme = 'stream'): number {
  checkIndex(sampleIdx);
  if (scheme === 'simcash') {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new SimulatorError('SIMULATOR_INVALID_OPTION', `a seed must be a whole number ≥ 0, got ${String(seed)}.`);
    }
    const h = sha256(utf8ToBytes(`${seed}:sample:${sampleIdx}`));
    // The first 8 bytes big-endian mod 2^31 is the last 31 bits of byte 4..7.
    return (
      (((h[4] as number) << 24) | ((h[5] as number) << 16) | ((h[6] as number) << 8) | (h[7] as number)) & 0x7fffffff
    );
  }
  if (scheme !== 'stream') {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `seedScheme must be ${SEED_SCHEMES.join(' or ')}, got ${JSON.stringify(scheme)}.`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `a seed must be a whole number in [0, 4294967295], got ${String(seed)}.`,
    );
  }
  const g = streamTree(seed).child('sample').child(sampleIdx).generator();
  const hi = g.next() & 0x1fffff;
  return hi * 4294967296 + g.next();
}
