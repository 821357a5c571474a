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
    // A record's error names the file and line of its arrival.
    const fraction = run(['--history', join(dir, 'fraction.jsonl'), '--agent', 'A', '--policy', 'release-all']);
    expect(fraction.stderr).toMatch(/^bootstat: error: .*fraction\.jsonl:1: /);
    const none = run(['--history', good, '--agent', 'A', '--policy', 'release-all', '--samples', '0']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/samples must be a whole number in \[1, 10\^7\], got 0/);
  }, 60_000);
});

describe('bootstat simulate and evaluate: YAML, plugins, --plot and the day length', () => {
  const dir = tempDir();
  const YAML_SCENARIO = join(REPO, 'docs/examples/twelve-period.yaml');
  const PLUGIN = join(REPO, 'packages/simulator/examples/urgent-only-policy.mjs');
  const trace = join(dir, 'day.jsonl');

  it('simulates the YAML scenario to the same trace bytes as the JSON one', () => {
    expect(runCli(['simulate', SCENARIO, '--out', trace, '-q']).code).toBe(0);
    const fromYaml = join(dir, 'yaml.jsonl');
    const r = runCli(['simulate', YAML_SCENARIO, '--out', fromYaml, '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(fromYaml, 'utf8')).toBe(readFileSync(trace, 'utf8'));
  }, 30_000);

  it("takes the day's length from the trace's end-of-day event when neither --ticks nor --scenario is given", () => {
    const args = ['evaluate', '--history', trace, '--agent', 'BANK_A', '--policy', 'deadline-aware', '--samples', '20'];
    const inferred = runCli([...args, '--format', 'json']);
    expect([inferred.code, inferred.stderr]).toEqual([0, '']);
    // The 12-period trace ends its day in tick 11: the same as --ticks 12, and not as --ticks 13.
    expect(inferred.stdout).toBe(runCli([...args, '--format', 'json', '--ticks', '12']).stdout);
    expect(inferred.stdout).not.toBe(runCli([...args, '--format', 'json', '--ticks', '13']).stdout);
    const bare = join(dir, 'bare.jsonl');
    writeFileSync(
      bare,
      readFileSync(trace, 'utf8')
        .split('\n')
        .filter((l) => !l.includes('"end_of_day"'))
        .join('\n'),
    );
    const r = runCli(['evaluate', '--history', bare, '--agent', 'BANK_A', '--policy', 'release-all']);
    expect([r.code, r.stderr]).toEqual([
      2,
      `bootstat: error: ${bare} has no end-of-day event to take the day's length from: give --ticks N or --scenario FILE.\n`,
    ]);
  }, 60_000);

  it('--plot draws the deltas with their mean, interval and 0; comparison flags need --against', () => {
    const svg = join(dir, 'deltas.svg');
    const base = ['evaluate', '--history', trace, '--agent', 'BANK_A', '--samples', '40', '--seed', '2'];
    const r = runCli([
      ...base,
      '--policy',
      'deadline-aware',
      '--against',
      'release-all',
      '--plot',
      svg,
      '--format',
      'json',
    ]);
    expect(r.code === 0 || r.code === 1).toBe(true);
    const doc = JSON.parse(r.stdout);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg /);
    expect(text).toContain('<title>BANK_A: cost(release-all) − cost(deadline-aware), 40 paired samples</title>');
    expect(text).toContain('0: no difference');
    expect(text).toMatch(/mean delta /);
    expect(doc.perSample).toHaveLength(40);
    expect(text).toMatch(/>low [^<]+<\/text>/);
    expect(text).toMatch(/>high [^<]+<\/text>/);
    for (const [flags, message] of [
      [['--plot', svg], '--plot applies to a comparison: give --against OLD too'],
      [['--level', '0.9'], '--level applies to a comparison'],
      [['--profile', 'aggressive'], '--profile applies to a comparison'],
    ] as const) {
      const bad = runCli([...base, '--policy', 'release-all', ...flags]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(message);
    }
    const level = runCli([...base, '--policy', 'release-all', '--against', 'deadline-aware', '--level', '95']);
    expect([level.code, level.stderr]).toEqual([2, 'bootstat: error: --level must be in (0, 1), e.g. 0.95.\n']);
  }, 60_000);

  it('plays a plugin policy named by --policy, or by a YAML scenario with its options', () => {
    const r = runCli([
      'evaluate',
      '--plugin',
      PLUGIN,
      '--history',
      trace,
      '--agent',
      'BANK_A',
      '--scenario',
      YAML_SCENARIO,
      '--policy',
      'urgent-only',
      '--against',
      'release-all',
      '--samples',
      '30',
      '--format',
      'json',
    ]);
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.kind).toBe('policy-comparison');
    // Holding payments until their deadline nears costs delay: not every delta is 0.
    expect(doc.perSample.some((s: { delta: number }) => s.delta !== 0)).toBe(true);

    const scenario = join(dir, 'urgent.yaml');
    writeFileSync(
      scenario,
      readFileSync(YAML_SCENARIO, 'utf8').replace(
        '{ id: BANK_A, liquidityPool: 1000000, policy: release-all }',
        '{ id: BANK_A, liquidityPool: 1000000, policy: urgent-only, policyOptions: { within: 1 } }',
      ),
    );
    const played = runCli(['simulate', scenario, '--plugin', PLUGIN, '--format', 'json']);
    expect([played.code, played.stderr]).toEqual([0, '']);
    const plain = JSON.parse(runCli(['simulate', YAML_SCENARIO, '--format', 'json']).stdout);
    const withPlugin = JSON.parse(played.stdout);
    expect(withPlugin.payments).toBe(plain.payments);
    expect(withPlugin.agents[0].delay).toBeGreaterThan(plain.agents[0].delay);
    const missing = runCli(['simulate', scenario]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^bootstat: error: .*urgent\.yaml: scenario field agents\.0\.policy \(agent "BANK_A"\): no policy named "urgent-only"/,
    );
    const methods = runCli(['methods', '--plugin', PLUGIN, '--format', 'json']);
    const kinds = JSON.parse(methods.stdout).strategies.filter((s: { kind: string }) => s.kind === 'policy');
    expect(kinds.map((s: { name: string }) => s.name)).toEqual([
      'release-all',
      'deadline-aware',
      'liquidity-aware',
      'urgent-only',
    ]);
  }, 60_000);

  it('says when --policy is neither a file nor a policy name, with the closest name', () => {
    const r = runCli(['evaluate', '--history', trace, '--agent', 'BANK_A', '--policy', 'release-al']);
    expect([r.code, r.stderr]).toEqual([
      2,
      'bootstat: error: --policy release-al: no such file, and no policy of that name (did you mean release-all?). The policies: release-all, deadline-aware, liquidity-aware; or give a JSON or YAML file.\n',
    ]);
  });

  it('what the adversarial review found: outputs never overwrite a plugin, scenarios are read for what is used', () => {
    const plugin = join(dir, 'plug.mjs');
    writeFileSync(
      plugin,
      readFileSync(PLUGIN, 'utf8').replace(
        "from 'zod'",
        `from '${join(REPO, 'packages/simulator/node_modules/zod/index.js')}'`,
      ),
    );
    const before = readFileSync(plugin, 'utf8');
    const base = ['evaluate', '--plugin', plugin, '--history', trace, '--agent', 'BANK_A', '--policy', 'urgent-only'];
    const plot = runCli([...base, '--against', 'release-all', '--plot', plugin]);
    expect(plot.code).toBe(2);
    const out = runCli(['simulate', SCENARIO, '--plugin', plugin, '--out', plugin]);
    expect(out.code).toBe(2);
    expect(readFileSync(plugin, 'utf8')).toBe(before);

    // evaluate reads the agent's pool, credit and rates from --scenario, not the other agents' policies.
    const scenario = join(dir, 'other-plugin.yaml');
    writeFileSync(
      scenario,
      readFileSync(YAML_SCENARIO, 'utf8').replace(
        '{ id: BANK_B, liquidityPool: 1000000, policy: release-all }',
        '{ id: BANK_B, liquidityPool: 1000000, policy: urgent-only }',
      ),
    );
    const r = runCli([
      'evaluate',
      '--history',
      trace,
      '--agent',
      'BANK_A',
      '--policy',
      'release-all',
      '--scenario',
      scenario,
      '--samples',
      '5',
      '--format',
      'json',
    ]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).ticks).toBe(12);
    // simulate plays them all, so it needs the plugin, and the message names the file.
    const sim = runCli(['simulate', scenario]);
    expect(sim.code).toBe(2);
    expect(sim.stderr).toMatch(
      /^bootstat: error: .*other-plugin\.yaml: scenario field agents\.1\.policy \(agent "BANK_B"\): no policy named "urgent-only"/,
    );
    const opening = runCli([
      'evaluate',
      '--history',
      trace,
      '--agent',
      'BANK_A',
      '--policy',
      'release-all',
      '--scenario',
      scenario,
      '--opening',
      '5',
    ]);
    expect(opening.stderr).toBe(
      'bootstat: error: --scenario gives the ticks, pool, credit and opening balance; leave out --opening.\n',
    );
  }, 60_000);

  it('names a mistyped kind in a plugin array by its entry', () => {
    const typo = join(dir, 'typo.mjs');
    writeFileSync(
      typo,
      `export default [{ kind: 'statistic', name: 'x', summary: 's', options: {}, run: () => 0 }, { kind: 'polcy', name: 'p' }];\n`,
    );
    const r = runCli(['methods', '--plugin', typo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `bootstat: error: ${typo}: entry 1 has kind "polcy" (did you mean "policy"?); the kinds are ciMethod, statistic, rng, resampler, marginal, outcome, policy, proposer (docs/plugins.md).\n`,
    );
  });
});
