import { describe, expect, it } from 'vitest';
import { createGenerator } from './create-generator';
import { GENERATOR_NAMES } from './generator';
import { generatorFromState } from './generator-from-state';

describe('generatorFromState', () => {
  it.each(GENERATOR_NAMES)('rejects a %s state of the wrong length', (name) => {
    const state = createGenerator(name, 3).getState();
    expect(() => generatorFromState(name, [...state, 1])).toThrow(
      expect.objectContaining({
        code: 'RNG_INVALID_STATE',
        message: expect.stringContaining(`${state.length} numbers`),
      }),
    );
  });

  it.each([Number.NaN, 1.5, 2 ** 32, -(2 ** 31) - 1, '1'])('rejects the state entry %s', (bad) => {
    expect(() => generatorFromState('xoroshiro128plus', [1, 2, 3, bad as number])).toThrow(
      expect.objectContaining({ code: 'RNG_INVALID_STATE', message: expect.stringContaining('state[3]') }),
    );
  });

  it.each(['xoroshiro128plus', 'xorshift128plus', 'xorshift64star'] as const)(
    'rejects the all-zero %s state, from which the generator would only give zeros',
    (name) => {
      const zeros = new Array(createGenerator(name, 1).getState().length).fill(0);
      expect(() => generatorFromState(name, zeros)).toThrow(expect.objectContaining({ code: 'RNG_INVALID_STATE' }));
    },
  );

  it('rejects a state that is not an array', () => {
    expect(() => generatorFromState('congruential32', 5 as unknown as number[])).toThrow(
      expect.objectContaining({ code: 'RNG_INVALID_STATE' }),
    );
  });
});
