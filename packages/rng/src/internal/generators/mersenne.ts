import { mersenneFromState as pureFromState, mersenne as pureMersenne } from 'pure-rand/generator/mersenne';
import type { Generator } from '../../generator';
import type { GeneratorDefinition } from './definition';
import { PureRandGenerator } from './pure-rand-generator';

// MT19937 (Matsumoto & Nishimura 1998). Its state is 625 numbers (index + 624 words); bulk fills go through
// pure-rand's next(), which already works on an array in place, so there is no separate kernel.
function wrap(inner: ReturnType<typeof pureMersenne>): Generator {
  return new PureRandGenerator('mersenne', inner, pureFromState);
}

export const mersenneDefinition: GeneratorDefinition = {
  name: 'mersenne',
  stateLength: 625,
  fromSeed: (seed) => wrap(pureMersenne(seed | 0)),
  fromState: (state) => wrap(pureFromState(state)),
  // MT19937 is seeded from 32 bits only: the stream key's second word.
  fromKey: (key) => wrap(pureMersenne((key[1] as number) | 0)),
  isValidState: (state) => {
    const index = state[0] as number;
    return index >= 0 && index <= 624 && state.slice(1).some((w) => w !== 0);
  },
};
