import { copyFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATE_FIXTURES, runAction, workspace } from './run-action';

const gate = (fixtures: string[], inputs: Record<string, string>, extra: Record<string, string> = {}) =>
  runAction(workspace(fixtures, extra), inputs);

describe('gate action (node dist/index.js, as GitHub runs it)', () => {
  it('passes a good run: exit 0, outputs, and a summary that opens with the verdict', () => {
    const r = gate(['pass.json'], { report: 'pass.json', threshold: '0.8' });
    expect(r.code).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs.n).toBe('30');
    expect(Number(r.outputs['lower-bound'])).toBeGreaterThan(0.8);
    expect(Number(r.outputs['lower-bound'])).toBeLessThan(Number(r.outputs.mean));
    expect(r.stdout).not.toContain('::error::');
    expect(r.summary.split('\n')[0]).toBe('## ✅ PASS — bootstat promotion gate');
    expect(r.outputs).toMatchObject({ reports: '1', failed: '0' });
    // One table, a row per report, the verdict first; six significant digits.
    expect(r.summary).toMatch(
      /\n\| verdict \| report \| run \| benchmark \| n \| mean \| sd \| lower_bound_95 \| alpha \| reason \|\n/,
    );
    expect(r.summary).toContain(
      '| ✅ PASS | pass.json | 3f2a9c1e-77b0-4c1d-9a51-0c6f2d8e4b13 | qa-suite | 30 | 0.902467 |',
    );
    // The chart sits inside <details>, and marks the bin of the bound.
    expect(r.summary).toMatch(
      /<details><summary>✅ PASS pass\.json: bootstrap means \(bound 0\.886499, threshold 0\.8\)<\/summary>/,
    );
    expect(r.summary).toMatch(/"0\.8\d\d ◀ bound"/);
    expect(JSON.parse(r.outputs.results as string)).toMatchObject({ schemaVersion: 1, kind: 'gate', passed: true });
    // The replicate histogram: a Mermaid bar chart whose bars count every one of the 1000 resamples.
    const bars = /```mermaid\nxychart-beta\n[\s\S]*?\n {2}bar \[([\d, ]+)\]\n```/.exec(r.summary);
    expect(bars).not.toBeNull();
    expect(
      bars?.[1]
        ?.split(',')
        .map(Number)
        .reduce((a, b) => a + b, 0),
    ).toBe(1000);
  });

  it('fails a weaker run: setFailed (exit 1, an error annotation), passed=false', () => {
    const r = gate(['fail.json'], { report: 'fail.json', threshold: '0.8' });
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(Number(r.outputs['lower-bound'])).toBeLessThanOrEqual(0.8);
    expect(r.stdout).toMatch(/^::error::The promotion gate failed/m);
    expect(r.stdout).toMatch(
      /^::warning title=bootstat gate,file=fail\.json::bootstat gate: fail\.json \(run .*\): FAIL: lower bound/m,
    );
    expect(r.summary.split('\n')[0]).toBe('## ❌ FAIL — bootstat promotion gate');
  });

  it('fails a too-small run closed even when its scores are high, with the small-sample warning annotated', () => {
    const r = gate(['small.json'], { report: 'small.json', threshold: '0.5' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', n: '4', 'lower-bound': '0' });
    expect(r.stdout).toMatch(/^::warning title=bootstat gate%3A SMALL_SAMPLE,file=small\.json::.*4 scores/m);
    expect(r.summary).toContain('| only 4 cases (min-cases 10) |');
    expect(r.summary).not.toContain('```mermaid'); // no resamples were drawn
  });

  it.each([
    [
      'a score outside [0, 1]',
      ['bad-score.json'],
      'bad-score.json',
      {},
      /bad-score\.json: line 10, column 16: cases\.\d+\.score/,
    ],
    ['a repeated caseId', ['duplicate.json'], 'duplicate.json', {}, /duplicate\.json: .*appears more than once/],
    [
      'text that is not JSON',
      [],
      'broken.json',
      { 'broken.json': '{"runId": "3f2a9c1e",' },
      /broken\.json: line 1, column \d+: invalid JSON/,
    ],
    [
      'a run id that is not hex',
      [],
      'id.json',
      { 'id.json': '{"runId":"zz","cases":[]}' },
      /id\.json: line 1, column 10: runId/,
    ],
    ['a glob that matches nothing', [], 'reports/*.json', {}, /reports\/\*\.json: no report file \(\.json\) matches/],
    ['no cases', [], 'none.json', { 'none.json': '{"runId":"3f2a9c1e","cases":[]}' }, /none\.json: .*no scores/],
  ])('fails closed on a malformed report (%s), whatever fail-on says', (_, fixtures, report, extra, message) => {
    for (const failOn of ['fail', 'never']) {
      const r = gate(fixtures, { report, threshold: '0.8', 'fail-on': failOn }, extra);
      expect(r.code).toBe(1);
      expect(r.outputs).toEqual({ passed: 'false' });
      expect(r.stdout).toMatch(/^::error::GATE_INVALID_REPORT: /m);
      expect(r.stdout).toMatch(message);
    }
  });

  it('fail-on warn and never report a failing gate without failing the step', () => {
    const warn = gate(['fail.json'], { report: 'fail.json', threshold: '0.8', 'fail-on': 'warn' });
    expect(warn.code).toBe(0);
    expect(warn.outputs.passed).toBe('false');
    expect(warn.stdout).toMatch(/^::warning title=bootstat gate,file=fail\.json::/m);
    expect(warn.stdout).not.toContain('::error::');
    const never = gate(['fail.json'], { report: 'fail.json', threshold: '0.8', 'fail-on': 'never' });
    expect(never.code).toBe(0);
    expect(never.outputs.passed).toBe('false');
    expect(never.stdout).toMatch(/^::notice title=bootstat gate,file=fail\.json::/m);
  });

  it.each([
    [{ threshold: '1.5' }, 'Input \'threshold\' must be a number in [0, 1]; got "1.5".'],
    [{ threshold: '' }, "Input 'threshold' is required."],
    [{ 'fail-on': 'sometimes' }, 'Input \'fail-on\' must be one of fail, warn, never; got "sometimes".'],
    [{ resamples: '1e9' }, 'Input \'resamples\' must be an integer in [100, 10000000]; got "1e9".'],
    [{ resamples: '3' }, 'Input \'resamples\' must be an integer in [100, 10000000]; got "3".'],
    [{ 'min-cases': '2.5' }, 'Input \'min-cases\' must be an integer >= 1; got "2.5".'],
    [
      { alpha: '0.5' },
      'Input \'alpha\' must be a number in [2.775557561562892e-17, 0.5), e.g. 0.025 (below that, 1 − 2·alpha rounds to 1); got "0.5".',
    ],
  ])('rejects a bad input %o, naming it and what it accepts', (bad, message) => {
    const r = gate(['pass.json'], { report: 'pass.json', threshold: '0.8', ...bad });
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ passed: 'false' });
    expect(r.stdout).toContain(`::error::GATE_INVALID_INPUT: ${message}`);
  });

  it('gates every report a glob matches: scalar outputs of the weakest report, every report in results', () => {
    const r = gate(['pass.json', 'fail.json', 'pass-shuffled.json'], { report: '*.json', threshold: '0.8' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', reports: '3', failed: '1', n: '30' });
    const results = JSON.parse(r.outputs.results as string);
    const bounds = results.reports.map((x: { lowerBound: number }) => x.lowerBound) as number[];
    // fail.json, pass-shuffled.json, pass.json: the shuffled copy of pass.json gives the same bits.
    expect(results.reports.map((x: { report: string }) => x.report)).toEqual([
      'fail.json',
      'pass-shuffled.json',
      'pass.json',
    ]);
    expect(bounds[1]).toBe(bounds[2]);
    // The scalar outputs are the weakest report's: the lowest bound, fail.json's.
    expect(Number(r.outputs['lower-bound'])).toBe(Math.min(...bounds));
    expect(Number(r.outputs['lower-bound'])).toBe(bounds[0]);
    // One table with a row per report, failing first.
    expect(r.summary.match(/^\| (✅ PASS|❌ FAIL) \|/gm)).toEqual(['| ❌ FAIL |', '| ✅ PASS |', '| ✅ PASS |']);
  });

  it('keeps its outputs the same shape whatever the number of reports (one or several)', () => {
    const one = gate(['pass.json'], { report: 'pass.json', threshold: '0.8' });
    const three = gate(['pass.json', 'fail.json', 'small.json'], { report: '*.json', threshold: '0.5' });
    expect(Object.keys(one.outputs).sort()).toEqual(Object.keys(three.outputs).sort());
    for (const o of [one.outputs, three.outputs]) {
      expect(Number.isNaN(Number(o['lower-bound']))).toBe(false);
      expect(Number.isInteger(Number(o.n))).toBe(true);
    }
  });

  it("excludes what a ! line matches, as the CLI's globs do", () => {
    const r = gate(['pass.json', 'fail.json'], { report: '*.json\n!fail.json', threshold: '0.8' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', reports: '1' });
  });

  it('takes a holm input, and Holm lowers each alpha', () => {
    const plain = gate(['pass.json', 'pass-shuffled.json'], { report: '*.json', threshold: '0.5' });
    const holm = gate(['pass.json', 'pass-shuffled.json'], { report: '*.json', threshold: '0.5', holm: 'true' });
    const alphas = (r: typeof plain) =>
      JSON.parse(r.outputs.results as string).reports.map((x: { alpha: number }) => x.alpha);
    expect(alphas(plain)).toEqual([0.025, 0.025]);
    expect(alphas(holm)).toEqual([0.0125, 0.0125]);
    expect(holm.summary).toContain("alpha 0.025 (Holm's correction)");
    expect(gate(['pass.json'], { report: 'pass.json', threshold: '0.5', holm: 'yes' }).stdout).toContain(
      '::error::GATE_INVALID_INPUT: Input \'holm\' must be true or false; got "yes".',
    );
  });

  it('takes several paths, one per line, and min-cases from its input', () => {
    const r = gate(['pass.json', 'small.json'], {
      report: 'pass.json\nsmall.json\n',
      threshold: '0.5',
      'min-cases': '4',
    });
    expect(JSON.parse(r.outputs.results as string).reports.map((x: { n: number }) => x.n)).toEqual([30, 4]);
    // n = 4 meets min-cases 4 but the small-sample rule still makes its bound 0: a fail, and the weakest report.
    expect(r.outputs).toMatchObject({ 'lower-bound': '0', n: '4', failed: '1' });
    expect(r.code).toBe(1);
  });

  it('names the failing reports and their reasons in the failure (too few cases here, not the bound)', () => {
    const r = gate(['pass.json'], { report: 'pass.json', threshold: '0.8', 'min-cases': '31' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::The promotion gate failed: pass.json: only 30 cases (min-cases 31).');
  });

  it('fails closed on a broken link among the reports a glob matches, instead of dropping it', () => {
    const dir = workspace([]);
    mkdirSync(join(dir, 'runs'));
    copyFileSync(join(GATE_FIXTURES, 'pass.json'), join(dir, 'runs/pass.json'));
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'runs/dangling.json'));
    const r = runAction(dir, { report: 'runs/*.json', threshold: '0.8' });
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ passed: 'false' });
    expect(r.stdout).toMatch(
      /^::error::GATE_INVALID_REPORT: runs\/dangling\.json: the symbolic link .* cannot be followed/m,
    );
  });

  it('reads a report that starts with a byte-order mark, with the same bits', () => {
    const text = readFileSync(join(GATE_FIXTURES, 'pass.json'), 'utf8');
    const plain = gate(['pass.json'], { report: 'pass.json', threshold: '0.8' });
    const bom = gate([], { report: 'bom.json', threshold: '0.8' }, { 'bom.json': `\uFEFF${text}` });
    expect(bom.outputs['lower-bound']).toBe(plain.outputs['lower-bound']);
  });

  it('keeps a run id full of Markdown and Mermaid syntax inside its table cell and chart title', () => {
    const report = JSON.parse(readFileSync(join(GATE_FIXTURES, 'pass.json'), 'utf8'));
    report.runId = '3f2a9c1e"]|x\n```';
    const r = gate([], { report: 'odd.json', threshold: '0.8' }, { 'odd.json': JSON.stringify(report) });
    expect(r.code).toBe(0);
    const title = /^ {2}title "(.*)"$/m.exec(r.summary)?.[1] ?? '';
    // escapeText first (the newline becomes the two characters \n), then no quote, bracket or backtick.
    expect(title).toBe('Bootstrap means of run 3f2a9c1e  |x\\n   : bound 0.886499 — threshold 0.8 below every mean');
    expect(r.summary).toContain('| 3f2a9c1e"\\]\\|x\\\\n\\`\\`\\` |');
    expect(r.summary.match(/^```/gm)).toHaveLength(2); // the chart's fence opens and closes, nothing else
  });

  it('cannot be made to run a workflow command by a run id, and prints no raw control character anywhere', () => {
    // Before: a run id with a newline and ::error … became an annotation of its own.
    const report = JSON.parse(readFileSync(join(GATE_FIXTURES, 'pass.json'), 'utf8'));
    const hostile = '\n::error title=x::pwned\r\u001b[31m\u202eevil';
    const small = { ...report, runId: `3f2a9c1e${hostile}`, cases: report.cases.slice(0, 3) };
    for (const failOn of ['fail', 'never']) {
      const r = gate(
        [],
        { report: '*.json', threshold: '0.8', 'fail-on': failOn },
        {
          'a.json': JSON.stringify({ ...report, runId: `3f2a9c1e${hostile}` }),
          'b.json': JSON.stringify(small),
        },
      );
      const lines = r.stdout.split('\n');
      expect(lines.some((l) => /^\s*::error title=x/.test(l))).toBe(false);
      expect(
        lines
          .filter((l) => l.includes('pwned'))
          .every((l) => /^(::(warning|notice|error)[^:]*::|bootstat gate:)/.test(l)),
      ).toBe(true);
      expect(r.stdout.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
      expect(r.summary.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    }
  });

  it('fails closed on a report that names "cases" twice (JSON.parse would keep the second list)', () => {
    const report = JSON.parse(readFileSync(join(GATE_FIXTURES, 'pass.json'), 'utf8'));
    const low = report.cases.map((c: { caseId: string }) => ({ caseId: c.caseId, score: 0 }));
    const text = `{"runId": "${report.runId}", "cases": ${JSON.stringify(low)}, "cases": ${JSON.stringify(report.cases)}}`;
    const r = gate([], { report: 'dup.json', threshold: '0.8', 'fail-on': 'never' }, { 'dup.json': text });
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ passed: 'false' });
    expect(r.stdout).toMatch(
      /^::error::GATE_INVALID_REPORT: dup\.json: line 1, column \d+: the key "cases" appears twice/m,
    );
  });

  it('says what the alpha used means, and names the bound after it (alpha 0.05: a two-sided 90% interval)', () => {
    // Before: the summary always said "95%" and "a one-sided 97.5% bound at alpha 0.025".
    const r = gate(['pass.json'], { report: 'pass.json', threshold: '0.5', alpha: '0.05' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('| lower_bound_90 |');
    expect(r.summary).toContain(
      'The bound (lower_bound_90) is the lower end of the two-sided 90% BCa interval of the mean score (a one-sided 95% lower bound, alpha 0.05)',
    );
    expect(r.summary).not.toMatch(/97\.5|lower_bound_95|0\.025/);
    const d = gate(['pass.json'], { report: 'pass.json', threshold: '0.5' });
    expect(d.summary).toContain(
      'two-sided 95% BCa interval of the mean score (a one-sided 97.5% lower bound, alpha 0.025)',
    );
  });

  it('refuses an alpha so small that 1 − 2·alpha rounds to 1, naming the smallest that works', () => {
    const r = gate(['pass.json'], { report: 'pass.json', threshold: '0.5', alpha: '1e-17' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::GATE_INVALID_INPUT: Input \'alpha\' must be a number in [2.775557561562892e-17, 0.5), e.g. 0.025 (below that, 1 − 2·alpha rounds to 1); got "1e-17".',
    );
  });

  it('lets no run id add HTML to the chart or emoji and emphasis to the table', () => {
    const report = JSON.parse(readFileSync(join(GATE_FIXTURES, 'pass.json'), 'utf8'));
    report.runId = '3f2a9c1e<img src=x onerror=alert(1)> _e_ :x: http://evil';
    const r = gate([], { report: 'odd.json', threshold: '0.5' }, { 'odd.json': JSON.stringify(report) });
    expect(r.code).toBe(0);
    expect(r.summary).not.toContain('<img');
    // Outside the Mermaid chart (which Markdown does not read), nothing is left to render as emoji, emphasis or a link.
    const text = r.summary.replace(/```mermaid[\s\S]*?```/g, '');
    expect(text).not.toMatch(/[^\\]:x:|[^\\]_e_|http:\/\//);
    expect(r.summary).toContain('3f2a9c1e&lt;img src=x onerror=alert(1)&gt; \\_e\\_ \\:x\\: http\\://evil');
  });

  it('writes the summary even when an input is invalid, saying why the step failed', () => {
    const r = gate(['pass.json'], { report: 'pass.json', threshold: 'high' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('## ❌ FAIL — bootstat promotion gate');
    expect(r.summary).toContain(
      "The step failed before any report was gated: GATE\\_INVALID\\_INPUT\\: Input 'threshold' must be",
    );
  });

  it("keeps the summary of 2000 reports under GitHub's 1 MiB, in whole rows, saying how many more are in results", () => {
    const report = JSON.parse(readFileSync(join(GATE_FIXTURES, 'pass.json'), 'utf8'));
    const extra: Record<string, string> = {};
    for (let k = 0; k < 2000; k++) {
      const runId = `${(0x10000000 + k).toString(16)}-${'x'.repeat(60)}`;
      extra[`r${String(k).padStart(4, '0')}.json`] = JSON.stringify({ ...report, runId, benchmark: 'b'.repeat(40) });
    }
    const r = gate([], { report: '*.json', threshold: '0.8' }, extra);
    expect(r.outputs.reports).toBe('2000');
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    const rows = r.summary.split('\n').filter((l) => /^\| (✅|❌)/.test(l));
    for (const row of rows) expect(row.split(' | ')).toHaveLength(10);
    expect(rows.length).toBeGreaterThan(100);
    if (rows.length < 2000) expect(r.summary).toContain(`… and ${2000 - rows.length} more reports (0 failing)`);
    expect(JSON.parse(r.outputs.results as string).reports).toHaveLength(2000);
  }, 120_000);
});
