import type { NumericTable } from '@bootstat/io';
import { streamTree } from '@bootstat/rng';
import { CliError } from '../cli-error';
import { CI_GROUPS_JSON_SCHEMA_VERSION } from '../output/ci-json';
import { exact, human, jsonNumber } from '../output/format-number';
import { printWarning } from '../output/messages';
import type { Report } from '../output/render';
import { type Engine, runInterval } from './ci-engine';

/** One group of long-format data (or one file): its name and its values. */
export interface Group {
  readonly name: string;
  readonly values: Float64Array;
}

/** The rows of a `--by` table split by group, groups in the order they first appear. */
export function splitGroups(table: NumericTable): Group[] {
  const values = table.values[0] as Float64Array;
  const groups = table.groups ?? [];
  const order: string[] = [];
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    let list = members.get(g);
    if (list === undefined) {
      list = [];
      members.set(g, list);
      order.push(g);
    }
    list.push(values[i] as number);
  });
  return order.map((name) => ({ name, values: Float64Array.from(members.get(name) as number[]) }));
}

/**
 * Each group's interval, then each other group against the baseline: the difference of the statistic (the group
 * minus the baseline) with its interval, from the `difference` statistic of @bootstat/stats. Every interval draws
 * from a stream of its own, keyed by the group's name, so adding a group changes no other number.
 */
export async function ciGroups(
  groups: readonly Group[],
  engine: Engine & {
    statisticName: string;
    statisticOptions: Record<string, unknown>;
    statisticLabel: string;
    omitted?: { rows: number; values: number; tokens: Record<string, number> };
    by: string | null;
    baseline: string | undefined;
  },
): Promise<Report> {
  if (groups.length < 2) {
    throw new CliError(
      `--by found ${groups.length} group${groups.length === 1 ? '' : 's'} (${groups.map((g) => JSON.stringify(g.name)).join(', ')}): comparing needs two or more.`,
    );
  }
  const baseline = groups.find((g) => g.name === (engine.baseline ?? groups[0]?.name));
  if (baseline === undefined) {
    throw new CliError(
      `--baseline ${JSON.stringify(engine.baseline)} is not a group; the groups are ${groups.map((g) => JSON.stringify(g.name)).join(', ')}.`,
    );
  }
  const seed = engine.options.seed as number;
  const root = streamTree(seed).child('by');
  const stream = (kind: string, name: string) => ({ rng: root.child(kind).child(name) });
  const rows: Report['rows'][number][] = [];
  const json = {
    groups: [] as Record<string, unknown>[],
    comparisons: [] as Record<string, unknown>[],
  };
  for (const g of groups) {
    if (g.values.length < 2) {
      throw new CliError(
        `group ${JSON.stringify(g.name)} has ${g.values.length} value${g.values.length === 1 ? '' : 's'}: an interval needs at least 2 (and a reliable one many more).`,
      );
    }
  }
  for (const g of groups) {
    const r = await runInterval([g.values], engine, { ...stream('group', g.name) }, `bootstrap ${g.name}`);
    for (const w of r.warnings) printWarning(engine.io, `${g.name}: ${w.message}`);
    rows.push(line('group', g.name, '', g.values.length, undefined, r.estimate, r.ci, r.standardError));
    json.groups.push({ group: g.name, n: g.values.length, ...intervalJson(r) });
  }
  for (const g of groups) {
    if (g === baseline) continue;
    const statistic = { name: 'difference', of: engine.statistic };
    const r = await runInterval(
      [g.values, baseline.values],
      engine,
      { statistic, paired: false, ...stream('difference', g.name) },
      `bootstrap ${g.name} − ${baseline.name}`,
    );
    for (const w of r.warnings) printWarning(engine.io, `${g.name} − ${baseline.name}: ${w.message}`);
    rows.push(
      line(
        'difference',
        g.name,
        baseline.name,
        g.values.length,
        baseline.values.length,
        r.estimate,
        r.ci,
        r.standardError,
      ),
    );
    json.comparisons.push({
      group: g.name,
      baseline: baseline.name,
      n: [g.values.length, baseline.values.length],
      ...intervalJson(r),
    });
  }
  const level = `${+(100 * Number(engine.options.confidenceLevel)).toPrecision(12)}%`;
  const sided = engine.options.alternative === 'two-sided' ? '' : ` (${engine.options.alternative})`;
  return {
    caption: `${engine.statisticLabel}: ${engine.method} ${level} intervals${sided}, ${engine.options.nResamples} resamples, seed ${seed}; a difference is the group minus ${baseline.name}`,
    columns: ['kind', 'group', 'baseline', 'n', 'n_baseline', 'estimate', 'ci_low', 'ci_high', 'standard_error'],
    rows,
    json: {
      schemaVersion: CI_GROUPS_JSON_SCHEMA_VERSION,
      kind: 'ci-groups',
      statistic: engine.statisticName,
      ...(Object.keys(engine.statisticOptions).length === 0 ? {} : { statisticOptions: engine.statisticOptions }),
      method: engine.method,
      confidenceLevel: engine.options.confidenceLevel,
      alternative: engine.options.alternative,
      nResamples: engine.options.nResamples,
      seed,
      by: engine.by,
      baseline: baseline.name,
      ...(engine.omitted === undefined ? {} : { omitted: engine.omitted }),
      ...json,
    },
  };
}

function intervalJson(r: {
  estimate: number;
  ci: { low: number; high: number };
  standardError?: number;
  warnings: readonly { code: string; message: string }[];
}) {
  return {
    estimate: jsonNumber(r.estimate),
    ci: { low: jsonNumber(r.ci.low), high: jsonNumber(r.ci.high) },
    ...(r.standardError === undefined ? {} : { standardError: jsonNumber(r.standardError) }),
    warnings: r.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}

function line(
  kind: string,
  group: string,
  baseline: string,
  n: number,
  nBaseline: number | undefined,
  estimate: number,
  ci: { low: number; high: number },
  se: number | undefined,
): Report['rows'][number] {
  return {
    human: [
      kind,
      group,
      baseline,
      String(n),
      nBaseline === undefined ? '' : String(nBaseline),
      human(estimate),
      human(ci.low),
      human(ci.high),
      se === undefined ? '' : human(se),
    ],
    exact: [
      kind,
      group,
      baseline,
      n,
      nBaseline ?? null,
      exact(estimate),
      exact(ci.low),
      exact(ci.high),
      se === undefined ? null : exact(se),
    ],
  };
}
