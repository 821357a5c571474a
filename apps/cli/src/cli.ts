#!/usr/bin/env node
import { escapeText } from '@bootstat/io';
import { describeSystemError } from '@bootstat/io/node';
import { EXIT } from './cli-error';
import { main } from './main';

// Standard output is where results go. A reader that stops early (`bootstat … | head -1`) closes the pipe: that
// ends the output, it is not an error. Any other failure (a full disk, /dev/full, a revoked file) is one line and
// exit 2 — never 0, and never 1, which would read as "a check failed".
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`bootstat: error: cannot write to standard output: ${escapeText(describeSystemError(e))}.\n`);
  process.exit(EXIT.usage);
});

const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: () => process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { stdoutColumns: process.stdout.columns } : {}),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
