import * as z from 'zod';
import type { CampaignSources, SkippedRecord } from '../campaign-input';
import { DEFAULT_METRICS } from '../default-metrics';
import { CampaignError } from '../errors';
import { describe } from './describe';
import { lookupPath, splitPath } from './dot-path';

/** The campaign as numbers: `values[c][m]` holds configuration c's finite values of metric m, in record order. */
export interface ExtractedCampaign {
  readonly configurations: readonly string[];
  readonly metrics: readonly string[];
  readonly values: readonly (readonly number[])[][];
  readonly skipped: readonly SkippedRecord[];
}

type Tree = Map<string, Tree | null>;

// A finite number: zod 4's z.number() refuses NaN and ±Infinity.
const finiteNumber = z.number();

// Recursion over the metrics' paths, not the records: at most MAX_PATH_SEGMENTS deep (splitPath refuses more).
function recordSchema(tree: Tree): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, sub] of tree) shape[key] = sub === null ? finiteNumber : recordSchema(sub);
  return z.looseObject(shape);
}

/** One zod schema for every metric at once, so a valid record costs one parse; conflicting paths are refused. */
function metricsSchema(metrics: readonly string[], paths: readonly string[][]): z.ZodType {
  const root: Tree = new Map();
  paths.forEach((segments, m) => {
    let node = root;
    segments.forEach((s, i) => {
      const leaf = i === segments.length - 1;
      const existing = node.get(s);
      if (existing === undefined) {
        const next: Tree | null = leaf ? null : new Map();
        node.set(s, next);
        if (next !== null) node = next;
      } else if (existing === null || leaf) {
        throw new CampaignError(
          'CAMPAIGN_INVALID_OPTION',
          `metric ${JSON.stringify(metrics[m])} conflicts with another metric: ${segments.slice(0, i + 1).join('.')} cannot be both a number and an object.`,
        );
      } else node = existing;
    });
  });
  return recordSchema(root);
}

function resultsEntries(results: unknown, fn: string): [string, readonly unknown[]][] {
  if (typeof results !== 'object' || results === null || Array.isArray(results)) {
    throw new CampaignError(
      'CAMPAIGN_INVALID_INPUT',
      `${fn} takes the results as an object { configuration: [record, …] }, got ${describe(results)}.`,
    );
  }
  const entries = Object.entries(results);
  if (entries.length === 0) {
    throw new CampaignError('CAMPAIGN_INVALID_INPUT', `${fn}: the campaign has no configurations.`);
  }
  for (const [configuration, records] of entries) {
    if (!Array.isArray(records)) {
      throw new CampaignError(
        'CAMPAIGN_INVALID_INPUT',
        `${fn}: configuration ${JSON.stringify(configuration)} must be an array of records, got ${describe(records)}.`,
        { configuration },
      );
    }
  }
  return entries as [string, readonly unknown[]][];
}

/**
 * Validates every record against the metrics (one zod parse per record) and collects the finite values.
 * A missing or non-finite metric leaves the record out of that metric only and is listed in `skipped`, or with
 * `strict` throws CAMPAIGN_INVALID_RECORD. Without `metrics`, the default metrics present in some record are used.
 */
export function extractMetrics(
  results: unknown,
  options: {
    metrics: readonly string[] | undefined;
    strict: boolean;
    sources: CampaignSources | undefined;
    fn: string;
  },
): ExtractedCampaign {
  const entries = resultsEntries(results, options.fn);
  let metrics: readonly string[];
  if (options.metrics !== undefined) {
    metrics = options.metrics;
    if (new Set(metrics).size !== metrics.length) {
      throw new CampaignError('CAMPAIGN_INVALID_OPTION', `${options.fn}: metrics has a repeated name.`);
    }
  } else {
    metrics = DEFAULT_METRICS.filter((metric) => {
      const segments = metric.split('.');
      return entries.some(([, records]) => records.some((r) => lookupPath(r, segments).found));
    });
    if (metrics.length === 0) {
      throw new CampaignError(
        'CAMPAIGN_INVALID_INPUT',
        `${options.fn}: no record has any of the default metrics (${DEFAULT_METRICS.join(', ')}); name the metrics to summarise.`,
      );
    }
  }
  const paths = metrics.map((m) => splitPath(m, 'metric'));
  const schema = metricsSchema(metrics, paths);

  const skipped: SkippedRecord[] = [];
  const values = entries.map(([configuration, records]) => {
    const columns: number[][] = metrics.map(() => []);
    records.forEach((record, r) => {
      const parsed = schema.safeParse(record);
      if (parsed.success) {
        paths.forEach((segments, m) => {
          (columns[m] as number[]).push((lookupPath(record, segments) as { value: number }).value);
        });
        return;
      }
      // zod says which paths failed; a metric fails when an issue's path is the metric's or one of its parents.
      const bad = parsed.error.issues.map((i) => i.path.join('.'));
      paths.forEach((segments, m) => {
        const metric = metrics[m] as string;
        if (!bad.some((p) => p === '' || p === metric || metric.startsWith(`${p}.`))) {
          (columns[m] as number[]).push((lookupPath(record, segments) as { value: number }).value);
          return;
        }
        const found = lookupPath(record, segments);
        const reason = found.found
          ? `not a finite number: ${describe(found.value)}`
          : found.why === 'missing'
            ? 'missing'
            : `missing (${found.why})`;
        const source = options.sources?.[configuration]?.[r];
        const entry: SkippedRecord = {
          configuration,
          record: r,
          field: metric,
          reason,
          ...(source === undefined ? {} : { file: source.file }),
          ...(source?.line === undefined ? {} : { line: source.line }),
        };
        if (options.strict) {
          throw new CampaignError(
            'CAMPAIGN_INVALID_RECORD',
            `configuration ${JSON.stringify(configuration)}, record ${r}: ${metric} is ${reason} (strict: every record needs every metric).`,
            entry,
          );
        }
        skipped.push(entry);
      });
    });
    return columns;
  });
  return { configurations: entries.map(([c]) => c), metrics, values, skipped };
}
