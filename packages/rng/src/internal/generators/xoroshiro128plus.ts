import {
  xoroshiro128plusFromState as pureFromState,
  xoroshiro128plus as pureXoroshiro128plus,
} from 'pure-rand/generator/xoroshiro128plus';
import type { Generator } from '../../generator';
import type { GeneratorDefinition } from './definition';
import { PureRandGenerator, type WordKernel } from './pure-rand-generator';

// xoroshiro128+ (Blackman & Vigna 2018, constants a=24, b=16, c=37) with 64-bit lanes split into 32-bit halves.
// pure-rand's state layout is [s0.hi, s0.lo, s1.hi, s1.lo]; its 32-bit output is the low word of s0 + s1.
const kernel: WordKernel = (state, out, from, to) => {
  let s0h = state[0] as number;
  let s0l = state[1] as number;
  let s1h = state[2] as number;
  let s1l = state[3] as number;
  for (let i = from; i < to; i++) {
    out[i] = (s0l + s1l) >>> 0;
    const th = s1h ^ s0h; // t = s1 ^ s0
    const tl = s1l ^ s0l;
    // s0 = rotl(s0, 24) ^ t ^ (t << 16)
    const n0h = ((s0h << 24) | (s0l >>> 8)) ^ th ^ ((th << 16) | (tl >>> 16));
    const n0l = ((s0l << 24) | (s0h >>> 8)) ^ tl ^ (tl << 16);
    // s1 = rotl(t, 37): swap the halves, then rotate left by 5
    s1h = (tl << 5) | (th >>> 27);
    s1l = (th << 5) | (tl >>> 27);
    s0h = n0h;
    s0l = n0l;
  }
  state[0] = s0h;
  state[1] = s0l;
  state[2] = s1h;
  state[3] = s1l;
};

function wrap(inner: ReturnType<typeof pureXoroshiro128plus>): Generator {
  return new PureRandGenerator('xoroshiro128plus', inner, pureFromState, kernel);
}

export const xoroshiro128plusDefinition: GeneratorDefinition = {
  name: 'xoroshiro128plus',
  stateLength: 4,
  fromSeed: (seed) => wrap(pureXoroshiro128plus(seed | 0)),
  fromState: (state) => wrap(pureFromState(state)),
  fromKey: (key) => wrap(pureFromState(key)),
  isValidState: (state) => state.some((w) => w !== 0),
};
