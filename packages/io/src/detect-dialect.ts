import { IoError } from './errors';
import type { Delimiter } from './internal/csv-tokenizer';
import type { IoNote } from './io-note';
import type { DecimalMark } from './number-cell';

export type { Delimiter } from './internal/csv-tokenizer';

/** How a delimited text file is written: what separates cells, and the decimal mark of its numbers. */
export interface CsvDialect {
  readonly delimiter: Delimiter;
  readonly decimal: DecimalMark;
}

export interface DetectDialectOptions {
  /** A delimiter to use as given; 'auto' (default) detects it. */
  readonly delimiter?: Delimiter | 'auto';
  /** A decimal mark to use as given; 'auto' (default) detects it. */
  readonly decimal?: DecimalMark | 'auto';
  /** The input's name, for messages. */
  readonly source?: string;
}

const CANDIDATES = [',', ';', '\t', '|'] as const;
const SAMPLE_LINES = 1000;

export const delimiterName = (d: Delimiter) =>
  d === 'whitespace' ? 'whitespace' : d === '\t' ? 'tab' : JSON.stringify(d).replaceAll('"', "'");

/** The first `max` non-blank lines, split at line ends outside quotes (quotes are kept). */
function sampleLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let inQuote = false;
  let start = 0;
  for (let i = 0; i <= text.length && lines.length < max; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuote = !inQuote;
    else if (i === text.length || (!inQuote && (c === 10 || c === 13))) {
      const line = text.slice(start, i);
      if (line.trim() !== '') lines.push(line);
      start = i + 1;
    }
  }
  return lines;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * How often each candidate delimiter occurs outside quotes in a line. When ',' is the decimal mark, a comma
 * between two digits is part of a number, not a delimiter.
 */
function counts(line: string, decimal: DetectDialectOptions['decimal']): Map<string, number> {
  const out = new Map<string, number>();
  let inQuote = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && (CANDIDATES as readonly string[]).includes(ch)) {
      if (ch === ',' && decimal === ',' && isDigit(line[i - 1]) && isDigit(line[i + 1])) continue;
      out.set(ch, (out.get(ch) ?? 0) + 1);
    }
  }
  return out;
}

const COMMA_FRACTION = /^[+-]?\d*,\d+(?:[eE][+-]?\d+)?$/;
const DOT_FRACTION = /^[+-]?\d*\.\d+(?:[eE][+-]?\d+)?$/;

function splitCells(line: string, delimiter: Delimiter): string[] {
  const cells = delimiter === 'whitespace' ? line.trim().split(/[ \t]+/) : line.split(delimiter);
  return cells.map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * The delimiter and decimal mark of a delimited text, from its first lines (up to 1000):
 * - delimiter: the one of `,` `;` tab `|` found outside quotes in the first line; when several are, the one
 *   that occurs equally often on every sampled line; when none is, runs of whitespace if the line has spaces
 *   between values, else `,` (one column). Lines that all read as `integer,digits` (`12,5`) are refused: two
 *   integer columns and one column with a decimal comma are both valid readings;
 * - decimal mark: `.` when cells are separated by `,`; otherwise `,` when numbers like `12,5` occur and none
 *   like `12.5` does, else `.`.
 * A choice other than `,` and `.` comes with a DIALECT_DETECTED note. Given values are used as they are.
 *
 * @throws {IoError} IO_AMBIGUOUS_DIALECT when the first line has several delimiters used unevenly, every line reads
 * as `integer,digits`, or numbers use both decimal marks: the caller must say which
 * @example
 * detectDialect('name;ms\nr1;12,5\n').dialect; // { delimiter: ';', decimal: ',' }
 */
export function detectDialect(
  sample: string,
  options: DetectDialectOptions = {},
): { dialect: CsvDialect; notes: IoNote[] } {
  const at = options.source === undefined ? {} : { source: options.source };
  const text = sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample;
  const lines = sampleLines(text, SAMPLE_LINES);
  const first = lines[0] ?? '';
  const detected: string[] = [];
  let delimiter: Delimiter;
  if (options.delimiter !== undefined && options.delimiter !== 'auto') delimiter = options.delimiter;
  else {
    const found = counts(first, options.decimal);
    if (found.size === 1) delimiter = [...found.keys()][0] as Delimiter;
    else if (found.size > 1) {
      const even = [...found.keys()].filter((d) =>
        lines.every((line) => (counts(line, options.decimal).get(d) ?? 0) === found.get(d)),
      );
      if (even.length !== 1) {
        throw new IoError(
          'IO_AMBIGUOUS_DIALECT',
          `cannot tell what separates the cells: the first line has ${[...found.keys()].map((d) => delimiterName(d as Delimiter)).join(' and ')}; give the delimiter.`,
          { ...at, line: 1 },
        );
      }
      delimiter = even[0] as Delimiter;
    } else delimiter = /\S[ \t]+\S/.test(first.trim()) ? 'whitespace' : options.decimal === ',' ? ';' : ',';
    if (delimiter !== ',' && !(found.size === 0 && delimiter === ';'))
      detected.push(`cells separated by ${delimiterName(delimiter)}`);
    else if (options.decimal === undefined || options.decimal === 'auto') {
      // "12,5" on every line is two integer columns, or one column with ',' as the decimal mark: both readings
      // are valid, and the wrong one gives wrong numbers without an error. Only the user can say.
      const pairs = lines.map((line) => splitCells(line, ','));
      if (
        pairs.length > 0 &&
        pairs.every(
          (p) => p.length === 2 && /^[+-]?\d+$/.test(p[0] as string) && /^\d+(?:[eE][+-]?\d+)?$/.test(p[1] as string),
        )
      ) {
        throw new IoError(
          'IO_AMBIGUOUS_DIALECT',
          `cannot tell whether ',' separates two columns or is the decimal mark (${JSON.stringify(first.trim())} reads either way); give the delimiter or the decimal mark.`,
          { ...at, line: 1 },
        );
      }
      // "1,5 2,5" or "r1 12,5" is whitespace-separated cells with decimal commas: split at ',' it gives cells
      // with spaces inside ("5 2", "r1 12"), and split at whitespace a number like 12,5. Both readings hold.
      const spaced = lines.findIndex(
        (line, i) =>
          (pairs[i] ?? []).some((cell) => /\S[ \t]+\S/.test(cell)) &&
          line
            .trim()
            .split(/[ \t]+/)
            .some((token) => COMMA_FRACTION.test(token.replace(/^"(.*)"$/, '$1'))),
      );
      if (spaced >= 0) {
        throw new IoError(
          'IO_AMBIGUOUS_DIALECT',
          `cannot tell what separates the cells: split at ',', ${JSON.stringify((lines[spaced] ?? '').trim().slice(0, 40))} has cells with spaces inside, and split at spaces it has numbers with decimal commas; give the delimiter and the decimal mark.`,
          { ...at, line: spaced + 1 },
        );
      }
    }
  }
  let decimal: DecimalMark;
  const given = options.delimiter !== undefined && options.delimiter !== 'auto';
  if (options.decimal !== undefined && options.decimal !== 'auto') decimal = options.decimal;
  else if (delimiter === ',') decimal = '.';
  else if (
    given &&
    delimiter !== 'whitespace' &&
    !lines.some((line) => line.includes(delimiter)) &&
    lines.some((line) => /\d,\d/.test(line))
  ) {
    // A delimiter given (or from a .tsv name) that never occurs, and commas between digits: a comma-separated
    // file under the wrong name, or one column with decimal commas. Only the user can say.
    throw new IoError(
      'IO_AMBIGUOUS_DIALECT',
      `the cells are to be separated by ${delimiterName(delimiter)}, which does not occur in the first lines, and ',' does, between digits: give the decimal mark (',' for one column of decimal commas), or the delimiter ','.`,
      { ...at, line: 1 },
    );
  } else {
    let commas = 0;
    let dots = 0;
    for (const line of lines) {
      for (const cell of splitCells(line, delimiter)) {
        if (COMMA_FRACTION.test(cell)) commas++;
        else if (DOT_FRACTION.test(cell)) dots++;
      }
    }
    if (commas > 0 && dots > 0) {
      throw new IoError(
        'IO_AMBIGUOUS_DIALECT',
        `cannot tell the decimal mark: numbers like 12,5 and like 12.5 both occur in the first lines; give the decimal mark.`,
        at,
      );
    }
    decimal = commas > 0 ? ',' : '.';
    if (decimal === ',') detected.push("',' as the decimal mark");
  }
  const notes: IoNote[] =
    detected.length === 0
      ? []
      : [
          {
            code: 'DIALECT_DETECTED',
            message: `${options.source === undefined ? '' : `${options.source}: `}read with ${detected.join(' and ')} (detected from the first lines; give the delimiter and decimal mark to override).`,
          },
        ];
  return { dialect: { delimiter, decimal }, notes };
}
