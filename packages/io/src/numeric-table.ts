import { type CsvDialect, delimiterName, detectDialect } from './detect-dialect';
import { IoError, type IoErrorLocation } from './errors';
import { CsvTokenizer, type Delimiter } from './internal/csv-tokenizer';
import type { IoNote } from './io-note';
import { missingValue } from './missing-values';
import { type DecimalMark, numberCell, trimCell } from './number-cell';
import { locateJson, parseJson } from './parse-json';

/** The formats the table reader knows. */
export const TABLE_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Missing or non-finite values: an error naming the cell ('raise', default), or the row dropped and counted ('omit'). */
export type NanPolicy = 'raise' | 'omit';

export interface NumericTableOptions {
  /** The input's name, for messages (`data.csv`, `<stdin>`). */
  readonly source?: string;
  /**
   * 'auto' (default): JSON when the text starts with `[`, JSONL when its first line is a whole JSON object, else
   * CSV; always CSV when a delimiter, decimal mark or header is given.
   */
  readonly format?: TableFormat | 'auto';
  /** CSV only; 'auto' (default) detects it (see detectDialect). */
  readonly delimiter?: Delimiter | 'auto';
  /** CSV only; 'auto' (default) detects it (see detectDialect). */
  readonly decimal?: DecimalMark | 'auto';
  /**
   * CSV only. 'auto' (default): the first row is a header when one of its cells is neither a number nor a
   * missing-value token. Without a header, columns are named '1', '2', ….
   */
  readonly header?: 'auto' | 'present' | 'absent';
  /** Picks the columns to read once their names are known (see findColumn); default: every column. */
  readonly select?: (columns: readonly string[]) => readonly number[];
  /**
   * A column whose text names each row's group (long-format data: `variant,ms`), chosen once the names are known;
   * the table then carries `groups`, row for row with `values`. An empty group is a missing value.
   */
  readonly groupBy?: (columns: readonly string[]) => number;
  readonly nanPolicy?: NanPolicy;
  /**
   * What nanPolicy 'omit' drops: 'rows' (default) drops a row with a missing value in any column read, so pairs
   * stay pairs; 'values' drops each column's missing values alone, for independent samples of unequal sizes.
   */
  readonly omit?: 'rows' | 'values';
}

/** What was read: the chosen columns as numbers, row for row, and how the input was understood. */
export interface NumericTable {
  readonly source: string | undefined;
  readonly format: TableFormat;
  /** CSV only: the delimiter and decimal mark used. */
  readonly dialect: CsvDialect | undefined;
  /** Every column's name. */
  readonly columns: readonly string[];
  /** The indices `select` chose, in its order. */
  readonly selected: readonly number[];
  /**
   * One array per selected column, in the order of `selected`, without the missing values nanPolicy 'omit'
   * dropped: equal lengths (rows kept) under omit 'rows', each its own under omit 'values'.
   */
  readonly values: readonly Float64Array[];
  /** With `groupBy`: each kept row's group, as written. */
  readonly groups?: readonly string[];
  /** Rows kept (omit 'rows'), or rows read (omit 'values'). */
  readonly rows: number;
  /**
   * What nanPolicy 'omit' dropped: whole rows (omit 'rows'; 0 under 'values'), missing values in the columns read,
   * and how often each missing-value token (as written) was met.
   */
  readonly omitted: {
    readonly rows: number;
    readonly values: number;
    readonly tokens: Readonly<Record<string, number>>;
  };
  readonly notes: readonly IoNote[];
}

/** A JSON value that is absent (a key missing from one record) counts under this token. */
export const ABSENT_TOKEN = '(absent)';

/** How much text is looked at before the format and CSV dialect are decided (or all of it, if shorter). */
const SNIFF_CHARS = 64 * 1024;
/** A typed array holds at most 2^32 − 1 elements. */
const MAX_ROWS = 2 ** 32 - 1;
/** V8 strings are at most 2^29 − 24 characters: a JSON document must fit in one. */
const MAX_JSON_CHARS = 2 ** 29 - 24;

type CellKind = { kind: 'number'; value: number } | { kind: 'missing'; token: string } | { kind: 'bad'; why: string };

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The rule for JSON values: numbers are numbers, null and missing-value words are missing, nothing else counts. */
function jsonCell(v: unknown): CellKind {
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (v === null) return { kind: 'missing', token: 'null' };
  if (v === undefined) return { kind: 'missing', token: ABSENT_TOKEN };
  if (typeof v === 'string') {
    return missingValue(trimCell(v)) === undefined
      ? { kind: 'bad', why: 'a string, not a number' }
      : { kind: 'missing', token: v };
  }
  return {
    kind: 'bad',
    why:
      typeof v === 'boolean' ? 'not a number' : Array.isArray(v) ? 'an array, not a number' : 'an object, not a number',
  };
}

/**
 * The first row is a header when one of its cells is a name: neither a number nor a missing-value token, and with
 * a letter in it that is not part of a number literal. Malformed numbers (`0x10`, `1_000`, `−12.5` with a Unicode
 * minus, `1.234,5`, `5 2`) hold no such letter: such a row is data, and reading it says which cell is wrong,
 * rather than dropping it as a header.
 */
function looksLikeHeader(cells: readonly string[], decimal: DecimalMark): boolean {
  return cells.some(
    (c) =>
      numberCell(c, decimal).kind === 'invalid' &&
      /\p{L}/u.test(c.replace(/^[+-]?0[xbo][0-9a-f_]*$|[eE][+-]?\d+$/i, '')),
  );
}

/**
 * Reads numeric columns from CSV, TSV (any delimiter), JSON or JSONL text pushed in chunks of any size, in memory
 * bounded by the numbers kept (8 bytes each): the text is never held whole, except a JSON document. One set of
 * rules for every format:
 * - a number is decimal notation (`12.5`, `-1e-3`, `12,5` with the decimal mark ','); hex, binary, thousands
 *   separators and text are errors naming the cell, never a guess;
 * - missing values are MISSING_VALUE_TOKENS (empty, NA, NaN, null, None, ±inf…) and JSON null: an error under
 *   nanPolicy 'raise', the row dropped and counted under 'omit';
 * - a row with more or fewer cells than the header is an error naming its line;
 * - a CSV holding a single line of numbers (`1 2 3 4`) is read as one column.
 *
 * @throws {IoError} with the source, line and column: IO_EMPTY, IO_RAGGED_ROW, IO_BAD_QUOTE, IO_NOT_A_NUMBER,
 * IO_NUMBER_OUT_OF_RANGE, IO_MISSING_VALUE, IO_INVALID_JSON, IO_DUPLICATE_KEY, IO_TOO_DEEP, IO_NOT_A_TABLE,
 * IO_AMBIGUOUS_DIALECT, IO_TOO_LARGE, and what `select` throws (IO_UNKNOWN_COLUMN from findColumn)
 * @example
 * const reader = new NumericTableReader({ select: (columns) => [findColumn(columns, 'ms')] });
 * reader.push('name;ms\nr1;12,5\n');
 * reader.push('r2;13,25\n');
 * Array.from(reader.end().values[0]); // [12.5, 13.25]
 */
export class NumericTableReader {
  private readonly options: NumericTableOptions;
  private readonly nanPolicy: NanPolicy;
  private format: TableFormat | undefined;
  private dialect: CsvDialect | undefined;
  private sniffed = '';
  private tokenizer: CsvTokenizer | undefined;
  private jsonText: string[] = [];
  private jsonLength = 0;
  private lineRest = '';
  private lineNumber = 0;
  private finished = false;

  private columns: string[] | undefined;
  private selected: readonly number[] = [];
  private groupIndex: number | undefined;
  private readonly groupValues: string[] = [];
  private store: Float64Array[] = [];
  private rows = 0;
  /** Values kept per selected column (omit 'values'; equal to rows otherwise). */
  private counts: number[] = [];
  private omittedValues = 0;
  private held: { cells: string[]; columns: number[]; line: number } | undefined;
  private hasHeaderRow = false;
  private omittedRows = 0;
  private readonly tokens = new Map<string, number>();
  private readonly notes: IoNote[] = [];
  /** JSONL: whether records are objects, arrays or single values (set by the first one). */
  private recordKind: 'object' | 'array' | 'scalar' | undefined;
  private readonly cellScratch: CellKind[] = [];

  constructor(options: NumericTableOptions = {}) {
    this.options = options;
    this.nanPolicy = options.nanPolicy ?? 'raise';
    if (this.nanPolicy !== 'raise' && this.nanPolicy !== 'omit') {
      throw new IoError('IO_INVALID_OPTION', `nanPolicy must be 'raise' or 'omit', got ${String(options.nanPolicy)}.`);
    }
    if (options.groupBy !== undefined && options.omit === 'values') {
      throw new IoError('IO_INVALID_OPTION', "groupBy keeps rows whole: it takes omit 'rows'.");
    }
    if (options.omit !== undefined && options.omit !== 'rows' && options.omit !== 'values') {
      throw new IoError('IO_INVALID_OPTION', `omit must be 'rows' or 'values', got ${String(options.omit)}.`);
    }
    if (options.format !== undefined && options.format !== 'auto') this.format = options.format;
    else if ([options.delimiter, options.decimal, options.header].some((o) => o !== undefined && o !== 'auto')) {
      // A delimiter, decimal mark or header given: the input is delimited text, whatever its first character.
      this.format = 'csv';
    }
  }

  private at(location: Omit<IoErrorLocation, 'source'> = {}): IoErrorLocation {
    return this.options.source === undefined ? location : { source: this.options.source, ...location };
  }

  /** Adds the next piece of text. */
  push(chunk: string): void {
    if (this.finished) throw new IoError('IO_INVALID_OPTION', 'push after end: the table was already read.');
    if (this.tokenizer !== undefined) {
      this.tokenizer.push(chunk);
      return;
    }
    if (this.format === 'jsonl') {
      this.pushLines(chunk, false);
      return;
    }
    if (this.format === 'json' && this.sniffed === '') {
      this.pushJson(chunk);
      return;
    }
    this.sniffed += chunk;
    if (this.sniffed.length >= SNIFF_CHARS) this.start(false);
  }

  /** Reads what is left and returns the table. */
  end(): NumericTable {
    if (this.finished) throw new IoError('IO_INVALID_OPTION', 'end called twice: the table was already read.');
    if (this.tokenizer === undefined && this.format !== 'jsonl' && !(this.format === 'json' && this.sniffed === '')) {
      this.start(true);
    }
    this.finished = true;
    if (this.tokenizer !== undefined) {
      this.tokenizer.end();
      this.finishCsv();
    } else if (this.format === 'jsonl') this.pushLines('', true);
    else this.finishJson();
    if (this.columns === undefined || (this.rows === 0 && this.omittedRows === 0)) {
      throw new IoError(
        'IO_EMPTY',
        this.columns === undefined
          ? 'the input is empty: no numbers to read.'
          : this.hasHeaderRow
            ? 'the input has a header but no rows.'
            : 'the input has no rows: no numbers to read.',
        this.at(),
      );
    }
    if (this.omittedValues > 0) {
      const tokens = [...this.tokens].map(([t, k]) => `${k} × ${t === '' ? 'empty' : JSON.stringify(t)}`).join(', ');
      const n = this.byValue ? this.omittedValues : this.omittedRows;
      this.notes.push({
        code: 'VALUES_OMITTED',
        message: `${n} ${this.byValue ? 'missing value' : 'row'}${n === 1 ? '' : 's'}${this.byValue ? '' : ' with a missing value'} dropped (${tokens}).`,
      });
    }
    const values = this.store.map((s, j) => s.slice(0, this.counts[j] ?? 0));
    const empty = this.byValue ? values.findIndex((v) => v.length === 0) : this.rows === 0 ? 0 : -1;
    if (empty >= 0) {
      throw new IoError(
        'IO_EMPTY',
        this.byValue
          ? `column ${JSON.stringify(this.columns[this.selected[empty] as number])} has only missing values: nothing is left.`
          : `every row has a missing value in the columns read (${this.omittedRows} dropped): nothing is left.`,
        this.at(),
      );
    }
    return {
      source: this.options.source,
      format: this.format as TableFormat,
      dialect: this.dialect,
      columns: this.columns,
      selected: this.selected,
      values,
      ...(this.groupIndex === undefined ? {} : { groups: this.groupValues }),
      rows: this.rows,
      omitted: { rows: this.omittedRows, values: this.omittedValues, tokens: Object.fromEntries(this.tokens) },
      notes: this.notes,
    };
  }

  /** Decides the format (and CSV dialect) from the text seen so far, then feeds it on. */
  private start(final: boolean): void {
    const text = this.sniffed;
    this.sniffed = '';
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (this.format === undefined) {
      const t = body.trimStart();
      // Wait for the first line's end before telling JSONL (one object per line) from one JSON document.
      if (!final && (t === '' || (t.startsWith('{') && !t.includes('\n') && t.length < 16 * 1024 * 1024))) {
        this.sniffed = text;
        return;
      }
      this.format = t.startsWith('[') ? 'json' : t.startsWith('{') ? sniffBrace(t) : 'csv';
    }
    if (this.format === 'json') {
      this.pushJson(body);
      return;
    }
    if (this.format === 'jsonl') {
      this.pushLines(body, false);
      return;
    }
    const { dialect, notes } = detectDialect(body, {
      delimiter: this.options.delimiter ?? 'auto',
      decimal: this.options.decimal ?? 'auto',
      ...(this.options.source === undefined ? {} : { source: this.options.source }),
    });
    this.dialect = dialect;
    this.notes.push(...notes);
    this.tokenizer = new CsvTokenizer(
      dialect.delimiter,
      (cells, columns, line) => this.csvRow(cells, columns, line),
      this.options.source,
    );
    this.tokenizer.push(body);
  }

  // ---- CSV -------------------------------------------------------------------------------------------------

  private csvRow(cells: readonly string[], columns: readonly number[], line: number): void {
    const decimal = (this.dialect as CsvDialect).decimal;
    if (this.columns === undefined) {
      const header = this.options.header ?? 'auto';
      if (header === 'present' || (header === 'auto' && looksLikeHeader(cells, decimal))) {
        this.begin(cells.map(trimCell), true);
        return;
      }
      if (this.held === undefined && header === 'auto') {
        // Wait for a second row: a single line of numbers is one column, not one row.
        this.held = { cells: [...cells], columns: [...columns], line };
        return;
      }
      this.begin(this.numbered(this.held?.cells.length ?? cells.length));
      const held = this.held;
      this.held = undefined;
      if (held !== undefined) this.csvData(held.cells, held.columns, held.line);
    }
    this.csvData(cells, columns, line);
  }

  private numbered(width: number): string[] {
    return Array.from({ length: width }, (_, k) => String(k + 1));
  }

  private finishCsv(): void {
    const held = this.held;
    if (held === undefined) return;
    this.held = undefined;
    if (held.cells.length > 1) {
      this.notes.push({
        code: 'SINGLE_ROW_AS_COLUMN',
        message: `${this.options.source === undefined ? '' : `${this.options.source}: `}the input is one line of ${held.cells.length} values: read as one column.`,
      });
      this.begin(['1']);
      held.cells.forEach((cell, k) => {
        this.csvData([cell], [held.columns[k] as number], held.line);
      });
      return;
    }
    this.begin(['1']);
    this.csvData(held.cells, held.columns, held.line);
  }

  private csvData(cells: readonly string[], columns: readonly number[], line: number): void {
    const names = this.columns as string[];
    if (cells.length !== names.length) {
      const dialect = this.dialect as CsvDialect;
      const hint =
        cells.length > names.length && dialect.delimiter === ',' && cells.some((c) => /^\s*\d+\s*$/.test(c))
          ? " A comma inside a number (12,5) splits it in two: quote such cells, or separate cells with ';' and read ',' as the decimal mark."
          : '';
      throw new IoError(
        'IO_RAGGED_ROW',
        `this row has ${cells.length} cell${cells.length === 1 ? '' : 's'}, but the ${this.hasHeaderRow ? 'header has' : 'first row has'} ${names.length} (cells separated by ${delimiterName(dialect.delimiter)}).${hint}`,
        this.at({ line }),
      );
    }
    const decimal = (this.dialect as CsvDialect).decimal;
    const kinds = this.cellScratch;
    kinds.length = 0;
    let missing = false;
    for (const k of this.selected) {
      const text = cells[k] as string;
      const cell = numberCell(text, decimal);
      if (cell.kind === 'number') kinds.push(cell);
      else if (cell.kind === 'missing') {
        missing = true;
        kinds.push({ kind: 'missing', token: cell.token });
        if (this.nanPolicy === 'raise') this.missingError(k, cell.token, { line, column: columns[k] as number });
      } else {
        const t = trimCell(text);
        const why =
          cell.kind === 'out-of-range'
            ? 'is too large for a double (it would be Infinity)'
            : decimal === '.' && /^[+-]?\d*,\d+$/.test(t)
              ? "is not a number with '.' as the decimal mark (with ',' as the decimal mark it would be one)"
              : decimal === ',' && /^[+-]?\d*\.\d+$/.test(t)
                ? "is not a number with ',' as the decimal mark"
                : /^[+-]?0[xXbBoO]/.test(t)
                  ? 'is not a decimal number (hexadecimal, binary and octal are not read)'
                  : 'is not a number';
        throw new IoError(
          cell.kind === 'out-of-range' ? 'IO_NUMBER_OUT_OF_RANGE' : 'IO_NOT_A_NUMBER',
          `${JSON.stringify(clip(t))} in column ${JSON.stringify(names[k])} ${why}.`,
          this.at({ line, column: columns[k] as number, field: names[k] as string, text: t }),
        );
      }
    }
    let group: string | undefined;
    if (this.groupIndex !== undefined) {
      group = trimCell(cells[this.groupIndex] as string);
      if (group === '') {
        missing = true;
        kinds.push({ kind: 'missing', token: '' });
        if (this.nanPolicy === 'raise') {
          this.missingError(this.groupIndex, '', { line, column: columns[this.groupIndex] as number });
        }
      }
    }
    this.keep(kinds, missing, group);
  }

  // ---- JSON and JSONL --------------------------------------------------------------------------------------

  private pushJson(chunk: string): void {
    this.jsonLength += chunk.length;
    if (this.jsonLength > MAX_JSON_CHARS) {
      throw new IoError(
        'IO_TOO_LARGE',
        `a JSON document larger than ${MAX_JSON_CHARS} characters cannot be read whole; write one value or record per line (JSONL) or CSV instead.`,
        this.at(),
      );
    }
    this.jsonText.push(chunk);
  }

  private finishJson(): void {
    let text = this.jsonText.join('');
    this.jsonText = [];
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return;
    const source = this.options.source;
    const order = new WeakMap<object, string[]>();
    const keysOf = (o: object) => order.get(o) ?? Object.keys(o);
    const doc = parseJson(text, { keyOrder: order, ...(source === undefined ? {} : { source }) });
    // An absent key has no place of its own: its record's is given.
    const where = (path: (string | number)[]) =>
      this.at(locateJson(text, path) ?? locateJson(text, path.slice(0, -1)) ?? {});
    if (Array.isArray(doc)) {
      if (doc.length === 0) {
        this.begin(['value']);
        return;
      }
      const kind = rowKind(doc[0]);
      doc.forEach((item, r) => {
        if (rowKind(item) !== kind) {
          throw new IoError(
            'IO_NOT_A_TABLE',
            `item ${r} is ${describeKind(kindOf(item))}, but item 0 is ${describeKind(kindOf(doc[0]))}: a table's rows are all values (numbers, null), all objects or all arrays.`,
            where([r]),
          );
        }
      });
      if (kind === 'object') {
        const names: string[] = [];
        const seen = new Set<string>();
        for (const item of doc as Record<string, unknown>[]) {
          for (const key of keysOf(item)) {
            if (!seen.has(key)) {
              seen.add(key);
              names.push(key);
            }
          }
        }
        this.begin(names);
        doc.forEach((item, r) => {
          this.jsonRow(
            (k) =>
              Object.hasOwn(item as object, names[k] as string)
                ? (item as Record<string, unknown>)[names[k] as string]
                : undefined,
            (k) => where([r, names[k] as string]),
          );
        });
      } else if (kind === 'array') {
        const width = (doc[0] as unknown[]).length;
        this.begin(this.numbered(width));
        doc.forEach((item, r) => {
          const row = item as unknown[];
          if (row.length !== width) {
            throw new IoError(
              'IO_RAGGED_ROW',
              `row ${r} has ${row.length} value${row.length === 1 ? '' : 's'}, but row 0 has ${width}.`,
              where([r]),
            );
          }
          this.jsonRow(
            (k) => row[k],
            (k) => where([r, k]),
          );
        });
      } else {
        this.begin(['value']);
        doc.forEach((item, r) => {
          this.jsonRow(
            () => item,
            () => where([r]),
          );
        });
      }
      return;
    }
    if (typeof doc === 'object' && doc !== null) {
      const entries = keysOf(doc).map((k): [string, unknown] => [k, (doc as Record<string, unknown>)[k]]);
      const notArray = entries.find(([, v]) => !Array.isArray(v));
      if (entries.length === 0 || notArray !== undefined) {
        throw new IoError(
          'IO_NOT_A_TABLE',
          notArray === undefined
            ? 'the JSON object is empty: expected an array of numbers, an array of objects, or an object of arrays.'
            : `key ${JSON.stringify(clip(notArray[0]))} holds ${describeKind(kindOf(notArray[1]))}: a JSON object is read as a table when every key holds an array (a column).`,
          notArray === undefined ? this.at() : where([notArray[0]]),
        );
      }
      const length = ((entries[0] as [string, unknown])[1] as unknown[]).length;
      for (const [key, v] of entries) {
        if ((v as unknown[]).length !== length) {
          throw new IoError(
            'IO_RAGGED_ROW',
            `column ${JSON.stringify(clip(key))} has ${(v as unknown[]).length} value${(v as unknown[]).length === 1 ? '' : 's'}, but column ${JSON.stringify(clip(entries[0]?.[0] ?? ''))} has ${length}.`,
            where([key]),
          );
        }
      }
      this.begin(entries.map(([k]) => k));
      for (let r = 0; r < length; r++) {
        this.jsonRow(
          (k) => ((entries[k] as [string, unknown])[1] as unknown[])[r],
          (k) => where([entries[k]?.[0] as string, r]),
        );
      }
      return;
    }
    throw new IoError(
      'IO_NOT_A_TABLE',
      `the JSON document is ${describeKind(kindOf(doc))}: expected an array of numbers, an array of objects, or an object of arrays.`,
      this.at({ line: 1, column: 1 }),
    );
  }

  private pushLines(chunk: string, final: boolean): void {
    let text = this.lineRest + chunk;
    if (this.lineNumber === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) break;
      this.jsonLine(text.slice(from, nl));
      from = nl + 1;
    }
    this.lineRest = text.slice(from);
    if (this.lineRest.length > 16 * 1024 * 1024) {
      throw new IoError('IO_TOO_LARGE', 'a JSONL line longer than 16 MiB.', this.at({ line: this.lineNumber + 1 }));
    }
    if (final && this.lineRest !== '') {
      this.jsonLine(this.lineRest);
      this.lineRest = '';
    }
  }

  private jsonLine(raw: string): void {
    const line = ++this.lineNumber;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    const source = this.options.source;
    const order = new WeakMap<object, string[]>();
    const value = parseJson(text, { firstLine: line, keyOrder: order, ...(source === undefined ? {} : { source }) });
    const kind = rowKind(value);
    const where = (path: (string | number)[]) => this.at(locateJson(text, path, line) ?? { line });
    if (this.recordKind === undefined) {
      this.recordKind = kind;
      this.begin(
        kind === 'object'
          ? (order.get(value as object) ?? [])
          : kind === 'array'
            ? this.numbered((value as unknown[]).length)
            : ['value'],
      );
    } else if (kind !== this.recordKind) {
      throw new IoError(
        'IO_NOT_A_TABLE',
        `this line is ${describeKind(kindOf(value))}, but the first line is ${this.recordKind === 'scalar' ? 'a value' : `an ${this.recordKind}`}: every line must be alike (all values, all objects or all arrays).`,
        this.at({ line, column: 1 }),
      );
    }
    const names = this.columns as string[];
    if (kind === 'object') {
      const record = value as Record<string, unknown>;
      this.jsonRow(
        (k) => (Object.hasOwn(record, names[k] as string) ? record[names[k] as string] : undefined),
        (k) => where([names[k] as string]),
      );
    } else if (kind === 'array') {
      const row = value as unknown[];
      if (row.length !== names.length) {
        throw new IoError(
          'IO_RAGGED_ROW',
          `this line has ${row.length} value${row.length === 1 ? '' : 's'}, but the first line has ${names.length}.`,
          this.at({ line, column: 1 }),
        );
      }
      this.jsonRow(
        (k) => row[k],
        (k) => where([k]),
      );
    } else {
      this.jsonRow(
        () => value,
        () => where([]),
      );
    }
  }

  private jsonRow(get: (k: number) => unknown, where: (k: number) => IoErrorLocation): void {
    const names = this.columns as string[];
    const kinds = this.cellScratch;
    kinds.length = 0;
    let missing = false;
    for (const k of this.selected) {
      const v = get(k);
      const cell = jsonCell(v);
      if (cell.kind === 'bad') {
        const shown = clip(JSON.stringify(v) ?? String(v));
        throw new IoError('IO_NOT_A_NUMBER', `${shown} in column ${JSON.stringify(names[k])} is ${cell.why}.`, {
          ...where(k),
          field: names[k] as string,
          text: shown,
        });
      }
      if (cell.kind === 'missing') {
        missing = true;
        if (this.nanPolicy === 'raise') this.missingError(k, cell.token, where(k));
      }
      kinds.push(cell);
    }
    let group: string | undefined;
    if (this.groupIndex !== undefined) {
      const v = get(this.groupIndex);
      if (typeof v === 'string' && v !== '') group = v;
      else if (typeof v === 'number') group = String(v);
      else {
        missing = true;
        kinds.push({ kind: 'missing', token: v === undefined ? ABSENT_TOKEN : (JSON.stringify(v) ?? '') });
        if (this.nanPolicy === 'raise')
          this.missingError(this.groupIndex, v === undefined ? ABSENT_TOKEN : '', where(this.groupIndex));
      }
    }
    this.keep(kinds, missing, group);
  }

  // ---- shared ----------------------------------------------------------------------------------------------

  private begin(names: string[], fromHeaderRow = false): void {
    this.columns = names;
    this.hasHeaderRow = fromHeaderRow;
    const chosen = this.options.select === undefined ? names.map((_, k) => k) : this.options.select(names);
    for (const k of chosen) {
      if (!Number.isInteger(k) || k < 0 || k >= names.length) {
        throw new IoError(
          'IO_INVALID_OPTION',
          `select returned ${String(k)}, not a column index in [0, ${names.length - 1}].`,
        );
      }
    }
    this.selected = chosen;
    if (this.options.groupBy !== undefined) {
      const g = this.options.groupBy(names);
      if (!Number.isInteger(g) || g < 0 || g >= names.length) {
        throw new IoError(
          'IO_INVALID_OPTION',
          `groupBy returned ${String(g)}, not a column index in [0, ${names.length - 1}].`,
        );
      }
      this.groupIndex = g;
    }
    this.store = chosen.map(() => new Float64Array(1024));
    this.counts = chosen.map(() => 0);
  }

  private missingError(k: number, token: string, location: IoErrorLocation): never {
    const name = (this.columns as string[])[k] as string;
    const what =
      token === ABSENT_TOKEN
        ? `the record has no ${JSON.stringify(name)}: a missing value`
        : `${token === '' ? 'an empty cell' : JSON.stringify(clip(token))} in column ${JSON.stringify(name)}: a missing value`;
    throw new IoError('IO_MISSING_VALUE', `${what}. Remove it, or drop rows with missing values (nanPolicy 'omit').`, {
      ...this.at(),
      ...location,
      field: name,
      text: token,
    });
  }

  private get byValue(): boolean {
    return this.options.omit === 'values';
  }

  private keep(cells: readonly CellKind[], missing: boolean, group?: string): void {
    if (missing) {
      for (const c of cells) {
        if (c.kind === 'missing') {
          this.omittedValues++;
          this.tokens.set(c.token, (this.tokens.get(c.token) ?? 0) + 1);
        }
      }
      if (!this.byValue) {
        this.omittedRows++;
        return;
      }
    }
    if (this.rows >= MAX_ROWS) throw new IoError('IO_TOO_LARGE', `more than ${MAX_ROWS} rows.`, this.at());
    this.rows++;
    if (group !== undefined) this.groupValues.push(group);
    cells.forEach((c, j) => {
      if (c.kind !== 'number') return;
      const k = this.counts[j] as number;
      let column = this.store[j] as Float64Array;
      if (k === column.length) {
        const grown = new Float64Array(Math.min(MAX_ROWS, k * 2));
        grown.set(column);
        this.store[j] = grown;
        column = grown;
      }
      column[k] = c.value;
      this.counts[j] = k + 1;
    });
  }
}

type Kind = 'number' | 'string' | 'boolean' | 'null' | 'object' | 'array';

function kindOf(v: unknown): Kind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v as Kind;
}

/** Rows of a JSON table are objects (named cells), arrays (cells by position) or single values. */
function rowKind(v: unknown): 'object' | 'array' | 'scalar' {
  const k = kindOf(v);
  return k === 'object' || k === 'array' ? k : 'scalar';
}

function describeKind(kind: Kind): string {
  return kind === 'array' || kind === 'object' ? `an ${kind}` : kind === 'null' ? 'null' : `a ${kind}`;
}

/** `{` starts JSONL when the first line is a whole JSON object (a record), else one JSON document. */
function sniffBrace(text: string): TableFormat {
  const nl = text.indexOf('\n');
  const firstLine = nl < 0 ? text : text.slice(0, nl);
  try {
    const v = JSON.parse(firstLine) as unknown;
    const isColumns = Object.values(v as object).some(Array.isArray) && text.slice(firstLine.length).trim() === '';
    return isColumns ? 'json' : 'jsonl';
  } catch {
    return 'json';
  }
}

/**
 * Reads a whole text at once (see NumericTableReader).
 *
 * @example
 * const table = readNumericTable('x,y\n1,2\n3,NA\n5,6\n', { nanPolicy: 'omit' });
 * table.values.map((column) => Array.from(column)); // [[1, 5], [2, 6]]
 * table.omitted.rows; // 1
 */
export function readNumericTable(text: string, options: NumericTableOptions = {}): NumericTable {
  const reader = new NumericTableReader(options);
  reader.push(text);
  return reader.end();
}

/**
 * Reads a stream of text or UTF-8 bytes (a file stream, standard input, a fetch body) chunk by chunk, so a file of
 * ten million rows never sits in memory as text (see NumericTableReader).
 *
 * @example
 * async function* chunks() { yield 'ms\n12'; yield new TextEncoder().encode('.5\n13.25\n'); }
 * const table = await readNumericTableStream(chunks()); // a number may span two chunks
 * Array.from(table.values[0]); // [12.5, 13.25]
 */
export async function readNumericTableStream(
  chunks: AsyncIterable<string | Uint8Array>,
  options: NumericTableOptions = {},
): Promise<NumericTable> {
  const reader = new NumericTableReader(options);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks)
    reader.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  reader.push(decoder.decode());
  return reader.end();
}
