// `bootstat simulate` and `bootstat evaluate`: the 12-period day, its trace, a paired comparison with exit 0 or 1,
// and every bad input of issue 16 as one line and exit 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from './run-cli';

const SCENARIO = join(REPO, 'docs/examples/twelve-period.json');

describe('bootstat simulate and evaluate', () => {
  const dir = tempDir();
  const trace = join(dir, 'day.jsonl');

  it('simulate prints each agent cost and writes the trace in the reference event names', () => {
    const r = runCli(['simulate', SCENARIO, '--out', trace, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.kind).toBe('simulation');
    expect(doc.agents.map((a: { agentId: string }) => a.agentId)).toEqual(['BANK_A', 'BANK_B']);
    const events = readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.filter((e) => e.event_type === 'arrival')).toHaveLength(doc.payments);
    expect(new Set(events.map((e) => e.event_type))).toContain('rtgs_immediate_settlement');
    // The same seed, the same bytes.
    const again = join(dir, 'again.jsonl');
    runCli(['simulate', SCENARIO, '--out', again, '-q']);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(trace, 'utf8'));
  }, 30_000);

  it('evaluate accepts a cheaper policy (exit 0) and rejects a dearer one (exit 1), on the same samples', () => {
    // Release-all allocating 30 % of the pool instead of 50 %: 1,000,000 is ample either way, so it pays less
    // liquidity cost and settles as much.
    const lean = join(dir, 'lean.json');
    writeFileSync(
      lean,
      JSON.stringify({
        parameters: { initial_liquidity_fraction: 0.3 },
        payment_tree: { type: 'action', node_id: 'A1', action: 'Release' },
      }),
    );
    const args = [
      'evaluate',
      '--history',
      trace,
      '--agent',
      'BANK_A',
      '--scenario',
      SCENARIO,
      '--samples',
      '50',
      '--seed',
      '3',
    ];
    const accept = runCli([...args, '--policy', lean, '--against', 'release-all', '--format', 'json']);
    expect(accept.code).toBe(0);
    const doc = JSON.parse(accept.stdout);
    expect(doc.kind).toBe('policy-comparison');
    expect(doc.meanDelta).toBeGreaterThan(0);
    expect(doc.verdict.accept).toBe(true);
    expect(doc.ci.low).toBeGreaterThan(0);
    const one = runCli([...args.map((a) => (a === '50' ? '1' : a)), '--policy', lean, '--against', 'release-all']);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe(
      'bootstat: warning: one sample gives no interval: take 2 or more (200 or more for a verdict worth its name).\n',
    );
    const reject = runCli([...args, '--policy', 'release-all', '--against', lean]);
    expect(reject.code).toBe(1);
    expect(reject.stdout).toMatch(/reject/);
  }, 60_000);

  it('refuses every bad input of issue 16: one line, exit 2', () => {
    const arrival = (id: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({
        event_type: 'arrival',
        tick: 1,
        tx_id: id,
        sender_id: 'A',
        receiver_id: 'B',
        amount: 100,
        priority: 5,
        deadline_tick: 4,
        ...extra,
      });
    const traces: [string, string, RegExp][] = [
      [
        'settle-first',
        `${JSON.stringify({ event_type: 'rtgs_immediate_settlement', tick: 1, tx_id: 't' })}\n${arrival('t')}\n`,
        /a settlement before its arrival/,
      ],
      ['deadline', `${arrival('t', { deadline_tick: 0 })}\n`, /its deadline, tick 0, is before its arrival at tick 1/],
      ['negative', `${arrival('t', { amount: -5 })}\n`, /negative/],
      ['fraction', `${arrival('t', { amount: 1.5 })}\n`, /a fraction of a cent/],
      // 2^53 + 1 as written in the file (a JavaScript number literal cannot hold it).
      ['huge', `${arrival('t').replace('"amount":100', '"amount":9007199254740993')}\n`, /beyond 2\^53/],
      ['duplicate', `${arrival('t')}\n${arrival('t')}\n`, /arrives twice/],
    ];
    const run = (args: string[]) => runCli(['evaluate', '--ticks', '6', ...args]);
    for (const [name, text, message] of traces) {
      const file = join(dir, `${name}.jsonl`);
      writeFileSync(file, text);
      const r = run(['--history', file, '--agent', 'A', '--policy', 'release-all']);
      expect(r.code, name).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr, name).toMatch(message);
    }
    const good = join(dir, 'good.jsonl');
    writeFileSync(good, `${arrival('t')}\n`);
    const policies: [string, unknown, RegExp][] = [
      [
        'field',
        { payment_tree: { type: 'action', node_id: 'A1', action: 'Release', invented: true } },
        /node "A1" has an unknown key "invented"/,
      ],
      [
        'op',
        {
          payment_tree: {
            type: 'condition',
            node_id: 'N1',
            condition: { op: '=~', left: { value: 1 }, right: { value: 1 } },
            on_true: { type: 'action', node_id: 'A1', action: 'Release' },
            on_false: { type: 'action', node_id: 'A2', action: 'Hold' },
          },
        },
        /unknown op "=~"/,
      ],
      ['action', { payment_tree: { type: 'action', node_id: 'A1', action: 'Split' } }, /unknown action/],
      [
        'fraction',
        {
          parameters: { initial_liquidity_fraction: 1.2 },
          payment_tree: { type: 'action', node_id: 'A1', action: 'Release' },
        },
        /initial_liquidity_fraction must be in \[0, 1\], got 1\.2/,
      ],
    ];
    for (const [name, policy, message] of policies) {
      const file = join(dir, `policy-${name}.json`);
      writeFileSync(file, JSON.stringify(policy));
      const r = run(['--history', good, '--agent', 'A', '--policy', file]);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(message);
    }
    const unknown = run(['--history', good, '--agent', 'BANK_Z', '--policy', 'release-all']);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'bootstat: error: agent "BANK_Z" sends and receives nothing in the trace; its agents are "A", "B".\n',
    ]);
    const none = run(['--history', good, '--agent', 'A', '--policy', 'release-all', '--samples', '0']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/samples must be a whole number in \[1, 10\^7\], got 0/);
  }, 60_000);
});
