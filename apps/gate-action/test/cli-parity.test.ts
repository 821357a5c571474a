import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runAction, workspace } from './run-action';

const CLI = join(REPO, 'apps/cli/dist/cli.js');

describe('the Action and `bootstat gate`', () => {
  it.each([
    ['pass.json', '0.8'],
    ['fail.json', '0.8'],
    ['small.json', '0.5'],
    ['pass-shuffled.json', '0.85'],
  ])('give the same verdict and the same bits for %s', (file, threshold) => {
    const dir = workspace([file]);
    const action = runAction(dir, { report: file, threshold });
    const cli = spawnSync(process.execPath, [CLI, 'gate', file, '--threshold', threshold, '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(cli.status).toBe(action.code);
    const report = JSON.parse(cli.stdout).reports[0];
    expect(action.outputs.passed).toBe(String(report.passed));
    expect(Object.is(Number(action.outputs['lower-bound']), report.lowerBound)).toBe(true);
    expect(Object.is(Number(action.outputs.mean), report.mean)).toBe(true);
    expect(Number(action.outputs.n)).toBe(report.n);
    // The Action's results output is the CLI's JSON, document for document.
    expect(JSON.parse(action.outputs.results as string)).toEqual(JSON.parse(cli.stdout));
  });
});
