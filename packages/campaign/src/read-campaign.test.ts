import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aggregateCampaign } from './aggregate-campaign';
import { readCampaign } from './read-campaign';

const values = (records: readonly Record<string, unknown>[] | undefined) => records?.map((r) => r.total_energy_j);

const SAMPLE = fileURLToPath(new URL('../../../docs/examples/campaign', import.meta.url));

/** A temporary directory holding `files` (path → content). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bootstat-campaign-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const json = (v: unknown) => JSON.stringify(v);
const readError = (run: () => unknown, location: object, message: RegExp) => {
  expect(run).toThrow(message);
  expect(run).toThrow(
    expect.objectContaining({ code: 'CAMPAIGN_READ_ERROR', location: expect.objectContaining(location) }),
  );
};

describe('readCampaign', () => {
  it("reads a European CSV (';' between cells, ',' as the decimal mark) with the one table reader", () => {
    const root = tree({ 'r.csv': 'config;total_energy_j;avg_tokens_per_second\na;12,5;NA\na;13,25;7,5\n' });
    const { results } = readCampaign('r.csv', { cwd: root, configKey: 'config' });
    expect(results).toEqual({
      a: [
        { config: 'a', total_energy_j: 12.5 },
        { config: 'a', total_energy_j: 13.25, avg_tokens_per_second: 7.5 },
      ],
    });
  });

  it('reads the sample campaign: one configuration per directory, cycles in natural order', () => {
    const { results, sources, files } = readCampaign(SAMPLE);
    expect(Object.keys(results)).toEqual([
      'llama-8b-bs1-fp16',
      'llama-8b-bs8-fp16',
      'llama-8b-bs8-int8',
      'llama-70b-bs8-fp16',
    ]);
    expect(Object.values(results).map((r) => r.length)).toEqual([5, 5, 5, 2]);
    expect(results['llama-8b-bs8-int8']?.map((r) => r.cycle)).toEqual([1, 2, 3, 4, 5]);
    expect(sources['llama-70b-bs8-fp16']?.[1]?.file).toMatch(/llama-70b-bs8-fp16\/cycle-2\.json$/);
    expect(files).toHaveLength(17);
  });

  it('orders cycle-2 before cycle-10 and names files relative to cwd', () => {
    const root = tree({
      'runs/a/cycle-10.json': json({ total_energy_j: 10 }),
      'runs/a/cycle-2.json': json({ total_energy_j: 2 }),
      'runs/a/cycle-1.json': json({ total_energy_j: 1 }),
    });
    const { results, sources } = readCampaign('runs', { cwd: root });
    expect(results.a?.map((r) => r.total_energy_j)).toEqual([1, 2, 10]);
    expect(sources.a?.map((s) => s.file)).toEqual([
      'runs/a/cycle-1.json',
      'runs/a/cycle-2.json',
      'runs/a/cycle-10.json',
    ]);
  });

  it('takes the configuration from a record field (a dot path) when configKey is given', () => {
    const root = tree({
      'all.jsonl': [
        json({ run: { config: 'x' }, v: 1 }),
        '',
        json({ run: { config: 'y' }, v: 2 }),
        json({ run: { config: 'x' }, v: 3 }),
      ].join('\n'),
    });
    const { results, sources } = readCampaign(join(root, 'all.jsonl'), { configKey: 'run.config', cwd: root });
    expect(results.x?.map((r) => r.v)).toEqual([1, 3]);
    expect(results.y?.map((r) => r.v)).toEqual([2]);
    expect(sources.x).toEqual([
      { file: 'all.jsonl', line: 1 },
      { file: 'all.jsonl', line: 4 },
    ]);
  });

  it('reads a JSON array of records, and CSV with dotted headers as nested fields', () => {
    const root = tree({
      'a/runs.json': json([{ total_energy_j: 1 }, { total_energy_j: 2 }]),
      'b/runs.csv': 'total_energy_j,latency_stats.ttft_mean_ms,note\n10,30.5,"ok, fine"\n11,,x\n\n12,1e2,\n',
    });
    const { results, sources } = readCampaign(root, { cwd: root });
    expect(results.a).toEqual([{ total_energy_j: 1 }, { total_energy_j: 2 }]);
    expect(results.b).toEqual([
      { total_energy_j: 10, latency_stats: { ttft_mean_ms: 30.5 }, note: 'ok, fine' },
      { total_energy_j: 11, note: 'x' },
      { total_energy_j: 12, latency_stats: { ttft_mean_ms: 100 } },
    ]);
    expect(sources.b?.map((s) => s.line)).toEqual([2, 3, 5]);
    // An empty cell is a missing metric, reported by aggregateCampaign with the file and line.
    const s = aggregateCampaign(results, { sources, metrics: ['latency_stats.ttft_mean_ms'] });
    expect(s.skipped).toEqual([
      expect.objectContaining({ configuration: 'a', record: 0 }),
      expect.objectContaining({ configuration: 'a', record: 1 }),
      {
        configuration: 'b',
        record: 1,
        field: 'latency_stats.ttft_mean_ms',
        reason: 'missing',
        file: 'b/runs.csv',
        line: 3,
      },
    ]);
  });

  it('expands globs with * and **, skipping hidden entries and files of other formats', () => {
    const root = tree({
      'r/a/cycle-1.json': json({ v: 1 }),
      'r/a/deep/b/cycle-1.json': json({ v: 2 }),
      'r/a/notes.txt': 'x',
      'r/.cache/c/cycle-1.json': json({ v: 3 }),
      'r/a/other.json': json({ v: 4 }),
    });
    expect(readCampaign('r/**/cycle-*.json', { cwd: root }).files).toEqual([
      'r/a/cycle-1.json',
      'r/a/deep/b/cycle-1.json',
    ]);
    expect(readCampaign('r/*/cycle-?.json', { cwd: root }).files).toEqual(['r/a/cycle-1.json']);
    expect(readCampaign(['r', 'r/a/cycle-1.json'], { cwd: root }).files).toEqual([
      'r/a/cycle-1.json',
      'r/a/deep/b/cycle-1.json',
      'r/a/other.json',
    ]);
  });

  it('takes a CSV configuration key as its literal text: 1.10 and 1.1, 007 and 7, 1e10 and 10000000000 differ', () => {
    const root = tree({
      'a.csv': 'config,total_energy_j\n1.10,100\n1.1,200\n007,1\n7,2\n7.0,3\n1e10,4\n10000000000,5\n" 1.10 ",101\n',
    });
    const { results } = readCampaign('a.csv', { cwd: root, configKey: 'config' });
    // (An object lists integer-like keys such as '7' first, whatever the order they were added in.)
    expect(Object.keys(results).sort()).toEqual(['007', '1.1', '1.10', '10000000000', '1e10', '7', '7.0']);
    expect(values(results['1.10'])).toEqual([100, 101]);
    expect(values(results['1.1'])).toEqual([200]);
    // Other columns still become numbers, and a nested key column keeps its text too.
    const nested = tree({ 'b.csv': 'run.config,v\n02,1\n2,2\n' });
    const b = readCampaign('b.csv', { cwd: nested, configKey: 'run.config' }).results;
    expect(Object.keys(b).sort()).toEqual(['02', '2']);
    expect(b['02']).toEqual([{ run: { config: '02' }, v: 1 }]);
  });

  it('lists files without records in emptyFiles, and with strict refuses them, naming the file', () => {
    const root = tree({
      'r/cfgA/c1.json': json({ total_energy_j: 1 }),
      'r/cfgB/c1.json': '[]',
      'r/cfgC/a.csv': 'total_energy_j\n',
      'r/cfgD/a.jsonl': '',
    });
    const input = readCampaign('r', { cwd: root });
    expect(Object.keys(input.results)).toEqual(['cfgA']);
    expect(input.emptyFiles).toEqual(['r/cfgB/c1.json', 'r/cfgC/a.csv', 'r/cfgD/a.jsonl']);
    expect(input.files).toHaveLength(4);
    readError(() => readCampaign('r', { cwd: root, strict: true }), { file: 'r/cfgB/c1.json' }, /holds no records/);
    expect(readCampaign('r/cfgA', { cwd: root, strict: true }).emptyFiles).toEqual([]);
  });

  it('refuses a campaign without any record, naming the files it read', () => {
    const root = tree({ 'r/cfgB/c1.json': '[]', 'r/cfgC/a.csv': 'total_energy_j\n', 'r/cfgD/a.jsonl': '\n' });
    readError(
      () => readCampaign('r', { cwd: root }),
      {},
      /no records: none of the 3 result files read holds one \(r\/cfgB\/c1\.json, r\/cfgC\/a\.csv, r\/cfgD\/a\.jsonl\)/,
    );
    readError(() => readCampaign('r/cfgB/c1.json', { cwd: root }), { file: 'r/cfgB/c1.json' }, /holds no records/);
  });

  it('reads records in an order that depends neither on the working directory nor on the order of the paths', () => {
    const root = tree({
      'day1/cfgA/c1.json': json({ total_energy_j: 1 }),
      'day1/cfgA/c2.json': json({ total_energy_j: 2 }),
      'day2/cfgA/c1.json': json({ total_energy_j: 10 }),
      'day2/cfgA/c2.json': json({ total_energy_j: 20 }),
    });
    const fromRoot = readCampaign(['day1', 'day2'], { cwd: root });
    expect(values(fromRoot.results.cfgA)).toEqual([1, 2, 10, 20]);
    const fromDay1 = readCampaign(['.', '../day2'], { cwd: join(root, 'day1') });
    expect(fromDay1.results).toEqual(fromRoot.results);
    expect(fromDay1.files[2]).toBe(join(root, 'day2/cfgA/c1.json').split('\\').join('/')); // outside cwd: absolute
    expect(readCampaign(['day2', 'day1'], { cwd: root }).results).toEqual(fromRoot.results);
    expect(readCampaign([join(root, 'day2'), 'day1'], { cwd: root }).results).toEqual(fromRoot.results);
  });

  it('reads a file named twice (a symbolic link, overlapping paths) once', () => {
    const root = tree({
      'sl/cfgA/c1.json': json({ total_energy_j: 1 }),
      'sl/cfgA/c2.json': json({ total_energy_j: 2 }),
      'sl/cfgA/c3.json': json({ total_energy_j: 3 }),
    });
    symlinkSync('c1.json', join(root, 'sl/cfgA/link.json'));
    const { results, files } = readCampaign(['sl', 'sl/cfgA/*.json', 'sl/cfgA/link.json'], { cwd: root });
    expect(values(results.cfgA)).toEqual([1, 2, 3]);
    expect(files).toEqual(['sl/cfgA/c1.json', 'sl/cfgA/c2.json', 'sl/cfgA/c3.json']);
  });

  it('refuses one file in two configurations by directory name, unless configKey names the configuration', () => {
    const root = tree({ 'r/cfgA/c1.json': json({ config: 'a', total_energy_j: 1 }) });
    mkdirSync(join(root, 'r/cfgB'));
    symlinkSync('../cfgA/c1.json', join(root, 'r/cfgB/c1.json'));
    readError(
      () => readCampaign('r', { cwd: root }),
      { file: 'r/cfgB/c1.json' },
      /same file as r\/cfgA\/c1\.json.*"cfgA" and "cfgB"/,
    );
    expect(readCampaign('r', { cwd: root, configKey: 'config' }).results).toEqual({
      a: [{ config: 'a', total_energy_j: 1 }],
    });
  });

  it('follows a link to a directory, but never into a loop', () => {
    const root = tree({ 'data/run7/cfgA/c1.json': json({ total_energy_j: 1 }) });
    mkdirSync(join(root, 'campaign'));
    symlinkSync('../data/run7/cfgA', join(root, 'campaign/cfgA'));
    symlinkSync('..', join(root, 'campaign/loop'));
    symlinkSync('.', join(root, 'data/run7/cfgA/self'));
    const { results, files } = readCampaign('campaign', { cwd: root });
    expect(results).toEqual({ cfgA: [{ total_energy_j: 1 }] });
    expect(files).toEqual(['campaign/cfgA/c1.json']);
  });

  it('refuses a dangling symbolic link, naming it', () => {
    const root = tree({ 'r/cfgA/c1.json': json({ total_energy_j: 1 }) });
    symlinkSync('/nonexistent/bootstat', join(root, 'r/cfgA/dangling.json'));
    readError(() => readCampaign('r', { cwd: root }), { file: 'r/cfgA/dangling.json' }, /symbolic link.*nonexistent/);
    readError(() => readCampaign('r/**/*.json', { cwd: root }), { file: 'r/cfgA/dangling.json' }, /symbolic link/);
    readError(
      () => readCampaign('r/cfgA/dangling.json', { cwd: root }),
      { file: 'r/cfgA/dangling.json' },
      /symbolic link/,
    );
    // A glob that does not match the broken link reads past it.
    expect(readCampaign('r/**/c*.json', { cwd: root }).files).toEqual(['r/cfgA/c1.json']);
  });

  describe('errors name the file, and the line for JSONL and CSV', () => {
    it('a missing path, a glob without matches, a directory without result files', () => {
      const root = tree({ 'empty/readme.txt': 'x' });
      readError(() => readCampaign('nope', { cwd: root }), { file: 'nope' }, /no such file/);
      readError(() => readCampaign('x/*.json', { cwd: root }), { file: 'x/*.json' }, /matches/);
      readError(() => readCampaign('empty', { cwd: root }), { file: 'empty' }, /no result file/);
      readError(
        () => readCampaign('empty/readme.txt', { cwd: root }),
        { file: 'empty/readme.txt' },
        /unknown result format/,
      );
    });

    it('invalid JSON, with the line it fails on', () => {
      const root = tree({ 'a/1.json': '{\n  "v": 1,\n  oops\n}' });
      readError(() => readCampaign('a', { cwd: root }), { file: 'a/1.json', line: 3 }, /invalid JSON/);
    });

    it('an invalid JSONL line and a JSONL line that is not an object', () => {
      const root = tree({ 'a/r.jsonl': '{"v":1}\n{"v":\n', 'b/r.jsonl': '{"v":1}\n\n[1,2]\n' });
      readError(() => readCampaign('a', { cwd: root }), { file: 'a/r.jsonl', line: 2 }, /invalid JSON/);
      readError(() => readCampaign('b', { cwd: root }), { file: 'b/r.jsonl', line: 3 }, /must be a JSON object/);
    });

    it('a JSON value that is not a record, and an array item that is not', () => {
      const root = tree({ 'a/1.json': '42', 'b/1.json': '[{"v":1}, 2]' });
      readError(() => readCampaign('a', { cwd: root }), { file: 'a/1.json' }, /one record/);
      readError(() => readCampaign('b', { cwd: root }), { file: 'b/1.json' }, /item 1/);
    });

    it('JSON with a key named twice, or a number too large for a double, is an error naming the line', () => {
      const root = tree({
        'a/1.json': '{"total_energy_j": 1,\n "total_energy_j": 2}',
        'b/1.jsonl': '{"total_energy_j": 1}\n{"total_energy_j": 1e999}\n',
      });
      readError(
        () => readCampaign('a', { cwd: root }),
        { file: 'a/1.json', line: 2 },
        /"total_energy_j" appears twice/,
      );
      readError(() => readCampaign('b', { cwd: root }), { file: 'b/1.jsonl', line: 2 }, /1e999 is too large/);
    });

    it('CSV with a number too large for a double is an error, not Infinity', () => {
      const root = tree({ 'a/r.csv': 'total_energy_j\n1\n1e999\n' });
      readError(() => readCampaign('a', { cwd: root }), { file: 'a/r.csv', line: 3 }, /"1e999" .* too large/);
    });

    it('CSV: a row longer than the header, an unterminated quote, a clash of columns', () => {
      const root = tree({
        'a/r.csv': 'x,y\n1,2\n1,2,3\n',
        'b/r.csv': 'x,y\n1,"2\n',
        'c/r.csv': 'a,a.b\n1,2\n',
      });
      readError(
        () => readCampaign('a', { cwd: root }),
        { file: 'a/r.csv', line: 3 },
        /this row has 3 cells, but the header has 2/,
      );
      readError(() => readCampaign('b', { cwd: root }), { file: 'b/r.csv', line: 2 }, /quoted cell is never closed/);
      readError(() => readCampaign('c', { cwd: root }), { file: 'c/r.csv' }, /conflict/);
    });

    it('a configuration name with a control character (a newline), from a directory or a key', () => {
      const root = tree({
        'r/cfg\nA/c1.json': json({ total_energy_j: 1 }),
        'k.jsonl': '{"config":"a","total_energy_j":1}\n{"config":"b\\tc","total_energy_j":1}\n',
        'k.csv': 'config,total_energy_j\n"x\ny",1\n',
      });
      readError(() => readCampaign('r', { cwd: root }), { file: 'r/cfg\nA/c1.json' }, /directory "cfg\\nA".*U\+000A/);
      readError(
        () => readCampaign('k.jsonl', { cwd: root, configKey: 'config' }),
        { file: 'k.jsonl', line: 2, field: 'config' },
        /"b\\tc".*control character/,
      );
      readError(
        () => readCampaign('k.csv', { cwd: root, configKey: 'config' }),
        { file: 'k.csv', line: 2, field: 'config' },
        /control character/,
      );
    });

    it('a record without the configuration key', () => {
      const root = tree({ 'r.jsonl': '{"config":"a"}\n{"config":null}\n' });
      readError(
        () => readCampaign('r.jsonl', { cwd: root, configKey: 'config' }),
        { file: 'r.jsonl', line: 2, field: 'config' },
        /configuration key config is null/,
      );
    });
  });
});
