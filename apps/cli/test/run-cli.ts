import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built binary, spawned as a user runs it (pnpm test builds before testing). */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bootstat-cli-'));
}

/**
 * The `$ bootstat …` examples of a Markdown text: each console block's command, what it prints on stdout, and its
 * exit code — 0, or the number under a closing `$ echo $?` line, as a shell transcript shows it.
 */
export function documentedExamples(text: string): { args: string[]; expected: string; code: number }[] {
  return [...text.matchAll(/```console\n\$ bootstat ([^\n]*)\n([\s\S]*?)```/g)].map((m) => {
    const body = m[2] as string;
    const exit = /\$ echo \$\?\n(\d+)\n$/.exec(body);
    return {
      args: (m[1] as string).split(' '),
      expected: exit === null ? body : body.slice(0, exit.index),
      code: exit === null ? 0 : Number(exit[1]),
    };
  });
}

/**
 * Runs the CLI in this process as on a terminal (standard input and error are TTYs; the clock moves 0.7 s a call,
 * so a progress bar shows at once) and returns what it wrote on standard error.
 */
export async function stderrOnTerminal(args: readonly string[], env: Record<string, string>): Promise<string> {
  const { main } = await import('../src/main');
  let err = '';
  let clock = 0;
  await main(args, {
    stdout: () => undefined,
    stderr: (t) => {
      err += t;
    },
    stdin: async function* () {},
    stdinIsTTY: true,
    stderrIsTTY: true,
    env,
    cwd: REPO,
    now: () => (clock += 700),
  });
  return err;
}
