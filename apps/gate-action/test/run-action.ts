import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed bundle, run as GitHub runs it (pnpm test rebuilds it first). */
export const BUNDLE = fileURLToPath(new URL('../dist/index.js', import.meta.url));
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
/** The CLI's gate reports: the Action is tested on the same files, so the two can be compared. */
export const GATE_FIXTURES = join(REPO, 'apps/cli/test/fixtures/gate');

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  readonly outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY as written. */
  readonly summary: string;
}

/** A workspace with copies of the named gate fixtures (and any extra files given as name → text). */
export function workspace(fixtures: readonly string[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'bootstat-action-'));
  for (const f of fixtures) copyFileSync(join(GATE_FIXTURES, f), join(dir, f));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

/** GitHub's `name<<DELIMITER\nvalue\nDELIMITER` records. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

/**
 * Runs `node dist/index.js` the way the runner does: each input as INPUT_<NAME> (upper case, hyphens kept),
 * GITHUB_WORKSPACE, and fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files; nothing else from this process's env.
 */
export function runAction(cwd: string, inputs: Record<string, string>): ActionRun {
  const files = mkdtempSync(join(tmpdir(), 'bootstat-action-files-'));
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [BUNDLE], { cwd, env, encoding: 'utf8', timeout: 60_000, input: '' });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}
