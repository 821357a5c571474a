// CLI habits people expect (issue 12, part 4): short flags and SciPy's names, "did you mean", `help COMMAND`,
// progress that knows when to stay quiet, `--seed random`, tidy data with --by, two files, wrapped tables, shell
// completion, `--out`, and a campaign that can fail CI on a regression.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { streamTree } from '@bootstat/rng';
import { bootstrap, mean } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main';
import { progressAllowed } from '../src/output/progress';
import { REPO, runCli, stderrOnTerminal, tempDir } from './run-cli';

const latencies = join(REPO, 'docs/examples/latencies.csv');
const json = (args: string[]) => {
  const r = runCli([...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('short flags and SciPy names', () => {
  it('-c -m -n -s mean --column --method --resamples --seed', () => {
    const short = json(['ci', latencies, '-c', 'ms', '-m', 'percentile', '-n', '300', '-s', '7']);
    const long = json([
      'ci',
      latencies,
      '--column',
      'ms',
      '--method',
      'percentile',
      '--resamples',
      '300',
      '--seed',
      '7',
    ]);
    expect(short).toEqual(long);
    expect(short.method).toBe('percentile');
  });

  it('--confidence-level and --n-resamples are --level and --resamples; two different values are refused', () => {
    const scipy = json(['ci', latencies, '-c', 'ms', '--confidence-level', '0.9', '--n-resamples', '300']);
    expect(scipy).toEqual(json(['ci', latencies, '-c', 'ms', '--level', '0.9', '--resamples', '300']));
    expect(scipy.confidenceLevel).toBe(0.9);
    const both = runCli(['ci', latencies, '-c', 'ms', '--level', '0.9', '--confidence-level', '0.8']);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      'bootstat: error: --level 0.9 and --confidence-level 0.8 say different things; give one.\n',
    );
  });

  it('-V prints the version; help COMMAND prints its help', () => {
    expect(runCli(['-V']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    for (const command of ['ci', 'gate', 'campaign', 'methods', 'demo']) {
      expect(runCli(['help', command]).stdout).toBe(runCli([command, '--help']).stdout);
    }
  });
});

describe('did you mean', () => {
  it.each([
    [['ci', latencies, '--colum', 'ms'], "unknown option --colum; did you mean --column? See 'bootstat ci --help'."],
    [['ci', latencies, '-c', 'ms', '--method', 'BCa'], '--method: unknown method "BCa"; did you mean "bca"?'],
    [
      ['ci', latencies, '-c', 'ms', '--statistic', 'meen'],
      '--statistic: unknown statistic "meen"; did you mean "mean"?',
    ],
    [['campain', 'x'], 'unknown command "campain"; did you mean "campaign"?'],
    [['gate', 'r.json', '--treshold', '0.8'], 'unknown option --treshold; did you mean --threshold?'],
    [['ci', latencies, '-f', 'json'], "unknown option -f. See 'bootstat ci --help'."],
  ])('%j', (args, words) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
  });

  it('p95 means the quantile 0.95', () => {
    const p95 = json(['ci', latencies, '-c', 'ms', '--statistic', 'p95', '-n', '300']);
    const quantile = json(['ci', latencies, '-c', 'ms', '--statistic', 'quantile', '--p', '0.95', '-n', '300']);
    expect(p95.estimate).toBe(quantile.estimate);
    expect(p95.ci).toEqual(quantile.ci);
    expect(json(['ci', latencies, '-c', 'ms', '--statistic', 'p99.5', '-n', '100']).estimate).toBe(
      json(['ci', latencies, '-c', 'ms', '--statistic', 'quantile', '--p', '0.995', '-n', '100']).estimate,
    );
  });
});

describe('progress and seeds', () => {
  it('draws a progress bar only on a terminal, and never under CI, TERM=dumb, --quiet or --no-progress', () => {
    const io = (env: Record<string, string>, tty = true) =>
      ({ stderrIsTTY: tty, env }) as unknown as Parameters<typeof progressAllowed>[0];
    expect(progressAllowed(io({}), {})).toBe(true);
    expect(progressAllowed(io({}, false), {})).toBe(false);
    expect(progressAllowed(io({ CI: 'true' }), {})).toBe(false);
    expect(progressAllowed(io({ CI: 'false' }), {})).toBe(true);
    expect(progressAllowed(io({ TERM: 'dumb' }), {})).toBe(false);
    expect(progressAllowed(io({}), { quiet: true })).toBe(false);
    expect(progressAllowed(io({}), { 'no-progress': true })).toBe(false);
  });

  it('shows the bar for a long job on a terminal, and not with CI set', async () => {
    const run = (env: Record<string, string>) =>
      stderrOnTerminal(
        ['ci', latencies, '-c', 'ms', '-m', 'percentile', '-n', '300000', '--workers', '1', '--format', 'json'],
        env,
      );
    expect(await run({})).toMatch(/\rbootstrap percentile \[#*\.*\] \d+% \d+\/300000/);
    expect(await run({ CI: 'true' })).toBe('');
  }, 60_000);

  it('draws it for gate and campaign too, on stderr only', async () => {
    const bars = async (args: string[]) => {
      let err = '';
      let out = '';
      let clock = 0;
      await main(args, {
        stdout: (t) => {
          out += t;
        },
        stderr: (t) => {
          err += t;
        },
        stdin: async function* () {},
        stdinIsTTY: true,
        stderrIsTTY: true,
        env: {},
        cwd: REPO,
        now: () => (clock += 700),
      });
      expect(out).not.toContain('\r');
      return err;
    };
    const gate = join(REPO, 'apps/cli/test/fixtures/gate');
    expect(await bars(['gate', join(gate, 'pass.json'), join(gate, 'fail.json'), '-t', '0.8', '-n', '200'])).toMatch(
      /\rgate \[#+\.*\] \d+% \d\/2/,
    );
    const campaign = await bars(['campaign', 'docs/examples/campaign', '--baseline', 'llama-8b-bs8-fp16', '-n', '100']);
    expect(campaign).toMatch(/\rcampaign cells \[#+\.*\] \d+% \d+\/\d+/);
    expect(campaign).toMatch(/\rcomparisons \[#+\.*\] \d+% \d+\/\d+/);
  });

  it('--seed random draws a seed, says which, and that seed repeats the run', () => {
    const r = runCli(['ci', latencies, '-c', 'ms', '-n', '200', '--seed', 'random', '--format', 'json']);
    expect(r.code).toBe(0);
    const seed = /seed (\d+) drawn at random; pass --seed \1 to repeat this run\./.exec(r.stderr)?.[1];
    expect(seed).toBeDefined();
    expect(JSON.parse(r.stdout).seed).toBe(Number(seed));
    expect(json(['ci', latencies, '-c', 'ms', '-n', '200', '--seed', String(seed)])).toEqual(JSON.parse(r.stdout));
  });
});

describe('tidy data: --by, and two files', () => {
  const dir = tempDir();
  const long = join(dir, 'ab.csv');
  writeFileSync(long, 'variant,ms\nA,10\nA,12\nA,11\nA,13\nB,14\nB,15\nB,13\nB,16\nC,9\nC,10\nC,11\n');
  const a = [10, 12, 11, 13];
  const b = [14, 15, 13, 16];

  it('gives each group its interval and each other group minus the baseline (the first, by default)', () => {
    const out = json(['ci', long, '--by', 'variant', '-c', 'ms', '-n', '500']);
    expect([out.schemaVersion, out.kind, out.by, out.baseline]).toEqual([1, 'ci-groups', 'variant', 'A']);
    expect(out.groups.map((g: { group: string; n: number }) => [g.group, g.n])).toEqual([
      ['A', 4],
      ['B', 4],
      ['C', 3],
    ]);
    expect(out.groups[1].estimate).toBe(mean(b));
    expect(out.comparisons.map((c: { group: string; baseline: string }) => `${c.group}-${c.baseline}`)).toEqual([
      'B-A',
      'C-A',
    ]);
    expect(out.comparisons[0].estimate).toBe(mean(b) - mean(a));
    // The difference of two independent means, as the library computes it, from the group's own stream.
    const library = bootstrap(
      [b, a],
      { name: 'difference', of: 'mean' },
      {
        rng: streamTree(out.seed).child('by').child('difference').child('B'),
        nResamples: 500,
        method: 'bca',
      },
    );
    expect(out.comparisons[0].ci).toEqual(library.ci);
    expect(out.comparisons[0].standardError).toBe(library.standardError);
    const groupB = bootstrap([b], 'mean', {
      rng: streamTree(out.seed).child('by').child('group').child('B'),
      nResamples: 500,
    });
    expect(out.groups[1].ci).toEqual(groupB.ci);
  });

  it('a difference of medians with --baseline, and a group never changes another group’s numbers', () => {
    const three = json([
      'ci',
      long,
      '--by',
      'variant',
      '-c',
      'ms',
      '--statistic',
      'median',
      '--baseline',
      'B',
      '-n',
      '400',
    ]);
    expect(three.comparisons.map((c: { group: string }) => c.group)).toEqual(['A', 'C']);
    const two = join(dir, 'ab-only.csv');
    writeFileSync(two, 'variant,ms\nA,10\nA,12\nA,11\nA,13\nB,14\nB,15\nB,13\nB,16\n');
    const fewer = json([
      'ci',
      two,
      '--by',
      'variant',
      '-c',
      'ms',
      '--statistic',
      'median',
      '--baseline',
      'B',
      '-n',
      '400',
    ]);
    expect(fewer.groups[0]).toEqual(three.groups[0]);
    expect(fewer.comparisons[0]).toEqual(three.comparisons[0]);
  });

  it('compares two files, the second minus the first', () => {
    const fa = join(dir, 'a.csv');
    const fb = join(dir, 'b.csv');
    writeFileSync(fa, `${a.join('\n')}\n`);
    writeFileSync(fb, `${b.join('\n')}\n`);
    const out = json(['ci', fa, fb, '-n', '300']);
    expect(out.by).toBeNull();
    expect(out.comparisons[0]).toMatchObject({ group: fb, baseline: fa, n: [4, 4] });
    expect(out.comparisons[0].estimate).toBe(
      bootstrap([b, a], 'mean-difference', { nResamples: 10, seed: 1 }).estimate,
    );
  });

  it('refuses what cannot be grouped, saying why', () => {
    const bad = (args: string[]) => {
      const r = runCli(args);
      expect(r.code).toBe(2);
      return r.stderr;
    };
    expect(bad(['ci', long, '--by', 'variant', '-c', 'ms', '--baseline', 'Z'])).toContain(
      '--baseline "Z" is not a group; the groups are "A", "B", "C".',
    );
    expect(bad(['ci', latencies, '-c', 'ms', '--baseline', 'A'])).toContain('--baseline names a group');
    expect(bad(['ci', long, '--by', 'nope', '-c', 'ms'])).toContain('--by: no column "nope"');
    expect(bad(['ci', latencies, latencies, '-c', 'ms'])).toContain('is named twice: comparing a file with itself');
    const one = join(dir, 'one-group.csv');
    writeFileSync(one, 'variant,ms\nA,1\nA,2\n');
    expect(bad(['ci', one, '--by', 'variant', '-c', 'ms'])).toContain(
      '--by found 1 group ("A"): comparing needs two or more.',
    );
  });
});

describe('layout, completion, --out, --fail-on', () => {
  it('wraps `bootstat methods` to 100 columns off a terminal (it once printed 354-column lines)', () => {
    const r = runCli(['methods']);
    expect(r.code).toBe(0);
    const widest = Math.max(...r.stdout.split('\n').map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain('studentized');
  });

  it('prints a bash completion that completes commands and each command’s flags', () => {
    const script = runCli(['completion', 'bash']).stdout;
    const complete = (words: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          `eval "$(cat)"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _bootstat; echo "\${COMPREPLY[@]}"`,
        ],
        {
          input: script,
          encoding: 'utf8',
        },
      ).stdout.trim();
    expect(complete(['bootstat', 'ca'])).toBe('campaign');
    expect(complete(['bootstat', 'ci', '--n-res'])).toBe('--n-resamples');
    expect(complete(['bootstat', 'gate', '--thr'])).toBe('--threshold');
    expect(complete(['bootstat', 'completion', 'f'])).toBe('fish');
  });

  it('prints zsh and fish completions naming every command and flag', () => {
    const zsh = runCli(['completion', 'zsh']).stdout;
    const fish = runCli(['completion', 'fish']).stdout;
    expect(zsh.startsWith('#compdef bootstat\n')).toBe(true);
    for (const word of ['ci', 'gate', 'campaign', 'methods', '--by', '--fail-on', '--threshold']) {
      expect(zsh).toContain(word);
    }
    expect(fish).toContain("complete -c bootstat -n '__fish_seen_subcommand_from ci' -l column -s c -r");
    expect(fish).toContain("complete -c bootstat -n '__fish_seen_subcommand_from campaign' -l fail-on -r");
    for (const shell of ['zsh', 'fish']) {
      const has = spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
      if (has) expect(spawnSync(shell, ['-n'], { input: shell === 'zsh' ? zsh : fish }).status).toBe(0);
    }
    expect(runCli(['completion', 'powershell']).stderr).toContain('completion takes one shell: bash, zsh, fish');
  });

  it('-o writes the report to a file (atomically), in every command', () => {
    const dir = tempDir();
    expect(runCli(['ci', latencies, '-c', 'ms', '-n', '100', '-o', 'ci.txt'], { cwd: dir }).stdout).toBe('');
    expect(readFileSync(join(dir, 'ci.txt'), 'utf8')).toMatch(/^field\s+value/);
    runCli(
      [
        'gate',
        join(REPO, 'apps/cli/test/fixtures/gate/pass.json'),
        '-t',
        '0.8',
        '--out',
        'gate.json',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(JSON.parse(readFileSync(join(dir, 'gate.json'), 'utf8')).kind).toBe('gate');
  });

  it('campaign --fail-on regression exits 1 when a comparison regressed, 0 otherwise', () => {
    const dir = tempDir();
    for (const [config, values] of [
      ['base', [100, 101, 99]],
      ['same', [100, 100.5, 99.5]],
      ['worse', [130, 131, 129]],
    ] as const) {
      mkdirSync(join(dir, config));
      for (const [k, v] of values.entries()) {
        writeFileSync(join(dir, config, `c${k}.json`), JSON.stringify({ total_energy_j: v }));
      }
    }
    const regressed = runCli(['campaign', dir, '--baseline', 'base', '--fail-on', 'regression', '-n', '200']);
    expect(regressed.code).toBe(1);
    expect(regressed.stderr).toContain(
      'bootstat: error: 1 comparison regressed (worse total_energy_j): --fail-on regression.',
    );
    const fine = runCli([
      'campaign',
      join(dir, '{base,same}'),
      '--baseline',
      'base',
      '--fail-on',
      'regression',
      '-n',
      '200',
    ]);
    expect(fine.code).toBe(0);
    expect(runCli(['campaign', dir, '--fail-on', 'regression']).stderr).toContain('give --baseline CONFIG too');
  });
});

// Found by an adversarial pass over the features above; each once misbehaved as its title says.
describe('what an adversarial pass found', () => {
  const dir = tempDir();
  const long = join(dir, 'ab.csv');
  writeFileSync(long, 'variant,ms\nA,10\nA,12\nA,NA\nA,13\nB,14\nB,15\nB,13\nB,16\n');
  const usage = (args: string[], words: string, options: { cwd?: string } = {}) => {
    const r = runCli(args, options);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(words);
    return r;
  };

  it('a reversed range in a glob is a usage error (it was an internal error, exit 70)', () => {
    usage(['campaign', 'docs/examples/campaign/llama-8b-bs1-fp16/cycle-[5-1].json'], 'a range must run upward');
  });

  it('methods -o writes the file (it was ignored); methods takes no argument', () => {
    const out = join(dir, 'methods.json');
    const r = runCli(['methods', '-o', out, '--format', 'json']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(out, 'utf8')).kind).toBe('methods');
    usage(['methods', 'extra'], 'methods takes no argument');
    usage(['methods', '--format', 'jsn'], '--format: unknown format "jsn"; did you mean "json"?');
  });

  it('--statistic p95 with --p is refused (it computed the --p quantile, labelled p95); p100 is the maximum', () => {
    usage(['ci', latencies, '-c', 'ms', '--statistic', 'p95', '--p', '0.5'], '--statistic p95 is --p 0.95 already');
    const max = json(['ci', latencies, '-c', 'ms', '--statistic', 'p100', '-m', 'percentile', '-n', '100']);
    expect(max.statistic).toBe('quantile');
    expect(max.statisticOptions).toEqual({ p: 1 });
    expect(max.estimate).toBe(15.89); // the largest value of docs/examples/latencies.csv (max over its ms column)
  });

  it('--seed random prints the seed under --quiet too (tables may not show it)', () => {
    for (const args of [
      ['ci', latencies, '-c', 'ms', '-n', '100', '-s', 'random', '-q'],
      ['campaign', 'docs/examples/campaign', '-n', '100', '-s', 'random', '-q', '--format', 'csv'],
    ]) {
      expect(runCli(args).stderr).toMatch(/seed \d+ drawn at random; pass --seed \d+ to repeat this run\./);
    }
    usage(['ci', latencies, '-c', 'ms', '-s', 'RANDOM'], '--seed must be an integer in [0, 4294967295], or random.');
  });

  it('--fail-on regression fails closed when a comparison cannot be judged', () => {
    const r = runCli([
      'campaign',
      'docs/examples/campaign',
      '--metrics',
      'nope',
      '--direction',
      'nope=lower',
      '--baseline',
      'llama-8b-bs8-fp16',
      '--fail-on',
      'regression',
      '-n',
      '100',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 comparisons could not be judged (');
    expect(r.stderr).toContain(': insufficient-data): --fail-on regression.');
  });

  it('--debug before the command, --help COMMAND, and help help', () => {
    const r = runCli(['--debug', 'ci', join(dir, 'missing.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bootstat: error: .*missing\.csv: no such file/);
    expect(runCli(['--help', 'ci']).stdout).toBe(runCli(['ci', '--help']).stdout);
    expect(runCli(['help', 'help']).stdout).toBe(runCli(['--help']).stdout);
  });

  it('refuses flags --by and two files cannot use, instead of ignoring them', () => {
    usage(
      ['ci', long, '--by', 'variant', '-c', 'ms', '--paired', '--nan-policy', 'omit'],
      '--paired goes with one sample',
    );
    const fa = join(dir, 'a.csv');
    writeFileSync(fa, '1\n2\n3\n');
    usage(['ci', fa, long, '--by', 'variant'], '--by splits one file into groups; two files are two groups already');
    usage(
      ['ci', long, '--by', 'variant', '-c', 'ms', '-m', 'studentized', '--nan-policy', 'omit'],
      '--method studentized needs a standard error for each resample',
    );
    usage(['ci', fa, `./${'a.csv'}`], 'is named twice', { cwd: dir });
  });

  it('refuses two outputs on one file, and an output on an input, before writing anything', () => {
    const x = join(dir, 'x.out');
    usage(
      ['ci', latencies, '-c', 'ms', '-n', '100', '-o', x, '--emit-distribution', x],
      '--out and --emit-distribution both name',
    );
    usage(['ci', long, '--by', 'variant', '-c', 'ms', '-o', long], `--out ${long} is an input file`);
    expect(readFileSync(long, 'utf8')).toContain('variant,ms');
    const both = usage(
      ['campaign', 'docs/examples/campaign', '-n', '100', '-o', '-', '--plot', '-'],
      'cannot both write to standard output',
    );
    expect(both.stdout).toBe('');
  });

  it('--by JSON says what --nan-policy omit dropped', () => {
    const out = json(['ci', long, '--by', 'variant', '-c', 'ms', '-n', '100', '--nan-policy', 'omit']);
    expect(out.omitted).toEqual({ rows: 1, values: 1, tokens: { NA: 1 } });
  });

  it('an alias and its flag agree when they give the same number in two spellings', () => {
    expect(json(['ci', latencies, '-c', 'ms', '-n', '100', '--n-resamples', '1e2']).nResamples).toBe(100);
    expect(
      json(['ci', latencies, '-c', 'ms', '-n', '100', '--level', '0.90', '--confidence-level', '.9']).confidenceLevel,
    ).toBe(0.9);
  });

  it('misspelt values of every choice flag get a suggestion', () => {
    usage(
      ['ci', latencies, '-c', 'ms', '--alternative', 'les'],
      '--alternative: unknown alternative "les"; did you mean "less"?',
    );
    usage(['ci', latencies, '-c', 'ms', '--nan-policy', 'omitt'], 'did you mean "omit"?');
    usage(
      ['campaign', 'docs/examples/campaign', '--baseline', 'x', '--fail-on', 'regresion'],
      'did you mean "regression"?',
    );
    usage(
      ['gate', 'x.json', '-t', '0.8', '--format', 'markdwn'],
      '--format: unknown format "markdwn"; did you mean "markdown"?',
    );
  });

  it('--by and --column naming one column, and a group of one value, are errors that say so', () => {
    usage(['ci', long, '--by', 'ms', '-c', 'ms'], '--by and --column name the same column "ms"');
    const one = join(dir, 'one.csv');
    writeFileSync(one, 'g,v\nA,1\nA,2\nB,3\n');
    usage(['ci', one, '--by', 'g', '-c', 'v'], 'group "B" has 1 value: an interval needs at least 2');
  });

  it('completes the command list, help and version, and the values of choice flags', () => {
    const script = runCli(['completion', 'bash']).stdout;
    const complete = (words: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          `eval "$(cat)"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _bootstat; echo "\${COMPREPLY[@]}"`,
        ],
        { input: script, encoding: 'utf8' },
      ).stdout.trim();
    expect(complete(['bootstat', 'co'])).toBe('completion');
    expect(complete(['bootstat', '--v'])).toBe('--version');
    expect(complete(['bootstat', 'ci', '--method', 'b'])).toBe('basic bca');
    expect(complete(['bootstat', 'ci', '-m', 'p'])).toBe('percentile');
    expect(complete(['bootstat', 'campaign', '--fail-on', ''])).toBe('never regression');
  });
});
