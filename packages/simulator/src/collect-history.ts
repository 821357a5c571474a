import { formatLocation, IoError, parseJson } from '@bootstat/io';
import type { AgentHistory } from './bootstrap-sample';
import { SimulatorError } from './errors';
import { type TransactionRecord, validateTransactionRecord } from './transaction-record';

/** An event of a trace: an object with an `event_type` (snake_case or PascalCase, as the reference writes them). */
export type TraceEvent = Readonly<Record<string, unknown>>;

/** The histories of every agent of a trace. */
export interface TransactionHistory {
  /** Every agent that sent or received a payment, sorted. */
  readonly agentIds: readonly string[];
  /** The payments `agentId` sent and received, in arrival order: nothing of payments between other agents. */
  agentHistory(agentId: string): AgentHistory;
}

const ARRIVAL = new Set(['arrival', 'Arrival']);
const ONE_SETTLED = new Set([
  'rtgs_immediate_settlement',
  'RtgsImmediateSettlement',
  'queue2_liquidity_release',
  'Queue2LiquidityRelease',
]);
const MANY_SETTLED = new Set([
  'lsm_bilateral_offset',
  'LsmBilateralOffset',
  'lsm_cycle_settlement',
  'LsmCycleSettlement',
]);

interface Pending {
  txId: string;
  senderId: string;
  receiverId: string;
  amount: unknown;
  priority: unknown;
  arrival: number;
  deadlineOffset: number;
  settlementOffset: number | null;
  /** Where its arrival was read, for the record's errors. */
  readonly where: string;
}

/** Where parseEventTrace read each event ("file:line"), for the collector's messages; events built in code have none. */
const EVENT_LINES = new WeakMap<object, string>();

/**
 * Reads an event trace as JSON lines (one event per line, blank lines skipped), strictly: a line that is not JSON,
 * or names a key twice, is an error naming its line.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_TRACE with the source and line
 * @example
 * parseEventTrace('{"event_type":"arrival","tick":0}\n\n{"event_type":"tick_end","tick":0}\n').length; // 2
 */
export function parseEventTrace(text: string, options: { readonly source?: string } = {}): TraceEvent[] {
  const source = options.source ?? 'the trace';
  const events: TraceEvent[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let event: unknown;
    try {
      event = parseJson(line, { source, firstLine: i + 1 });
    } catch (e) {
      if (e instanceof IoError) {
        throw new SimulatorError(
          'SIMULATOR_INVALID_TRACE',
          `${formatLocation(e.location)}: ${e.message}`,
          `${source}:${i + 1}`,
        );
      }
      throw e;
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event)) {
      throw new SimulatorError(
        'SIMULATOR_INVALID_TRACE',
        `${source}:${i + 1}: an event must be a JSON object.`,
        `${source}:${i + 1}`,
      );
    }
    EVENT_LINES.set(event, `${source}:${i + 1}`);
    events.push(event as TraceEvent);
  }
  return events;
}

/**
 * The per-agent histories of an event trace, as SimCash's `TransactionHistoryCollector` builds them: an arrival
 * (`arrival`) makes a record for its sender's outgoing and its receiver's incoming payments; a settlement
 * (`rtgs_immediate_settlement`, `queue2_liquidity_release`: `tx_id`; `lsm_bilateral_offset`,
 * `lsm_cycle_settlement`: `tx_ids`) sets its settlement offset; other events are ignored. Event names are read in
 * snake_case and PascalCase. The deadline (`deadline_tick`, or `deadline` as the engine writes it) is an absolute
 * tick, stored as the offset deadline − arrival: the reference's collector reads the engine's `deadline` as an
 * offset already, a bug we do not copy (docs/simulator.md).
 *
 * Strict where the reference is lenient: a settlement that comes before its payment's arrival in the trace (a
 * settlement of a payment that never arrives, such as the engine's scheduled settlements, is ignored, as the
 * reference ignores it), a settlement at a tick before the arrival, a payment settled twice, a duplicate tx id, a deadline before the arrival, a fraction of a cent or an
 * amount past 2^53 are errors naming the tx id (with the event's place in the trace), never a record.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_TRACE, SIMULATOR_INVALID_AMOUNT, SIMULATOR_INVALID_RECORD
 * @example
 * const history = collectHistory([
 *   { event_type: 'arrival', tick: 1, tx_id: 't1', sender_id: 'A', receiver_id: 'B', amount: 500, priority: 5, deadline_tick: 4 },
 *   { event_type: 'RtgsImmediateSettlement', tick: 2, tx_id: 't1' },
 * ]);
 * history.agentHistory('A').outgoing[0].settlementOffset; // 1
 * history.agentHistory('B').incoming[0].deadlineOffset; // 3
 */
export function collectHistory(events: Iterable<TraceEvent>): TransactionHistory {
  const byId = new Map<string, Pending>();
  const order: Pending[] = [];
  let at = 0;
  let current: unknown;
  // An event read by parseEventTrace is named by its file and line, any other by its place in the sequence.
  const whereIs = (e: unknown, index: number) =>
    (typeof e === 'object' && e !== null ? EVENT_LINES.get(e) : undefined) ?? `event ${index}`;
  const fail = (why: string, txId?: string): never => {
    throw new SimulatorError(
      'SIMULATOR_INVALID_TRACE',
      `${whereIs(current, at)}${txId === undefined ? '' : ` (transaction ${JSON.stringify(txId)})`}: ${why}`,
      txId,
    );
  };
  const tickOf = (e: TraceEvent, key = 'tick'): number => {
    const t = e[key];
    if (typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) {
      return fail(`${key} must be a whole number of ticks ≥ 0, got ${JSON.stringify(t) ?? String(t)}.`);
    }
    return t;
  };
  const idOf = (v: unknown): string => {
    if (typeof v !== 'string' || v === '')
      return fail(`a tx id must be a non-empty string, got ${JSON.stringify(v) ?? String(v)}.`);
    return v;
  };
  // Settlements of payments that never arrive in the trace (the engine's scheduled settlements) are ignored, as
  // the reference ignores them; one whose payment arrives later is a settlement before its arrival.
  const settledUnknown = new Map<string, string>();
  const settle = (id: string, tick: number) => {
    const p = byId.get(id);
    if (p === undefined) {
      if (!settledUnknown.has(id)) settledUnknown.set(id, whereIs(current, at));
      return;
    }
    if (p.settlementOffset !== null)
      return fail(`settled twice (at tick ${p.arrival + p.settlementOffset} and ${tick}).`, id);
    if (tick < p.arrival) return fail(`settled at tick ${tick}, before its arrival at tick ${p.arrival}.`, id);
    p.settlementOffset = tick - p.arrival;
  };
  for (const e of events) {
    at++;
    current = e;
    if (typeof e !== 'object' || e === null) fail('an event must be an object.');
    const type = e.event_type;
    if (typeof type !== 'string') continue;
    if (ARRIVAL.has(type)) {
      const txId = idOf(e.tx_id);
      if (byId.has(txId)) fail('arrives twice: tx ids must be unique.', txId);
      const early = settledUnknown.get(txId);
      if (early !== undefined) fail(`a settlement before its arrival (${early} settles it).`, txId);
      const arrival = tickOf(e);
      const deadline = tickOf(e, e.deadline_tick !== undefined ? 'deadline_tick' : 'deadline');
      if (deadline < arrival) fail(`its deadline, tick ${deadline}, is before its arrival at tick ${arrival}.`, txId);
      const p: Pending = {
        txId,
        senderId: e.sender_id as string,
        receiverId: e.receiver_id as string,
        amount: e.amount,
        priority: e.priority,
        arrival,
        deadlineOffset: deadline - arrival,
        settlementOffset: null,
        where: whereIs(e, at),
      };
      byId.set(txId, p);
      order.push(p);
    } else if (ONE_SETTLED.has(type)) {
      settle(idOf(e.tx_id), tickOf(e));
    } else if (MANY_SETTLED.has(type)) {
      const ids = e.tx_ids;
      if (!Array.isArray(ids)) fail(`${type} needs tx_ids, a list of tx ids.`);
      const tick = tickOf(e);
      for (const id of ids as unknown[]) settle(idOf(id), tick);
    }
  }
  const records: TransactionRecord[] = order.map((p) => {
    try {
      return validateTransactionRecord({
        txId: p.txId,
        senderId: p.senderId,
        receiverId: p.receiverId,
        amount: p.amount,
        priority: p.priority,
        originalArrivalTick: p.arrival,
        deadlineOffset: p.deadlineOffset,
        settlementOffset: p.settlementOffset,
      });
    } catch (e) {
      // The record's own message names the transaction; the arrival's line says where to look.
      if (e instanceof SimulatorError)
        throw new SimulatorError(e.code, `${p.where}: ${e.message}`, e.where, { cause: e });
      throw e;
    }
  });
  const agents = [...new Set(records.flatMap((r) => [r.senderId, r.receiverId]))].sort();
  return {
    agentIds: agents,
    agentHistory(agentId) {
      if (!agents.includes(agentId)) {
        if (agents.length === 0) {
          throw new SimulatorError(
            'SIMULATOR_UNKNOWN_AGENT',
            `agent ${JSON.stringify(agentId)}: the trace has no payments at all.`,
            agentId,
          );
        }
        throw new SimulatorError(
          'SIMULATOR_UNKNOWN_AGENT',
          `agent ${JSON.stringify(agentId)} sends and receives nothing in the trace; its agents are ${agents.map((a) => JSON.stringify(a)).join(', ')}.`,
          agentId,
        );
      }
      return {
        agentId,
        outgoing: records.filter((r) => r.senderId === agentId),
        incoming: records.filter((r) => r.receiverId === agentId),
      };
    },
  };
}
