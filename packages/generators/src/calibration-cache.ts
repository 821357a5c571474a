import type { CalibrationResult } from './calibrate-rho';

/**
 * A memo of `calibrateRho` results that the caller owns and passes in (`calibrateRho({ …, cache })`): no hidden
 * module-level state. The key is everything the result depends on: the template (its values in order), the outcome
 * name and its parsed options, the target, the number of datasets, the tolerance and the stream's id (its seed and
 * path). It assumes a name always means the same strategy (do not re-register a name with other behaviour).
 *
 * @example
 * const cache = new CalibrationCache();
 * const options = { counts: [20, 20, 20, 20], outcome: { name: 'rank-mixing' }, target: -0.13,
 *   stream: streamTree(99).child('calibration'), cache };
 * calibrateRho(options); // computed
 * calibrateRho(options); // from the cache
 * cache.size; // 1
 */
export class CalibrationCache {
  readonly #entries = new Map<string, CalibrationResult>();

  /** The number of results held. */
  get size(): number {
    return this.#entries.size;
  }

  /** The result for a key built by calibrateRho, if held. */
  get(key: string): CalibrationResult | undefined {
    return this.#entries.get(key);
  }

  /** Holds a result under a key built by calibrateRho. */
  set(key: string, result: CalibrationResult): void {
    this.#entries.set(key, result);
  }

  /** Forgets every result. */
  clear(): void {
    this.#entries.clear();
  }
}
