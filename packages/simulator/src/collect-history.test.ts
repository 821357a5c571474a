import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refusal } from '../test/refusal';
import { collectHistory, parseEventTrace, type TraceEvent } from './collect-history';
import { traceDayLength } from './trace-day-length';
import type { TransactionRecord } from './transaction-record';

// Made by tooling/fixtures/simulator/simcash_sampler_fixture.py with the reference's own history_collector.py.
const fixture = JSON.parse(
  readFileSync(new URL('../../../tooling/fixtures/simulator/simcash-samples.json', import.meta.url), 'utf8'),
) as {
  collector: {
    trace: TraceEvent[];
    histories: Record<string, { outgoing: TransactionRecord[]; incoming: TransactionRecord[] }>;
  };
};

const arrival = (id: string, tick: number, extra: Record<string, unknown> = {}): TraceEvent => ({
  event_type: 'arrival',
  tick,
  tx_id: id,
  sender_id: 'A',
  receiver_id: 'B',
  amount: 100,
  priority: 5,
  deadline_tick: tick + 3,
  ...extra,
});

describe('collectHistory', () => {
  it("gives every agent's history as SimCash's collector does, on a trace with every event name in both spellings", () => {
    const history = collectHistory(fixture.collector.trace);
    expect(history.agentIds).toEqual(Object.keys(fixture.collector.histories).sort());
    for (const [agent, expected] of Object.entries(fixture.collector.histories)) {
      const got = history.agentHistory(agent);
      expect(got.outgoing).toEqual(expected.outgoing);
      expect(got.incoming).toEqual(expected.incoming);
    }
  });

  it("keeps agents apart: an agent's history holds only payments it sent or received", () => {
    const history = collectHistory(fixture.collector.trace);
    for (const agent of history.agentIds) {
      const h = history.agentHistory(agent);
      expect(h.outgoing.every((r) => r.senderId === agent)).toBe(true);
      expect(h.incoming.every((r) => r.receiverId === agent)).toBe(true);
      const others = fixture.collector.trace.filter(
        (e) => e.event_type?.toString().toLowerCase() === 'arrival' && e.sender_id !== agent && e.receiver_id !== agent,
      );
      expect(others.length).toBeGreaterThan(0);
      const ids = new Set([...h.outgoing, ...h.incoming].map((r) => r.txId));
      for (const e of others) expect(ids.has(e.tx_id as string)).toBe(false);
    }
  });

  it("ignores settlements of payments that never arrive, as the reference does (the engine's scheduled settlements)", () => {
    const h = collectHistory([
      { event_type: 'RtgsImmediateSettlement', tick: 0, tx_id: 'scheduled_settlement_1' },
      arrival('t', 1),
    ]);
    expect(h.agentHistory('A').outgoing.map((r) => r.txId)).toEqual(['t']);
  });

  it("stores the engine's absolute `deadline` as an offset (the reference takes it as an offset already)", () => {
    // Arrival at tick 4 with deadline tick 9: the offset is 5. SimCash's collector would store 9.
    const h = collectHistory([{ ...arrival('t', 4), deadline_tick: undefined, deadline: 9 }]).agentHistory('A');
    expect(h.outgoing[0]?.deadlineOffset).toBe(5);
  });

  it('refuses what a trace cannot mean, naming the transaction: one error, never a record', () => {
    const cases: [TraceEvent[], string, RegExp][] = [
      [
        [{ event_type: 'rtgs_immediate_settlement', tick: 1, tx_id: 't' }, arrival('t', 0)],
        'SIMULATOR_INVALID_TRACE',
        /event 2 \(transaction "t"\): a settlement before its arrival \(event 1 settles it\)/,
      ],
      [
        [arrival('t', 5), { event_type: 'queue2_liquidity_release', tick: 3, tx_id: 't' }],
        'SIMULATOR_INVALID_TRACE',
        /settled at tick 3, before its arrival at tick 5/,
      ],
      [
        [
          arrival('t', 0),
          { event_type: 'lsm_bilateral_offset', tick: 1, tx_ids: ['t'] },
          { event_type: 'lsm_cycle_settlement', tick: 2, tx_ids: ['t'] },
        ],
        'SIMULATOR_INVALID_TRACE',
        /settled twice \(at tick 1 and 2\)/,
      ],
      [
        [arrival('t', 5, { deadline_tick: 4 })],
        'SIMULATOR_INVALID_TRACE',
        /its deadline, tick 4, is before its arrival at tick 5/,
      ],
      [[arrival('t', 0), arrival('t', 1)], 'SIMULATOR_INVALID_TRACE', /event 2 \(transaction "t"\): arrives twice/],
      [
        [arrival('t', 0, { amount: -100 })],
        'SIMULATOR_INVALID_AMOUNT',
        /transaction "t": amount .* got -100, negative/,
      ],
      [[arrival('t', 0, { amount: 99.5 })], 'SIMULATOR_INVALID_AMOUNT', /a fraction of a cent/],
      [[arrival('t', 0, { amount: 2 ** 53 + 2 })], 'SIMULATOR_INVALID_AMOUNT', /beyond 2\^53/],
      [[arrival('t', -1)], 'SIMULATOR_INVALID_TRACE', /tick must be a whole number of ticks ≥ 0, got -1/],
      [
        [arrival('t', 0), { event_type: 'LsmCycleSettlement', tick: 1, tx_ids: 't' }],
        'SIMULATOR_INVALID_TRACE',
        /needs tx_ids, a list/,
      ],
    ];
    for (const [trace, code, message] of cases) {
      const e = refusal(() => collectHistory(trace));
      expect(e.code, JSON.stringify(trace)).toBe(code);
      expect(e.message).toMatch(message);
    }
    const unknown = refusal(() => collectHistory([arrival('t', 0)]).agentHistory('BANK_Z'));
    expect(unknown.code).toBe('SIMULATOR_UNKNOWN_AGENT');
    expect(unknown.message).toBe('agent "BANK_Z" sends and receives nothing in the trace; its agents are "A", "B".');
  });
});

describe('parseEventTrace', () => {
  it('reads JSON lines (CRLF, a BOM and blank lines too) and refuses a bad line by its number', () => {
    expect(parseEventTrace('\ufeff{"event_type":"arrival"}\r\n\r\n{"event_type":"EndOfDay"}\n')).toHaveLength(2);
    const bad = refusal(() => parseEventTrace('{"tick":1}\n{"tick":2,"tick":3}\n', { source: 'day.jsonl' }));
    expect(bad.code).toBe('SIMULATOR_INVALID_TRACE');
    expect(bad.message).toMatch(/^day\.jsonl:2:\d+: the key "tick" appears twice/);
    expect(refusal(() => parseEventTrace('[1]\n', { source: 'd' })).message).toBe(
      'd:1: an event must be a JSON object.',
    );
  });
});

describe('collectHistory on a parsed trace', () => {
  it('names the file and line of the event at fault, blank lines counted', () => {
    const text = [
      JSON.stringify(arrival('a', 0)),
      '',
      JSON.stringify({ event_type: 'rtgs_immediate_settlement', tick: 1, tx_id: 't' }),
      JSON.stringify(arrival('t', 0)),
    ].join('\n');
    expect(refusal(() => collectHistory(parseEventTrace(text, { source: 'day.jsonl' }))).message).toBe(
      'day.jsonl:4 (transaction "t"): a settlement before its arrival (day.jsonl:3 settles it).',
    );
    const amount = `${JSON.stringify(arrival('a', 0))}\n\n\n${JSON.stringify(arrival('b', 1, { amount: 12.5 }))}\n`;
    const e = refusal(() => collectHistory(parseEventTrace(amount, { source: 'day.jsonl' })));
    expect(e.code).toBe('SIMULATOR_INVALID_AMOUNT');
    expect(e.message).toMatch(/^day\.jsonl:4: transaction "b": amount .*a fraction of a cent/);
  });
});

describe('traceDayLength', () => {
  it("is the end-of-day event's tick + 1, in either spelling, and undefined without one", () => {
    expect(traceDayLength([arrival('t', 0), { event_type: 'end_of_day', tick: 11, agent_id: 'A' }])).toBe(12);
    expect(traceDayLength([{ event_type: 'EndOfDay', tick: 99, day: 0 }])).toBe(100);
    expect(traceDayLength([arrival('t', 0)])).toBeUndefined();
    // One per agent on the same tick is one day.
    const both = [
      { event_type: 'end_of_day', tick: 5, agent_id: 'A' },
      { event_type: 'end_of_day', tick: 5, agent_id: 'B' },
    ];
    expect(traceDayLength(both)).toBe(6);
  });

  it('refuses several days, events after the end of the day and a tick that is not one', () => {
    const days = [
      { event_type: 'EndOfDay', tick: 9, day: 0 },
      { event_type: 'EndOfDay', tick: 19, day: 1 },
    ];
    expect(refusal(() => traceDayLength(days)).message).toMatch(/^the trace ends days at ticks 9 and 19/);
    const early = [arrival('t', 11), { event_type: 'end_of_day', tick: 3, agent_id: 'A' }];
    expect(refusal(() => traceDayLength(early)).message).toBe(
      "an event at tick 11 comes after the end of the day at tick 3: the trace does not say how long its day is. Give the day's length.",
    );
    expect(refusal(() => traceDayLength([{ event_type: 'end_of_day', tick: -1 }])).code).toBe(
      'SIMULATOR_INVALID_TRACE',
    );
  });
});
