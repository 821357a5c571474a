import { spawn } from 'node:child_process';
import { IoError, parseJson } from '@bootstat/io';
import { SimulatorError } from '../errors';
import type { Policy } from '../policy';
import type { Proposer } from '../proposer';
import { formatProposerContext, type ProposerContext } from '../proposer-context';

export interface CommandProposerOptions {
  /** A shell command line (run by /bin/sh -c), e.g. `node ask-model.mjs`. */
  readonly command: string;
  /** Kill it after this many milliseconds (default 60,000): a proposal that does not come is a rejected one. */
  readonly timeoutMs?: number;
  /** Kill it once it prints more than this many bytes (default 1 MiB). */
  readonly maxBytes?: number;
  /** Its working directory (default the process's). */
  readonly cwd?: string;
  /** Its environment (default the process's). */
  readonly env?: NodeJS.ProcessEnv;
}

/** What the command reads on its standard input: the context, its text form and the current policy. */
export interface CommandProposerInput extends ProposerContext {
  /** `formatProposerContext(context)`: the same context as text, for a prompt. */
  readonly text: string;
}

// Messages quote the command's output as it is (one line of it); the app escapes them before they are shown.
const lastLine = (text: string) =>
  (
    text
      .trim()
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(-1)[0] ?? ''
  ).slice(0, 300);

/**
 * A proposer that runs a user's command, the way to plug in a language model: the command gets the context as one
 * JSON document on its standard input (with `text`, the context as readable text) and prints a policy as JSON on
 * its standard output. The protocol is in docs/simulator.md. A command that crashes (exit ≠ 0), hangs past the
 * timeout, prints more than `maxBytes` or prints anything but one JSON document gives a rejected proposal with that
 * reason, and the loop goes on; a command that is not found or not executable (the shell's exit 127 or 126) stops
 * the run with SIMULATOR_PROPOSER_FAILED, since it can never work.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION for an empty command or limits that are not positive
 * @example
 * const proposer = createCommandProposer({ command: 'node examples/stub-llm-proposer.mjs', timeoutMs: 10_000 });
 * proposer.name; // 'command: node examples/stub-llm-proposer.mjs'
 */
export function createCommandProposer(options: CommandProposerOptions): Proposer {
  const command = options.command;
  if (typeof command !== 'string' || command.trim() === '') {
    throw new SimulatorError('SIMULATOR_INVALID_OPTION', 'the proposer command is empty: give a command line.');
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  for (const [name, v] of [
    ['timeoutMs', timeoutMs],
    ['maxBytes', maxBytes],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 1) {
      throw new SimulatorError('SIMULATOR_INVALID_OPTION', `${name} must be a whole number ≥ 1, got ${String(v)}.`);
    }
  }
  return {
    name: `command: ${command}`,
    settings: { command },
    propose: (context: ProposerContext, _current: Policy) =>
      runCommand(command, { ...context, text: formatProposerContext(context) }, timeoutMs, maxBytes, options),
  };
}

// Commands running now, by process group. While there is one, SIGINT, SIGTERM and SIGHUP kill their groups before the
// signal takes its course: a command runs in a group of its own (so that a timeout reaches what it started), where a
// terminal's Ctrl-C does not reach it. The same pattern as @bootstat/io's temporary files.
const running = new Set<number>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const pid of running) killGroup(pid);
  running.clear();
  listen(false);
  // Take the signal its usual way: with no other listener the process ends as killed by it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function listen(on: boolean): void {
  for (const s of SIGNALS) {
    if (on) process.on(s, onSignal);
    else process.off(s, onSignal);
  }
}

/** How long output may still come after the command exits (a background child may hold the pipe open). */
const AFTER_EXIT_MS = 200;

function runCommand(
  command: string,
  input: CommandProposerInput,
  timeoutMs: number,
  maxBytes: number,
  options: CommandProposerOptions,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout kills what the shell started too.
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    const pid = child.pid;
    if (pid !== undefined) {
      if (running.size === 0) listen(true);
      running.add(pid);
    }
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let settled = false;
    let exitCode: number | null = null;
    let exitSignal: NodeJS.Signals | null = null;
    let afterExit: NodeJS.Timeout | undefined;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(afterExit);
      if (pid !== undefined) {
        running.delete(pid);
        if (running.size === 0) listen(false);
      }
      // A child that escaped may still hold the pipes: stop reading them.
      child.stdout.destroy();
      child.stderr.destroy();
      outcome();
    };
    const fail = (why: string) => {
      if (pid !== undefined) killGroup(pid);
      finish(() => reject(new Error(why)));
    };
    const timer = setTimeout(() => fail(`the proposer command timed out after ${timeoutMs} ms`), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxBytes) fail(`the proposer command printed more than ${maxBytes} bytes`);
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString('utf8')).slice(-4096);
    });
    // A command that exits without reading its input closes the pipe: not an error of ours.
    child.stdin.on('error', () => {});
    child.on('error', (e) => {
      finish(() =>
        reject(new SimulatorError('SIMULATOR_PROPOSER_FAILED', `the proposer command could not start: ${e.message}`)),
      );
    });
    const conclude = () =>
      finish(() => {
        const code = exitCode;
        if (code === 127 || code === 126) {
          reject(
            new SimulatorError(
              'SIMULATOR_PROPOSER_FAILED',
              `the proposer command ${code === 127 ? 'was not found' : 'cannot be run'} (exit ${code}): ${lastLine(err) || command}`,
            ),
          );
          return;
        }
        if (code !== 0) {
          const why = exitSignal !== null ? `was killed by ${exitSignal}` : `exited with code ${code}`;
          reject(new Error(`the proposer command ${why}${err.trim() === '' ? '' : `: ${lastLine(err)}`}`));
          return;
        }
        const text = Buffer.concat(out).toString('utf8');
        try {
          resolve(parseJson(text.replace(/^\uFEFF/, '')));
        } catch (e) {
          if (e instanceof IoError) {
            const shown = (text.trim().split('\n')[0] ?? '').slice(0, 60);
            reject(
              new Error(
                `the proposer command printed no JSON policy (${e.message})${shown === '' ? '' : `: ${shown}`}`,
              ),
            );
          } else reject(e);
        }
      });
    child.on('exit', (code, signal) => {
      exitCode = code;
      exitSignal = signal;
      // Its output is read to the end ('close'), or for a moment more when something it started keeps the pipe.
      afterExit = setTimeout(conclude, AFTER_EXIT_MS);
    });
    child.on('close', () => {
      if (exitCode !== null || exitSignal !== null) conclude();
    });
    child.stdin.end(`${JSON.stringify(input)}\n`);
  });
}
