import { resolve } from 'node:path';
import { readTextFile } from '@bootstat/io/node';
import {
  collectHistory,
  comparePolicies,
  costRates,
  createPolicyRegistry,
  evaluatePolicy,
  parseEventTrace,
  SEED_SCHEMES,
  summarizeEvaluation,
  traceDayLength,
  VERDICT_PROFILES,
} from '@bootstat/simulator';
import * as z from 'zod';
import { COMMON_FLAGS, choiceFlag, type FlagSpec, parseFlags, parseOptions } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';
import { integerFlag, levelFlag } from '../number-flag';
import { histogramSvg } from '../output/histogram-svg';
import { printWarning } from '../output/messages';
import { render } from '../output/render';
import { checkOutputs, writeFile, writeReport } from '../output/write-file';
import type { LoadedRegistries, Registries } from '../registries';
import { readPolicyArgument, readScenario } from './simulate';

export const EVALUATE_HELP = `Usage: bootstat evaluate --history trace.jsonl --agent ID --policy NEW [--against OLD] [options]

Evaluates a payment policy by trace bootstrap (docs/simulator.md): the agent's payments in the history (an event
trace, e.g. from 'bootstat simulate --out') are resampled --samples times, each sample day is played in the
three-agent settlement sandbox, and with --against both policies are played on the same samples: per sample the
delta cost(OLD) - cost(NEW) (positive: NEW is cheaper), their mean with a BCa interval, and a verdict.
A policy is a JSON or YAML file in SimCash's format, or a policy's name: a built-in (${createPolicyRegistry().names().join(', ')})
with its default parameters, or one a --plugin registers.

Options
  --history FILE         the event trace (JSON lines)
  --agent ID             the agent whose policy is evaluated
  --policy NEW           the policy to evaluate: a policy's name, or a JSON or YAML file (./NAME for a file
                         named like a policy)
  --against OLD          the current policy: compare on the same samples and give a verdict
  --samples N            bootstrap samples (default 200)
  --seed S               the base seed (default 0)
  --seed-scheme S        stream (default) or simcash (SimCash's sample seeds, for samples identical to its own)
  --scenario FILE        the day's ticks, the agent's pool and credit, and the cost rates, from a scenario
  --ticks N              ticks in the day (without --scenario; default: the trace's end-of-day tick + 1)
  --pool CENTS           the agent's liquidity pool (without --scenario; default 0)
  --credit CENTS         the agent's credit limit (without --scenario; default 0)
  --opening CENTS        the agent's opening balance before the allocation (without --scenario; default 0)
  --profile P            conservative, moderate (default) or aggressive: what the verdict asks (with --against)
  --level L              confidence level of the interval, in (0, 1) (default 0.95; with --against)
  --format F             table (default), json, markdown
  --plot FILE.svg        draw the per-sample deltas, their mean and interval, and 0 (with --against)
  --plugin FILE          a module of extra strategies: policies for --policy and --against to name (docs/plugins.md);
                         repeatable
  -o, --out FILE         write the report to FILE instead of standard output
  -q, --quiet            no warnings
  --debug                show stack traces

Exit codes: 0 the verdict accepts NEW (or no --against), 1 it rejects NEW, 2 usage or input error (a trace with a
settlement before its arrival, cents that are not whole, an unknown agent, a policy with an unknown field, op or
action, 0 samples...).
`;

export const EVALUATE_FLAGS = {
  history: { type: 'string' },
  agent: { type: 'string' },
  policy: { type: 'string' },
  against: { type: 'string' },
  samples: { type: 'string' },
  seed: { type: 'string' },
  'seed-scheme': { type: 'string' },
  scenario: { type: 'string' },
  ticks: { type: 'string' },
  pool: { type: 'string' },
  credit: { type: 'string' },
  opening: { type: 'string' },
  profile: { type: 'string' },
  level: { type: 'string' },
  format: { type: 'string' },
  plot: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  ...COMMON_FLAGS,
} as const satisfies FlagSpec;

const schema = z.object({
  samples: integerFlag('--samples', 0, 1e7).default(200),
  seed: integerFlag('--seed', 0, 4294967295).default(0),
  seedScheme: choiceFlag('seed-scheme', SEED_SCHEMES).default('stream'),
  ticks: integerFlag('--ticks', 1, 100_000).optional(),
  pool: integerFlag('--pool', 0, Number.MAX_SAFE_INTEGER).default(0),
  credit: integerFlag('--credit', 0, Number.MAX_SAFE_INTEGER).default(0),
  opening: integerFlag('--opening', 0, Number.MAX_SAFE_INTEGER).default(0),
  profile: choiceFlag('profile', Object.keys(VERDICT_PROFILES) as ['moderate']).default('moderate'),
  level: levelFlag(),
  format: choiceFlag('format', ['table', 'json', 'markdown'] as const).default('table'),
});

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));

/** `bootstat evaluate`: trace → history → samples → sandbox → paired comparison (@bootstat/simulator). */
export async function evaluateCommand(argv: readonly string[], io: CliIo, registries: Registries): Promise<number> {
  const { values, positionals } = parseFlags(argv, EVALUATE_FLAGS, 'evaluate');
  if (values.help) {
    io.stdout(EVALUATE_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new CliError(
      `evaluate takes no positional argument (got ${JSON.stringify(positionals[0])}); give --history.`,
    );
  for (const flag of ['history', 'agent', 'policy'] as const) {
    if (values[flag] === undefined) throw new CliError(`evaluate needs --${flag}. See 'bootstat evaluate --help'.`);
  }
  const c = parseOptions(schema, {
    samples: values.samples,
    seed: values.seed,
    seedScheme: values['seed-scheme'],
    ticks: values.ticks,
    pool: values.pool,
    credit: values.credit,
    opening: values.opening,
    profile: values.profile,
    level: values.level,
    format: values.format,
  });
  if (values.scenario !== undefined) {
    const both = (['ticks', 'pool', 'credit', 'opening'] as const).filter((f) => values[f] !== undefined);
    if (both.length > 0) {
      throw new CliError(
        `--scenario gives the ticks, pool, credit and opening balance; leave out --${both.join(', --')}.`,
      );
    }
  }
  const policies = (registries as Partial<LoadedRegistries>).policies ?? createPolicyRegistry();
  const inputs = [values.history as string, values.scenario, values.policy, values.against].filter(
    (x): x is string => x !== undefined && !policies.has(x),
  );
  if (values.against === undefined) {
    const given = (['level', 'profile', 'plot'] as const).filter((f) => values[f] !== undefined);
    if (given.length > 0) {
      throw new CliError(
        `--${given[0]} applies to a comparison: give --against OLD too (without it, evaluate reports the policy's mean cost).`,
      );
    }
  }
  if (values.plot !== undefined && values.plot.trim() === '') {
    throw new CliError('--plot needs a file name, e.g. --plot deltas.svg.');
  }
  checkOutputs(io, { '--out': values.out, '--plot': values.plot }, [...inputs, ...(values.plugin ?? [])]);
  const events = parseEventTrace(readTextFile(resolve(io.cwd, values.history as string)), {
    source: values.history as string,
  });
  const history = collectHistory(events);
  const agentHistory = history.agentHistory(values.agent as string);
  let totalTicks = c.ticks;
  let agent = { liquidityPool: c.pool, creditLimit: c.credit, openingBalance: c.opening };
  let rates = costRates();
  if (values.scenario !== undefined) {
    // Only the agent's pool, credit and balance and the rates are read: the scenario's policies are not played.
    const scenario = readScenario(io, values.scenario, policies, { checkPolicies: false });
    const me = scenario.agents.find((a) => a.id === values.agent);
    if (me === undefined)
      throw new CliError(`--scenario ${values.scenario} has no agent ${JSON.stringify(values.agent)}.`);
    totalTicks = scenario.ticks;
    agent = { liquidityPool: me.liquidityPool, creditLimit: me.creditLimit, openingBalance: me.openingBalance };
    rates = costRates(scenario.costRates);
  }
  totalTicks ??= traceDayLength(events);
  if (totalTicks === undefined) {
    throw new CliError(
      `${values.history} has no end-of-day event to take the day's length from: give --ticks N or --scenario FILE.`,
    );
  }
  const policy = readPolicyArgument(io, '--policy', values.policy as string, policies);
  const options = { samples: c.samples, seed: c.seed, totalTicks, seedScheme: c.seedScheme, agent, rates };
  if (values.against === undefined) {
    const samples = evaluatePolicy(agentHistory, policy, options);
    const means = summarizeEvaluation(samples);
    const json = {
      schemaVersion: 1,
      kind: 'evaluation',
      agent: values.agent,
      seed: c.seed,
      seedScheme: c.seedScheme,
      samples: c.samples,
      ticks: totalTicks,
      ...means,
      perSample: samples,
    };
    const text =
      c.format === 'json'
        ? render({ columns: [], rows: [], json }, 'json')
        : render(
            {
              columns: ['agent', 'samples', 'mean_cost', 'mean_settlement_rate', 'mean_delay'],
              rows: [
                {
                  human: [
                    String(values.agent),
                    String(c.samples),
                    fmt(json.meanCost),
                    fmt(json.meanSettlementRate),
                    fmt(json.meanDelay),
                  ],
                  exact: [values.agent as string, c.samples, json.meanCost, json.meanSettlementRate, json.meanDelay],
                },
              ],
            },
            c.format,
          );
    await writeReport(io, text, values.out);
    return EXIT.ok;
  }
  const against = readPolicyArgument(io, '--against', values.against, policies);
  const r = comparePolicies(agentHistory, against, policy, {
    ...options,
    confidenceLevel: c.level,
    profile: c.profile,
  });
  if (values.quiet !== true) for (const w of r.warnings) printWarning(io, w.message);
  const json = {
    schemaVersion: 1,
    kind: 'policy-comparison',
    agent: values.agent,
    seed: c.seed,
    seedScheme: c.seedScheme,
    samples: c.samples,
    ticks: totalTicks,
    meanDelta: r.summary.meanDelta,
    ci: r.summary.ci,
    confidenceLevel: r.summary.confidenceLevel,
    relativeImprovement: Number.isNaN(r.summary.relativeImprovement) ? null : r.summary.relativeImprovement,
    candidateSettlementRate: r.summary.candidateSettlementRate,
    verdict: { accept: r.verdict.accept, profile: c.profile, reasons: r.verdict.reasons },
    warnings: r.warnings,
    perSample: r.deltas.map((d, i) => ({
      sampleIdx: i,
      seed: r.current[i]?.seed,
      currentCost: r.current[i]?.totalCost,
      candidateCost: r.candidate[i]?.totalCost,
      delta: d,
    })),
  };
  if (values.plot !== undefined) {
    const level = `${Number((c.level * 100).toPrecision(6))}%`;
    await writeFile(
      io,
      values.plot,
      histogramSvg({
        title: `${values.agent}: cost(${values.against}) − cost(${values.policy}), ${c.samples} paired sample${c.samples === 1 ? '' : 's'}`,
        distribution: Float64Array.from(r.deltas),
        estimate: r.summary.meanDelta,
        low: r.summary.ci.low,
        high: r.summary.ci.high,
        estimateLabel: 'mean delta',
        reference: { value: 0, label: '0: no difference' },
        xLabel: `delta per sample, in cents (positive: ${values.policy} is cheaper); ${level} BCa interval shaded`,
      }),
    );
  }
  const text =
    c.format === 'json'
      ? render({ columns: [], rows: [], json }, 'json')
      : render(
          {
            columns: ['agent', 'samples', 'mean_delta', 'ci_low', 'ci_high', 'settlement_rate', 'verdict'],
            rows: [
              {
                human: [
                  String(values.agent),
                  String(c.samples),
                  fmt(r.summary.meanDelta),
                  fmt(r.summary.ci.low),
                  fmt(r.summary.ci.high),
                  fmt(r.summary.candidateSettlementRate),
                  r.verdict.accept ? 'accept' : 'reject',
                ],
                exact: [
                  values.agent as string,
                  c.samples,
                  r.summary.meanDelta,
                  r.summary.ci.low,
                  r.summary.ci.high,
                  r.summary.candidateSettlementRate,
                  r.verdict.accept ? 'accept' : 'reject',
                ],
              },
            ],
            caption: `delta = cost(${values.against}) - cost(${values.policy}) per sample, in cents (positive: ${values.policy} is cheaper); ${Number((c.level * 100).toPrecision(6))}% BCa interval; ${r.verdict.reasons.join('; ')}`,
          },
          c.format,
        );
  // With --plot -, the SVG is standard output's alone and the report goes to stderr (or to --out).
  await writeReport(io, text, values.out, { '--plot': values.plot });
  return r.verdict.accept ? EXIT.ok : EXIT.checkFailed;
}
