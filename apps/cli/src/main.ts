import { closestName } from '@bootstat/registry';
import { STUDY_MODES } from '@bootstat/study';
import pkg from '../package.json';
import { CliError, EXIT } from './cli-error';
import { CAMPAIGN_FLAGS, CAMPAIGN_HELP, campaignCommand } from './commands/campaign';
import { CI_FLAGS, CI_HELP, ciCommand } from './commands/ci';
import { COMPLETION_HELP, completionCommand } from './commands/completion';
import { DEMO_FLAGS, DEMO_HELP, demoCommand } from './commands/demo';
import { EVALUATE_FLAGS, EVALUATE_HELP, evaluateCommand } from './commands/evaluate';
import { GATE_FLAGS, GATE_HELP, gateCommand } from './commands/gate';
import { METHODS_FLAGS, METHODS_HELP, methodsCommand } from './commands/methods';
import { OPTIMIZE_FLAGS, OPTIMIZE_HELP, optimizeCommand } from './commands/optimize';
import { SIMULATE_FLAGS, SIMULATE_HELP, simulateCommand } from './commands/simulate';
import { STUDY_FLAGS, STUDY_HELP, studyCommand } from './commands/study';
import type { CliIo } from './io';
import { printError } from './output/messages';
import { OUTPUT_FORMATS } from './output/render';
import { createRegistries, loadPlugins } from './registries';

export type { CliIo } from './io';

export const HELP = `bootstat ${pkg.version}: bootstrap confidence intervals, checked against SciPy

Usage: bootstat <command> [options]

Commands
  ci [FILE|-]   confidence interval of a statistic of the numbers in FILE or standard input
  methods       the registered interval methods, statistics, generators, policies and proposers
  demo          every method side by side on built-in sample data
  gate REPORT…  pass or fail bench runs on the BCa lower bound of their mean score (exit 0 / 1)
  campaign PATH…  mean and bootstrap interval per configuration and metric; --baseline compares them
  study SPEC    a Monte Carlo study of bootstrap intervals (coverage, widths) over a scenario grid
  simulate SCENARIO  a stochastic day of payments through the settlement engine; --out writes its events
  evaluate      a payment policy by trace bootstrap; --against compares two on the same samples (exit 0 / 1)
  optimize      improve a payment policy step by step: proposals kept when paired bootstrap comparisons accept them
  completion SHELL  a completion script for bash, zsh or fish
  help COMMAND  a command's help (as 'bootstat COMMAND --help')

Options
  -h, --help    help (also 'bootstat <command> --help')
  -V, --version the version
  --debug       stack traces on errors

Exit codes: 0 success, 1 a check failed, 2 usage, input or output error, 70 internal error
(docs/input-output.md).
`;

const COMMANDS = {
  ci: { run: ciCommand, help: CI_HELP, flags: CI_FLAGS },
  methods: { run: methodsCommand, help: METHODS_HELP, flags: METHODS_FLAGS },
  demo: { run: demoCommand, help: DEMO_HELP, flags: DEMO_FLAGS },
  gate: { run: gateCommand, help: GATE_HELP, flags: GATE_FLAGS },
  campaign: { run: campaignCommand, help: CAMPAIGN_HELP, flags: CAMPAIGN_FLAGS },
  study: { run: studyCommand, help: STUDY_HELP, flags: STUDY_FLAGS },
  simulate: { run: simulateCommand, help: SIMULATE_HELP, flags: SIMULATE_FLAGS },
  evaluate: { run: evaluateCommand, help: EVALUATE_HELP, flags: EVALUATE_FLAGS },
  optimize: { run: optimizeCommand, help: OPTIMIZE_HELP, flags: OPTIMIZE_FLAGS },
} as const;

function pluginFiles(argv: readonly string[]): string[] {
  const files: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--plugin' && argv[i + 1] !== undefined) files.push(argv[i + 1] as string);
    else if (a.startsWith('--plugin=')) files.push(a.slice('--plugin='.length));
  });
  return files;
}

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code. Errors the user can fix are
 * one line on stderr; anything else is a bug, reported with its stack.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    // --debug may come before the command too (`bootstat --debug ci …`); `--help ci` is `help ci`.
    const args = argv[0] === '--debug' ? [...argv.slice(1), '--debug'] : [...argv];
    if ((args[0] === '--help' || args[0] === '-h') && args[1] !== undefined) args.splice(0, 1, 'help');
    const [command, ...rest] = args;
    if (command === undefined || command === '--help' || command === '-h') {
      io.stdout(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-V' || command === '-v') {
      io.stdout(`${pkg.version}\n`);
      return EXIT.ok;
    }
    const names = [...Object.keys(COMMANDS), 'completion', 'help'];
    if (command === 'help') {
      const topic = rest.find((a) => a !== '--debug');
      if (topic === undefined || topic === 'help' || topic === '--help' || topic === '-h') io.stdout(HELP);
      else if (topic === 'completion') io.stdout(COMPLETION_HELP);
      else {
        const help = COMMANDS[topic as keyof typeof COMMANDS]?.help;
        if (help === undefined) throw new CliError(unknownCommand(topic, names));
        io.stdout(help);
      }
      return EXIT.ok;
    }
    if (command === 'completion') {
      const registries = createRegistries();
      return await completionCommand(
        rest,
        io,
        Object.fromEntries(Object.entries(COMMANDS).map(([k, v]) => [k, v.flags])),
        {
          method: registries.ciMethod.names(),
          statistic: registries.statistic.names(),
          format: OUTPUT_FORMATS,
          alternative: ['two-sided', 'less', 'greater'],
          'nan-policy': ['raise', 'omit'],
          compat: ['scipy', 'r'],
          degenerate: ['nan', 'percentile-fallback', 'point', 'error'],
          'input-format': ['csv', 'json', 'jsonl'],
          header: ['auto', 'yes', 'no'],
          'fail-on': ['never', 'regression'],
          mode: STUDY_MODES,
        },
      );
    }
    const entry = COMMANDS[command as keyof typeof COMMANDS];
    if (entry === undefined) throw new CliError(unknownCommand(command, names));
    const registries = await loadPlugins(createRegistries(), pluginFiles(rest), io.cwd);
    return await entry.run(rest, io, registries);
  } catch (e) {
    return reportError(e, io, debug);
  }
}

function unknownCommand(command: string, names: readonly string[]): string {
  const guess = closestName(command, names);
  return `unknown command ${JSON.stringify(command)}${guess === undefined ? '.' : `; did you mean ${JSON.stringify(guess)}?`} Commands: ${names.join(', ')}. See 'bootstat --help'.`;
}

/** Where a coded library error points, as `file:line:column`. */
function locationOf(e: { location?: unknown }): string {
  const l = e.location as { source?: string; file?: string; line?: number; column?: number } | undefined;
  if (l === undefined || typeof l !== 'object') return '';
  const parts = [l.source ?? l.file, l.line, l.column].filter((x) => x !== undefined);
  return parts.length === 0 ? '' : `${parts.join(':')}: `;
}

/**
 * One line on stderr for any error (escaped: it may quote the input), and the exit code: what the user can fix
 * is 2, anything else is a bug (70), reported with the way to get its stack.
 */
export function reportError(e: unknown, io: CliIo, debug: boolean): number {
  if (e instanceof CliError) {
    printError(io, `${e.location === undefined ? '' : `${e.location}: `}${e.message}`);
    if (debug) io.stderr(`${e.stack ?? ''}\n`);
    return e.exitCode;
  }
  const err = e as Error & { code?: unknown; location?: unknown };
  if (typeof err?.code === 'string' && /^(STATS|RNG|REGISTRY|IO|CAMPAIGN|GENERATORS|STUDY|SIMULATOR)_/.test(err.code)) {
    // A coded library error: the library checked the input and says what to change.
    printError(io, `${locationOf(err)}${err.message}`);
    if (debug) io.stderr(`${err.stack ?? ''}\n`);
    return EXIT.usage;
  }
  printError(io, `internal error: ${err?.message ?? String(e)}`);
  io.stderr(debug ? `${err?.stack ?? ''}\n` : 'Run again with --debug for the stack trace, and please report it.\n');
  return EXIT.internal;
}
