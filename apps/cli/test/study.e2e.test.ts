// `bootstat study SPEC`: the same bytes in every mode and for every worker count and chunk, every format, atomic
// --out, --plot, the progress bar, and one line with exit 2 for every bad spec, before anything is written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, stderrOnTerminal, tempDir } from './run-cli';

const SPEC = 'apps/cli/test/fixtures/study-small.yaml';

describe('bootstat study: the same bits however it is computed', () => {
  it('prints byte-identical JSON for --mode batch and per-dataset, --workers 1, 2 and 3, and any --chunk', () => {
    const json = (...extra: string[]) => {
      const r = runCli(['study', SPEC, '--format', 'json', ...extra]);
      expect(r.stderr).not.toMatch(/bootstat: error/);
      expect(r.code).toBe(0);
      return r.stdout;
    };
    const reference = json('--mode', 'batch', '--workers', '1');
    const doc = JSON.parse(reference) as {
      kind: string;
      scenarios: { id: string; nanReplicates: { total: number } }[];
    };
    expect(doc.kind).toBe('study');
    expect(doc.scenarios).toHaveLength(9);
    // The n = 5 case draws constant resamples: they are omitted and counted, not hidden.
    expect(doc.scenarios.filter((s) => s.id.startsWith('case-c/')).some((s) => s.nanReplicates.total > 0)).toBe(true);
    expect(json('--mode', 'per-dataset', '--workers', '1')).toBe(reference);
    expect(json('--mode', 'batch', '--workers', '2')).toBe(reference);
    expect(json('--mode', 'per-dataset', '--workers', '3', '--chunk', '5')).toBe(reference);
    expect(json('--workers', '2', '--chunk', '1')).toBe(reference);
  }, 120_000);
});

describe('bootstat study: formats and files', () => {
  it('prints a table, Markdown and CSV with one row per scenario and method', () => {
    const table = runCli(['study', SPEC, '--workers', '1']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/scenario\s+rho\s+input_rho\s+mean_rho_hat\s+method/);
    expect(table.stdout).toContain('case-a/k4/even');
    const csv = runCli(['study', SPEC, '--format', 'csv', '--workers', '1']).stdout.trim().split('\n');
    expect(csv[0]).toBe(
      'scenario,n,k,pattern,rho,input_rho,mean_rho_hat,method,mean_ci_low,mean_ci_high,sd_ci_low,sd_ci_high,mean_width,coverage,coverage_se,nan_replicates,fisher_z_ci_low,fisher_z_ci_high',
    );
    expect(csv).toHaveLength(1 + 9 * 2);
    expect(csv[1]).toMatch(/^case-a\/k4\/even,30,4,even,-0\.2,/);
    expect(csv[2]).toMatch(/^case-a\/k4\/even,.*,basic,/);
    const md = runCli(['study', SPEC, '--format', 'markdown', '--workers', '1']).stdout;
    expect(md).toMatch(/^\| scenario \| rho \| input\\_rho \|/m);
  }, 60_000);

  it('writes --out atomically and --plot as an SVG, and nothing else in the directory', () => {
    const dir = tempDir();
    const r = runCli(['study', SPEC, '--format', 'json', '--out', join(dir, 'r.json'), '--plot', join(dir, 'p.svg')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['p.svg', 'r.json']);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).kind).toBe('study');
    const svg = readFileSync(join(dir, 'p.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('case-c/all-distinct');
    expect(svg).toContain('coverage');
  }, 60_000);

  it('draws a progress bar of datasets and scenarios on a terminal, and none under CI', async () => {
    const run = (env: Record<string, string>) =>
      stderrOnTerminal(['study', SPEC, '--workers', '1', '--format', 'json'], env);
    const bar = await run({});
    expect(bar).toMatch(/\rstudy \[#*\.*\] \d+% \d+\/\d+ calibrations/);
    expect(bar).toMatch(/\rstudy \[#*\.*\] \d+% \d+\/216 datasets, \d\/9 scenarios/);
    expect(bar).toMatch(/216\/216 datasets, 9\/9 scenarios/);
    expect(await run({ CI: 'true' })).not.toContain('\r');
  }, 60_000);
});

describe('bootstat study --plugin', () => {
  it("runs a marginal a plugin module registers; Spearman sees only ranks, so the numbers equal lognormal's", () => {
    const dir = tempDir();
    const spec = join(dir, 'spec.yaml');
    const text = (marginal: string, options: string) =>
      `seed: 4\nnReps: 20\nnResamples: 100\ncalibration: { datasets: 200 }\nmarginal: ${marginal}\ngrid: { k: [4], patterns: [even] }\ncases: [{ id: 1, n: 30, rho: 0.3, marginal: ${options} }]\n`;
    writeFileSync(spec, text('uniform', '{ lo: 2, hi: 3 }'));
    const plugin = join(REPO, 'apps/cli/test/fixtures/uniform-marginal-plugin.mjs');
    const r = runCli(['study', spec, '--plugin', plugin, '--format', 'json']);
    expect(r.stderr).not.toMatch(/bootstat: error/);
    expect(r.code).toBe(0);
    const uniform = JSON.parse(r.stdout) as { marginal: string; scenarios: { intervals: unknown }[] };
    expect(uniform.marginal).toBe('uniform');
    writeFileSync(spec, text('lognormal', '{ median: 1, iqr: 1 }'));
    const lognormal = JSON.parse(runCli(['study', spec, '--format', 'json']).stdout) as typeof uniform;
    expect(uniform.scenarios[0]?.intervals).toEqual(lognormal.scenarios[0]?.intervals);
    // Without the plugin the name is unknown; with it, worker threads are refused (functions do not cross threads).
    writeFileSync(spec, text('uniform', '{ lo: 2, hi: 3 }'));
    expect(runCli(['study', spec]).stderr).toMatch(/unknown marginal "uniform"/);
    const threads = runCli(['study', spec, '--plugin', plugin, '--workers', '2']);
    expect(threads.code).toBe(2);
    expect(threads.stderr).toMatch(/generator plugins cannot be sent to worker threads .* use workers: 1/);
  }, 60_000);
});

describe('bootstat study: bad input is one line, exit 2, nothing written', () => {
  const base = readFileSync(join(REPO, SPEC), 'utf8');
  it.each([
    [
      'counts that do not sum to n',
      `${base}counts: { "30": { "4": { even: [8, 8, 8, 8] } } }\n`,
      /counts\.30\.4\.even: the counts sum to 32, not n = 30/,
    ],
    ['k > n', base.replace('k: [4]', 'k: [4, 6]'), /grid\.k 6 is more levels than case c has values \(n = 5\)/],
    [
      '|rho| >= 1',
      base.replace('rho: 0.4', 'rho: 1'),
      /cases\.1\.rho: a Spearman correlation must lie strictly between -1 and 1/,
    ],
    [
      'an unknown generator',
      `${base}outcome: rank-mixin\n`,
      /unknown outcome generator "rank-mixin" \(did you mean "rank-mixing"\?\); the generators are rank-mixing, gaussian-copula, log-linear/,
    ],
    ['an unknown pattern', base.replace('heavy_center', 'heavy-centre'), /unknown count pattern "heavy-centre"/],
    ['nReps of 0', base.replace('nReps: 24', 'nReps: 0'), /field nReps: nReps must be at least 1/],
    [
      'a fractional nResamples',
      base.replace('nResamples: 150', 'nResamples: 150.5'),
      /nResamples must be a whole number, not a fraction/,
    ],
    [
      'a spec too large for the machine',
      base.replace('nReps: 24', 'nReps: 900000000'),
      /needs about [\d.]+ GB .*lower nReps \(the spec's, or --reps\)/,
    ],
    ['YAML that does not parse', 'seed: [1\n', /not valid YAML/],
    ['an unknown field', `${base}nBoot: 3\n`, /unknown field nBoot/],
  ])('%s', (_, text, message) => {
    const dir = tempDir();
    const spec = join(dir, 'spec.yaml');
    writeFileSync(spec, text);
    const r = runCli(['study', spec, '--out', join(dir, 'out.json'), '--plot', join(dir, 'p.svg')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(spec);
    expect(readdirSync(dir)).toEqual(['spec.yaml']);
  });

  it('fails a target the design cannot reach with exit 2 and one line on worker threads too, before any dataset', () => {
    const dir = tempDir();
    const spec = join(dir, 'spec.yaml');
    writeFileSync(spec, base.replace('rho: 0.4', 'rho: 0.99'));
    for (const workers of ['1', '2']) {
      const r = runCli(['study', spec, '--workers', workers, '--out', join(dir, 'out.json')]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/scenario case-b\/k4\/even: .*0\.99 cannot be reached/);
      expect(readdirSync(dir)).toEqual(['spec.yaml']);
    }
  }, 60_000);

  it('refuses an output it could not write before running: a directory, a path under a file, an empty name', () => {
    const dir = tempDir();
    const check = (args: string[], message: RegExp) => {
      const r = runCli(['study', SPEC, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/warning/);
    };
    check(['--out', dir], /--out .* is a directory; name a file to write/);
    writeFileSync(join(dir, 'afile'), '');
    check(['--plot', join(dir, 'afile', 'p.svg')], /cannot write .*afile\/p\.svg: .*afile is a file, not a directory/);
    check(['--out', ''], /--out needs a file name/);
    expect(readdirSync(dir)).toEqual(['afile']);
  });

  it('refuses a YAML tag it does not know, with its line, and prints no library warning', () => {
    const dir = tempDir();
    const spec = join(dir, 'spec.yaml');
    writeFileSync(spec, `${base}label: !custom x\n`);
    const r = runCli(['study', spec]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/spec\.yaml:\d+: YAML bootstat does not accept: Unresolved tag: !custom/);
  });

  it('refuses a missing spec, two specs, and bad flags', () => {
    expect(runCli(['study']).stderr).toMatch(/study takes one SPEC file/);
    expect(runCli(['study', SPEC, SPEC]).code).toBe(2);
    expect(runCli(['study', 'no-such.yaml']).stderr).toMatch(/no-such\.yaml/);
    expect(runCli(['study', SPEC, '--mode', 'fast']).stderr).toMatch(/--mode/);
    expect(runCli(['study', SPEC, '--workers', '0']).code).toBe(2);
    expect(runCli(['study', SPEC, '--reps', '1.5']).code).toBe(2);
    expect(existsSync(join(REPO, 'no-such.yaml'))).toBe(false);
  });
});
