import type { Generator } from '../../generator';
import { splitmix64, toWords } from '../splitmix64';
import { mulHi32 } from '../uint64';
import { assertSpan, assertUint32Array } from '../validate';
import type { GeneratorDefinition } from './definition';

// xorshift64* (Vigna 2016, "An experimental exploration of Marsaglia's xorshift generators, scrambled"):
//   x ^= x >> 12; x ^= x << 25; x ^= x >> 27; return x * 0x2545F4914F6CDD1D
// on a 64-bit state held as two unsigned 32-bit halves. next() returns the high 32 bits of the 64-bit output:
// the low bits of a multiplicative scrambler are the weak ones.
const M_HI = 0x2545f491;
const M_LO = 0x4f6cdd1d;

export class Xorshift64Star implements Generator {
  readonly name = 'xorshift64star' as const;
  private hi: number;
  private lo: number;

  constructor(hi: number, lo: number) {
    this.hi = hi >>> 0;
    this.lo = lo >>> 0;
  }

  /** One step of the state: the xorshifts. */
  private step(): void {
    let h = this.hi;
    let l = this.lo;
    l = (l ^ ((l >>> 12) | (h << 20))) >>> 0;
    h = (h ^ (h >>> 12)) >>> 0;
    h = (h ^ ((h << 25) | (l >>> 7))) >>> 0;
    l = (l ^ (l << 25)) >>> 0;
    l = (l ^ ((l >>> 27) | (h << 5))) >>> 0;
    h = (h ^ (h >>> 27)) >>> 0;
    this.hi = h;
    this.lo = l;
  }

  next(): number {
    this.step();
    const l = this.lo;
    return (mulHi32(l, M_LO) + Math.imul(this.hi, M_LO) + Math.imul(l, M_HI)) >>> 0;
  }

  /**
   * The next full 64-bit output modulo m (1 ≤ m ≤ 2^32), exactly: (hi·2^32 + lo) mod m, with every product below
   * 2^53. One step, as next().
   */
  nextModulo(m: number): number {
    this.step();
    const l = this.lo;
    const hi = (mulHi32(l, M_LO) + Math.imul(this.hi, M_LO) + Math.imul(l, M_HI)) >>> 0;
    const lo = Math.imul(l, M_LO) >>> 0;
    // 2^32 ≡ ((2^16 mod m)·2^16) mod m; each product is below m·2^16 ≤ 2^48.
    const hiMod = (((hi % m) * 65536) % m) * 65536;
    return ((hiMod % m) + (lo % m)) % m;
  }

  /** The next full 64-bit output, as a BigInt (for checks and logs; slower). */
  nextBigUint64(): bigint {
    this.step();
    const l = this.lo;
    const hi = (mulHi32(l, M_LO) + Math.imul(this.hi, M_LO) + Math.imul(l, M_HI)) >>> 0;
    return (BigInt(hi) << 32n) | BigInt(Math.imul(l, M_LO) >>> 0);
  }

  fillUint32(out: Uint32Array, from = 0, to: number = out?.length): Uint32Array {
    assertUint32Array(out, 'fillUint32');
    assertSpan(out, from, to, 'fillUint32');
    let h = this.hi;
    let l = this.lo;
    for (let i = from; i < to; i++) {
      l = (l ^ ((l >>> 12) | (h << 20))) >>> 0;
      h = (h ^ (h >>> 12)) >>> 0;
      h = (h ^ ((h << 25) | (l >>> 7))) >>> 0;
      l = (l ^ (l << 25)) >>> 0;
      l = (l ^ ((l >>> 27) | (h << 5))) >>> 0;
      h = (h ^ (h >>> 27)) >>> 0;
      // high word of (h:l) × M mod 2^64 = mulhi(l, M_LO) + lo(h × M_LO) + lo(l × M_HI)
      const ml = Math.imul(l, M_LO) >>> 0;
      out[i] = Math.round((l * M_LO - ml) * 2.3283064365386963e-10) + Math.imul(h, M_LO) + Math.imul(l, M_HI);
    }
    this.hi = h;
    this.lo = l;
    return out;
  }

  clone(): Generator {
    return new Xorshift64Star(this.hi, this.lo);
  }

  getState(): readonly number[] {
    return [this.hi, this.lo];
  }
}

export const xorshift64starDefinition: GeneratorDefinition = {
  name: 'xorshift64star',
  stateLength: 2,
  fromSeed: (seed) => {
    // The state is the first SplitMix64 output from the seed; it is zero for no 32-bit seed.
    const [hi, lo] = toWords(splitmix64(BigInt(seed), 1));
    return new Xorshift64Star(hi, lo);
  },
  fromState: (state) => new Xorshift64Star(state[0] as number, state[1] as number),
  // Lane 0 of the key; lane 1 in the (2^-64) case that lane 0 is zero.
  fromKey: (key) =>
    key[0] === 0 && key[1] === 0 ? new Xorshift64Star(key[2], key[3]) : new Xorshift64Star(key[0], key[1]),
  isValidState: (state) => state[0] !== 0 || state[1] !== 0,
};
