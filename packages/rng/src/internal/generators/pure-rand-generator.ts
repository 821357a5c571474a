import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import type { Generator, GeneratorName } from '../../generator';
import { assertSpan, assertUint32Array } from '../validate';

/**
 * Writes words into out[from..to) and advances `state` (pure-rand's own layout) in place, producing exactly
 * the words pure-rand's `next()` would. The state is read into locals once, so the loop runs at inlined speed.
 */
export type WordKernel = (state: number[], out: Uint32Array, from: number, to: number) => void;

/** A pure-rand generator behind the `Generator` interface, with an optional inlined bulk kernel. */
export class PureRandGenerator implements Generator {
  readonly name: GeneratorName;
  private inner: JumpableRandomGenerator;
  private readonly kernel: WordKernel | undefined;
  private readonly fromState: (state: readonly number[]) => JumpableRandomGenerator;

  constructor(
    name: GeneratorName,
    inner: JumpableRandomGenerator,
    fromState: (state: readonly number[]) => JumpableRandomGenerator,
    kernel?: WordKernel,
  ) {
    this.name = name;
    this.inner = inner;
    this.fromState = fromState;
    this.kernel = kernel;
  }

  next(): number {
    return this.inner.next() >>> 0;
  }

  fillUint32(out: Uint32Array, from = 0, to: number = out?.length): Uint32Array {
    assertUint32Array(out, 'fillUint32');
    assertSpan(out, from, to, 'fillUint32');
    if (from === to) return out;
    if (this.kernel === undefined) {
      const inner = this.inner;
      for (let i = from; i < to; i++) out[i] = inner.next();
      return out;
    }
    const state = this.inner.getState().slice();
    this.kernel(state, out, from, to);
    this.inner = this.fromState(state);
    return out;
  }

  clone(): Generator {
    return new PureRandGenerator(this.name, this.inner.clone(), this.fromState, this.kernel);
  }

  getState(): readonly number[] {
    return this.inner.getState();
  }

  jump(): void {
    this.inner.jump();
  }
}
