import { createXorshift64Star, type Xorshift64StarSequence } from '@bootstat/rng';
import { SimulatorError } from './errors';
import { type SeedScheme, sampleSeed } from './sample-seed';
import type { DayPayment } from './settle-day';
import type { TransactionRecord } from './transaction-record';

/**
 * A payment of a bootstrap sample, at absolute ticks: a day's payment (its txId the source record's id, then
 * `:out:i` or `:in:i`; its deadline min(arrival + deadlineOffset, totalTicks)) with the tick it settled at.
 */
export interface RemappedTransaction extends DayPayment {
  /** min(arrival + settlementOffset, totalTicks), or null (for an incoming payment: when its liquidity arrives). */
  readonly settlementTick: number | null;
}

/** One resampled day for one agent: its outgoing payments, and the settled incoming ones ("liquidity beats"). */
export interface BootstrapSample {
  readonly agentId: string;
  readonly sampleIdx: number;
  /** The xorshift64* seed it was drawn with: replaying from it gives the same sample. */
  readonly seed: number;
  readonly outgoing: readonly RemappedTransaction[];
  readonly incoming: readonly RemappedTransaction[];
  readonly totalTicks: number;
}

/** An agent's history: the payments it sent and those it received, as records. */
export interface AgentHistory {
  readonly agentId: string;
  readonly outgoing: readonly TransactionRecord[];
  readonly incoming: readonly TransactionRecord[];
}

export interface BootstrapSampleOptions {
  /** The base seed: a whole number in [0, 2^32) for 'stream', any safe integer ≥ 0 for 'simcash'. */
  readonly seed: number;
  /** The index of the sample (its seed derives from the base seed and this). */
  readonly sampleIdx: number;
  /** Ticks in the day: arrivals are drawn in [0, totalTicks), deadlines and settlements capped at it. */
  readonly totalTicks: number;
  /** 'stream' (default) or 'simcash' (SimCash's SHA-256 derivation, for samples identical to its sampler's). */
  readonly seedScheme?: SeedScheme;
  /**
   * A sample's own recorded seed (`BootstrapSample.seed`), to replay it: the xorshift64* sequence starts from it
   * and `seed` and `seedScheme` are not used.
   */
  readonly sampleSeed?: number;
}

function resample(
  records: readonly TransactionRecord[],
  rng: Xorshift64StarSequence,
  totalTicks: number,
  prefix: string,
): RemappedTransaction[] {
  const n = records.length;
  const out: RemappedTransaction[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // Per record, two draws: the index (with replacement), then the arrival tick.
    const r = records[rng.nextModulo(n)] as TransactionRecord;
    const arrival = rng.nextModulo(totalTicks);
    out[i] = {
      txId: `${r.txId}:${prefix}:${i}`,
      senderId: r.senderId,
      receiverId: r.receiverId,
      amount: r.amount,
      priority: r.priority,
      arrivalTick: arrival,
      deadlineTick: Math.min(arrival + r.deadlineOffset, totalTicks),
      settlementTick: r.settlementOffset === null ? null : Math.min(arrival + r.settlementOffset, totalTicks),
    };
  }
  return out;
}

/**
 * Bootstrap sample `sampleIdx` of an agent's history, as SimCash's `BootstrapSampler.generate_sample` draws it:
 * xorshift64* seeded with the sample's seed (`sampleSeed`); the outgoing records resampled with replacement to their
 * own count, each moved to an arrival drawn uniformly in [0, totalTicks) (draws: index, then arrival, as `next % m`);
 * then the same for the incoming records that settled. Deadline and settlement keep their offsets from the arrival,
 * capped at totalTicks. With `seedScheme: 'simcash'` the samples are those of the reference's Python sampler, bit
 * for bit (a committed fixture checks it).
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION for a seed, index or totalTicks out of range
 * @example
 * const history = { agentId: 'BANK_A', incoming: [], outgoing: [{ txId: 't1', senderId: 'BANK_A', receiverId: 'BANK_B',
 *   amount: 10_000, priority: 5, originalArrivalTick: 2, deadlineOffset: 5, settlementOffset: 1 }] };
 * const sample = bootstrapSample(history, { seed: 42, sampleIdx: 0, totalTicks: 12, seedScheme: 'simcash' });
 * sample.seed; // 914360478
 * sample.outgoing[0].txId; // 't1:out:0'
 */
export function bootstrapSample(history: AgentHistory, options: BootstrapSampleOptions): BootstrapSample {
  const { totalTicks, sampleIdx } = options;
  if (!Number.isInteger(totalTicks) || totalTicks < 1 || totalTicks > 4294967296) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `totalTicks must be a whole number of ticks in [1, 2^32], got ${String(totalTicks)}.`,
    );
  }
  if (options.sampleSeed !== undefined && (!Number.isSafeInteger(options.sampleSeed) || options.sampleSeed < 0)) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `sampleSeed must be a whole number ≥ 0, got ${String(options.sampleSeed)}.`,
    );
  }
  const seed = options.sampleSeed ?? sampleSeed(options.seed, sampleIdx, options.seedScheme ?? 'stream');
  const rng = createXorshift64Star(seed);
  const outgoing = resample(history.outgoing, rng, totalTicks, 'out');
  const settled = history.incoming.filter((r) => r.settlementOffset !== null);
  const incoming = resample(settled, rng, totalTicks, 'in');
  return { agentId: history.agentId, sampleIdx, seed, outgoing, incoming, totalTicks };
}
