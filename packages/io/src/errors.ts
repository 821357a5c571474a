/** Stable codes of the errors @bootstat/io throws. A code never changes meaning within a major version. */
export const IO_ERROR_CODES = [
  /** The input holds nothing to read: no bytes, only blank lines, or a header without rows. */
  'IO_EMPTY',
  /** A CSV row has more or fewer cells than the header (or the first row). */
  'IO_RAGGED_ROW',
  /** A quoted CSV cell never closes, a quote sits inside an unquoted cell, or text follows a closing quote. */
  'IO_BAD_QUOTE',
  /** A row (or a JSON document) is larger than the reader accepts. */
  'IO_TOO_LARGE',
  /** A cell or value that should be a number is not one (`0x10`, `12.5.1`, `abc`, `true`…). */
  'IO_NOT_A_NUMBER',
  /** A number literal too large for a double (`1e999`): it would become Infinity. */
  'IO_NUMBER_OUT_OF_RANGE',
  /** A missing or non-finite value (`NA`, empty, `null`, `NaN`, `inf`) under nanPolicy 'raise'. */
  'IO_MISSING_VALUE',
  /** The text is not valid JSON. */
  'IO_INVALID_JSON',
  /** A JSON object names the same key twice: readers disagree on which one counts. */
  'IO_DUPLICATE_KEY',
  /** The text is not valid YAML, or uses YAML the reader refuses (an unknown tag, too many aliases). */
  'IO_INVALID_YAML',
  /** JSON nested deeper than the reader accepts. */
  'IO_TOO_DEEP',
  /** JSON of a shape that is not a table (a number, an object without arrays…). */
  'IO_NOT_A_TABLE',
  /** A column asked for is not in the input. */
  'IO_UNKNOWN_COLUMN',
  /** The delimiter or decimal mark cannot be told from the input: it must be given. */
  'IO_AMBIGUOUS_DIALECT',
  /** An option has a value outside what it accepts. */
  'IO_INVALID_OPTION',
  /** An output could not be written (disk full, permission denied, a directory in the way…). */
  'IO_WRITE_FAILED',
  /** An input could not be read (no such file, permission denied…). */
  'IO_READ_FAILED',
] as const;

export type IoErrorCode = (typeof IO_ERROR_CODES)[number];

/** Where an error points: the source (a file name, `<stdin>`), and the 1-based line and column when known. */
export interface IoErrorLocation {
  readonly source?: string;
  readonly line?: number;
  readonly column?: number;
  /** The table column's name, for an error about a cell. */
  readonly field?: string;
  /** The cell's text as written (a token such as `NA`), for an error about a cell. */
  readonly text?: string;
}

/** The one error class of @bootstat/io: a stable `code`, a message saying what to change, and where. */
export class IoError extends Error {
  override readonly name = 'IoError';
  readonly code: IoErrorCode;
  readonly location: IoErrorLocation;

  constructor(code: IoErrorCode, message: string, location: IoErrorLocation = {}) {
    super(message);
    this.code = code;
    this.location = location;
  }
}

/**
 * `source:line:column` (as far as known), the prefix tools print before a message.
 *
 * @example
 * formatLocation({ source: 'data.csv', line: 3, column: 7 }); // 'data.csv:3:7'
 * formatLocation({ line: 3 }); // 'line 3'
 */
export function formatLocation(location: IoErrorLocation): string {
  let out = location.source ?? '';
  if (location.line !== undefined) {
    out += `${out === '' ? 'line ' : ':'}${location.line}`;
    if (location.column !== undefined) out += `:${location.column}`;
  }
  return out;
}
