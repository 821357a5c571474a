import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTextFile } from '@bootstat/io/node';
import { closestName } from '@bootstat/registry';
import {
  createPolicyRegistry,
  differingSetting,
  formatOptimizationLogHeader,
  formatOptimizationLogRecord,
  type IterationRecord,
  type OptimizationOptions,
  optimizationSettings,
  optimizePolicy,
  type Policy,
  type Proposer,
  parseOptimizationLog,
  SEED_SCHEMES,
  type SearchBounds,
  SimulatorError,
  VERDICT_PROFILES,
} from '@bootstat/simulator';
import { createNodeProposerRegistry } from '@bootstat/simulator/node';
import * as z from 'zod';
import { COMMON_FLAGS, choiceFlag, type FlagSpec, parseFlags, parseOptions } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { integerFlag, levelFlag, numberFlag } from '../number-flag';
import { optimizationSvg } from '../output/optimization-svg';
import { progressAllowed, progressBar } from '../output/progress';
import { render } from '../output/render';
import { checkOutputs, writeFile, writeReport } from '../output/write-file';
import type { LoadedRegistries, Registries } from '../registries';
import { readPolicyArgument, readScenario } from './simulate';

export const OPTIMIZE_HELP = `Usage: bootstat optimize --scenario S.yaml --agent ID --policy START [options]

Improves an agent's payment policy step by step (docs/simulator.md, "Optimising a policy"). Each iteration plays a
fresh day of the scenario at the iteration's seed, draws fresh bootstrap samples of the agent's payments in it, asks
the proposer for a new policy (it reads the agent's own data only: the day, the cheapest and the dearest sample,
the mean cost), and keeps the proposal when the paired comparison on the same samples accepts it.

Options
  --scenario FILE        the scenario (JSON or YAML): the agents, their pools and policies, arrivals, cost rates
  --agent ID             the agent whose policy is optimised
  --policy START         the starting policy: a JSON or YAML file in SimCash's format, or a built-in's name
  --proposer P           search (default: a deterministic compass search within --bounds), command:CMD (runs CMD
                         with the context as JSON on stdin and reads a policy as JSON from stdout), or a plugin's
  --iterations N         at most N iterations (default 20)
  --samples N            bootstrap samples per iteration (default 100)
  --seed S               the root seed (default 0)
  --seed-scheme S        stream (default) or simcash (SimCash's SeedMatrix and sample seeds)
  --patience K           stop after K iterations in a row without an accepted proposal
  --target CENTS         stop once the kept policy's mean cost is at most CENTS
  --profile P            conservative, moderate (default) or aggressive: what a verdict asks
  --level L              confidence level of each interval, in (0, 1) (default 0.95)
  --bounds NAME=MIN:MAX  the range of a parameter (or NODE_ID:path of a threshold); add :int for whole numbers;
                         repeatable (default initial_liquidity_fraction=0:1)
  --step X               the search's first step, as a share of each range (default 0.25)
  --timeout SECONDS      a command proposer is killed after this long (default 60)
  --max-failures N       stop (exit 2) after N failed proposals in a row (default 3)
  --context-events K     at most K of the agent's events per trace in the context (default 50)
  --log FILE             write the run log (JSON lines: a header, then one line per iteration) as the run goes
  --resume               go on from the iterations in --log (the same run: the same settings), as if never stopped
  --out FILE             write the best policy (JSON)
  --plot FILE.svg        draw each iteration's cost with the candidate's paired interval
  --format F             table (default), json, markdown
  --plugin FILE          a module of extra strategies: policies and proposers (docs/plugins.md); repeatable
  -q, --quiet            no progress line
  --no-progress          no progress line
  --debug                show stack traces

Exit codes: 0 the run ended (by --iterations, --patience or --target), 2 usage or input error: an agent not in the
scenario, a policy out of its bounds, a proposer command that does not exist, or a proposer that failed
--max-failures times in a row (hung, crashed or printed garbage); the run log so far is kept.
`;

export const OPTIMIZE_FLAGS = {
  scenario: { type: 'string' },
  agent: { type: 'string' },
  policy: { type: 'string' },
  proposer: { type: 'string' },
  iterations: { type: 'string' },
  samples: { type: 'string' },
  seed: { type: 'string' },
  'seed-scheme': { type: 'string' },
  patience: { type: 'string' },
  target: { type: 'string' },
  profile: { type: 'string' },
  level: { type: 'string' },
  bounds: { type: 'string', multiple: true },
  step: { type: 'string' },
  timeout: { type: 'string' },
  'max-failures': { type: 'string' },
  'context-events': { type: 'string' },
  log: { type: 'string' },
  resume: { type: 'boolean' },
  plot: { type: 'string' },
  format: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  ...COMMON_FLAGS,
} as const satisfies FlagSpec;

const schema = z.object({
  iterations: integerFlag('--iterations', 1, 100_000).default(20),
  samples: integerFlag('--samples', 1, 1e6).default(100),
  seed: integerFlag('--seed', 0, 4294967295).default(0),
  seedScheme: choiceFlag('seed-scheme', SEED_SCHEMES).default('stream'),
  patience: integerFlag('--patience', 1, 100_000).optional(),
  target: numberFlag('--target').refine(Number.isFinite, '--target must be a finite number of cents').optional(),
  profile: choiceFlag('profile', Object.keys(VERDICT_PROFILES) as ['moderate']).default('moderate'),
  level: levelFlag(),
  step: numberFlag('--step')
    .refine((v) => v > 0 && v <= 1, '--step must be in (0, 1], e.g. 0.25')
    .default(0.25),
  timeout: numberFlag('--timeout')
    .refine((v) => v >= 0.001 && v <= 86_400, '--timeout must be in [0.001, 86400] seconds')
    .default(60),
  maxFailures: integerFlag('--max-failures', 1, 1000).default(3),
  contextEvents: integerFlag('--context-events', 0, 100_000).default(50),
  format: choiceFlag('format', ['table', 'json', 'markdown'] as const).default('table'),
});

/** `--bounds NAME=MIN:MAX[:int]`, repeatable. */
function parseBounds(values: readonly string[] | undefined): SearchBounds | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
  const entries: [string, { min: number; max: number; integer?: boolean }][] = [];
  for (const v of values) {
    const m = /^([^=]+)=([^:]+):([^:]+)(:int)?$/.exec(v.trim());
    const name = m?.[1]?.trim() ?? '';
    if (m === null || name === '' || !DECIMAL.test(m[2] as string) || !DECIMAL.test(m[3] as string)) {
      throw new CliError(
        `--bounds ${JSON.stringify(v)}: write NAME=MIN:MAX with decimal numbers, or NAME=MIN:MAX:int for whole numbers (e.g. initial_liquidity_fraction=0:1).`,
      );
    }
    if (entries.some(([k]) => k === name)) throw new CliError(`--bounds names ${name} twice.`);
    const min = Number(m[2]);
    const max = Number(m[3]);
    if (!Number.isFinite(min) || !Number.isFinite(max))
      throw new CliError(`--bounds ${JSON.stringify(v)}: the numbers must be finite.`);
    entries.push([name, { min, max, ...(m[4] === undefined ? {} : { integer: true }) }]);
  }
  // Own properties whatever the names (`__proto__` included): the policy's check refuses a name it does not have.
  return Object.fromEntries(entries);
}

/**
 * The run log is rewritten whole after each iteration (a temporary file renamed over it), so it must be a regular
 * file; and a run does not overwrite another's log unless told to go on from it.
 */
function checkLogTarget(io: CliIo, path: string, resume: boolean): void {
  const full = resolve(io.cwd, path);
  if (path === '-' || full.startsWith('/dev/') || full.startsWith('/proc/')) {
    throw new CliError(`--log ${path}: the run log is rewritten as the run goes, so it must be a regular file.`);
  }
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(full);
  } catch {
    return; // nothing there yet
  }
  if (!stat.isFile()) {
    throw new CliError(`--log ${path}: the run log is rewritten as the run goes, so it must be a regular file.`);
  }
  if (!resume && stat.size > 0) {
    throw new CliError(`--log ${path} exists: give --resume to go on from it, or another file for a new run.`);
  }
}

/** The starting policy: a tree, from a file or a registry name (a plugin's function policy cannot be logged). */
function readStartPolicy(io: CliIo, value: string, registries: Registries): Policy {
  const policies = (registries as Partial<LoadedRegistries>).policies ?? createPolicyRegistry();
  const p = readPolicyArgument(io, '--policy', value, policies);
  if ('decide' in p) {
    throw new CliError(
      `--policy ${value} is a function policy: optimize starts from a tree (JSON or YAML), which its run log can record.`,
    );
  }
  return p;
}

function createProposer(value: string, c: z.output<typeof schema>, registries: Registries): Proposer {
  const registry = (registries as Partial<LoadedRegistries>).proposers ?? createNodeProposerRegistry();
  if (value.startsWith('command:')) {
    const command = value.slice('command:'.length).trim();
    if (command === '')
      throw new CliError('--proposer command: needs the command line after the colon, e.g. command:"node ask.mjs".');
    return registry.runByName('command', undefined, { command, timeoutMs: Math.round(c.timeout * 1000) }) as Proposer;
  }
  if (value === 'command') throw new CliError('--proposer command needs its command line: --proposer command:CMD.');
  if (!registry.has(value)) {
    const guess = closestName(value, [...registry.names(), 'command:CMD']);
    throw new CliError(
      `--proposer ${value}: no such proposer${guess === undefined ? '' : ` (did you mean ${guess}?)`}; the proposers: ${registry
        .names()
        .map((n) => (n === 'command' ? 'command:CMD' : n))
        .join(', ')}.`,
    );
  }
  return registry.runByName(value, undefined, value === 'search' ? { step: c.step } : {}) as Proposer;
}

const fmt = (x: number | null | undefined) =>
  x === null || x === undefined ? '' : Number.isInteger(x) ? String(x) : x.toFixed(1);

/** What changed from one policy to the next, in a few words: the parameters that moved, or "the tree". */
function change(before: Policy, record: IterationRecord): string {
  if (!record.proposal.valid) return `invalid: ${record.proposal.reason ?? ''}`;
  const after = record.proposal.policy as Policy;
  const moved = Object.keys({ ...before.parameters, ...after.parameters })
    .filter((k) => before.parameters[k] !== after.parameters[k])
    .map((k) => `${k} ${before.parameters[k] ?? '–'} → ${after.parameters[k] ?? '–'}`);
  const tree = JSON.stringify(before.payment_tree) !== JSON.stringify(after.payment_tree);
  return [...moved, ...(tree ? ['the tree'] : [])].join(', ') || 'no change';
}

/** `bootstat optimize`: scenario, start policy, proposer → @bootstat/simulator's optimizePolicy → table, log, plot. */
export async function optimizeCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values, positionals } = parseFlags(argv, OPTIMIZE_FLAGS, 'optimize');
  if (values.help) {
    io.stdout(OPTIMIZE_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new CliError(
      `optimize takes no positional argument (got ${JSON.stringify(positionals[0])}); give --scenario.`,
    );
  }
  for (const flag of ['scenario', 'agent', 'policy'] as const) {
    if (values[flag] === undefined) throw new CliError(`optimize needs --${flag}. See 'bootstat optimize --help'.`);
  }
  const c = parseOptions(schema, {
    iterations: values.iterations,
    samples: values.samples,
    seed: values.seed,
    seedScheme: values['seed-scheme'],
    patience: values.patience,
    target: values.target,
    profile: values.profile,
    level: values.level,
    step: values.step,
    timeout: values.timeout,
    maxFailures: values['max-failures'],
    contextEvents: values['context-events'],
    format: values.format,
  });
  if (values.resume === true && values.log === undefined) {
    throw new CliError('--resume goes on from a run log: give --log FILE, the log of the run to resume.');
  }
  for (const flag of ['log', 'plot', 'out'] as const) {
    const v = values[flag];
    if (v !== undefined && v.trim() === '') throw new CliError(`--${flag} needs a file name.`);
  }
  if (values.log !== undefined) checkLogTarget(io, values.log, values.resume === true);
  const policies = (registries as Partial<LoadedRegistries>).policies ?? createPolicyRegistry();
  const inputs = [values.scenario as string, ...(values.plugin ?? [])];
  if (!policies.has(values.policy as string)) inputs.push(values.policy as string);
  checkOutputs(io, { '--out': values.out, '--plot': values.plot, '--log': values.log }, inputs);
  const scenario = readScenario(io, values.scenario as string, policies);
  const agentId = values.agent as string;
  if (!scenario.agents.some((a) => a.id === agentId)) {
    throw new CliError(
      `--agent ${agentId}: the scenario ${values.scenario} has no such agent; its agents: ${scenario.agents.map((a) => a.id).join(', ')}.`,
    );
  }
  const start = readStartPolicy(io, values.policy as string, registries);
  const bounds = parseBounds(values.bounds);
  const proposer = createProposer(values.proposer ?? 'search', c, registries);
  const options: OptimizationOptions = {
    scenario,
    agentId,
    policy: start,
    proposer,
    iterations: c.iterations,
    samples: c.samples,
    seed: c.seed,
    seedScheme: c.seedScheme,
    profile: c.profile,
    confidenceLevel: c.level,
    maxProposerFailures: c.maxFailures,
    maxEvents: c.contextEvents,
    policies,
    ...(c.patience === undefined ? {} : { patience: c.patience }),
    ...(c.target === undefined ? {} : { costTarget: c.target }),
    ...(bounds === undefined ? {} : { bounds }),
  };
  const settings = optimizationSettings(options);
  const header = formatOptimizationLogHeader(settings);
  let resume: IterationRecord[] = [];
  if (values.resume === true) {
    const path = values.log as string;
    if (!existsSync(resolve(io.cwd, path))) throw new CliError(`--resume: there is no run log ${path} to go on from.`);
    const log = parseOptimizationLog(readTextFile(resolve(io.cwd, path)), { source: path });
    const differs = differingSetting(log.header, settings);
    if (differs !== undefined) {
      throw new CliError(
        `--resume: ${path} is the log of another run: its ${differs} differs from this one's. Resume with the same settings, or start a new log.`,
      );
    }
    resume = log.records;
  }
  const lines: string[] = [header, ...resume.map(formatOptimizationLogRecord)];
  const bar = progressBar(io, 'optimize', progressAllowed(io, values));
  let failure: unknown;
  let result: Awaited<ReturnType<typeof optimizePolicy>> | undefined;
  try {
    if (values.log !== undefined && values.resume !== true) await writeFile(io, values.log, lines.join(''));
    result = await optimizePolicy({
      ...options,
      resume,
      onIteration: async (record) => {
        lines.push(formatOptimizationLogRecord(record));
        // The whole log, written to a temporary file and renamed: a reader never sees half a line.
        if (values.log !== undefined) await writeFile(io, values.log, lines.join(''));
        bar.update(record.iteration + 1, c.iterations, `cost ${fmt(record.keptMeanCost)}`);
      },
    });
  } catch (e) {
    failure = e;
  } finally {
    bar.done();
  }
  if (failure !== undefined) {
    if (failure instanceof SimulatorError) {
      const kept = values.log === undefined ? '' : ` (the run log so far is in ${values.log})`;
      throw new CliError(`${failure.message}${kept}`);
    }
    throw failure;
  }
  const run = result as NonNullable<typeof result>;
  const last = run.iterations[run.iterations.length - 1];
  const json = {
    schemaVersion: 1,
    kind: 'optimization',
    agent: agentId,
    seed: c.seed,
    seedScheme: c.seedScheme,
    samples: c.samples,
    proposer: proposer.name,
    stopReason: run.stopReason,
    iterations: run.iterations.map((r) => ({
      iteration: r.iteration,
      seed: r.seed,
      contextCost: r.contextCost,
      currentMeanCost: r.currentMeanCost,
      proposal: r.proposal.policy,
      proposalValid: r.proposal.valid,
      proposalReason: r.proposal.reason,
      meanDelta: r.comparison?.meanDelta ?? null,
      ci: r.comparison?.ci ?? null,
      candidateMeanCost: r.comparison?.candidateMeanCost ?? null,
      accept: r.verdict.accept,
      reasons: r.verdict.reasons,
      kept: r.kept,
      keptMeanCost: r.keptMeanCost,
    })),
    best: run.best,
    bestMeanCost: last?.keptMeanCost ?? null,
  };
  if (values.out !== undefined) await writeFile(io, values.out, `${JSON.stringify(run.best, null, 2)}\n`);
  if (values.plot !== undefined) {
    await writeFile(
      io,
      values.plot,
      optimizationSvg({
        title: `${agentId}: cost per iteration (${proposer.name}), ${c.samples} samples each`,
        level: c.level,
        iterations: run.iterations,
      }),
    );
  }
  const text =
    c.format === 'json'
      ? render({ columns: [], rows: [], json }, 'json')
      : render(
          {
            columns: ['iteration', 'current_cost', 'proposal', 'mean_delta', 'ci_low', 'ci_high', 'verdict'],
            rows: run.iterations.map((r, i) => {
              const before = i === 0 ? start : (run.iterations[i - 1] as IterationRecord).kept;
              const verdict = r.verdict.accept ? 'accept' : r.proposal.valid ? 'reject' : 'invalid';
              return {
                human: [
                  String(r.iteration),
                  fmt(r.currentMeanCost),
                  change(before, r),
                  fmt(r.comparison?.meanDelta),
                  fmt(r.comparison?.ci.low),
                  fmt(r.comparison?.ci.high),
                  verdict,
                ],
                exact: [
                  r.iteration,
                  r.currentMeanCost,
                  change(before, r),
                  r.comparison?.meanDelta ?? null,
                  r.comparison?.ci.low ?? null,
                  r.comparison?.ci.high ?? null,
                  verdict,
                ],
              };
            }),
            caption: `stopped by ${run.stopReason}; best policy's parameters ${JSON.stringify(run.best.parameters)}, mean cost ${fmt(json.bestMeanCost)} cents on the last iteration's samples; costs in cents, delta = cost(current) - cost(proposal)`,
          },
          c.format,
        );
  await writeReport(io, text, undefined);
  return EXIT.ok;
}
