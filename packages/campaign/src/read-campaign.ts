import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { type DecimalMark, IoError, numberCell, parseCsv, parseJson } from '@bootstat/io';
import { displayPath, findFiles } from '@bootstat/io/node';
import type { RecordSource } from './campaign-input';
import { CampaignError } from './errors';
import { controlCharacter } from './internal/control-character';
import { describe } from './internal/describe';
import { lookupPath, splitPath } from './internal/dot-path';

/** The result-file formats by extension. */
export const RESULT_FILE_EXTENSIONS = ['.json', '.jsonl', '.ndjson', '.csv'] as const;

export interface ReadCampaignOptions {
  /**
   * The record field (a dot path) that names a record's configuration; default: the name of the directory the
   * result file is in (`runs/llama-8b-bs8-fp16/cycle-3.json` → `llama-8b-bs8-fp16`). In a CSV file the key is the
   * cell's text (`1.10` stays `1.10`); in JSON a number key is named by `String(value)`.
   */
  readonly configKey?: string;
  /** Relative paths and globs are taken from here; default `process.cwd()`. File names in messages are relative to it. */
  readonly cwd?: string;
  /** A result file without records (`[]`, a CSV header alone, an empty JSONL file) is an error, not an `emptyFiles` entry. */
  readonly strict?: boolean;
}

export interface CampaignInput {
  /** Records by configuration, for aggregateCampaign and compareConfigurations. */
  readonly results: Record<string, Record<string, unknown>[]>;
  /** Where each record came from (pass it as the `sources` option). */
  readonly sources: Record<string, RecordSource[]>;
  /** Every file read, in reading order. */
  readonly files: readonly string[];
  /** The files read that hold no record, in reading order: they add nothing to the campaign (with `strict`, an error). */
  readonly emptyFiles: readonly string[];
}

const isResultFile = (name: string) =>
  (RESULT_FILE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/** The result files the paths name (findFiles of @bootstat/io: paths, directories, globs, ! exclusions). */
function resultFiles(paths: readonly string[], cwd: string): string[] {
  let found: string[];
  try {
    found = findFiles(paths, { cwd, accept: isResultFile, what: `result file (${RESULT_FILE_EXTENSIONS.join(', ')})` });
  } catch (e) {
    if (!(e instanceof IoError)) throw e;
    throw new CampaignError(
      'CAMPAIGN_READ_ERROR',
      e.message,
      e.location.source === undefined ? {} : { file: e.location.source },
    );
  }
  // A file named on its own is taken whatever its name; it must still be a result file.
  for (const absolute of found) {
    if (!isResultFile(absolute)) {
      throw new CampaignError(
        'CAMPAIGN_READ_ERROR',
        `unknown result format ${JSON.stringify(extname(absolute))}; use ${RESULT_FILE_EXTENSIONS.join(', ')}.`,
        { file: displayPath(cwd, absolute) },
      );
    }
  }
  return found;
}

/** A reader error (bad JSON or CSV, a repeated key, a number too large) as the campaign's, naming file and line. */
function readError(e: unknown, file: string, line?: number): unknown {
  if (!(e instanceof IoError)) return e;
  const at = e.location.line ?? line;
  return new CampaignError('CAMPAIGN_READ_ERROR', e.message, { file, ...(at === undefined ? {} : { line: at }) });
}

function parseJsonText(text: string, file: string, line?: number): unknown {
  try {
    return parseJson(text, line === undefined ? {} : { firstLine: line });
  } catch (e) {
    throw readError(e, file, line);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A CSV row as a record: numbers where a cell is a number (the reader's rules: decimal notation, the file's decimal
 * mark), dotted headers as nested objects. A missing-value token (empty, NA, NaN, null…) leaves the field out;
 * inf becomes ±Infinity (skipped as not finite); other text stays text. The column at `textPath` (the
 * configuration key) keeps its text: `1.10` and `1.1` name two configurations, not one number.
 */
function csvRecord(
  header: readonly string[][],
  cells: readonly string[],
  textPath: readonly string[] | undefined,
  decimal: DecimalMark,
  where: { file: string; line: number },
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((segments, k) => {
    const text = cells[k] ?? '';
    if (text === '') return;
    let node = record;
    for (const s of segments.slice(0, -1)) {
      if (!Object.hasOwn(node, s)) node[s] = {};
      node = node[s] as Record<string, unknown>;
    }
    const key = segments[segments.length - 1] as string;
    if (textPath !== undefined && textPath.join('\u0000') === segments.join('\u0000')) {
      node[key] = text;
      return;
    }
    const cell = numberCell(text, decimal);
    if (cell.kind === 'number') node[key] = cell.value;
    else if (cell.kind === 'missing') {
      if (!Number.isNaN(cell.value)) node[key] = cell.value;
    } else if (cell.kind === 'out-of-range') {
      throw new CampaignError(
        'CAMPAIGN_READ_ERROR',
        `${JSON.stringify(text)} in column ${JSON.stringify(segments.join('.'))} is too large for a double (it would be Infinity).`,
        where,
      );
    } else node[key] = text;
  });
  return record;
}

/** The records of one file, each with its line when the format has lines. */
function readRecords(
  absolute: string,
  file: string,
  textPath: readonly string[] | undefined,
): { record: Record<string, unknown>; line?: number }[] {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (e) {
    throw new CampaignError('CAMPAIGN_READ_ERROR', `cannot read it (${(e as NodeJS.ErrnoException).code}).`, { file });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ext = extname(absolute).toLowerCase();
  if (ext === '.csv') {
    let table: ReturnType<typeof parseCsv>;
    try {
      table = parseCsv(text);
    } catch (e) {
      throw readError(e, file);
    }
    const { header, rows, dialect } = table;
    const paths = header.map((h) => {
      try {
        return splitPath(h, 'column');
      } catch (e) {
        throw new CampaignError('CAMPAIGN_READ_ERROR', (e as Error).message, { file, line: 1 });
      }
    });
    // A column `a` and a column `a.b` would need `a` to be a number and an object at once.
    paths.forEach((p, k) => {
      const clash = paths.findIndex((q, j) => j !== k && q.length > p.length && p.every((s, i) => q[i] === s));
      if (clash >= 0) {
        throw new CampaignError(
          'CAMPAIGN_READ_ERROR',
          `columns ${JSON.stringify(header[k])} and ${JSON.stringify(header[clash])} conflict (one would be inside the other).`,
          { file, line: 1 },
        );
      }
    });
    return rows.map((row) => ({
      record: csvRecord(paths, row.cells, textPath, dialect.decimal, { file, line: row.line }),
      line: row.line,
    }));
  }
  if (ext === '.jsonl' || ext === '.ndjson') {
    const out: { record: Record<string, unknown>; line: number }[] = [];
    text.split('\n').forEach((raw, k) => {
      if (raw.trim() === '') return;
      const value = parseJsonText(raw, file, k + 1);
      if (!isRecord(value)) {
        throw new CampaignError(
          'CAMPAIGN_READ_ERROR',
          `each line must be a JSON object (a record), got ${describe(value)}.`,
          {
            file,
            line: k + 1,
          },
        );
      }
      out.push({ record: value, line: k + 1 });
    });
    return out;
  }
  const value = parseJsonText(text, file);
  if (isRecord(value)) return [{ record: value }];
  if (Array.isArray(value)) {
    return value.map((item, k) => {
      if (!isRecord(item)) {
        throw new CampaignError(
          'CAMPAIGN_READ_ERROR',
          `item ${k} of the array must be a JSON object (a record), got ${describe(item)}.`,
          { file },
        );
      }
      return { record: item };
    });
  }
  throw new CampaignError(
    'CAMPAIGN_READ_ERROR',
    `a JSON result file holds one record (an object) or an array of them, got ${describe(value)}.`,
    { file },
  );
}

/**
 * Reads a campaign's result files: files, directories (searched recursively for .json, .jsonl, .ndjson and .csv,
 * hidden entries skipped, links followed but never into a loop) and globs (`runs/**\/cycle-*.json`). A JSON file
 * holds one record or an array of them, a JSONL file one record per line, a CSV file one per row under a header
 * (`latency_stats.ttft_mean_ms` columns become nested fields; decimal numbers become numbers, empty cells are
 * absent). A record's configuration is its `configKey` field (a CSV cell's text as written), or else the name of
 * its file's directory. Files are read in natural order of their absolute paths (`cycle-2` before `cycle-10`),
 * whatever the working directory or the order of the paths, which fixes the order of records and so the bits of
 * every interval; a file named twice (by a link, or by overlapping paths) is read once. A file without records is
 * listed in `emptyFiles` (with `strict`, an error).
 *
 * @throws {CampaignError} CAMPAIGN_READ_ERROR naming the file (and line for JSONL and CSV): no such path, a
 * dangling link, a glob or directory without result files, invalid JSON or CSV, a record that is not an object, a
 * missing or non-text configuration key, a configuration name with a control character, one file in two
 * configurations, no record in any file, a file without records (`strict` only); CAMPAIGN_INVALID_OPTION for a bad
 * configKey
 * @example
 * const { results, sources, files } = readCampaign('docs/examples/campaign'); // a directory per configuration
 * Object.keys(results); // ['llama-8b-bs1-fp16', 'llama-8b-bs8-fp16', 'llama-8b-bs8-int8', 'llama-70b-bs8-fp16']
 * files[0]; // 'docs/examples/campaign/llama-8b-bs1-fp16/cycle-1.json'
 * const summary = aggregateCampaign(results, { sources });
 * // the same records by glob, each naming its configuration in its `config` field:
 * Object.keys(readCampaign('docs/examples/campaign/**\/cycle-*.json', { configKey: 'config' }).results).length; // 4
 */
export function readCampaign(paths: string | readonly string[], options: ReadCampaignOptions = {}): CampaignInput {
  const cwd = resolve(options.cwd ?? process.cwd());
  const list = typeof paths === 'string' ? [paths] : paths;
  if (list.length === 0) throw new CampaignError('CAMPAIGN_INVALID_OPTION', 'readCampaign needs at least one path.');
  const keyPath = options.configKey === undefined ? undefined : splitPath(options.configKey, 'configKey');
  // Natural order of absolute paths: the same for every working directory and every order of the arguments.
  const named = resultFiles(list, cwd).map((absolute) => ({ absolute }));
  // One file named twice (a link, overlapping paths or globs) is read once, under its first name.
  const byRealPath = new Map<string, string>();
  const files: { absolute: string; file: string }[] = [];
  for (const { absolute } of named) {
    const real = realpathSync(absolute);
    const first = byRealPath.get(real);
    if (first === undefined) {
      byRealPath.set(real, absolute);
      files.push({ absolute, file: displayPath(cwd, absolute) });
      continue;
    }
    const [a, b] = [basename(dirname(first)), basename(dirname(absolute))];
    if (keyPath === undefined && a !== b) {
      throw new CampaignError(
        'CAMPAIGN_READ_ERROR',
        `is the same file as ${displayPath(cwd, first)}, so it would count in two configurations (${JSON.stringify(a)} and ${JSON.stringify(b)}); name it once, or name configurations with a record field (configKey).`,
        { file: displayPath(cwd, absolute) },
      );
    }
  }
  const results = new Map<string, Record<string, unknown>[]>();
  const sources = new Map<string, RecordSource[]>();
  const emptyFiles: string[] = [];
  for (const { absolute: a, file } of files) {
    const records = readRecords(a, file, keyPath);
    if (records.length === 0) {
      if (options.strict === true) {
        throw new CampaignError(
          'CAMPAIGN_READ_ERROR',
          'the file holds no records (strict: every result file needs at least one); remove it or rerun its cycle.',
          { file },
        );
      }
      emptyFiles.push(file);
    }
    for (const { record, line } of records) {
      let configuration: string;
      if (keyPath === undefined) {
        configuration = basename(dirname(a));
        const bad = controlCharacter(configuration);
        if (bad !== undefined) {
          throw new CampaignError(
            'CAMPAIGN_READ_ERROR',
            `the directory ${JSON.stringify(configuration)}, which names the configuration, holds the control character ${bad}; rename the directory, or name configurations with a record field (configKey).`,
            { file },
          );
        }
      } else {
        const found = lookupPath(record, keyPath);
        const v = found.found ? found.value : undefined;
        if (!(typeof v === 'string' && v !== '') && !(typeof v === 'number' && Number.isFinite(v))) {
          throw new CampaignError(
            'CAMPAIGN_READ_ERROR',
            `the configuration key ${options.configKey} is ${found.found ? `${describe(v)}, not a name` : 'missing'}.`,
            { file, ...(line === undefined ? {} : { line }), field: options.configKey as string },
          );
        }
        configuration = String(v);
        const bad = controlCharacter(configuration);
        if (bad !== undefined) {
          throw new CampaignError(
            'CAMPAIGN_READ_ERROR',
            `the configuration key ${options.configKey} is ${JSON.stringify(configuration)}, which holds the control character ${bad}; a configuration name must be printable.`,
            { file, ...(line === undefined ? {} : { line }), field: options.configKey as string },
          );
        }
      }
      let bucket = results.get(configuration);
      if (bucket === undefined) {
        bucket = [];
        results.set(configuration, bucket);
        sources.set(configuration, []);
      }
      bucket.push(record);
      sources.get(configuration)?.push(line === undefined ? { file } : { file, line });
    }
  }
  if (results.size === 0) {
    if (files.length === 1) {
      throw new CampaignError('CAMPAIGN_READ_ERROR', 'the file holds no records, so the campaign has none.', {
        file: files[0]?.file as string,
      });
    }
    const shown = files.slice(0, 10).map((f) => f.file);
    const more = files.length > shown.length ? `, and ${files.length - shown.length} more` : '';
    throw new CampaignError(
      'CAMPAIGN_READ_ERROR',
      `no records: none of the ${files.length} result files read holds one (${shown.join(', ')}${more}).`,
    );
  }
  return {
    results: Object.fromEntries(results),
    sources: Object.fromEntries(sources),
    files: files.map((f) => f.file),
    emptyFiles,
  };
}
