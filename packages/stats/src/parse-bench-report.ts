import { locateJson, parseJson } from '@bootstat/io';
import { type BenchReport, BenchReportSchema } from './bench-report';
import { StatsError, type StatsErrorLocation } from './errors';

export interface ParseBenchReportOptions {
  /** The report's name (a file name), for messages. */
  readonly source?: string;
  /** 'json' (default): one report object. 'jsonl': one case per line, with `runId` given here. */
  readonly format?: 'json' | 'jsonl';
  /** The run id of a JSONL report (its lines are cases only); refused for a JSON report, which carries its own. */
  readonly runId?: string;
}

function schemaError(
  issue: { path: PropertyKey[]; message: string } | undefined,
  where: StatsErrorLocation,
): StatsError {
  const path = issue?.path.map(String).join('.') ?? '';
  return new StatsError(
    'STATS_INVALID_INPUT',
    `${path === '' ? 'report' : path}: ${issue?.message ?? 'invalid'}.`,
    where,
  );
}

/**
 * A bench run report from its text, read the way the promotion gate must read it: strictly. A JSON report is one
 * object `{runId, benchmark?, cases: [{caseId, score}]}`; a JSONL report is one case per line, its run id given.
 * A key named twice anywhere (two `"cases"` lists, two `"score"`s) is an error — JSON.parse would keep the last
 * and the gate would judge a report nobody wrote. A byte-order mark is skipped.
 *
 * @throws {IoError} IO_INVALID_JSON, IO_DUPLICATE_KEY, IO_NUMBER_OUT_OF_RANGE, IO_TOO_DEEP with line and column
 * @throws {StatsError} STATS_INVALID_INPUT for a report that does not fit BenchReportSchema (with the line and
 * column of the offending value), STATS_INVALID_OPTION for a JSONL report without a run id or a JSON one with one
 * @example
 * parseBenchReport('{"runId": "3f2a9c1e", "cases": [{"caseId": "a", "score": 0.9}]}').cases.length; // 1
 */
export function parseBenchReport(text: string, options: ParseBenchReportOptions = {}): BenchReport {
  const { source, format = 'json', runId } = options;
  const at: StatsErrorLocation = source === undefined ? {} : { source };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (format === 'jsonl') {
    if (runId === undefined) {
      throw new StatsError('STATS_INVALID_OPTION', 'a JSONL report is a list of cases: give its run id.', at);
    }
    const cases: unknown[] = [];
    body.split('\n').forEach((raw, k) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      // Blank means JSON whitespace only: a line of no-break spaces is not skipped, it is an error.
      if (/^[ \t]*$/.test(line)) return;
      cases.push(parseJson(line, { firstLine: k + 1, ...(source === undefined ? {} : { source }) }));
    });
    const parsed = BenchReportSchema.safeParse({ runId, cases });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const [first, index, ...rest] = issue?.path ?? [];
      if (first === 'cases' && typeof index === 'number') {
        const lines = body.split('\n');
        let seen = -1;
        const k = lines.findIndex((l) => !/^[ \t\r]*$/.test(l) && ++seen === index);
        const place = locateJson(lines[k] ?? '', rest as (string | number)[], k + 1) ?? { line: k + 1 };
        throw schemaError(issue && { path: rest, message: issue.message }, { ...at, ...place });
      }
      throw schemaError(issue, at);
    }
    return parsed.data;
  }
  if (runId !== undefined) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      'a run id is given for JSONL reports only; a JSON report carries its own runId.',
      at,
    );
  }
  const value = parseJson(body, source === undefined ? {} : { source });
  const parsed = BenchReportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const place = locateJson(body, (issue?.path ?? []) as (string | number)[]) ?? {};
    throw schemaError(issue, { ...at, ...place });
  }
  return parsed.data;
}
