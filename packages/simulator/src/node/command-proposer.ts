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
    propose: (context: ProposerContext, _current: Policy) =>
      runCommand(command, { ...context, text: formatProposerContext(context) }, timeoutMs, maxBytes, options),
  };
}

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
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let failure: string | undefined;
    const kill = (why: string) => {
      failure ??= why;
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => kill(`the proposer command timed out after ${timeoutMs} ms`), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxBytes) kill(`the proposer command printed more than ${maxBytes} bytes`);
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString('utf8')).slice(-4096);
    });
    // A command that exits without reading its input closes the pipe: not an error of ours.
    child.stdin.on('error', () => {});
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new SimulatorError('SIMULATOR_PROPOSER_FAILED', `the proposer command could not start: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (failure !== undefined) return reject(new Error(failure));
      if (code === 127 || code === 126) {
        return reject(
          new SimulatorError(
            'SIMULATOR_PROPOSER_FAILED',
            `the proposer command ${code === 127 ? 'was not found' : 'cannot be run'}: ${lastLine(err) || command}`,
          ),
        );
      }
      if (code !== 0) {
        const why = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
        return reject(new Error(`the proposer command ${why}${err.trim() === '' ? '' : `: ${lastLine(err)}`}`));
      }
      const text = Buffer.concat(out).toString('utf8');
      try {
        resolve(parseJson(text.replace(/^\uFEFF/, '')));
      } catch (e) {
        if (e instanceof IoError) {
          const shown = (text.trim().split('\n')[0] ?? '').slice(0, 60);
          reject(
            new Error(`the proposer command printed no JSON policy (${e.message})${shown === '' ? '' : `: ${shown}`}`),
          );
        } else reject(e);
      }
    });
    child.stdin.end(`${JSON.stringify(input)}\n`);
  });
}
