import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import {
  ABSENT_TOKEN,
  type DecimalMark,
  type Delimiter,
  findColumn,
  IoError,
  type NanPolicy,
  type NumericTable,
  readNumericTableStream,
  type TableFormat,
} from '@bootstat/io';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

/** How the user asked the input to be read (`--input-format`, `--delimiter`, `--decimal`, `--header`, `--nan-policy`). */
export interface ReadOptions {
  readonly format?: TableFormat;
  readonly delimiter?: Delimiter;
  readonly decimal?: DecimalMark;
  readonly header?: 'auto' | 'present' | 'absent';
  readonly nanPolicy: NanPolicy;
  /** Under nanPolicy 'omit': drop whole rows (pairs), or each column's missing values alone (independent samples). */
  readonly omit: 'rows' | 'values';
}

/** A column to read: the user's spec (a name or a 1-based index, or none) and the flag it came from. */
export interface ColumnRequest {
  readonly spec: string | undefined;
  readonly flag: string;
}

const BY_EXTENSION: Record<string, { format: TableFormat; delimiter?: Delimiter }> = {
  '.csv': { format: 'csv' },
  '.tsv': { format: 'csv', delimiter: '\t' },
  '.tab': { format: 'csv', delimiter: '\t' },
  '.json': { format: 'json' },
  '.jsonl': { format: 'jsonl' },
  '.ndjson': { format: 'jsonl' },
};

function openInput(file: string, io: CliIo): AsyncIterable<string | Uint8Array> {
  let fd: number;
  try {
    fd = openSync(resolve(io.cwd, file), 'r');
    if (fstatSync(fd).isDirectory()) {
      closeSync(fd);
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? 'no such file.'
        : code === 'EISDIR'
          ? 'is a directory; give a file.'
          : `cannot read the file (${code ?? (e as Error).message}).`,
      { location: file },
    );
  }
  return createReadStream('', { fd, highWaterMark: 1 << 20 });
}

/**
 * Reads the requested columns of FILE (or standard input for '-' or none) with the one table reader of
 * @bootstat/io, streaming: the format from the extension (.csv, .tsv, .json, .jsonl, .ndjson) or else from the
 * content, the CSV dialect as given or detected. Column errors name the flag that chose the column.
 */
export async function readColumns(
  file: string | undefined,
  io: CliIo,
  requests: readonly ColumnRequest[],
  options: ReadOptions,
  groupBy?: ColumnRequest,
): Promise<NumericTable> {
  let source: string;
  let chunks: AsyncIterable<string | Uint8Array>;
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdinIsTTY) {
      throw new CliError('no input: give a FILE (CSV, JSON or JSONL) or pipe numbers into standard input.');
    }
    source = '<stdin>';
    chunks = io.stdin();
  } else {
    source = file;
    chunks = openInput(file, io);
  }
  const byExtension = source === '<stdin>' ? undefined : BY_EXTENSION[extname(source).toLowerCase()];
  const delimiter = options.delimiter ?? byExtension?.delimiter;
  try {
    return await readNumericTableStream(chunks, {
      source,
      format: options.format ?? byExtension?.format ?? 'auto',
      nanPolicy: options.nanPolicy,
      omit: options.omit,
      ...(delimiter === undefined ? {} : { delimiter }),
      ...(options.decimal === undefined ? {} : { decimal: options.decimal }),
      ...(options.header === undefined ? {} : { header: options.header }),
      select: (columns) => requests.map((request) => column(columns, request, source)),
      ...(groupBy === undefined
        ? {}
        : {
            groupBy: (columns: readonly string[]) => {
              const g = column(columns, groupBy, source);
              const same = requests.find((r) => column(columns, r, source) === g);
              if (same !== undefined) {
                throw new CliError(
                  `${groupBy.flag} and ${same.flag} name the same column ${JSON.stringify(columns[g])}: ${groupBy.flag} names the groups, ${same.flag} the numbers.`,
                  { location: source },
                );
              }
              return g;
            },
          }),
    });
  } catch (e) {
    if (e instanceof IoError) throw cliErrorOf(e);
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      throw new CliError(`cannot read the input (${code}).`, { location: source });
    }
    throw e;
  }
}

/** A column by the user's spec, or an error naming the flag that chose it. */
function column(columns: readonly string[], { spec, flag }: ColumnRequest, source: string): number {
  try {
    return findColumn(columns, spec);
  } catch (e) {
    if (!(e instanceof IoError)) throw e;
    const message =
      spec === undefined
        ? `${e.message.replace(/: choose one\.$/, '')}; choose one with ${flag} NAME or ${flag} N (1-based).`
        : `${flag}: ${e.message}`;
    throw new CliError(message, { location: source });
  }
}

/** A reader error in the CLI's words: the flags that fix it, where the library names its options. */
function cliErrorOf(e: IoError): CliError {
  const { source, line, column, field, text } = e.location;
  const location = [source, line, column].filter((x) => x !== undefined).join(':') || undefined;
  let message = e.message;
  if (e.code === 'IO_MISSING_VALUE') {
    const what =
      text === ABSENT_TOKEN
        ? `the record has no ${JSON.stringify(field)}: a missing value`
        : `${text === '' ? 'an empty cell' : JSON.stringify(text)} in column ${JSON.stringify(field)} is a missing value`;
    message = `${what}; remove it, or pass --nan-policy omit to drop rows with missing values.`;
  } else if (e.code === 'IO_AMBIGUOUS_DIALECT') {
    message = `${e.message.replace(/\.$/, '')} (--delimiter , ; tab | whitespace, --decimal . or ,).`;
  }
  return new CliError(message, location === undefined ? {} : { location });
}
