// `bootstat optimize`: the worked example of docs/simulator.md, the same bytes twice and after a resume, the
// external-command proposer with the stub that plays the language model, and each bad input of issue 17 as one line
// and exit 2 with the run log so far kept.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, documentedExamples, REPO, runCli, stderrOnTerminal, tempDir } from './run-cli';

const SCENARIO = join(REPO, 'docs/examples/twelve-period.yaml');
const STUB = join(REPO, 'packages/simulator/examples/stub-llm-proposer.mjs');
const base = ['optimize', '--scenario', SCENARIO, '--agent', 'BANK_A', '--policy', 'release-all', '--seed', '42'];
const logLines = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('bootstat optimize', () => {
  const dir = tempDir();

  it('prints what docs/simulator.md shows: the search finds a fraction better than 0.5', () => {
    const doc = readFileSync(join(REPO, 'docs/simulator.md'), 'utf8');
    const examples = documentedExamples(doc).filter((e) => e.args[0] === 'optimize');
    expect(examples).toHaveLength(1);
    for (const { args, expected, code } of examples) {
      const r = runCli(args);
      expect(r.code, r.stderr).toBe(code);
      expect(r.stdout).toBe(expected);
      expect(r.stdout).toMatch(/best policy's parameters \{"initial_liquidity_fraction":0\.125\}/);
    }
  }, 60_000);

  it('gives the same bytes twice, and resumed from its log after any iteration', () => {
    const full = join(dir, 'full.jsonl');
    const args = [...base, '--iterations', '6', '--samples', '40', '--format', 'json'];
    const a = runCli([...args, '--log', full, '--out', join(dir, 'best-a.json')]);
    expect([a.code, a.stderr]).toEqual([0, '']);
    const b = runCli([...args, '--log', join(dir, 'again.jsonl'), '--out', join(dir, 'best-b.json')]);
    expect(b.stdout).toBe(a.stdout);
    expect(readFileSync(join(dir, 'again.jsonl'), 'utf8')).toBe(readFileSync(full, 'utf8'));
    expect(readFileSync(join(dir, 'best-b.json'), 'utf8')).toBe(readFileSync(join(dir, 'best-a.json'), 'utf8'));
    for (const cut of ['2', '5']) {
      const log = join(dir, `cut-${cut}.jsonl`);
      expect(runCli([...base, '--iterations', cut, '--samples', '40', '--log', log]).code).toBe(0);
      expect(logLines(log)).toHaveLength(1 + Number(cut));
      const resumed = runCli([...args, '--log', log, '--resume']);
      expect([resumed.code, resumed.stderr]).toEqual([0, '']);
      expect(resumed.stdout).toBe(a.stdout);
      expect(readFileSync(log, 'utf8')).toBe(readFileSync(full, 'utf8'));
    }
    // A log of another run is refused, naming what differs.
    const other = runCli([...base, '--iterations', '6', '--samples', '41', '--log', full, '--resume']);
    expect([other.code, other.stderr]).toEqual([
      2,
      `bootstat: error: --resume: ${full} is the log of another run: its samples differs from this one's. Resume with the same settings, or start a new log.\n`,
    ]);
    const doc = JSON.parse(a.stdout);
    expect(doc.kind).toBe('optimization');
    expect(doc.iterations).toHaveLength(6);
    expect(JSON.parse(readFileSync(join(dir, 'best-a.json'), 'utf8'))).toEqual(doc.best);
  }, 120_000);

  it('plugs in an external command: the stub reads the context and returns a tweaked policy', () => {
    const log = join(dir, 'stub.jsonl');
    const r = runCli([
      ...base,
      '--proposer',
      `command:node ${STUB}`,
      '--iterations',
      '3',
      '--samples',
      '30',
      '--log',
      log,
    ]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const records = logLines(log).slice(1);
    expect(records).toHaveLength(3);
    for (const record of records) expect(record.proposal.valid).toBe(true);
    // Liquidity costs more than penalties on the first day: the stub proposes 0.5 × 0.75.
    expect(records[0].proposal.policy.parameters.initial_liquidity_fraction).toBe(0.375);
    expect(logLines(log)[0].settings.proposer).toBe(`command: node ${STUB}`);
  }, 60_000);

  it('takes a proposer from a plugin, and lists it with the others', () => {
    const plugin = join(REPO, 'apps/cli/test/fixtures/halving-proposer-plugin.mjs');
    const r = runCli([
      ...base,
      '--plugin',
      plugin,
      '--proposer',
      'halve',
      '--iterations',
      '2',
      '--samples',
      '30',
      '--format',
      'json',
    ]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = JSON.parse(r.stdout);
    expect(doc.proposer).toBe('halve');
    // 0.5 → 0.25 saves liquidity cost on every sample of the 12-period day: kept; then 0.125 is proposed.
    expect(doc.iterations[0].accept).toBe(true);
    expect(doc.best.parameters.initial_liquidity_fraction).toBeLessThan(0.5);
    const methods = JSON.parse(runCli(['methods', '--plugin', plugin, '--format', 'json']).stdout);
    expect(
      methods.strategies.filter((s: { kind: string }) => s.kind === 'proposer').map((s: { name: string }) => s.name),
    ).toEqual(['search', 'command', 'halve']);
  }, 60_000);

  it('draws the cost per iteration with the paired intervals', () => {
    const svg = join(dir, 'run.svg');
    expect(runCli([...base, '--iterations', '4', '--samples', '30', '--plot', svg]).code).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg /);
    expect(text).toContain('<title>BANK_A: cost per iteration (search), 30 samples each</title>');
    expect(text.match(/<title>iteration \d+: current /g)).toHaveLength(4);
    expect(text).toMatch(/<title>iteration 1: proposal [^<]+, kept<\/title>/);
  }, 60_000);

  it('shows a progress line on a terminal, and none in CI', async () => {
    const run = (env: Record<string, string>) =>
      stderrOnTerminal([...base, '--iterations', '3', '--samples', '20'], env);
    expect(await run({})).toMatch(/\roptimize \[#+\.*\] \d+% 3\/3 cost \d+/);
    expect(await run({ CI: 'true' })).toBe('');
  }, 60_000);

  it('Ctrl-C (SIGINT) while a proposer command runs kills it too', async () => {
    const marker = `sigint-${process.pid}-${Date.now()}`;
    const child = spawn(
      process.execPath,
      [CLI, ...base, '--samples', '20', '--proposer', `command:node ${STUB} hang ${marker}`],
      {
        cwd: REPO,
        stdio: 'ignore',
      },
    );
    // Whether a process with the marker in its command line lives (from /proc: no pgrep needed).
    const running = () =>
      readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .some((d) => {
          try {
            return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(marker);
          } catch {
            return false;
          }
        });
    const deadline = Date.now() + 20_000;
    while (!running() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(running()).toBe(true);
    const exited = new Promise<number | null>((r) =>
      child.on('exit', (code, signal) => r(code ?? (signal === 'SIGINT' ? 130 : null))),
    );
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    await new Promise((r) => setTimeout(r, 300));
    expect(running()).toBe(false);
  }, 30_000);

  describe('bad input: one line, exit 2, and the run log so far kept', () => {
    const expectRefused = (args: string[], message: RegExp) => {
      const r = runCli(args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toMatch(message);
      return r;
    };

    it('a proposer command that does not exist', () => {
      const log = join(dir, 'missing.jsonl');
      expectRefused(
        [...base, '--proposer', 'command:no-such-llm --model x', '--log', log],
        /^bootstat: error: the proposer command was not found \(exit 127\): .*no-such-llm.*not found \(the run log so far is in /,
      );
      expect(logLines(log)).toHaveLength(1); // the header
    });

    it('a proposer that hangs hits the timeout', () => {
      const log = join(dir, 'hang.jsonl');
      expectRefused(
        [...base, '--proposer', `command:node ${STUB} hang`, '--timeout', '0.5', '--max-failures', '2', '--log', log],
        /^bootstat: error: the proposer failed 2 times in a row; the last time: the proposer command timed out after 500 ms/,
      );
      const lines = logLines(log);
      expect(lines).toHaveLength(3);
      expect(lines[1].proposal.reason).toBe('the proposer command timed out after 500 ms');
    }, 30_000);

    it('a proposer that prints garbage, or crashes', () => {
      const log = join(dir, 'garbage.jsonl');
      expectRefused(
        [...base, '--proposer', `command:node ${STUB} garbage`, '--max-failures', '1', '--log', log],
        /^bootstat: error: the proposer failed 1 time in a row; the last time: the proposer command printed no JSON policy/,
      );
      expect(logLines(log)).toHaveLength(2);
      expectRefused(
        [...base, '--proposer', `command:node ${STUB} crash`, '--max-failures', '1'],
        /exited with code 3: stub: the model is unavailable/,
      );
    });

    it('a policy whose parameter is out of bounds, at the start or proposed', () => {
      expectRefused(
        [...base, '--bounds', 'initial_liquidity_fraction=0:0.4'],
        /^bootstat: error: initial_liquidity_fraction is 0\.5, outside its bounds \[0, 0\.4\]\.\n/,
      );
      expectRefused(
        [...base, '--proposer', `command:node ${STUB} out-of-bounds`, '--max-failures', '1'],
        /initial_liquidity_fraction must be in \[0, 1\], got 1\.5/,
      );
      expectRefused(
        [...base, '--bounds', 'initial_liquidity_fraction=0'],
        /--bounds "initial_liquidity_fraction=0": write NAME=MIN:MAX/,
      );
    });

    it('an agent that is not in the scenario', () => {
      expectRefused(
        [...base.map((a) => (a === 'BANK_A' ? 'BANK_Z' : a))],
        /^bootstat: error: --agent BANK_Z: the scenario .*twelve-period\.yaml has no such agent; its agents: BANK_A, BANK_B\.\n/,
      );
    });

    it('a proposal out of the declared bounds (valid otherwise) is rejected with its reason', () => {
      const start = join(dir, 'start-032.json');
      writeFileSync(
        start,
        JSON.stringify({
          parameters: { initial_liquidity_fraction: 0.32 },
          payment_tree: { type: 'action', node_id: 'A1', action: 'Release' },
        }),
      );
      // The stub lowers 0.32 by a quarter, to 0.24: a valid policy, below the bounds.
      expectRefused(
        [
          ...base.map((a) => (a === 'release-all' ? start : a)),
          '--bounds',
          'initial_liquidity_fraction=0.3:1',
          '--proposer',
          `command:node ${STUB}`,
          '--max-failures',
          '1',
        ],
        /the last time: initial_liquidity_fraction is 0\.24, outside its bounds \[0\.3, 1\]\./,
      );
    });

    it("what the review found: logs that cannot be one, another run's settings, odd bounds", () => {
      expectRefused(
        [...base, '--log', '/dev/stdout'],
        /--log \/dev\/stdout: the run log is rewritten as the run goes, so it must be a regular file/,
      );
      const log = join(dir, 'kept.jsonl');
      expect(runCli([...base, '--iterations', '2', '--samples', '20', '--log', log]).code).toBe(0);
      const before = readFileSync(log, 'utf8');
      expectRefused(
        [...base, '--iterations', '2', '--samples', '20', '--log', log],
        /--log .*kept\.jsonl exists: give --resume/,
      );
      expectRefused(
        [...base, '--iterations', '4', '--samples', '20', '--step', '0.5', '--log', log, '--resume'],
        /its proposerSettings differs from this one's/,
      );
      expect(readFileSync(log, 'utf8')).toBe(before);
      expectRefused(
        [...base, '--bounds', '__proto__=0:1'],
        /bounds name "__proto__", which is not a parameter of the policy/,
      );
      expectRefused(
        [...base, '--bounds', 'initial_liquidity_fraction=0x0:1'],
        /write NAME=MIN:MAX with decimal numbers/,
      );
      expectRefused(
        [...base, '--bounds', 'initial_liquidity_fraction=0.5:4'],
        /must lie within \[0, 1\], got \[0\.5, 4\]/,
      );
      expectRefused([...base, '--target', '1e400'], /--target must be a finite number of cents/);
    }, 30_000);

    it('--resume without a log, and a proposer that is not one', () => {
      expectRefused([...base, '--resume'], /--resume goes on from a run log: give --log FILE/);
      expectRefused([...base, '--proposer', 'serch'], /--proposer serch: no such proposer \(did you mean search\?\)/);
    });
  });
});
