import type { TraceEvent } from './collect-history';
import { SimulatorError } from './errors';

const END_OF_DAY = new Set(['end_of_day', 'EndOfDay']);

/**
 * The length of the day, in ticks, that an event trace records: the tick of its end-of-day event (`end_of_day`,
 * or the reference's `EndOfDay`) plus one, since the engine ends the day in its last tick. `undefined` when the
 * trace has no such event (then the length must be given).
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_TRACE when end-of-day events fall on different ticks (a trace of
 *   several days: the sampler resamples one), when an event comes after the end of the day, or when an end-of-day
 *   tick is not a whole number ≥ 0
 * @example
 * traceDayLength([{ event_type: 'arrival', tick: 0 }, { event_type: 'end_of_day', tick: 11, agent_id: 'A' }]); // 12
 * traceDayLength([{ event_type: 'arrival', tick: 0 }]); // undefined
 */
export function traceDayLength(events: Iterable<TraceEvent>): number | undefined {
  let tick: number | undefined;
  let last = -1;
  for (const e of events) {
    if (typeof e.tick === 'number' && e.tick > last) last = e.tick;
    if (typeof e.event_type !== 'string' || !END_OF_DAY.has(e.event_type)) continue;
    const t = e.tick;
    if (typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) {
      throw new SimulatorError(
        'SIMULATOR_INVALID_TRACE',
        `an end-of-day event's tick must be a whole number ≥ 0, got ${JSON.stringify(t) ?? String(t)}.`,
      );
    }
    if (tick !== undefined && t !== tick) {
      throw new SimulatorError(
        'SIMULATOR_INVALID_TRACE',
        `the trace ends days at ticks ${tick} and ${t}: it holds several days, and a history is one day. ` +
          'Keep one day, or give the day length.',
      );
    }
    tick = t;
  }
  if (tick !== undefined && last > tick) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_TRACE',
      `an event at tick ${last} comes after the end of the day at tick ${tick}: the trace does not say how long its ` +
        "day is. Give the day's length.",
    );
  }
  return tick === undefined ? undefined : tick + 1;
}
