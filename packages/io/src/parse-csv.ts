import { type CsvDialect, type DetectDialectOptions, detectDialect } from './detect-dialect';
import { IoError } from './errors';
import { CsvTokenizer } from './internal/csv-tokenizer';
import type { IoNote } from './io-note';
import { trimCell } from './number-cell';

export interface ParseCsvOptions extends DetectDialectOptions {}

/** A CSV file as text: the header's names, and each data row's cells (trimmed) with the line it starts on. */
export interface CsvTable {
  readonly dialect: CsvDialect;
  readonly header: readonly string[];
  readonly rows: readonly { readonly cells: readonly string[]; readonly line: number }[];
  readonly notes: readonly IoNote[];
}

/**
 * A whole CSV text with a header row, as text cells: the same tokenizer and dialect rules as NumericTableReader
 * (quoting, delimiters, blank lines), for callers that turn rows into records themselves. Read numbers from the
 * cells with `numberCell(cell, table.dialect.decimal)`.
 *
 * @throws {IoError} IO_EMPTY (no header), IO_RAGGED_ROW, IO_BAD_QUOTE, IO_AMBIGUOUS_DIALECT, and IO_NOT_A_TABLE
 * for an empty or repeated header name
 * @example
 * const table = parseCsv('config;energy\nA;12,5\n');
 * table.dialect; // { delimiter: ';', decimal: ',' }
 * table.rows[0].cells; // ['A', '12,5']
 * numberCell(table.rows[0].cells[1], table.dialect.decimal).value; // 12.5
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  const at = options.source === undefined ? {} : { source: options.source };
  const { dialect, notes } = detectDialect(text, options);
  let header: string[] | undefined;
  const rows: { cells: string[]; line: number }[] = [];
  const tokenizer = new CsvTokenizer(
    dialect.delimiter,
    (cells, _columns, line) => {
      if (header === undefined) {
        header = cells.map(trimCell);
        header.forEach((h, k) => {
          if (h === '' || header?.indexOf(h) !== k) {
            throw new IoError(
              'IO_NOT_A_TABLE',
              h === ''
                ? `header cell ${k + 1} is empty; every column needs a name.`
                : `column ${JSON.stringify(h)} appears twice in the header.`,
              { ...at, line },
            );
          }
        });
        return;
      }
      if (cells.length !== header.length) {
        throw new IoError(
          'IO_RAGGED_ROW',
          `this row has ${cells.length} cell${cells.length === 1 ? '' : 's'}, but the header has ${header.length}.`,
          { ...at, line },
        );
      }
      rows.push({ cells: cells.map(trimCell), line });
    },
    options.source,
  );
  tokenizer.push(text);
  tokenizer.end();
  if (header === undefined) throw new IoError('IO_EMPTY', 'the CSV file is empty.', at);
  return { dialect, header, rows, notes };
}
