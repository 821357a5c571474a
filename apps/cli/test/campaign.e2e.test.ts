import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregateCampaign, campaignToJson, compareConfigurations } from '@bootstat/campaign';
import { readCampaign } from '@bootstat/campaign/node';
import { describe, expect, it } from 'vitest';
import { documentedExamples, REPO, runCli, tempDir } from './run-cli';

const SAMPLE = 'docs/examples/campaign';
const BASELINE = 'llama-8b-bs8-fp16';

const campaignJson = (args: string[]) => {
  const r = runCli(['campaign', ...args, '--format', 'json']);
  expect(r.code).toBe(0);
  return { ...r, out: JSON.parse(r.stdout) };
};

function expectInputError(r: ReturnType<typeof runCli>, ...patterns: RegExp[]): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1); // one line, no stack trace
  expect(lines[0]).toMatch(/^bootstat: error: /);
  for (const p of patterns) expect(lines[0]).toMatch(p);
}

/** A campaign in a temporary directory: files by relative path. */
function campaignDir(files: Record<string, unknown>): string {
  const dir = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('bootstat campaign (the built binary)', () => {
  const { results, sources } = readCampaign(SAMPLE, { cwd: REPO });

  it('gives the numbers of aggregateCampaign and compareConfigurations, bit for bit', () => {
    const { out } = campaignJson([SAMPLE, '--baseline', BASELINE]);
    const summary = aggregateCampaign(results, { sources });
    const comparison = compareConfigurations(results, { baseline: BASELINE, sources });
    // The JSON output is the library's result in the output contract's names (campaignToJson), bit for bit.
    expect(out).toEqual(campaignToJson(summary, comparison));
    expect([out.schemaVersion, out.kind]).toEqual([1, 'campaign']);
    expect(out.summaries[0].ci).toEqual({ low: summary.summaries[0]?.ciLower, high: summary.summaries[0]?.ciUpper });
    expect(out.metrics).toEqual(summary.metrics);
    expect(out.configurations).toEqual([
      'llama-8b-bs1-fp16',
      'llama-8b-bs8-fp16',
      'llama-8b-bs8-int8',
      'llama-70b-bs8-fp16',
    ]);
    expect(out.skipped).toEqual([]);
  });

  it('passes --resamples, --seed, --level, --noise, --metrics and --direction through', () => {
    const args = ['--resamples', '300', '--seed', '7', '--level', '0.9', '--noise', '0.05'];
    const { out } = campaignJson([
      SAMPLE,
      ...args,
      '--baseline',
      BASELINE,
      '--metrics',
      'duration_s,latency_stats.ttft_p99_ms',
      '--direction',
      'duration_s=lower',
      '--direction',
      'latency_stats.*=higher',
    ]);
    const options = {
      nResamples: 300,
      seed: 7,
      confidenceLevel: 0.9,
      metrics: ['duration_s', 'latency_stats.ttft_p99_ms'],
    };
    const libSummary = aggregateCampaign(results, options);
    const lib = compareConfigurations(results, {
      ...options,
      baseline: BASELINE,
      noiseThreshold: 0.05,
      directions: { duration_s: 'lower', 'latency_stats.*': 'higher' },
    });
    expect(out).toEqual(campaignToJson(libSummary, lib));
    expect(out.comparison.comparisons[0].direction).toBe('lower');
    expect(out.comparison.comparisons[1].direction).toBe('higher');
  });

  it('gives the verdicts the sample was made to show, and warns once about the 2-cycle configuration', () => {
    const r = campaignJson([SAMPLE, '--baseline', BASELINE]);
    const verdict = (configuration: string, metric: string) =>
      r.out.comparison.comparisons.find(
        (c: { configuration: string; metric: string }) => c.configuration === configuration && c.metric === metric,
      )?.verdict;
    expect(verdict('llama-8b-bs8-int8', 'total_energy_j')).toBe('improved'); // int8 saves energy…
    expect(verdict('llama-8b-bs8-int8', 'avg_tokens_per_second')).toBe('regressed'); // …at some throughput
    expect(verdict('llama-8b-bs8-int8', 'total_tokens')).toBe('no-change');
    expect(verdict('llama-8b-bs1-fp16', 'latency_stats.ttft_mean_ms')).toBe('improved'); // batch 1: first token sooner
    expect(verdict('llama-8b-bs1-fp16', 'total_energy_j')).toBe('regressed');
    expect(verdict('llama-70b-bs8-fp16', 'total_energy_j')).toBe('regressed');
    expect(r.stderr).toBe(
      'bootstat: warning: llama-70b-bs8-fp16: Only 2 values: the bootstrap interval has at most 3 distinct means and is unreliable.\n',
    );
  });

  it('prints the two tables, CSV with one row per cell, and markdown', () => {
    const table = runCli(['campaign', SAMPLE, '--baseline', BASELINE]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^configuration\s+metric\s+n\s+n_skipped\s+mean\s+std\s+ci_low\s+ci_high\s+note\n/);
    expect(table.stdout).toMatch(/\nllama-70b-bs8-fp16\s+total_energy_j\s+2\s+0\s+378192\s.*unreliable \(2 cycles\)\n/);
    expect(table.stdout).toContain(`\ncompared with ${BASELINE} (95% intervals;`);
    expect(table.stdout).toMatch(/\nllama-8b-bs8-int8\s+total_energy_j\s+lower\s+0\.922\d*\s.*improved\n/);
    const csv = runCli(['campaign', SAMPLE, '--baseline', BASELINE, '--format', 'csv']).stdout.trim().split('\n');
    expect(csv).toHaveLength(1 + 4 * 5);
    const header = (csv[0] as string).split(',');
    const row = (csv[1] as string).split(',');
    expect(header.slice(0, 9)).toEqual([
      'configuration',
      'metric',
      'n',
      'n_skipped',
      'mean',
      'std',
      'ci_low',
      'ci_high',
      'note',
    ]);
    const lib = aggregateCampaign(results).summaries[0];
    expect(Number(row[header.indexOf('ci_low')])).toBe(lib?.ciLower);
    expect(row[header.indexOf('verdict')]).toBe('regressed');
    const md = runCli(['campaign', SAMPLE, '--format', 'markdown']).stdout;
    expect(md).toMatch(
      /^\| configuration \| metric \| n \| n\\_skipped \| mean \| std \| ci\\_low \| ci\\_high \| note \|\n\|---\|/,
    );
  });

  it('reads the same campaign by glob and --config-key, with the same numbers', () => {
    const byDir = campaignJson([SAMPLE]).out;
    const byKey = campaignJson([`${SAMPLE}/**/cycle-*.json`, '--config-key', 'config']).out;
    expect(byKey.summaries).toEqual(byDir.summaries);
  });

  it('draws the forest plot as an SVG file (atomically written), one panel per metric', () => {
    const dir = tempDir();
    const plot = join(dir, 'plots/campaign.svg');
    const r = runCli(['campaign', join(REPO, SAMPLE), '--baseline', BASELINE, '--plot', plot]);
    expect(r.code).toBe(0);
    const svg = readFileSync(plot, 'utf8');
    expect(readdirSync(join(dir, 'plots'))).toEqual(['campaign.svg']); // no temporary file left beside it
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/is better\)</g)).toHaveLength(5);
    expect(svg).toContain(`${BASELINE} (baseline)`);
    const rsvg = spawnSync('rsvg-convert', ['--version']);
    if (rsvg.status === 0) {
      const png = join(dir, 'campaign.png');
      expect(spawnSync('rsvg-convert', [plot, '-o', png]).status).toBe(0);
      expect(existsSync(png)).toBe(true);
    }
  });

  it('reads JSONL and CSV result files, skipping a bad value with a warning naming file, line and field', () => {
    const dir = campaignDir({
      'runs/a.jsonl':
        '{"config":"a","total_energy_j":10}\n{"config":"a","total_energy_j":"n/a"}\n{"config":"a","total_energy_j":12}\n',
      'runs/b.csv': 'config,total_energy_j\nb,20\nb,21\nb,19\n',
    });
    const r = runCli(['campaign', 'runs', '--config-key', 'config', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summaries.map((s: { n: number }) => s.n)).toEqual([2, 3]);
    expect(out.summaries.map((s: { nSkipped: number }) => s.nSkipped)).toEqual([1, 0]);
    expect(out.skipped).toEqual([
      {
        configuration: 'a',
        record: 1,
        field: 'total_energy_j',
        reason: 'not a finite number: "n/a"',
        file: 'runs/a.jsonl',
        line: 2,
      },
    ]);
    expect(r.stderr).toContain(
      'bootstat: warning: runs/a.jsonl:2: configuration "a", record 1: total_energy_j is not a finite number: "n/a"; skipped for that metric.\n',
    );
  });

  it('counts skipped records in every format, and keeps a row for a configuration left with no value', () => {
    const dir = campaignDir({
      'runs/a.jsonl': [10, 'n/a', 12, null].map((v) => JSON.stringify({ config: 'a', total_energy_j: v })).join('\n'),
      'runs/c.jsonl': '{"config":"c","total_energy_j":"broken"}\n{"config":"c"}\n',
    });
    const args = ['campaign', 'runs', '--config-key', 'config'];
    const table = runCli(args, { cwd: dir });
    expect(table.code).toBe(0);
    // a: values 10 and 12 by hand: mean 11; 2 of its 4 records skipped. c: nothing left.
    expect(table.stdout).toMatch(/\na\s+total_energy_j\s+2\s+2\s+11\s/);
    expect(table.stdout).toMatch(/\nc\s+total_energy_j\s+0\s+2\s+no value\n/);
    expect(table.stderr).toContain(
      'bootstat: warning: 4 values skipped in 4 records (the n_skipped column counts them per configuration and metric); with --strict a skipped value is an error.\n',
    );
    expect(table.stderr).toContain('configuration "c" has no value of total_energy_j');
    const csv = runCli([...args, '--format', 'csv'], { cwd: dir })
      .stdout.trim()
      .split('\n');
    expect(csv.slice(1)).toEqual([
      'a,total_energy_j,2,2,11,1.4142135623730951,10,12,unreliable (2 cycles)',
      'c,total_energy_j,0,2,,,,,no value',
    ]);
    const md = runCli([...args, '--format', 'markdown'], { cwd: dir }).stdout;
    expect(md).toContain('\n| c | total\\_energy\\_j | 0 | 2 |  |  |  |  | no value |\n'); // _ escaped for Markdown
    const json = JSON.parse(runCli([...args, '--format', 'json'], { cwd: dir }).stdout);
    expect(json.empty).toEqual([{ configuration: 'c', metric: 'total_energy_j', nSkipped: 2 }]);
    expect(json.skipped).toHaveLength(4);
  });

  // Expected numbers from tooling/fixtures/campaign/sample_reference.py (NumPy, the ideal bootstrap enumerated), not
  // from bootstat: with 20000 resamples each interval end lies between the ideal quantiles at p ∓ delta.
  it('prints the numbers of the NumPy reference for the sample campaign (CSV, 20000 resamples)', () => {
    const ref = JSON.parse(readFileSync(join(REPO, 'tooling/fixtures/campaign/sample-reference.json'), 'utf8'));
    const r = runCli([
      'campaign',
      SAMPLE,
      '--baseline',
      ref.baseline,
      '--resamples',
      String(ref.n_resamples),
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const [head, ...lines] = r.stdout.trim().split('\n');
    const header = (head as string).split(',');
    const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, k) => [header[k], v])));
    const within = (x: string | undefined, [lo, hi]: [number, number]) => {
      const slack = 1e-12 * Math.max(Math.abs(lo), Math.abs(hi));
      expect(Number(x)).toBeGreaterThanOrEqual(lo - slack);
      expect(Number(x)).toBeLessThanOrEqual(hi + slack);
    };
    const close = (x: string | undefined, expected: number) =>
      expect(Math.abs(Number(x) - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected) + 1e-9);
    expect(rows).toHaveLength(ref.cells.length);
    for (const cell of ref.cells) {
      const row = rows.find((x) => x.configuration === cell.configuration && x.metric === cell.metric);
      expect(Number(row?.n)).toBe(cell.n);
      close(row?.mean, cell.mean);
      close(row?.std, cell.std);
      within(row?.ci_low, cell.low_bounds);
      within(row?.ci_high, cell.high_bounds);
    }
    for (const c of ref.comparisons) {
      const row = rows.find((x) => x.configuration === c.configuration && x.metric === c.metric);
      close(row?.ratio, c.ratio.estimate);
      within(row?.ratio_ci_low, c.ratio.low_bounds);
      within(row?.ratio_ci_high, c.ratio.high_bounds);
      close(row?.difference, c.difference.estimate);
      within(row?.difference_ci_low, c.difference.low_bounds);
      within(row?.difference_ci_high, c.difference.high_bounds);
    }
  });

  it('keeps a CSV configuration key as written: 1.10 and 1.1 are two configurations', () => {
    const dir = campaignDir({
      'a.csv': 'config,total_energy_j\n1.10,100\n1.10,101\n1.10,102\n1.1,200\n1.1,201\n1.1,202\n',
    });
    const r = runCli(['campaign', 'a.csv', '--config-key', 'config', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').slice(1);
    expect(rows.map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      '1.10,total_energy_j,3,0,101',
      '1.1,total_energy_j,3,0,201',
    ]);
  });

  it('warns about each result file without records, and with --strict refuses it', () => {
    const cycles = { 'r/cfgA/c1.json': { total_energy_j: 1 }, 'r/cfgA/c2.json': { total_energy_j: 2 } };
    const dir = campaignDir({
      ...cycles,
      'r/cfgB/c1.json': '[]',
      'r/cfgC/a.csv': 'total_energy_j\n',
      'r/cfgD/a.jsonl': '',
    });
    const r = runCli(['campaign', 'r', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    for (const file of ['r/cfgB/c1.json', 'r/cfgC/a.csv', 'r/cfgD/a.jsonl']) {
      expect(r.stderr).toContain(
        `bootstat: warning: ${file}: the file holds no records; it adds nothing to the campaign`,
      );
    }
    expectInputError(runCli(['campaign', 'r', '--strict'], { cwd: dir }), /^bootstat: error: r\/cfgB\/c1\.json: /);
    // The warnings come before the error that the configuration of the empty file is unknown.
    const b = runCli(['campaign', 'r', '--baseline', 'cfgB'], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/warning: r\/cfgB\/c1\.json: [^\n]*\n[\s\S]*error: --baseline: baseline "cfgB"/);
    const only = campaignDir({ 'r/cfgB/c1.json': '[]', 'r/cfgC/a.csv': 'total_energy_j\n' });
    expectInputError(runCli(['campaign', 'r'], { cwd: only }), /no records: .*r\/cfgB\/c1\.json, r\/cfgC\/a\.csv/);
  });

  it('gives the same bits from any working directory', () => {
    const dir = campaignDir({
      'day1/cfgA/c1.json': { total_energy_j: 1 },
      'day1/cfgA/c2.json': { total_energy_j: 2 },
      'day1/cfgA/c3.json': { total_energy_j: 3 },
      'day2/cfgA/c1.json': { total_energy_j: 10 },
      'day2/cfgA/c2.json': { total_energy_j: 20 },
      'day2/cfgA/c3.json': { total_energy_j: 30 },
    });
    const fromRoot = runCli(['campaign', 'day1', 'day2', '--format', 'csv'], { cwd: dir });
    const fromDay1 = runCli(['campaign', '.', '../day2', '--format', 'csv'], { cwd: join(dir, 'day1') });
    expect(fromRoot.code).toBe(0);
    expect(fromDay1.stdout).toBe(fromRoot.stdout);
  });

  it('reads a linked file once, refuses a dangling link (exit 2) and does not follow a link into a loop', () => {
    const dir = campaignDir({
      'sl/cfgA/c1.json': { total_energy_j: 1 },
      'sl/cfgA/c2.json': { total_energy_j: 2 },
      'sl/cfgA/c3.json': { total_energy_j: 3 },
    });
    symlinkSync('c1.json', join(dir, 'sl/cfgA/link.json'));
    symlinkSync('..', join(dir, 'sl/cfgA/loop'));
    const r = runCli(['campaign', 'sl', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^cfgA,total_energy_j,3,0,2,1,/);
    mkdirSync(join(dir, 'sl/cfgB'));
    symlinkSync('/nonexistent', join(dir, 'sl/cfgB/dangling.json'));
    expectInputError(
      runCli(['campaign', 'sl'], { cwd: dir }),
      /^bootstat: error: sl\/cfgB\/dangling\.json: the symbolic link to "\/nonexistent" cannot be followed/,
    );
  });

  it('refuses a configuration name with a newline, naming the file', () => {
    const dir = campaignDir({ 'r/cfg\nA/c1.json': { total_energy_j: 1 } });
    expectInputError(runCli(['campaign', 'r'], { cwd: dir }), /the directory "cfg\\nA".*control character U\+000A/);
    const key = campaignDir({ 'r.jsonl': '{"config":"a\\nb","total_energy_j":1}\n' });
    expectInputError(runCli(['campaign', 'r.jsonl', '--config-key', 'config'], { cwd: key }), /r\.jsonl:1: .*"a\\nb"/);
  });

  it('warns once that intervals and verdicts from fewer than 100 resamples are not to be trusted', () => {
    const r = runCli(['campaign', SAMPLE, '--resamples', '1', '--baseline', BASELINE]);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('resample'));
    expect(lines).toEqual([expect.stringMatching(/^bootstat: warning: Only 1 resample per interval: .*verdicts/)]);
    expect(runCli(['campaign', SAMPLE, '--resamples', '100']).stderr).not.toContain('resample');
  });

  describe('bad input: exit 2, one line naming the file and the field', () => {
    it('a bad record with --strict', () => {
      const dir = campaignDir({
        'cfg/cycle-1.json': { total_energy_j: 1 },
        'cfg/cycle-2.json': { total_energy_j: null },
      });
      expectInputError(runCli(['campaign', 'cfg', '--strict'], { cwd: dir }), /cfg\/cycle-2\.json: /, /total_energy_j/);
    });
    it('a record without the --config-key field', () => {
      const dir = campaignDir({ 'r.jsonl': '{"config":"a","total_energy_j":1}\n{"total_energy_j":2}\n' });
      expectInputError(
        runCli(['campaign', 'r.jsonl', '--config-key', 'config'], { cwd: dir }),
        /r\.jsonl:2: /,
        /configuration key config is missing/,
      );
    });
    it('invalid JSON', () => {
      const dir = campaignDir({ 'cfg/cycle-1.json': '{\n  "total_energy_j": 1,\n}\n' });
      expectInputError(runCli(['campaign', 'cfg'], { cwd: dir }), /cfg\/cycle-1\.json:3: invalid JSON/);
    });
    it('a missing path, and a glob without matches', () => {
      expectInputError(runCli(['campaign', 'no/such/dir']), /no\/such\/dir: no such file or directory/);
      expectInputError(runCli(['campaign', 'docs/examples/*.jsonl']), /docs\/examples\/\*\.jsonl: no result file/);
    });
    it('an unknown baseline, a metric without a direction, a bad option', () => {
      expectInputError(runCli(['campaign', SAMPLE, '--baseline', 'gpt-5']), /--baseline: baseline "gpt-5"/);
      expectInputError(
        runCli(['campaign', SAMPLE, '--baseline', BASELINE, '--metrics', 'duration_s']),
        /--direction duration_s=lower/,
      );
      expectInputError(runCli(['campaign', SAMPLE, '--direction', 'x=up', '--baseline', BASELINE]), /--direction/);
      expectInputError(runCli(['campaign', SAMPLE, '--noise', '0.02']), /--baseline/);
      expectInputError(runCli(['campaign', SAMPLE, '--level', '95']), /--level must be in \(0, 1\)/);
      expectInputError(runCli(['campaign', SAMPLE, '--metrics', 'a..b']), /metric "a\.\.b"/);
      expectInputError(runCli(['campaign']), /at least one PATH/);
      expectInputError(
        runCli(['campaign', SAMPLE, '--plot', '']),
        /--plot needs a file name, e.g\. --plot campaign\.svg/,
      );
      expectInputError(
        runCli(['campaign', SAMPLE, '--format', 'bogus']),
        /--format: unknown format "bogus"; use one of table, json, csv, markdown\./,
      );
    });
  });

  it('is listed in the help, and its own help exits 0', () => {
    expect(runCli(['--help']).stdout).toMatch(/\n {2}campaign PATH…/);
    const r = runCli(['campaign', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: bootstat campaign PATH...');
  });

  it('prints what docs/campaign.md shows', () => {
    const doc = readFileSync(join(REPO, 'docs/campaign.md'), 'utf8');
    const examples = documentedExamples(doc);
    expect(examples.length).toBeGreaterThan(1);
    for (const { args, expected, code } of examples) {
      const r = runCli(args);
      expect(r.code, r.stderr).toBe(code);
      expect(r.stdout).toBe(expected);
    }
  });
});
