import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { RecordSource } from './campaign-input';
import { CampaignError } from './errors';
import { describe } from './internal/describe';
import { lookupPath, splitPath } from './internal/dot-path';
import { compileGlob, isGlob } from './internal/glob';
import { naturalCompare } from './internal/natural-compare';
import { parseCsv } from './internal/parse-csv';

/** The result-file formats by extension. */
export const RESULT_FILE_EXTENSIONS = ['.json', '.jsonl', '.ndjson', '.csv'] as const;

export interface ReadCampaignOptions {
  /**
   * The record field (a dot path) that names a record's configuration; default: the name of the directory the
   * result file is in (`runs/llama-8b-bs8-fp16/cycle-3.json` → `llama-8b-bs8-fp16`).
   */
  readonly configKey?: string;
  /** Relative paths and globs are taken from here; default `process.cwd()`. File names in messages are relative to it. */
  readonly cwd?: string;
}

export interface CampaignInput {
  /** Records by configuration, for aggregateCampaign and compareConfigurations. */
  readonly results: Record<string, Record<string, unknown>[]>;
  /** Where each record came from (pass it as the `sources` option). */
  readonly sources: Record<string, RecordSource[]>;
  /** Every file read, in reading order. */
  readonly files: readonly string[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function display(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel.split(sep).join('/');
}

const isResultFile = (name: string) =>
  (RESULT_FILE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
const isHidden = (relativePath: string) =>
  relativePath.split(/[\\/]/).some((s) => s.startsWith('.') && s !== '.' && s !== '..');

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((rel) => !isHidden(rel))
    .map((rel) => join(dir, rel))
    .filter((p) => statSync(p).isFile());
}

/** The result files a path names: itself, the result files under a directory, or a glob's matches. */
function expand(path: string, cwd: string): string[] {
  if (isGlob(path)) {
    const { base, matches } = compileGlob(path);
    const root = resolve(cwd, base);
    let found: string[] = [];
    try {
      found = walk(root).filter((p) => isResultFile(p) && matches(relative(root, p).split(sep).join('/')));
    } catch {
      found = [];
    }
    if (found.length === 0) {
      throw new CampaignError('CAMPAIGN_READ_ERROR', `no result file (${RESULT_FILE_EXTENSIONS.join(', ')}) matches.`, {
        file: path,
      });
    }
    return found;
  }
  const absolute = resolve(cwd, path);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(absolute);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CampaignError(
      'CAMPAIGN_READ_ERROR',
      code === 'ENOENT' ? 'no such file or directory.' : `cannot read it (${code}).`,
      {
        file: path,
      },
    );
  }
  if (stats.isDirectory()) {
    const found = walk(absolute).filter(isResultFile);
    if (found.length === 0) {
      throw new CampaignError(
        'CAMPAIGN_READ_ERROR',
        `the directory holds no result file (${RESULT_FILE_EXTENSIONS.join(', ')}).`,
        { file: path },
      );
    }
    return found;
  }
  if (!isResultFile(absolute)) {
    throw new CampaignError(
      'CAMPAIGN_READ_ERROR',
      `unknown result format ${JSON.stringify(extname(absolute))}; use ${RESULT_FILE_EXTENSIONS.join(', ')}.`,
      { file: path },
    );
  }
  return [absolute];
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

function parseJsonText(text: string, file: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message.split('\n')[0] ?? '';
    const at = /position (\d+)/.exec(message);
    const where = line ?? (at === null ? undefined : lineAt(text, Number(at[1])));
    throw new CampaignError('CAMPAIGN_READ_ERROR', `invalid JSON: ${message}`, {
      file,
      ...(where === undefined ? {} : { line: where }),
    });
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A CSV row as a record: numbers where a cell is a decimal number, dotted headers as nested objects. */
function csvRecord(header: readonly string[][], cells: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((segments, k) => {
    const text = (cells[k] ?? '').trim();
    if (text === '') return;
    let node = record;
    for (const s of segments.slice(0, -1)) {
      if (!Object.hasOwn(node, s)) node[s] = {};
      node = node[s] as Record<string, unknown>;
    }
    node[segments[segments.length - 1] as string] = NUMBER.test(text) ? Number(text) : text;
  });
  return record;
}

/** The records of one file, each with its line when the format has lines. */
function readRecords(absolute: string, file: string): { record: Record<string, unknown>; line?: number }[] {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (e) {
    throw new CampaignError('CAMPAIGN_READ_ERROR', `cannot read it (${(e as NodeJS.ErrnoException).code}).`, { file });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ext = extname(absolute).toLowerCase();
  if (ext === '.csv') {
    const { header, rows } = parseCsv(text, file);
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
    return rows.map((row) => ({ record: csvRecord(paths, row.cells), line: row.line }));
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
 * hidden entries skipped) and globs (`runs/**\/cycle-*.json`). A JSON file holds one record or an array of them,
 * a JSONL file one record per line, a CSV file one per row under a header (`latency_stats.ttft_mean_ms` columns
 * become nested fields; decimal numbers become numbers, empty cells are absent). A record's configuration is its
 * `configKey` field, or else the name of its file's directory. Files are read in natural order of their paths
 * (`cycle-2` before `cycle-10`), which fixes the order of records and so the bits of every interval.
 *
 * @throws {CampaignError} CAMPAIGN_READ_ERROR naming the file (and line for JSONL and CSV): no such path, a glob
 * or directory without result files, invalid JSON or CSV, a record that is not an object, a missing or non-text
 * configuration key; CAMPAIGN_INVALID_OPTION for a bad configKey
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
  const absolute = [...new Set(list.flatMap((p) => expand(p, cwd)))];
  const files = absolute
    .map((a) => ({ absolute: a, file: display(cwd, a) }))
    .sort((a, b) => naturalCompare(a.file, b.file));
  const results = new Map<string, Record<string, unknown>[]>();
  const sources = new Map<string, RecordSource[]>();
  for (const { absolute: a, file } of files) {
    for (const { record, line } of readRecords(a, file)) {
      let configuration: string;
      if (keyPath === undefined) configuration = basename(dirname(a));
      else {
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
  return {
    results: Object.fromEntries(results),
    sources: Object.fromEntries(sources),
    files: files.map((f) => f.file),
  };
}
