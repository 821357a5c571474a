import { SimulatorError } from './errors';
import type { Policy } from './policy';
import type { Proposer } from './proposer';
import type { ProposerContext } from './proposer-context';
import { coordinateValue, type SearchBound, withCoordinate } from './search-bounds';

export interface ParameterSearchOptions {
  /** The first step, as a share of each coordinate's range (default 0.25); it halves after a round without gain. */
  readonly step?: number;
}

const clamp = (v: number, b: SearchBound) => Math.min(b.max, Math.max(b.min, v));

/**
 * A deterministic compass (coordinate) search over the coordinates the context's bounds name: the policy's
 * parameters and numeric thresholds. Proposal t (t = the number of earlier iterations) moves coordinate
 * ⌊t/2⌋ mod d up (t even) or down (t odd) by step × its range, clamped to its bounds (whole numbers move by at
 * least 1); when that changes nothing (at a bound) it tries the other direction, then the next coordinates. The
 * step starts at `step` and halves after each full round of 2d proposals of which none was accepted (Torczon 1997;
 * Kolda, Lewis & Torczon 2003, §3). Its state comes from the context alone, so a resumed run proposes what an
 * uninterrupted one does.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION for a step outside (0, 1]
 * @example
 * const search = createParameterSearch({ step: 0.25 });
 * search.name; // 'search'
 */
export function createParameterSearch(options: ParameterSearchOptions = {}): Proposer {
  const first = options.step ?? 0.25;
  if (!(first > 0 && first <= 1)) {
    throw new SimulatorError('SIMULATOR_INVALID_OPTION', `the search step must be in (0, 1], got ${String(first)}.`);
  }
  return {
    name: 'search',
    settings: { step: first },
    propose: async (context: ProposerContext, current: Policy) => nextProposal(context, current, first),
  };
}

function nextProposal(context: ProposerContext, current: Policy, first: number): Policy {
  const keys = Object.keys(context.bounds);
  const d = keys.length;
  if (d === 0) return current;
  const t = context.history.length;
  let step = first;
  for (let c = 0; (c + 1) * 2 * d <= t; c++) {
    if (!context.history.slice(c * 2 * d, (c + 1) * 2 * d).some((h) => h.accepted)) step /= 2;
  }
  const first_j = Math.floor(t / 2) % d;
  const firstSign = t % 2 === 0 ? 1 : -1;
  for (let k = 0; k < d; k++) {
    const key = keys[(first_j + k) % d] as string;
    const b = context.bounds[key] as SearchBound;
    const v = coordinateValue(current, key);
    for (const sign of [firstSign, -firstSign]) {
      let next = clamp(v + sign * step * (b.max - b.min), b);
      if (b.integer === true) {
        next = Math.round(next);
        if (next === v) next = clamp(v + sign, b);
      }
      if (next !== v) return withCoordinate(current, key, next);
    }
  }
  return current;
}
