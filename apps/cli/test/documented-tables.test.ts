// docs/input-output.md states the exit codes and the packages' entry points; these tests hold the code to it.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli-error';
import { CLI, REPO, runCli } from './run-cli';

const doc = readFileSync(join(REPO, 'docs/input-output.md'), 'utf8');

/** The body rows of the first Markdown table after `heading`, as cells. */
function table(heading: string): string[][] {
  const lines = doc.slice(doc.indexOf(heading)).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[] = [];
  for (const l of lines.slice(first)) {
    if (!l.startsWith('|')) break;
    rows.push(l);
  }
  return rows.slice(2).map((l) =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim()),
  );
}

const latencies = join(REPO, 'docs/examples/latencies.csv');
const gateFixtures = join(REPO, 'apps/cli/test/fixtures/gate');

describe('the exit codes of docs/input-output.md', () => {
  const documented = table('## Exit codes').map((r) => r[0] as string);

  it('are the codes the CLI has', () => {
    expect(documented).toEqual(['0', '1', '2', '70', '128 + n']);
    expect(Object.values(EXIT).map(String).sort()).toEqual(['0', '1', '2', '70']);
  });

  it.each([
    [0, ['ci', latencies, '--column', 'ms', '--resamples', '100']],
    [1, ['gate', join(gateFixtures, 'fail.json'), '--threshold', '0.8']],
    [2, ['ci', latencies, '--column', 'ms', '--level', '95']],
    [2, ['ci', latencies, '--column', 'ms', '--resamples', '100', '--plot', '/proc/version/x.svg']],
    [
      70,
      [
        'ci',
        latencies,
        '--column',
        'ms',
        '--plugin',
        join(REPO, 'apps/cli/test/fixtures/broken-plugin.mjs'),
        '--statistic',
        'broken',
      ],
    ],
  ])('%i is what the CLI returns for its case', (code, args) => {
    const r = runCli(args);
    expect(r.code).toBe(code);
    if (code === 70) expect(r.stderr).toContain('bootstat: error: internal error: this statistic has a bug');
  });

  it('128 + n: a signal ends the process as killed by it', async () => {
    const child = spawn(
      process.execPath,
      [CLI, 'ci', latencies, '--column', 'ms', '--resamples', '50000000', '--workers', '1'],
      {
        stdio: 'ignore',
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((r) =>
      child.on('exit', (c, s) => r([c, s])),
    );
    expect([code, signal]).toEqual([null, 'SIGINT']); // a shell reports 128 + 2 = 130
  });
});

describe('the entry points of docs/input-output.md', () => {
  it("are each package's exports", () => {
    const documented = new Map(
      table('## Package entry points').map(([name, entries]) => [name?.replaceAll('`', ''), entries]),
    );
    const actual = new Map<string, string>();
    for (const group of ['packages', 'apps']) {
      for (const dir of readdirSync(join(REPO, group))) {
        const pkg = JSON.parse(readFileSync(join(REPO, group, dir, 'package.json'), 'utf8')) as {
          name: string;
          private?: boolean;
          exports?: Record<string, unknown>;
          bin?: Record<string, string>;
        };
        if (pkg.private || pkg.exports === undefined) continue;
        const entries = Object.keys(pkg.exports)
          .filter((e) => e !== './package.json')
          .map((e) => `\`${e}\``)
          .join(', ');
        actual.set(
          pkg.name,
          `${entries}${pkg.bin === undefined ? '' : ` (and the \`${Object.keys(pkg.bin)[0]}\` bin)`}`,
        );
      }
    }
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(actual));
  });
});
