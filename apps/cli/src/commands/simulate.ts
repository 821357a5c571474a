import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configFormat, parseConfigText } from '@bootstat/io';
import { readTextFile } from '@bootstat/io/node';
import { closestName } from '@bootstat/registry';
import {
  type AnyPolicyRegistry,
  createPolicyRegistry,
  dayTrace,
  type PaymentPolicy,
  policyByName,
  type SimulatedDay,
  SimulatorError,
  simulateDay,
  validatePolicy,
  validateScenario,
} from '@bootstat/simulator';
import * as z from 'zod';
import { COMMON_FLAGS, choiceFlag, type FlagSpec, parseFlags, parseOptions } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { integerFlag } from '../number-flag';
import { render } from '../output/render';
import { checkOutputs, writeFile, writeReport } from '../output/write-file';
import type { LoadedRegistries, Registries } from '../registries';

export const SIMULATE_HELP = `Usage: bootstat simulate SCENARIO.{json,yaml} [--seed S] [--out trace.jsonl] [options]

Plays the built-in stochastic day of a payment scenario (docs/simulator.md): agents with liquidity pools, credit
and policies pay each other (Poisson arrivals, lognormal amounts in whole cents, deadlines, priorities) through
the settlement engine (RTGS, queue 2, the reference's costs). Prints per agent the cost by kind, the settlement
rate and the average delay; --out writes the day's events as JSON lines in SimCash's event names, the history
that 'bootstat evaluate --history' resamples. A scenario is JSON or YAML (.yaml, .yml); docs/examples/twelve-period.json
is the reference's 12-period day.

Options
  --seed S               the seed instead of the scenario's (a whole number in [0, 4294967295])
  -o, --out FILE         write the event trace (JSON lines) to FILE (atomically; - for standard output, and then the
                         summary goes to standard error)
  --format F             the summary's format: table (default), json
  --plugin FILE          a module of extra strategies: policies for the scenario's agents to name (docs/plugins.md);
                         repeatable
  -q, --quiet            no warnings
  --debug                show stack traces

Exit codes: 0 success, 2 usage, scenario or output error.
`;

export const SIMULATE_FLAGS = {
  seed: { type: 'string' },
  format: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  ...COMMON_FLAGS,
} as const satisfies FlagSpec;

const schema = z.object({
  seed: integerFlag('--seed', 0, 4294967295).optional(),
  format: choiceFlag('format', ['table', 'json'] as const).default('table'),
});

/** A configuration file (a scenario, a policy): JSON or YAML by its name (io's one strict reader). */
export function readConfigFile(io: CliIo, path: string): unknown {
  const text = readTextFile(resolve(io.cwd, path));
  return parseConfigText(text, { format: configFormat(path, text), source: path });
}

/** A scenario file, JSON or YAML, read strictly (a repeated key is an error), then validated. */
export function readScenario(
  io: CliIo,
  path: string,
  policies?: AnyPolicyRegistry,
  options: { readonly checkPolicies?: boolean } = {},
) {
  const data = readConfigFile(io, path);
  try {
    return validateScenario(data, { ...(policies === undefined ? {} : { policies }), ...options });
  } catch (e) {
    // The scenario's messages name the field; the file is named here.
    if (e instanceof SimulatorError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
}

function summary(day: SimulatedDay) {
  return [...day.agents.entries()].map(([agentId, a]) => ({
    agentId,
    totalCost: a.totalCost,
    ...a.costs,
    settlementRate: a.settlementRate,
    avgDelay: a.avgDelay,
    unsettled: a.unsettled,
  }));
}

/** `bootstat simulate`: scenario file → @bootstat/simulator's simulateDay → summary and trace. No arithmetic here. */
export async function simulateCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values, positionals } = parseFlags(argv, SIMULATE_FLAGS, 'simulate');
  if (values.help) {
    io.stdout(SIMULATE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new CliError(
      `simulate takes one SCENARIO file, got ${positionals.length}. See 'bootstat simulate --help' and docs/examples/twelve-period.json.`,
    );
  }
  const path = positionals[0] as string;
  const c = parseOptions(schema, { seed: values.seed, format: values.format });
  checkOutputs(io, { '--out': values.out }, [path, ...(values.plugin ?? [])]);
  const policies = (registries as Partial<LoadedRegistries>).policies ?? createPolicyRegistry();
  const scenario = readScenario(io, path, policies);
  const day = simulateDay({ ...scenario, ...(c.seed === undefined ? {} : { seed: c.seed }) }, { policies });
  if (values.out !== undefined) {
    await writeFile(
      io,
      values.out,
      (function* () {
        for (const e of dayTrace(day)) yield `${JSON.stringify(e)}\n`;
      })(),
    );
  }
  const rows = summary(day);
  const json = {
    schemaVersion: 1,
    kind: 'simulation',
    seed: day.scenario.seed,
    ticks: day.scenario.ticks,
    payments: day.payments.length,
    agents: rows,
  };
  const columns = [
    'agent',
    'total_cost',
    'overdraft',
    'delay',
    'deadline_penalty',
    'eod_penalty',
    'liquidity',
    'settlement_rate',
    'avg_delay',
    'unsettled',
  ];
  const text =
    c.format === 'json'
      ? render({ columns: [], rows: [], json }, 'json')
      : render(
          {
            columns,
            rows: rows.map((r) => {
              const cells = [
                r.agentId,
                r.totalCost,
                r.overdraft,
                r.delay,
                r.deadlinePenalty,
                r.eodPenalty,
                r.liquidity,
                r.settlementRate,
                r.avgDelay,
                r.unsettled,
              ];
              return {
                human: cells.map((x) => (typeof x === 'number' && !Number.isInteger(x) ? x.toFixed(3) : String(x))),
                exact: cells,
              };
            }),
            caption: `${day.payments.length} payments over ${day.scenario.ticks} ticks, seed ${day.scenario.seed}; costs in cents`,
          },
          'table',
        );
  // The summary goes to standard output, or to standard error when the trace took it (--out -).
  await writeReport(io, text, undefined, { 'the trace (--out)': values.out });
  return EXIT.ok;
}

/** A policy flag's value: a name in the policy registry (a built-in or a plugin's, with its defaults), else a file. */
export function readPolicyArgument(io: CliIo, flag: string, value: string, policies: AnyPolicyRegistry): PaymentPolicy {
  if (policies.has(value)) return policyByName(value, {}, policies);
  if (!existsSync(resolve(io.cwd, value))) {
    const guess = closestName(value, policies.names());
    throw new CliError(
      `${flag} ${value}: no such file, and no policy of that name${guess === undefined ? '' : ` (did you mean ${guess}?)`}. ` +
        `The policies: ${policies.names().join(', ')}; or give a JSON or YAML file.`,
    );
  }
  const data = readConfigFile(io, value);
  try {
    return validatePolicy(data);
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === 'SIMULATOR_INVALID_POLICY') throw new CliError(`${flag} ${value}: ${err.message}`);
    throw e;
  }
}
