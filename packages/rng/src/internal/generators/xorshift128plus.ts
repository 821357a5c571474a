import {
  xorshift128plusFromState as pureFromState,
  xorshift128plus as pureXorshift128plus,
} from 'pure-rand/generator/xorshift128plus';
import type { Generator } from '../../generator';
import type { GeneratorDefinition } from './definition';
import { PureRandGenerator, type WordKernel } from './pure-rand-generator';

// xorshift128+ (Vigna 2017, shifts 23, 18, 5) on 32-bit halves; state [s0.hi, s0.lo, s1.hi, s1.lo], output the
// low word of s0 + s1 taken before the step, as pure-rand defines it.
const kernel: WordKernel = (state, out, from, to) => {
  let s0h = state[0] as number;
  let s0l = state[1] as number;
  let s1h = state[2] as number;
  let s1l = state[3] as number;
  for (let i = from; i < to; i++) {
    out[i] = (s0l + s1l) >>> 0;
    // a = s0 ^ (s0 << 23)
    const ah = s0h ^ ((s0h << 23) | (s0l >>> 9));
    const al = s0l ^ (s0l << 23);
    // new s1 = a ^ s1 ^ (a >>> 18) ^ (s1 >>> 5); new s0 = old s1
    const nh = ah ^ s1h ^ (ah >>> 18) ^ (s1h >>> 5);
    const nl = al ^ s1l ^ ((al >>> 18) | (ah << 14)) ^ ((s1l >>> 5) | (s1h << 27));
    s0h = s1h;
    s0l = s1l;
    s1h = nh;
    s1l = nl;
  }
  state[0] = s0h;
  state[1] = s0l;
  state[2] = s1h;
  state[3] = s1l;
};

function wrap(inner: ReturnType<typeof pureXorshift128plus>): Generator {
  return new PureRandGenerator('xorshift128plus', inner, pureFromState, kernel);
}

export const xorshift128plusDefinition: GeneratorDefinition = {
  name: 'xorshift128plus',
  stateLength: 4,
  fromSeed: (seed) => wrap(pureXorshift128plus(seed | 0)),
  fromState: (state) => wrap(pureFromState(state)),
  fromKey: (key) => wrap(pureFromState(key)),
  isValidState: (state) => state.some((w) => w !== 0),
};
