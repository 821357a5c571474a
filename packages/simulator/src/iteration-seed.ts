import { streamTree } from '@bootstat/rng';
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { SimulatorError } from './errors';
import { SEED_SCHEMES, type SeedScheme } from './sample-seed';

/**
 * The seed of one optimisation iteration for one agent. It seeds the iteration's context day and is the base seed
 * of the iteration's bootstrap samples, so every iteration sees a fresh day and fresh samples, and both policies of
 * an iteration are played on the same ones.
 * - `'stream'` (default): the first 32-bit word of `streamTree(seed).child('iteration').child(iteration)
 *   .child(agentId)`;
 * - `'simcash'`: SimCash's `SeedMatrix` iteration seed, the first 4 bytes of SHA-256 of
 *   `"{seed}:iter:{iteration}:agent:{agentId}"`, big-endian, modulo 2^31.
 * Either is a whole number in [0, 2^32), a valid day and base seed.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION for a seed outside [0, 2^32), an iteration that is not a whole
 *   number ≥ 0, an empty agent id or an unknown scheme
 * @example
 * iterationSeed(42, 0, 'BANK_A', 'simcash'); // 1088125515
 */
export function iterationSeed(seed: number, iteration: number, agentId: string, scheme: SeedScheme = 'stream'): number {
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `a seed must be a whole number in [0, 4294967295], got ${String(seed)}.`,
    );
  }
  if (!Number.isSafeInteger(iteration) || iteration < 0) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `an iteration must be a whole number ≥ 0, got ${String(iteration)}.`,
    );
  }
  if (typeof agentId !== 'string' || agentId === '') {
    throw new SimulatorError('SIMULATOR_INVALID_OPTION', 'an agent id must be a non-empty string.');
  }
  if (scheme === 'simcash') {
    const h = sha256(utf8ToBytes(`${seed}:iter:${iteration}:agent:${agentId}`));
    return (
      (((h[0] as number) << 24) | ((h[1] as number) << 16) | ((h[2] as number) << 8) | (h[3] as number)) & 0x7fffffff
    );
  }
  if (scheme !== 'stream') {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `seedScheme must be ${SEED_SCHEMES.join(' or ')}, got ${JSON.stringify(scheme)}.`,
    );
  }
  return streamTree(seed).child('iteration').child(iteration).child(agentId).generator().next() >>> 0;
}
