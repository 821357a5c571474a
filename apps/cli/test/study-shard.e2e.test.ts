// `bootstat study SPEC --shard I/N` and `bootstat study merge`: shards computed in separate processes, in any
// order and on any worker count, merge to the unsharded report byte for byte; every refusal of the merge is one
// line and exit 2 naming the file; a shard killed while writing leaves no part.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatStudyPart, parseStudyPart, type StudyPart } from '@bootstat/study';
import { describe, expect, it } from 'vitest';
import { CLI, REPO, runCli, tempDir } from './run-cli';

const SPEC = join(REPO, 'apps/cli/test/fixtures/study-small.yaml');

function ok(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = runCli(args, options);
  expect(r.stderr).not.toMatch(/bootstat: error/);
  expect(r.code).toBe(0);
  return r;
}

/** A random order of 0 … count − 1 (Math.random: the order must not matter, so any order will do). */
function shuffled(count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** Every shard of `count` run as its own process, in a shuffled order, each with `workers`; the part files. */
function shards(dir: string, count: number, workers: (index: number) => number = () => 1): string[] {
  for (const index of shuffled(count)) {
    ok(
      [
        'study',
        SPEC,
        '--shard',
        `${index}/${count}`,
        '--workers',
        String(workers(index)),
        '--out',
        `part-${index}.json`,
        '-q',
      ],
      { cwd: dir },
    );
  }
  return Array.from({ length: count }, (_, i) => `part-${i}.json`);
}

const unsharded = (() => {
  let cached: string | undefined;
  return () => {
    cached ??= ok(['study', SPEC, '--format', 'json', '-q']).stdout;
    return cached;
  };
})();

describe('bootstat study --shard and merge: the unsharded bytes', () => {
  for (const count of [1, 3, 7]) {
    it(`${count} shard${count === 1 ? '' : 's'} in separate processes, run and merged in a shuffled order`, () => {
      const dir = tempDir();
      const parts = shards(dir, count, (i) => 1 + (i % 2));
      expect(readdirSync(dir).sort()).toEqual([...parts].sort());
      const order = shuffled(count).map((i) => parts[i] as string);
      ok(['study', 'merge', ...order, '--format', 'json', '--out', 'study.json'], { cwd: dir });
      expect(readFileSync(join(dir, 'study.json'), 'utf8')).toBe(unsharded());
    }, 60_000);
  }

  it('merge takes a quoted glob or a directory (no shell argument limit), and refuses standard input', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'parts'));
    for (const part of shards(dir, 3)) renameSync(join(dir, part), join(dir, 'parts', part));
    expect(ok(['study', 'merge', 'parts/*.json', '--format', 'json'], { cwd: dir }).stdout).toBe(unsharded());
    expect(ok(['study', 'merge', 'parts', '--format', 'json'], { cwd: dir }).stdout).toBe(unsharded());
    const none = runCli(['study', 'merge', 'nothing/*.json'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^bootstat: error: .*no part file \(\.json\) matches/);
    const stdin = runCli(['study', 'merge', '-'], { cwd: dir });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/study merge reads part files, not standard input/);
  }, 60_000);

  it('each shard is the same bytes on 1 and 2 workers, and merged CSV and table equal the unsharded ones', () => {
    const one = tempDir();
    const two = tempDir();
    shards(one, 3, () => 1);
    shards(two, 3, () => 2);
    for (const i of [0, 1, 2]) {
      expect(readFileSync(join(two, `part-${i}.json`), 'utf8')).toBe(readFileSync(join(one, `part-${i}.json`), 'utf8'));
    }
    for (const format of ['csv', 'table']) {
      const merged = ok(['study', 'merge', 'part-2.json', 'part-0.json', 'part-1.json', '--format', format], {
        cwd: one,
      });
      expect(merged.stdout).toBe(ok(['study', SPEC, '--format', format, '-q']).stdout);
      // The merge says the warnings the unsharded run says.
      expect(merged.stderr).toBe(runCli(['study', SPEC, '--format', format, '--no-progress']).stderr);
    }
  }, 90_000);

  it('--shard auto reads a Slurm array, a Kubernetes Indexed Job and an AWS Batch array job, and says so', () => {
    const dir = tempDir();
    shards(dir, 4);
    const cases: [Record<string, string>, string[], string][] = [
      [
        { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' },
        [],
        'shard 2/4 from a Slurm array (SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_MIN=1, SLURM_ARRAY_TASK_COUNT=4)',
      ],
      [
        { JOB_COMPLETION_INDEX: '1' },
        ['--shard-count', '4'],
        'shard 1/4 from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX=1, --shard-count 4)',
      ],
      [
        { AWS_BATCH_JOB_ARRAY_INDEX: '3' },
        ['--shard-count', '4'],
        'shard 3/4 from an AWS Batch array job (AWS_BATCH_JOB_ARRAY_INDEX=3, --shard-count 4)',
      ],
    ];
    for (const [env, extra, said] of cases) {
      const r = ok(['study', SPEC, '--shard', 'auto', ...extra, '--out', 'auto.json', '--no-progress'], {
        cwd: dir,
        env,
      });
      expect(r.stderr).toBe(`bootstat: note: --shard auto: ${said}.\n`);
      const index = /shard (\d)\/4/.exec(said)?.[1];
      expect(readFileSync(join(dir, 'auto.json'), 'utf8')).toBe(readFileSync(join(dir, `part-${index}.json`), 'utf8'));
    }
    const none = runCli(['study', SPEC, '--shard', 'auto', '--out', 'x.json'], {
      cwd: dir,
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^bootstat: error: --shard auto: a GitHub Actions matrix does not set a shard/);
    const k8s = runCli(['study', SPEC, '--shard', 'auto', '--out', 'x.json'], {
      cwd: dir,
      env: { JOB_COMPLETION_INDEX: '0' },
    });
    expect(k8s.stderr).toMatch(/add --shard-count N \(the Job's completions\)/);
  }, 60_000);
});

describe('bootstat study merge: fails closed, one line and exit 2 naming the file', () => {
  const dir = tempDir();
  let made = false;
  const setup = () => {
    if (made) return;
    shards(dir, 3);
    made = true;
  };
  const part = (i: number) => parseStudyPart(readFileSync(join(dir, `part-${i}.json`)));
  /** A part written with the library's own writer, so that its checksum is right and only its content is wrong. */
  const forge = (name: string, p: StudyPart) => writeFileSync(join(dir, name), [...formatStudyPart(p)].join(''));
  const refused = (parts: string[], message: RegExp) => {
    const r = runCli(['study', 'merge', ...parts, '--format', 'json', '--out', 'merged.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2); // one line, then the final newline
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, 'merged.json'))).toBe(false);
  };

  it('a missing shard, and a duplicate one', () => {
    setup();
    refused(
      ['part-0.json', 'part-2.json'],
      /^bootstat: error: shard 1 of 3 \(0-based\) is missing: 2 parts were given; compute it \(--shard 1\/3\) and merge again\.$/m,
    );
    writeFileSync(join(dir, 'again.json'), readFileSync(join(dir, 'part-1.json')));
    refused(
      ['part-0.json', 'part-1.json', 'again.json', 'part-2.json'],
      /^bootstat: error: again\.json and part-1\.json are both shard 1\/3: give each shard once\.$/m,
    );
  }, 60_000);

  it('a different spec hash (another --reps), version or shard count', () => {
    setup();
    ok(['study', SPEC, '--shard', '1/3', '--reps', '25', '--out', 'reps25.json', '-q'], { cwd: dir });
    refused(
      ['part-0.json', 'reps25.json', 'part-2.json'],
      /^bootstat: error: reps25\.json and part-0\.json are parts of different studies \(spec hashes sha256:[0-9a-f]{12}… and sha256:[0-9a-f]{12}…\)/,
    );
    forge('old.json', { ...part(1), version: '0.0.1-old' });
    refused(
      ['part-0.json', 'old.json', 'part-2.json'],
      /^bootstat: error: old\.json was made by @bootstat\/study 0\.0\.1-old but part-0\.json by \S+: compute every shard with one version\.$/m,
    );
    ok(['study', SPEC, '--shard', '1/4', '--out', 'of4.json', '-q'], { cwd: dir });
    refused(
      ['part-0.json', 'of4.json', 'part-2.json'],
      /^bootstat: error: of4\.json is shard 1\/4 but part-0\.json is 0\/3: parts of different splits do not merge/,
    );
  }, 60_000);

  it('overlapping ranges', () => {
    setup();
    const p0 = part(0);
    const p1 = part(1);
    forge('overlap.json', { ...p1, ranges: [p0.ranges.at(-1) as StudyPart['ranges'][number], ...p1.ranges] });
    refused(
      ['part-0.json', 'overlap.json', 'part-2.json'],
      /^bootstat: error: (part-0\.json and overlap\.json|overlap\.json and part-0\.json) both hold datasets \d+ to \d+ of case-\w\//,
    );
  }, 30_000);

  it('a truncated part, and a hand-edited one', () => {
    setup();
    const bytes = readFileSync(join(dir, 'part-1.json'));
    writeFileSync(join(dir, 'cut.json'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    refused(
      ['part-0.json', 'cut.json', 'part-2.json'],
      /^bootstat: error: cut\.json: is truncated or is not a bootstat study part: it does not end with its checksum line/,
    );
    const text = bytes.toString('utf8');
    // One digit of the spec, as a person would edit it: the seed.
    writeFileSync(join(dir, 'edited.json'), text.replace('"seed":5', '"seed":6'));
    refused(
      ['part-0.json', 'edited.json', 'part-2.json'],
      /^bootstat: error: edited\.json: its content does not match its checksum: it was changed after it was written/,
    );
    writeFileSync(join(dir, 'not-a-part.json'), readFileSync(join(REPO, 'package.json')));
    refused(
      ['part-0.json', 'not-a-part.json'],
      /^bootstat: error: not-a-part\.json: is truncated or is not a bootstat study part/,
    );
    refused(['part-0.json', 'absent.json'], /^bootstat: error: .*absent\.json.*no such file/i);
  }, 30_000);

  it('flags that run a study, no parts, and --shard without --out', () => {
    setup();
    refused(
      ['part-0.json', '--reps', '3'],
      /^bootstat: error: --reps runs a study; 'bootstat study merge' only reads parts/,
    );
    refused([], /^bootstat: error: study merge takes the part files of every shard/);
    const r = runCli(['study', SPEC, '--shard', '0/3'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'bootstat: error: --shard writes a part: name it with --out, e.g. --out part-0.json (or - for standard output).\n',
    );
    for (const [args, message] of [
      [['--shard', '3/3', '--out', 'x.json'], /shard indices run from 0 to 2 for 3 shards/],
      [
        ['--shard', '1/3', '--out', 'x.json', '--format', 'json'],
        /--format is for the report, which a shard does not make/,
      ],
      [['--shard', '1/3', '--out', 'x.json', '--shard-count', '3'], /--shard-count goes with --shard auto/],
      [['--shard-count', '3'], /--shard-count goes with --shard auto/],
    ] as const) {
      const e = runCli(['study', SPEC, ...args], { cwd: dir });
      expect(e.code).toBe(2);
      expect(e.stderr).toMatch(message);
    }
  }, 30_000);
});

describe('bootstat study --shard: parts are written atomically', () => {
  // One scenario of 300,000 tiny datasets: a part of 13 MB, whose range line takes a while to encode and hash
  // after the temporary file is opened.
  const big = (dir: string) => {
    const spec = join(dir, 'big.yaml');
    writeFileSync(
      spec,
      'seed: 1\nnReps: 300000\nnResamples: 1\nmethods: [percentile]\ncalibration: false\ngrid: { k: [2], patterns: [even] }\ncases: [{ id: 1, n: 5, rho: 0.1, marginal: { median: 2, iqr: 1 } }]\n',
    );
    return spec;
  };

  /** Runs a shard and sends `signal` (after SIGSTOP, to look) as soon as its temporary file appears. */
  async function interrupt(signal: 'SIGKILL' | 'SIGTERM') {
    const dir = tempDir();
    const spec = big(dir);
    const out = join(dir, 'parts');
    mkdirSync(out);
    const child = spawn(
      process.execPath,
      [CLI, 'study', spec, '--shard', '0/1', '--workers', '1', '--out', join(out, 'part-0.json'), '-q'],
      {
        stdio: 'ignore',
      },
    );
    let seen: { temp: boolean; part: boolean } | undefined;
    const watcher = watch(out, (_, name) => {
      if (seen !== undefined || name === null || !name.endsWith('.tmp')) return;
      child.kill('SIGSTOP');
      const files = readdirSync(out);
      seen = {
        temp: files.some((f) => /^\.part-0\.json\.bootstat-\d+-[0-9a-f]{8}\.tmp$/.test(f)),
        part: files.includes('part-0.json'),
      };
      child.kill(signal);
      child.kill('SIGCONT');
    });
    const code = await new Promise<number | null>((done) =>
      child.on('exit', (c, s) => done(c ?? (s === null ? null : -1))),
    );
    watcher.close();
    return { seen, files: readdirSync(out), code };
  }

  it('a shard killed (SIGKILL) while writing leaves no part, only a temporary file that no part-*.json matches', async () => {
    const { seen, files } = await interrupt('SIGKILL');
    // Caught mid-write: the temporary file was there and the part was not.
    expect(seen).toEqual({ temp: true, part: false });
    expect(files.filter((f) => /^part-.*\.json$/.test(f))).toEqual([]);
    expect(files).toHaveLength(1);
  }, 60_000);

  it('a shard stopped with SIGTERM while writing removes its temporary file too', async () => {
    const { seen, files } = await interrupt('SIGTERM');
    expect(seen).toEqual({ temp: true, part: false });
    expect(files).toEqual([]);
  }, 60_000);
});
