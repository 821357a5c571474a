// The adversarial pass's bugs, each reproduced as it was found (issue 11): every test here failed on the code
// before the fixes, and fails again if one comes undone.
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { mean } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { CLI, REPO, runCli, tempDir } from './run-cli';

const latencies = join(REPO, 'docs/examples/latencies.csv');
const pass = join(REPO, 'apps/cli/test/fixtures/gate/pass.json');

/** Control, format and separator characters; the output's own line breaks are taken out first (`lines`). */
const RAW_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const lines = (text: string) => text.replaceAll('\n', '');

function oneErrorLine(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^bootstat: error: /);
  expect(lines[0]).toMatch(pattern);
}

function write(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe('1. the table reader never misreads a number', () => {
  const dir = tempDir();
  const eu = write(dir, 'eu.csv', 'name,ms\nr1,12,5\nr2,13,25\nr3,11,75\nr4,14,5\nr5,12,0\n');

  it('refuses a CSV row with more cells than the header (12,5 with , between cells), naming file, line and counts', () => {
    // Before: exit 0 and a mean of 12.4 from the integer parts; the data mean 12.8.
    oneErrorLine(runCli(['ci', eu, '--column', 'ms']), /eu\.csv:2: this row has 3 cells, but the header has 2/);
  });

  it('reads the same numbers written the European way, detected with a note, or as told with --delimiter and --decimal', () => {
    const semi = write(dir, 'eu-semi.csv', 'name;ms\nr1;12,5\nr2;13,25\nr3;11,75\nr4;14,5\nr5;12,0\n');
    const expected = mean([12.5, 13.25, 11.75, 14.5, 12]);
    const detected = runCli(['ci', semi, '--column', 'ms', '--format', 'json', '--resamples', '200']);
    expect(detected.code).toBe(0);
    expect(JSON.parse(detected.stdout).estimate).toBe(expected);
    expect(detected.stderr).toMatch(
      /^bootstat: note: .*eu-semi\.csv: read with cells separated by ';' and ',' as the decimal mark/,
    );
    const told = runCli([
      'ci',
      write(dir, 'eu.txt', 'ms\n12,5\n13,25\n11,75\n14,5\n12,0\n'),
      '--decimal',
      ',',
      '--format',
      'json',
      '--resamples',
      '200',
    ]);
    expect(JSON.parse(told.stdout).estimate).toBe(expected);
    const tsv = runCli(['ci', '-', '--delimiter', 'tab', '--column', '2', '--format', 'json', '--resamples', '200'], {
      input: 'a\tb\nx\t1.5\ny\t2.5\n',
    });
    expect(JSON.parse(tsv.stdout).estimate).toBe(2);
  });

  it('refuses to guess whether 12,5 is one number or two when nothing says', () => {
    oneErrorLine(
      runCli(['ci', '-'], { input: '12,5\n13,25\n' }),
      /cannot tell whether ',' separates two columns or is the decimal mark .*--delimiter/,
    );
  });

  it('recognises NA, NaN, empty, null, inf and Infinity alike: an error under raise', () => {
    for (const token of ['NA', 'NaN', 'null', 'inf', '-inf', 'Infinity', 'None', '']) {
      // Before: inf was "not a number" while Infinity was read as a value.
      oneErrorLine(
        runCli(['ci', '-', '--column', 'x'], { input: `x,y\n1,a\n${token},b\n3,c\n` }),
        /<stdin>:3:1: .* in column "x" is a missing value; remove it, or pass --nan-policy omit/,
      );
    }
  });

  it('drops them under --nan-policy omit and counts the rows dropped, in every format', () => {
    const input = 'x\n1\nNA\n2\ninf\nInfinity\nnull\n3\n';
    const json = runCli(['ci', '-', '--nan-policy', 'omit', '--format', 'json', '--resamples', '200'], { input });
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.n).toEqual([3]);
    expect(out.omitted).toEqual({ rows: 4, values: 4, tokens: { NA: 1, inf: 1, Infinity: 1, null: 1 } });
    expect(json.stderr).toContain('bootstat: note: 4 rows with a missing value dropped');
    const table = runCli(['ci', '-', '--nan-policy', 'omit', '--resamples', '200'], { input });
    expect(table.stdout).toMatch(/^omitted\s+4 rows$/m);
    const csv = runCli(['ci', '-', '--nan-policy', 'omit', '--format', 'csv', '--resamples', '200'], { input });
    const [header, row] = csv.stdout.trim().split('\n') as [string, string];
    expect(row.split(',')[header.split(',').indexOf('omitted')]).toBe('4');
  });

  it('reports JSON 1e999 as itself, not as null', () => {
    oneErrorLine(
      runCli(['ci', '-'], { input: '[1, 2,\n 1e999]' }),
      /<stdin>:2:2: the number 1e999 is too large for a double/,
    );
  });

  it('refuses hex and binary literals in CSV', () => {
    // Before: 0x10 was read as 16.
    oneErrorLine(
      runCli(['ci', '-'], { input: 'x\n0x10\n2\n3\n' }),
      /<stdin>:2:1: "0x10" in column "x" is not a decimal number/,
    );
    oneErrorLine(runCli(['ci', '-'], { input: 'x\n0b11\n2\n' }), /"0b11" .* not a decimal number/);
  });

  it('reads 200,000 rows from standard input (a spread into Math.max overflowed the stack)', () => {
    const input = `${Array.from({ length: 200_000 }, (_, i) => i + 1).join('\n')}\n`;
    const r = runCli(['ci', '--format', 'json', '--resamples', '50', '--method', 'percentile'], { input });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).n).toEqual([200_000]);
    expect(JSON.parse(r.stdout).estimate).toBe(100_000.5);
  });

  it('reads whitespace-separated numbers on one line as the data', () => {
    const r = runCli(['ci', '--format', 'json', '--resamples', '200'], { input: '1 2 3 4 5 6 7 8\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).n).toEqual([8]);
    expect(JSON.parse(r.stdout).estimate).toBe(4.5);
    expect(r.stderr).toContain('the input is one line of 8 values: read as one column');
  });

  it('refuses a duplicate JSON key in ci input', () => {
    oneErrorLine(
      runCli(['ci', '-', '--column', 'ms'], { input: '[{"ms": 1, "ms": 2}, {"ms": 3}]' }),
      /<stdin>:1:12: the key "ms" appears twice/,
    );
  });
});

describe('1b. what a second adversarial pass found: no wrong number with exit 0', () => {
  it('whitespace-separated numbers with decimal commas and no header are refused, not read at the commas', () => {
    // Split at ',', "1,5 2,5" gives cells 1 | 5 2 | 5: the mean of column 1 was 5 for data whose mean is 4.5.
    oneErrorLine(
      runCli(['ci', '-', '--column', '1'], { input: '1,5 2,5\n3,5 4,5\n5,5 6,5\n7,5 8,5\n' }),
      /<stdin>:1: cannot tell what separates the cells: .*cells with spaces inside/,
    );
    const told = runCli(
      [
        'ci',
        '-',
        '--column',
        '1',
        '--delimiter',
        'whitespace',
        '--decimal',
        ',',
        '--format',
        'json',
        '--resamples',
        '100',
      ],
      {
        input: '1,5 2,5\n3,5 4,5\n5,5 6,5\n7,5 8,5\n',
      },
    );
    expect(JSON.parse(told.stdout).estimate).toBe(4.5);
  });

  it.each([
    ['a Unicode minus', '\u221212.5\n13.5\n14.5\n'],
    ['a thousands separator', '1.234,5;1\n2;2\n3;3\n'],
    ['hexadecimal', '0x10\n1\n2\n'],
    ['a no-break space', '\u00a012.5\n13.5\n14.5\n'],
    ['digit separators', '1_000\n13.5\n14.5\n'],
  ])('a malformed number in the first row (%s) is an error naming it, not a header that drops it', (_, input) => {
    const r = runCli(['ci', '-', '--column', '1'], { input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bootstat: error: <stdin>:1:1: .* is not a (decimal )?number/);
  });

  it('two independent samples drop their missing values each alone under --nan-policy omit', () => {
    // Padding the shorter column with empty cells is how unequal groups fit one CSV; the x values must all count.
    const r = runCli(
      [
        'ci',
        '-',
        '--x',
        'x',
        '--y',
        'y',
        '--statistic',
        'mean-difference',
        '--nan-policy',
        'omit',
        '--format',
        'json',
        '--resamples',
        '200',
      ],
      { input: 'x,y\n1,10\n2,20\n3,30\n4,\n5,\n' },
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.n).toEqual([5, 3]);
    expect(out.estimate).toBe(mean([1, 2, 3, 4, 5]) - mean([10, 20, 30]));
    expect(out.omitted).toEqual({ rows: 0, values: 2, tokens: { '': 2 } });
    const paired = runCli(
      [
        'ci',
        '-',
        '--x',
        'x',
        '--y',
        'y',
        '--statistic',
        'pearson',
        '--paired',
        '--nan-policy',
        'omit',
        '--format',
        'json',
        '--resamples',
        '200',
      ],
      {
        input: 'x,y\n1,10\n2,21\n3,30\n4,\n5,52\n',
      },
    );
    expect(JSON.parse(paired.stdout).n).toEqual([4, 4]);
  });

  it('a comma-separated file named .tsv (or with a delimiter that never occurs) is refused, not read as decimal commas', () => {
    const dir = tempDir();
    oneErrorLine(
      runCli(['ci', write(dir, 'm.tsv', '1,2\n3,4\n5,6\n')]),
      /m\.tsv:1: the cells are to be separated by tab, which does not occur/,
    );
    oneErrorLine(
      runCli(['ci', '-', '--delimiter', ';'], { input: '1,2\n3,4\n' }),
      /separated by ';', which does not occur/,
    );
  });

  it('--emit-distribution /dev/stdout is standard output (not a truncated file under the report)', () => {
    const r = runCli([
      'ci',
      latencies,
      '--column',
      'ms',
      '--resamples',
      '100',
      '--emit-distribution',
      '/dev/stdout',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(100);
    expect(JSON.parse(r.stderr).statistic).toBe('mean');
  });

  it('a report that never ends (/dev/zero) is refused after 64 MiB, not read until memory runs out', () => {
    oneErrorLine(runCli(['gate', '/dev/zero', '--threshold', '0.5']), /\/dev\/zero is larger than 67108864 bytes/);
  });

  it('--emit-distribution DIR/ is an error, not a file named DIR', () => {
    const dir = tempDir();
    oneErrorLine(
      runCli(['ci', latencies, '--column', 'ms', '--resamples', '100', '--emit-distribution', 'out/'], { cwd: dir }),
      /a path ending in \/ names a directory/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a .JSONL report is JSONL whatever the case of its extension', () => {
    const dir = tempDir();
    const cases = Array.from({ length: 12 }, (_, k) =>
      JSON.stringify({ caseId: `c${k}`, score: 0.8 + (k % 3) / 20 }),
    ).join('\n');
    expect(runCli(['gate', write(dir, 'r.JSONL', cases), '--threshold', '0.5', '--run-id', '3f2a9c1e']).code).toBe(0);
  });
});

describe('2. outputs go where they are told', () => {
  const base = ['ci', latencies, '--column', 'ms', '--resamples', '200'];

  it('writes through a symbolic link, which stays a link', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync('real.txt', join(dir, 'link.txt'));
    expect(runCli([...base, '--emit-distribution', 'link.txt'], { cwd: dir }).code).toBe(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8').trim().split('\n')).toHaveLength(200);
  });

  it('writes into a FIFO in place', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => {
      got += c.toString();
    });
    const done = new Promise((resolve) => reader.on('close', resolve));
    const cli = spawn(process.execPath, [CLI, ...base, '--emit-distribution', fifo], { stdio: 'ignore' });
    const code = await new Promise((resolve) => cli.on('exit', resolve));
    await done;
    expect(code).toBe(0);
    expect(got.trim().split('\n')).toHaveLength(200);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes /dev/null in place: exit 0, and it stays a device', () => {
    expect(runCli([...base, '--emit-distribution', '/dev/null', '--plot', '/dev/null']).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('reports a full device as one line, exit 2, and leaves it a device', () => {
    // Before (as root): /dev/full became a regular file and the exit code was 0.
    oneErrorLine(
      runCli([...base, '--emit-distribution', '/dev/full']),
      /^bootstat: error: cannot write \/dev\/full: no space left on the device \(ENOSPC\)\.$/,
    );
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('takes - as standard output for every output flag, and then prints the report on stderr', () => {
    const dist = runCli([...base, '--emit-distribution', '-', '--format', 'json']);
    expect(dist.code).toBe(0);
    expect(dist.stdout.trim().split('\n')).toHaveLength(200);
    expect(JSON.parse(dist.stderr).statistic).toBe('mean');
    const plot = runCli([...base, '--plot', '-']);
    expect(plot.stdout).toMatch(/^<svg /);
    expect(plot.stderr).toMatch(/^field\s+value/);
    const campaign = runCli(['campaign', join(REPO, 'docs/examples/campaign'), '--plot', '-', '--resamples', '100']);
    expect(campaign.stdout).toMatch(/^<svg /);
    oneErrorLine(
      runCli([...base, '--emit-distribution', '-', '--plot', '-']),
      /--emit-distribution and --plot cannot both write to standard output/,
    );
  });
});

describe('3. text from input is escaped wherever it is shown', () => {
  const hostile = 'x\n::error title=x::pwned\r\u001b[31m\u202eevil';

  it('ci: a hostile CSV header, in the table, the markdown, the CSV, the JSON and an error', () => {
    const dir = tempDir();
    const file = write(dir, 'h.csv', `"${hostile}",b\n1,a\n2,b\n3,c\n`);
    for (const format of ['table', 'markdown', 'csv', 'json']) {
      const r = runCli(['ci', file, '--column', '1', '--format', format, '--resamples', '100']);
      expect(r.code).toBe(0);
      expect(lines(r.stdout)).not.toMatch(RAW_CONTROL);
      expect(r.stdout.split('\n').some((l) => l.startsWith('::'))).toBe(false);
      if (format === 'json') expect(JSON.parse(r.stdout).columns).toEqual([hostile]);
    }
    // Before: the error listing the columns printed the header raw.
    const bad = runCli(['ci', file, '--column', 'nope']);
    expect(bad.code).toBe(2);
    expect(lines(bad.stderr)).not.toMatch(RAW_CONTROL);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('x\\n::error title=x::pwned\\r\\u001b[31m\\u202eevil');
  });

  it('gate: a hostile run id, in every format and in its warnings', () => {
    const dir = tempDir();
    const report = JSON.parse(readFileSync(pass, 'utf8'));
    report.runId = `3f2a9c1e${hostile}`;
    const file = write(dir, 'r.json', JSON.stringify(report));
    const small = write(dir, 's.json', JSON.stringify({ ...report, cases: report.cases.slice(0, 3) }));
    for (const format of ['table', 'markdown', 'json']) {
      const r = runCli(['gate', file, small, '--threshold', '0.5', '--format', format]);
      expect(lines(r.stdout)).not.toMatch(RAW_CONTROL);
      expect(lines(r.stderr)).not.toMatch(RAW_CONTROL);
      expect(`${r.stdout}${r.stderr}`.split('\n').some((l) => l.startsWith('::'))).toBe(false);
      expect(r.stderr).toContain('warning: 3f2a9c1ex\\n::error');
    }
  });

  it('campaign: a hostile metric name and configuration in output, warnings and errors', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cfg\u202eA'));
    for (const k of [1, 2, 3]) writeFileSync(join(dir, `cfg\u202eA/c${k}.json`), JSON.stringify({ e: k, other: 1 }));
    for (const format of ['table', 'markdown', 'csv', 'json']) {
      const r = runCli(['campaign', dir, '--metrics', 'e', '--format', format, '--resamples', '100']);
      expect(r.code).toBe(0);
      expect(lines(r.stdout)).not.toMatch(RAW_CONTROL);
      // Escaped once (\u202e), and in Markdown its backslash escaped again.
      expect(r.stdout).toContain(format === 'markdown' ? 'cfg\\\\u202eA' : 'cfg\\u202eA');
    }
    const bad = runCli(['campaign', dir, '--metrics', `e,${hostile}`, '--resamples', '100']);
    expect(lines(`${bad.stdout}${bad.stderr}`)).not.toMatch(RAW_CONTROL);
    expect(bad.stderr.split('\n').some((l) => l.startsWith('::'))).toBe(false);
  });
});

describe('4. a failed write to standard output', () => {
  function toFull(args: string[]): { code: number | null; stderr: string } {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, ...args], {
        cwd: REPO,
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      return { code: r.status, stderr: r.stderr };
    } finally {
      closeSync(fd);
    }
  }

  it.each([
    ['gate', ['gate', pass, '--threshold', '0.8']],
    ['ci', ['ci', latencies, '--column', 'ms', '--resamples', '100']],
    ['campaign', ['campaign', join(REPO, 'docs/examples/campaign'), '--resamples', '100']],
  ])('%s > /dev/full: one line, exit 2 (neither 0 nor the gate failure 1), no stack', (_, args) => {
    // Before: 20 lines of stack trace and exit 1, which for the gate means "a report failed".
    const r = toFull(args);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      'bootstat: error: cannot write to standard output: no space left on the device (ENOSPC).',
    );
    expect(lines.every((l) => l.startsWith('bootstat: '))).toBe(true); // warnings before it, no stack trace
    expect(lines.filter((l) => l.startsWith('bootstat: error:'))).toHaveLength(1);
  });
});

describe('6. an interrupted write leaves no temporary file', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    '%s while the replicates are written removes the temporary file, and the process ends by the signal',
    async (signal) => {
      const dir = tempDir();
      const child = spawn(
        process.execPath,
        [
          CLI,
          'ci',
          latencies,
          '--column',
          'ms',
          '--method',
          'percentile',
          '--resamples',
          '3000000',
          '--emit-distribution',
          'd.txt',
        ],
        { cwd: dir, stdio: 'ignore' },
      );
      const ended = new Promise<[number | null, string | null]>((resolve) =>
        child.on('exit', (c, s) => resolve([c, s])),
      );
      // Wait until the temporary file exists (the replicates are being written), then interrupt.
      const deadline = Date.now() + 30_000;
      let seen = false;
      while (Date.now() < deadline && child.exitCode === null) {
        if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
          seen = true;
          break;
        }
        await new Promise((r) => setTimeout(r, 2));
      }
      expect(seen).toBe(true);
      child.kill(signal);
      expect(await ended).toEqual([null, signal]);
      expect(readdirSync(dir)).toEqual([]);
    },
    60_000,
  );
});

describe('7. a tiny alpha names alpha', () => {
  it('refuses --alpha 1e-17 before reading any report, with the smallest that works', () => {
    // Before: "…/pass.json: bootstrap: option confidenceLevel is invalid", blaming the report.
    oneErrorLine(
      runCli(['gate', pass, '--threshold', '0.8', '--alpha', '1e-17']),
      /^bootstat: error: --alpha must be in \[2\.775557561562892e-17, 0\.5\): below that, the bound's confidence level 1 − 2·alpha rounds to 1\.$/,
    );
  });

  it("refuses an alpha that Holm's correction takes below the floor, naming the smallest for those reports", () => {
    oneErrorLine(
      runCli(['gate', pass, pass, '--threshold', '0.8', '--alpha', '3e-17', '--holm']),
      /^bootstat: error: --alpha 3e-17 is too small for Holm's correction over 2 reports: .* The smallest alpha for 2 reports is 5\.55\d+e-17\.$/,
    );
  });
});

describe('8. a very deep dot path', () => {
  it('is one line and exit 2 (it was a stack overflow, exit 70)', () => {
    const path = Array.from({ length: 2000 }, () => 'a').join('.');
    oneErrorLine(
      runCli(['campaign', join(REPO, 'docs/examples/campaign'), '--metrics', path]),
      /^bootstat: error: metric "a\.a\..*" has 2000 segments; at most 64 are allowed/,
    );
  });
});

describe('11. duplicate JSON keys', () => {
  it('fail the gate closed: exit 2, never a pass on the second list', () => {
    const dir = tempDir();
    const report = JSON.parse(readFileSync(pass, 'utf8'));
    const low = report.cases.map((c: { caseId: string }) => ({ caseId: c.caseId, score: 0.1 }));
    const text = `{"runId": "${report.runId}", "cases": ${JSON.stringify(low)},\n "cases": ${JSON.stringify(report.cases)}}`;
    // Before: exit 0, a pass judged on the second list.
    oneErrorLine(
      runCli(['gate', write(dir, 'dup.json', text), '--threshold', '0.8']),
      /dup\.json:2:2: the key "cases" appears twice/,
    );
  });

  it('are an error in campaign result files', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a/1.json'), '{"total_energy_j": 1, "total_energy_j": 2}');
    oneErrorLine(runCli(['campaign', dir]), /a\/1\.json:1: the key "total_energy_j" appears twice/);
  });
});

describe('sizes that cannot fit are refused before allocating, naming the flag', () => {
  it('--resamples 1e9 on a large file', () => {
    const dir = tempDir();
    const file = write(dir, 'big.csv', `${Array.from({ length: 100_000 }, (_, i) => i % 97).join('\n')}\n`);
    oneErrorLine(
      runCli(['ci', file, '--resamples', '1000000000']),
      /this job needs about \d+\.\d GB .*lower --resamples/,
    );
  });

  it('--emit-distribution of billions of values', () => {
    oneErrorLine(
      runCli(['ci', latencies, '--column', 'ms', '--resamples', '5000000000', '--emit-distribution', 'x.txt']),
      /--resamples 5000000000 is more than one array can hold \(4294967295\).*lower --resamples/,
    );
  });
});
