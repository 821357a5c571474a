import {
  congruential32 as pureCongruential32,
  congruential32FromState as pureFromState,
} from 'pure-rand/generator/congruential32';
import type { Generator } from '../../generator';
import type { GeneratorDefinition } from './definition';
import { PureRandGenerator, type WordKernel } from './pure-rand-generator';

// The MSVC linear congruential generator s' = 214013·s + 2531011 (mod 2^32). pure-rand builds one 32-bit word
// from three steps: bits 16..30 of each (15 bits), the first in the top two bits, the last in the bottom 15.
const A = 214013;
const C = 2531011;

const kernel: WordKernel = (state, out, from, to) => {
  let s = state[0] as number;
  for (let i = from; i < to; i++) {
    const s1 = (Math.imul(s, A) + C) | 0;
    const s2 = (Math.imul(s1, A) + C) | 0;
    const s3 = (Math.imul(s2, A) + C) | 0;
    out[i] = (((s1 >>> 16) & 0x7fff) << 30) | (((s2 >>> 16) & 0x7fff) << 15) | ((s3 >>> 16) & 0x7fff);
    s = s3;
  }
  state[0] = s;
};

function wrap(inner: ReturnType<typeof pureCongruential32>): Generator {
  return new PureRandGenerator('congruential32', inner, pureFromState, kernel);
}

export const congruential32Definition: GeneratorDefinition = {
  name: 'congruential32',
  stateLength: 1,
  fromSeed: (seed) => wrap(pureCongruential32(seed | 0)),
  fromState: (state) => wrap(pureFromState([(state[0] as number) | 0])),
  fromKey: (key) => wrap(pureCongruential32((key[1] as number) | 0)),
  isValidState: () => true,
};
