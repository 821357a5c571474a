import { checkCents } from './cents';
import { SimulatorError } from './errors';

/**
 * One payment of an observed day, as the trace bootstrap resamples it: who paid whom, how much, how urgent, and its
 * timing relative to its arrival (so that it can be moved to another arrival tick and keep its shape).
 */
export interface TransactionRecord {
  readonly txId: string;
  readonly senderId: string;
  readonly receiverId: string;
  /** Whole cents, positive, a safe integer. */
  readonly amount: number;
  /** 0 (lowest) to 10 (most urgent). */
  readonly priority: number;
  readonly originalArrivalTick: number;
  /** Deadline tick − arrival tick (≥ 0). */
  readonly deadlineOffset: number;
  /** Settlement tick − arrival tick (≥ 0), or null when the payment did not settle that day. */
  readonly settlementOffset: number | null;
}

const tick = (r: Record<string, unknown>, key: string, id: string): number => {
  const v = r[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_RECORD',
      `transaction ${JSON.stringify(id)}: ${key} must be a whole number of ticks, not negative; got ${JSON.stringify(v) ?? String(v)}${key.endsWith('Offset') ? ` (a ${key === 'deadlineOffset' ? 'deadline' : 'settlement'} before its arrival)` : ''}.`,
      id,
    );
  }
  return v;
};

/**
 * Checks one record (whatever its source: a collector, a file, a caller) and returns it as a plain, frozen
 * TransactionRecord.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_RECORD naming the tx id and the field; SIMULATOR_INVALID_AMOUNT
 * @example
 * const r = validateTransactionRecord({ txId: 't1', senderId: 'BANK_A', receiverId: 'BANK_B', amount: 12_500,
 *   priority: 5, originalArrivalTick: 3, deadlineOffset: 4, settlementOffset: null });
 * r.amount; // 12500
 */
export function validateTransactionRecord(input: unknown): TransactionRecord {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_RECORD',
      `a transaction record must be an object, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}.`,
    );
  }
  const r = input as Record<string, unknown>;
  const known = [
    'txId',
    'senderId',
    'receiverId',
    'amount',
    'priority',
    'originalArrivalTick',
    'deadlineOffset',
    'settlementOffset',
  ];
  const id = typeof r.txId === 'string' && r.txId !== '' ? r.txId : undefined;
  if (id === undefined) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_RECORD',
      `a transaction record needs a txId, a non-empty string; got ${JSON.stringify(r.txId) ?? String(r.txId)}.`,
    );
  }
  const extra = Object.keys(r).find((k) => !known.includes(k));
  if (extra !== undefined) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_RECORD',
      `transaction ${JSON.stringify(id)}: unknown field ${JSON.stringify(extra)}; a record has ${known.join(', ')}.`,
      id,
    );
  }
  for (const key of ['senderId', 'receiverId'] as const) {
    if (typeof r[key] !== 'string' || r[key] === '') {
      throw new SimulatorError(
        'SIMULATOR_INVALID_RECORD',
        `transaction ${JSON.stringify(id)}: ${key} must be a non-empty string.`,
        id,
      );
    }
  }
  const amount = checkCents(r.amount, `transaction ${JSON.stringify(id)}: amount`);
  if (amount === 0) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_AMOUNT',
      `transaction ${JSON.stringify(id)}: amount must be positive; a payment of 0 cents is none.`,
      id,
    );
  }
  const priority = r.priority;
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 10) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_RECORD',
      `transaction ${JSON.stringify(id)}: priority must be a whole number from 0 to 10; got ${JSON.stringify(priority) ?? String(priority)}.`,
      id,
    );
  }
  const settlementOffset = r.settlementOffset === null ? null : tick(r, 'settlementOffset', id);
  return Object.freeze({
    txId: id,
    senderId: r.senderId as string,
    receiverId: r.receiverId as string,
    amount,
    priority,
    originalArrivalTick: tick(r, 'originalArrivalTick', id),
    deadlineOffset: tick(r, 'deadlineOffset', id),
    settlementOffset,
  });
}

/**
 * Checks a list of records: each as `validateTransactionRecord`, and no tx id twice.
 *
 * @throws {SimulatorError} as validateTransactionRecord; SIMULATOR_INVALID_RECORD for a duplicate tx id
 * @example
 * validateTransactionRecords([]).length; // 0
 */
export function validateTransactionRecords(input: readonly unknown[]): TransactionRecord[] {
  if (!Array.isArray(input)) {
    throw new SimulatorError('SIMULATOR_INVALID_RECORD', 'transaction records must be an array.');
  }
  const seen = new Set<string>();
  return input.map((x) => {
    const r = validateTransactionRecord(x);
    if (seen.has(r.txId)) {
      throw new SimulatorError(
        'SIMULATOR_INVALID_RECORD',
        `transaction ${JSON.stringify(r.txId)} appears twice; tx ids must be unique.`,
        r.txId,
      );
    }
    seen.add(r.txId);
    return r;
  });
}
