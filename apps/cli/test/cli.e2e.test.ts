import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootstrap } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { CLI, REPO, runCli, tempDir } from './run-cli';

const latencies = join(REPO, 'docs/examples/latencies.csv');
const ms = readFileSync(latencies, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => Number(l.split(',')[1]));

function expectUsageError(r: ReturnType<typeof runCli>, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1); // one clear line, no stack trace
  expect(lines[0]).toMatch(/^bootstat: error: /);
  expect(lines[0]).toMatch(pattern);
}

describe('bootstat (the built binary)', () => {
  it('prints help and its version, exit 0', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: bootstat <command>');
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    for (const command of ['ci', 'methods', 'demo']) {
      const r = runCli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: bootstat ${command}`);
    }
  });

  it('exits 2 with usage for no command or an unknown one', () => {
    expect(runCli([]).code).toBe(2);
    expectUsageError(runCli(['frobnicate']), /unknown command "frobnicate"\. Commands: ci, /);
  });

  it('turns a flag value that looks like a flag into one error line', () => {
    expectUsageError(
      runCli(['ci', latencies, '--resamples', '-5']),
      /'--resamples' argument is ambiguous\. .*--help'\.$/,
    );
  });

  it('ci gives the library’s numbers, bit for bit, from a CSV column', () => {
    const r = runCli(['ci', latencies, '--column', 'ms', '--format', 'json', '--resamples', '2000', '--seed', '7']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(''); // no progress bar when stderr is not a terminal
    const out = JSON.parse(r.stdout);
    const lib = bootstrap([ms], 'mean', { nResamples: 2000, seed: 7 });
    expect(out.ci).toEqual({ low: lib.ci.low, high: lib.ci.high });
    expect(out.estimate).toBe(lib.estimate);
    expect(out.method).toBe('bca');
    expect(out.n).toEqual([40]);
  });

  it('reads standard input, JSON and JSONL, with the same result for the same numbers', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'v.json'), JSON.stringify(ms));
    writeFileSync(join(dir, 'v.jsonl'), `${ms.map((v) => JSON.stringify({ ms: v })).join('\n')}\n`);
    const args = ['--format', 'csv', '--resamples', '500'];
    const fromStdin = runCli(['ci', '-', ...args], { input: ms.join('\n') });
    const fromJson = runCli(['ci', join(dir, 'v.json'), ...args]);
    const fromJsonl = runCli(['ci', join(dir, 'v.jsonl'), '--column', 'ms', ...args]);
    const ciOf = (r: ReturnType<typeof runCli>) => {
      expect(r.code).toBe(0);
      const [header, row] = r.stdout.trim().split('\n') as [string, string];
      const h = header.split(',');
      const v = row.split(',');
      return [v[h.indexOf('ci low')], v[h.indexOf('ci high')]];
    };
    expect(ciOf(fromJson)).toEqual(ciOf(fromStdin));
    expect(ciOf(fromJsonl)).toEqual(ciOf(fromStdin));
  });

  it('prints markdown and a readable table', () => {
    const md = runCli(['ci', latencies, '--column', 'ms', '--format', 'markdown', '--resamples', '300']);
    expect(md.stdout).toMatch(/^\| field \| value \|\n\|---\|---\|\n\| statistic \| mean \|/);
    const table = runCli(['ci', latencies, '--column', '2', '--resamples', '300', '--method', 'percentile']);
    expect(table.stdout).toMatch(/method\s+percentile/);
    expect(table.stdout).toMatch(/ci low\s+\d/);
  });

  it('paired spearman from two columns', () => {
    const r = runCli([
      'ci',
      latencies,
      '--statistic',
      'spearman',
      '--x',
      'ms',
      '--y',
      'bytes',
      '--paired',
      '--format',
      'json',
      '--resamples',
      '500',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).statistic).toBe('spearman');
  });

  it('writes the replicates and an SVG plot, atomically (no temporary files left)', () => {
    const dir = tempDir();
    const r = runCli(
      ['ci', latencies, '--column', 'ms', '--resamples', '400', '--emit-distribution', 'd.txt', '--plot', 'plot.svg'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const lines = readFileSync(join(dir, 'd.txt'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(400);
    expect(lines.every((l) => Number.isFinite(Number(l)))).toBe(true);
    const svg = readFileSync(join(dir, 'plot.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('estimate');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['d.txt', 'plot.svg']);
  });

  it('refuses a plot path under a regular file with one clear line (exit 2), leaving nothing behind', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'afile'), '');
    const r = runCli(['ci', latencies, '--column', 'ms', '--resamples', '100', '--plot', 'afile/x.svg'], { cwd: dir });
    expectUsageError(r, /cannot write afile\/x\.svg/);
    expect(readdirSync(dir)).toEqual(['afile']);
  });

  it('stops quietly when its reader closes the pipe early (| head)', () => {
    // About 1 MB of output, far more than a pipe holds, so the writes meet a closed pipe.
    const dir = tempDir();
    const rows = ['config,total_energy_j'];
    for (let c = 0; c < 2000; c++) for (let k = 0; k < 3; k++) rows.push(`c${c},${100 + c + k}`);
    writeFileSync(join(dir, 'big.csv'), `${rows.join('\n')}\n`);
    const pipeline = `"${process.execPath}" "${CLI}" campaign big.csv --config-key config --resamples 100 --format json | head -c 100`;
    const r = spawnSync('sh', ['-c', pipeline], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.stdout).toHaveLength(100);
    expect(r.stderr).toBe('');
  });

  it('methods lists every method and statistic from the registry', () => {
    const r = runCli(['methods', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      schemaVersion: number;
      kind: string;
      strategies: { kind: string; name: string }[];
    };
    expect([doc.schemaVersion, doc.kind]).toEqual([1, 'methods']);
    const names = doc.strategies.map((e) => `${e.kind}:${e.name}`);
    for (const m of ['percentile', 'basic', 'normal', 'bca', 'studentized']) expect(names).toContain(`ciMethod:${m}`);
    for (const s of ['mean', 'median', 'spearman', 'trimmed-mean']) expect(names).toContain(`statistic:${s}`);
  });

  it('uses a third-party statistic from a --plugin module, in ci and in methods', () => {
    const plugin = join(REPO, 'packages/registry/examples/trimmed-mean-plugin.mjs');
    const r = runCli([
      'ci',
      latencies,
      '--column',
      'ms',
      '--plugin',
      plugin,
      '--statistic',
      'trimmed-mean-20',
      '--format',
      'json',
      '--resamples',
      '500',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const sorted = [...ms].sort((a, b) => a - b).slice(8, 32); // 20 % of 40 cut from each end
    expect(out.estimate).toBeCloseTo(sorted.reduce((a, b) => a + b, 0) / sorted.length, 12);
    const methods = runCli(['methods', '--plugin', plugin, '--format', 'json']);
    expect(
      (JSON.parse(methods.stdout).strategies as { name: string }[]).some((e) => e.name === 'trimmed-mean-20'),
    ).toBe(true);
    expectUsageError(
      runCli(['ci', latencies, '--column', 'ms', '--plugin', join(REPO, 'nope.mjs')]),
      /nope\.mjs: cannot load the plugin/,
    );
  });

  it('demo shows every method on built-in data', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    for (const m of ['percentile', 'basic', 'normal', 'bca', 'studentized'])
      expect(r.stdout).toMatch(new RegExp(`^${m}\\s`, 'm'));
  });

  describe('bad input: one clear line on stderr, exit 2, nothing written', () => {
    const dir = tempDir();
    const file = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    it('an empty file', () =>
      expectUsageError(runCli(['ci', file('empty.csv', '')]), /empty\.csv: the input is empty/));
    it('a non-numeric cell, with line and column', () =>
      expectUsageError(
        runCli(['ci', file('bad.csv', 'ms\n1.5\n2.5\nabc\n')]),
        /bad\.csv:4:1: "abc" in column "ms" is not a number\.$/,
      ));
    it('NaN', () =>
      expectUsageError(
        runCli(['ci', file('nan.csv', 'ms\n1\nNaN\n3\n')]),
        /nan\.csv:3:1: "NaN" in column "ms" is a missing value; .*--nan-policy omit/,
      ));
    it('Infinity', () =>
      expectUsageError(
        runCli(['ci', file('inf.csv', 'ms\n1\nInfinity\n3\n')]),
        /inf\.csv:3:1: "Infinity" in column "ms" is a missing value/,
      ));
    it('a missing column', () =>
      expectUsageError(
        runCli(['ci', latencies, '--column', 'latency']),
        /latencies\.csv: --column: no column "latency"; the columns are "request", "ms", "bytes" \(or 1 to 3\)\.$/,
      ));
    it('several columns and no --column', () =>
      expectUsageError(runCli(['ci', latencies]), /there are 3 columns, .*; choose one with --column NAME/));
    it('an unknown method', () =>
      expectUsageError(
        runCli(['ci', latencies, '--column', 'ms', '--method', 'bootstrap-t']),
        /--method: unknown method "bootstrap-t"; use one of .*bca/,
      ));
    it('resamples < 1', () =>
      expectUsageError(
        runCli(['ci', latencies, '--column', 'ms', '--resamples', '0']),
        /--resamples must be an integer in \[1, /,
      ));
    it('a level outside (0, 1)', () =>
      expectUsageError(runCli(['ci', latencies, '--column', 'ms', '--level', '95']), /--level must be in \(0, 1\)/));
    it('a job that needs more memory than the machine has', () =>
      expectUsageError(
        runCli([
          'ci',
          latencies,
          '--column',
          'ms',
          '--resamples',
          '4000000000',
          '--emit-distribution',
          join(dir, 'never.txt'),
        ]),
        /needs about \d+(\.\d)? GB but this machine has .* lower --resamples/,
      ));
    it('a missing file', () => expectUsageError(runCli(['ci', join(dir, 'nope.csv')]), /nope\.csv: no such file/));
    it('invalid JSON, with line and column', () =>
      expectUsageError(runCli(['ci', file('bad.json', '[1, 2,\n 3, x]')]), /bad\.json:2:5: invalid JSON/));
    it('writes no output file when the input is bad', () => {
      runCli([
        'ci',
        file('bad2.csv', 'ms\nx\n'),
        '--plot',
        join(dir, 'p.svg'),
        '--emit-distribution',
        join(dir, 'd.txt'),
      ]);
      expect(
        existsSync(join(dir, 'p.svg')) || existsSync(join(dir, 'd.txt')) || existsSync(join(dir, 'never.txt')),
      ).toBe(false);
    });
  });
});
