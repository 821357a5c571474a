import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineStrategy } from './strategy';

describe('defineStrategy', () => {
  it('returns its argument unchanged (the types are inferred, nothing is copied or checked)', () => {
    const strategy = {
      name: 'twice',
      summary: 'Twice the input',
      options: z.strictObject({}),
      run: (x: number) => 2 * x,
    };
    expect(defineStrategy(strategy)).toBe(strategy);
  });
});
