import { createGenerator, GENERATOR_NAMES } from '@bootstat/rng';
import { describe, expect, it } from 'vitest';
import { createRngRegistry } from './create-rng-registry';

describe('createRngRegistry', () => {
  it('registers every generator of @bootstat/rng, in GENERATOR_NAMES order', () => {
    expect(createRngRegistry().names()).toEqual([...GENERATOR_NAMES]);
  });

  it.each(GENERATOR_NAMES)('%s: run(name, undefined, { seed }) is createGenerator(name, seed)', (name) => {
    const a = createRngRegistry().run(name, undefined, { seed: 123456789 });
    const b = createGenerator(name, 123456789);
    expect(a.name).toBe(name);
    expect(Array.from({ length: 8 }, () => a.next())).toEqual(Array.from({ length: 8 }, () => b.next()));
  });

  it('needs a 32-bit seed', () => {
    const rng = createRngRegistry();
    expect(() => rng.run('mersenne', undefined, {} as never)).toThrow(
      "rng 'mersenne': option seed is required: an integer >= 0 and <= 4294967295.",
    );
    expect(() => rng.run('mersenne', undefined, { seed: 2 ** 32 })).toThrow(/option seed is 4294967296/);
  });
});
