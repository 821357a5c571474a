import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { parseCsv } from './parse-csv';
import { parseJson, parseJsonl } from './parse-json';
import type { Table } from './table';

export type InputFormat = 'csv' | 'json' | 'jsonl';

function sniff(text: string): InputFormat {
  const t = text.trim();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) {
    // One JSON object holding arrays is JSON; anything else that starts with '{' is one object per line.
    try {
      const whole: unknown = JSON.parse(t);
      return Object.values(whole as object).some(Array.isArray) ? 'json' : 'jsonl';
    } catch {
      return 'jsonl';
    }
  }
  return 'csv';
}

/** Reads FILE, or standard input for '-' or no file, and parses it by extension or, failing that, by content. */
export async function readTable(file: string | undefined, io: CliIo, format?: InputFormat): Promise<Table> {
  let text: string;
  let source: string;
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdinIsTTY) {
      throw new CliError('no input: give a FILE (CSV, JSON or JSONL) or pipe numbers into standard input.');
    }
    text = await io.readStdin();
    source = '<stdin>';
  } else {
    source = file;
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(
        code === 'ENOENT' ? 'no such file.' : `cannot read the file (${code ?? (e as Error).message}).`,
        {
          location: file,
        },
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ext = extname(source).toLowerCase();
  const chosen =
    format ??
    (ext === '.csv' || ext === '.tsv'
      ? 'csv'
      : ext === '.json'
        ? 'json'
        : ext === '.jsonl' || ext === '.ndjson'
          ? 'jsonl'
          : sniff(text));
  if (text.trim() === '') throw new CliError('the input is empty: no numbers to resample.', { location: source });
  return chosen === 'csv'
    ? parseCsv(text, source)
    : chosen === 'json'
      ? parseJson(text, source)
      : parseJsonl(text, source);
}
