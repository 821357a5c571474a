import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aggregateCampaign } from './aggregate-campaign';
import { readCampaign } from './read-campaign';

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

    it('CSV: a row longer than the header, an unterminated quote, a clash of columns', () => {
      const root = tree({
        'a/r.csv': 'x,y\n1,2\n1,2,3\n',
        'b/r.csv': 'x,y\n1,"2\n',
        'c/r.csv': 'a,a.b\n1,2\n',
      });
      readError(() => readCampaign('a', { cwd: root }), { file: 'a/r.csv', line: 3 }, /3 cells, the header 2/);
      readError(() => readCampaign('b', { cwd: root }), { file: 'b/r.csv', line: 2 }, /unterminated/);
      readError(() => readCampaign('c', { cwd: root }), { file: 'c/r.csv' }, /conflict/);
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
