import { RHO_CLIP } from './clip';

/** Stop when the bracket on the input rho is narrower than this. */
const BRACKET_WIDTH = 1e-7;
/** Secant steps tried before a bracket is forced by evaluating the missing end. */
const SECANT_STEPS = 4;
const MAX_STEPS = 200;

/** What the search found; `unreachable` when an end of [−0.999, 0.999] falls short of the target. */
export interface InputRhoSearch {
  readonly rho: number;
  readonly value: number;
  readonly iterations: number;
  readonly evaluations: number;
  /** Set when the target is beyond f(±0.999): that end and its value. */
  readonly unreachable?: { readonly end: number; readonly value: number };
}

/**
 * Solves f(ρ) = target for a non-decreasing f on [−0.999, 0.999] (the mean Spearman rho of fixed simulated datasets).
 *
 * 1. Bracketing by secant: first ρ = target, then the proportional guess target·ρ/f(ρ) (f(0) ≈ 0), then secant steps
 *    through the last two points while they stay inside the known bracket; an end is evaluated when a step would
 *    leave it (or after 4 steps without a bracket). An end on the wrong side of the target means it is unreachable.
 * 2. Illinois (regula falsi halving the retained end's value when an end is kept twice; Dowell & Jarratt 1971).
 *
 * Stops as soon as |f − target| ≤ tolerance or the bracket is narrower than 1e-7; returns the evaluated point
 * closest to the target (the last such: on a step of f, a point of the final bracket).
 */
export function findInputRho(f: (rho: number) => number, target: number, tolerance: number): InputRhoSearch {
  let evaluations = 0;
  let iterations = 0;
  let bestRho = 0;
  let bestValue = Number.NaN;
  // Known bracket: g(lo) < 0 < g(hi), g = f − target; undefined g: that end not evaluated yet.
  let lo = -RHO_CLIP;
  let hi = RHO_CLIP;
  let gLo: number | undefined;
  let gHi: number | undefined;
  const evaluate = (rho: number): number => {
    const value = f(rho);
    evaluations++;
    if (!(Math.abs(value - target) > Math.abs(bestValue - target))) {
      bestRho = rho;
      bestValue = value;
    }
    const g = value - target;
    if (g < 0 && rho >= lo) {
      lo = rho;
      gLo = g;
    } else if (g > 0 && rho <= hi) {
      hi = rho;
      gHi = g;
    }
    return g;
  };
  const done = () => Math.abs(bestValue - target) <= tolerance;
  const result = (): InputRhoSearch => ({ rho: bestRho, value: bestValue, iterations, evaluations });

  if (target === 0) {
    evaluate(0);
    return result();
  }

  // 1. Secant steps until the root is bracketed.
  let previous = Number.NaN;
  let gPrevious = Number.NaN;
  let current = Math.min(RHO_CLIP, Math.max(-RHO_CLIP, target));
  let gCurrent = evaluate(current);
  for (let step = 0; !done() && (gLo === undefined || gHi === undefined); step++) {
    let next: number;
    if (step === 0) {
      const value = gCurrent + target;
      next = value * target > 0 ? (current * target) / value : Number.NaN;
    } else {
      next = current - (gCurrent * (current - previous)) / (gCurrent - gPrevious);
    }
    if (!(next > lo && next < hi) || step > SECANT_STEPS) {
      // The end on the root's side: it bounds what any input rho can reach.
      const end = gHi === undefined ? RHO_CLIP : -RHO_CLIP;
      const g = evaluate(end);
      if (end === RHO_CLIP ? g < 0 : g > 0) return { ...result(), unreachable: { end, value: g + target } };
      break;
    }
    previous = current;
    gPrevious = gCurrent;
    current = next;
    gCurrent = evaluate(next);
  }

  // 2. Illinois on the bracket.
  let kept = 0; // +1: hi kept last time, −1: lo kept last time
  while (!done() && gLo !== undefined && gHi !== undefined && hi - lo >= BRACKET_WIDTH && iterations < MAX_STEPS) {
    iterations++;
    let c = hi - (gHi * (hi - lo)) / (gHi - gLo);
    if (!(c > lo && c < hi)) c = (lo + hi) / 2;
    const g = evaluate(c); // moves lo or hi to c
    if (g === 0) break;
    const keeps = g < 0 ? 1 : -1;
    if (keeps === kept) {
      if (keeps === 1) gHi /= 2;
      else gLo /= 2;
    }
    kept = keeps;
  }
  return result();
}
