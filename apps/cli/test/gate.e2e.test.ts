import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promotionGate } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli';

const fixtures = join(import.meta.dirname, 'fixtures/gate');
const f = (name: string) => join(fixtures, name);
const gateJson = (args: string[]) => {
  const r = runCli(['gate', ...args, '--format', 'json']);
  return { ...r, out: r.stdout === '' ? undefined : JSON.parse(r.stdout) };
};

describe('bootstat gate', () => {
  it('passes a good run (exit 0) and fails a weaker one (exit 1)', () => {
    const pass = gateJson([f('pass.json'), '--threshold', '0.8']);
    expect(pass.code).toBe(0);
    expect(pass.out.passed).toBe(true);
    expect(Number(pass.out.reports[0].lowerBound)).toBeGreaterThan(0.8);
    expect(pass.out.reports[0].seed).toBe(0x3f2a9c1e);
    const fail = gateJson([f('fail.json'), '--threshold', '0.8']);
    expect(fail.code).toBe(1);
    expect(fail.out.reports[0].reason).toMatch(/^lower bound .* <= threshold 0\.8$/);
  });

  it('prints n, mean, sd, lower_bound_95, threshold and the verdict as a table', () => {
    const r = runCli(['gate', f('pass.json'), '--threshold', '0.8']);
    expect(r.stdout).toMatch(/^verdict\s+report\s+run\s+n\s+mean\s+sd\s+lower_bound_95\s+threshold\s+reason/);
    expect(r.stdout).toMatch(/\nPASS\s/);
  });

  it('fails closed on too few cases, even with high scores', () => {
    const r = gateJson([f('small.json'), '--threshold', '0.5']);
    expect(r.code).toBe(1);
    expect(r.out.reports[0]).toMatchObject({ passed: false, lowerBound: 0, reason: 'only 4 cases (min-cases 10)' });
    expect(r.stderr).toContain('4 scores'); // the small-sample warning names n and the run id
  });

  it('gives the same bits whatever the order of the cases, and from JSONL with --run-id', () => {
    const a = gateJson([f('pass.json'), '--threshold', '0.8']).out.reports[0];
    const b = gateJson([f('pass-shuffled.json'), '--threshold', '0.8']).out.reports[0];
    const c = gateJson([
      f('pass-cases.jsonl'),
      '--threshold',
      '0.8',
      '--run-id',
      '3f2a9c1e-77b0-4c1d-9a51-0c6f2d8e4b13',
    ]).out.reports[0];
    expect(b.lowerBound).toBe(a.lowerBound);
    expect(c.lowerBound).toBe(a.lowerBound);
  });

  it('gives the library’s bound, bit for bit', () => {
    const report = JSON.parse(readFileSync(f('pass.json'), 'utf8'));
    const lib = promotionGate([report], { threshold: 0.8 }).verdicts[0];
    expect(gateJson([f('pass.json'), '--threshold', '0.8']).out.reports[0].lowerBound).toBe(lib?.bound.lowerBound);
  });

  it('gates several reports with an overall verdict, and Holm lowers each alpha', () => {
    const plain = gateJson([f('pass.json'), f('fail.json'), '--threshold', '0.8']);
    expect(plain.code).toBe(1);
    expect(plain.out.reports.map((r: { passed: boolean }) => r.passed)).toEqual([true, false]);
    const holm = gateJson([f('pass.json'), f('fail.json'), '--threshold', '0.8', '--holm']);
    expect(holm.out.holm).toBe(true);
    expect(holm.out.reports[0].alpha).toBe(0.0125); // first step: 0.025 / 2
    expect(Number(holm.out.reports[0].lowerBound)).toBeLessThanOrEqual(Number(plain.out.reports[0].lowerBound));
  });

  describe('invalid input: exit 2, never a pass', () => {
    const expectInvalid = (args: string[], pattern: RegExp) => {
      const r = runCli(['gate', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    };
    it('a score outside [0, 1]', () =>
      expectInvalid(
        [f('bad-score.json'), '--threshold', '0.8'],
        /bad-score\.json:10:16: cases\.1\.score: score must be in \[0, 1\]/,
      ));
    it('a repeated caseId', () =>
      expectInvalid([f('duplicate.json'), '--threshold', '0.8'], /caseId "a" appears more than once/));
    it('a missing report', () =>
      expectInvalid(
        [f('nope.json'), '--threshold', '0.8'],
        /cannot read .*nope\.json: no such file or directory \(ENOENT\)/,
      ));
    it('no threshold', () => expectInvalid([f('pass.json')], /--threshold is required/));
    it('a threshold outside [0, 1]', () =>
      expectInvalid([f('pass.json'), '--threshold', '80'], /--threshold must be in \[0, 1\]/));
    it('JSONL without a run id', () => expectInvalid([f('pass-cases.jsonl'), '--threshold', '0.8'], /--run-id/));
    it('a run id given for a JSON report (which has its own)', () =>
      expectInvalid(
        [f('pass.json'), '--threshold', '0.8', '--run-id', 'deadbeef'],
        /pass\.json: --run-id is for JSONL/,
      ));
    it('too few resamples for a bound (it would be one of a handful of resampled means)', () =>
      expectInvalid(
        [f('pass.json'), '--threshold', '0.89', '--resamples', '3'],
        /--resamples must be an integer in \[100,/,
      ));
    it('a report with no cases, naming the file', () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'empty.json'), '{"runId": "3f2a9c1e", "cases": []}');
      expectInvalid([join(dir, 'empty.json'), '--threshold', '0.8'], /empty\.json: .*no scores/);
    });
  });

  it('reads a report that starts with a byte-order mark, with the same bits', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${readFileSync(f('pass.json'), 'utf8')}`);
    const a = gateJson([f('pass.json'), '--threshold', '0.8']).out.reports[0];
    const b = gateJson([join(dir, 'bom.json'), '--threshold', '0.8']).out.reports[0];
    expect(b.lowerBound).toBe(a.lowerBound);
  });
});
