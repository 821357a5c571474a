import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ciCommand, gateCommand, libraryCall } from './commands';
import { caseId, type GateOutcome } from './compute';

describe('the command and the call the page shows', () => {
  const request = {
    values: [1.5, -2, 1e-7, 0.1 + 0.2],
    statistic: 'median',
    method: 'basic',
    confidenceLevel: 0.9,
    nResamples: 999,
    seed: 7,
  } as const;

  it('spell out every option and each number in its shortest exact form', () => {
    expect(ciCommand(request)).toBe(
      "printf '%s\\n' 1.5 -2 1e-7 0.30000000000000004 | bootstat ci --statistic median --method basic --level 0.9 --resamples 999 --seed 7 --format json",
    );
    expect(libraryCall(request)).toContain("bootstrap([[1.5, -2, 1e-7, 0.30000000000000004]], 'median', {");
  });

  it('feeds the numbers one per line (sh runs the printf)', () => {
    const printf = ciCommand(request).split(' | ')[0] ?? '';
    expect(execFileSync('sh', ['-c', printf], { encoding: 'utf8' })).toBe('1.5\n-2\n1e-7\n0.30000000000000004\n');
  });
});

describe('caseId', () => {
  it('pads to the count, so the gate’s caseId order is the pasted order', () => {
    expect([caseId(0, 12), caseId(11, 12), caseId(0, 9)]).toEqual(['case-01', 'case-12', 'case-1']);
    const ids = Array.from({ length: 150 }, (_, i) => caseId(i, 150));
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('gateCommand', () => {
  it('writes the report as given, whatever the run id holds: the shell expands nothing (sh runs it)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.constantFrom('EOF', "'EOF'", '$(touch pwned)', '`id`'),
        (a, b) => {
          const runId = `${a}${b}\nEOF\n${a}`;
          const report = { runId, benchmark: 'playground', cases: [{ caseId: 'case-1', score: 0.5 }] };
          const dir = mkdtempSync(join(tmpdir(), 'bootstat-gate-command-'));
          const script = gateCommand({ report } as unknown as GateOutcome, 0.8).split('\nbootstat gate')[0] ?? '';
          execFileSync('sh', ['-c', script], { cwd: dir });
          try {
            expect(JSON.parse(readFileSync(join(dir, 'playground-report.json'), 'utf8'))).toEqual(report);
            expect(readdirSync(dir)).toEqual(['playground-report.json']);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
