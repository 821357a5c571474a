import * as z from 'zod';
import type { CliIo } from './io';
import { integerFlag } from './number-flag';
import { printNote } from './output/messages';

/** `--seed`: an integer in [0, 2^32), or `random` (one is drawn, and printed so the run can be repeated). */
export const seedFlag = () => {
  const integer = integerFlag('--seed', 0, 4294967295);
  return z.string().transform((s, ctx): number | 'random' => {
    if (s.trim() === 'random') return 'random';
    const parsed = integer.safeParse(s);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: '--seed must be an integer in [0, 4294967295], or random' });
    return z.NEVER;
  });
};

/**
 * A seed the user can repeat: `--seed random` draws one and says which — even under --quiet, since a table or CSV
 * may not show it and the run could not be repeated without it.
 */
export function resolveSeed(seed: number | 'random', io: CliIo): number {
  if (seed !== 'random') return seed;
  const drawn = globalThis.crypto.getRandomValues(new Uint32Array(1))[0] as number;
  printNote(io, `seed ${drawn} drawn at random; pass --seed ${drawn} to repeat this run.`);
  return drawn;
}
