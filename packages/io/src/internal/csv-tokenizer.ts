import { IoError } from '../errors';

/** What separates cells: one character, or runs of spaces and tabs (`whitespace`, as R's read.table). */
export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

/** Receives each row; `cells` and `columns` are reused for the next row, so copy what you keep. */
export type RowSink = (cells: readonly string[], columns: readonly number[], line: number) => void;

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Rows longer than this (in UTF-16 code units) are refused: a quote that never closes would otherwise read the whole file as one cell. */
export const MAX_ROW_LENGTH = 16 * 1024 * 1024;

/**
 * An incremental RFC 4180 tokenizer: push text in chunks of any size, get whole rows. Cells may be quoted
 * ("a, b", "say ""hi""", line breaks inside); spaces and tabs around a cell are padding (a tab is not, when it is
 * the delimiter); rows end at LF, CRLF or a lone CR; blank lines are skipped. A quote inside an unquoted cell, or
 * text after a closing quote, is an error, never a guess. Cell columns are 1-based UTF-16 positions in their line.
 */
export class CsvTokenizer {
  private buffer = '';
  /** Line number at `lineStart` (1-based) and the buffer offset of that line's first character. */
  private line = 1;
  private lineStart = 0;
  /** Skip scanning until the buffer is this long: a long pending row is not rescanned for every small chunk. */
  private waitFor = 0;
  private first = true;
  private readonly cells: string[] = [];
  private readonly columns: number[] = [];
  private readonly delimiterCode: number;

  constructor(
    delimiter: Delimiter,
    private readonly onRow: RowSink,
    private readonly source: string | undefined,
    private readonly maxRowLength = MAX_ROW_LENGTH,
  ) {
    this.delimiterCode = delimiter === 'whitespace' ? -1 : delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    if (this.first) {
      if (chunk.length === 0) return;
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    if (this.buffer.length >= this.waitFor) this.scan(false);
  }

  end(): void {
    this.scan(true);
  }

  private error(message: string, line: number, column: number): IoError {
    return new IoError('IO_BAD_QUOTE', message, {
      ...(this.source === undefined ? {} : { source: this.source }),
      line,
      column,
    });
  }

  private isPad(c: number): boolean {
    return c === SPACE || (c === TAB && this.delimiterCode !== TAB);
  }

  private scan(final: boolean): void {
    const text = this.buffer;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const rowLine = this.line;
      const rowLineStart = this.lineStart;
      const next = this.row(text, i, final);
      if (next < 0) {
        // Incomplete row: keep it for the next chunk.
        this.line = rowLine;
        this.lineStart = rowLineStart;
        break;
      }
      i = next;
    }
    if (i > 0) {
      this.buffer = text.slice(i);
      this.lineStart -= i;
    }
    const pending = this.buffer.length;
    if (pending > this.maxRowLength) {
      throw new IoError(
        'IO_TOO_LARGE',
        `a row longer than ${this.maxRowLength} characters starts here; is a quote left open?`,
        { ...(this.source === undefined ? {} : { source: this.source }), line: this.line },
      );
    }
    this.waitFor = pending * 2;
  }

  /** Reads one row from `i`; returns where the next row starts, or -1 when the row is not complete yet. */
  private row(text: string, i: number, final: boolean): number {
    const n = text.length;
    const cells = this.cells;
    const columns = this.columns;
    cells.length = 0;
    columns.length = 0;
    const rowLine = this.line;
    const ws = this.delimiterCode < 0;
    let quotedAny = false;
    for (;;) {
      while (i < n && this.isPad(text.charCodeAt(i))) i++;
      const column = i - this.lineStart + 1;
      let c: number;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        quotedAny = true;
        const openLine = this.line;
        i++;
        let value = '';
        let from = i;
        for (;;) {
          if (i >= n) {
            if (!final) return -1;
            throw this.error('this quoted cell is never closed (a missing closing quote).', openLine, column);
          }
          const q = text.charCodeAt(i);
          if (q === QUOTE) {
            if (i + 1 >= n && !final) return -1;
            if (text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            value += text.slice(from, i);
            i++;
            break;
          }
          if (q === LF) {
            this.line++;
            this.lineStart = i + 1;
          } else if (q === CR) {
            if (i + 1 >= n && !final) return -1;
            if (text.charCodeAt(i + 1) !== LF) {
              this.line++;
              this.lineStart = i + 1;
            }
          }
          i++;
        }
        const afterQuote = i;
        while (i < n && this.isPad(text.charCodeAt(i))) i++;
        cells.push(value);
        columns.push(column);
        if (i >= n) {
          if (!final) return -1;
          break;
        }
        c = text.charCodeAt(i);
        if (ws && i > afterQuote && c !== LF && c !== CR) continue; // padding was the delimiter
        if (c === this.delimiterCode) {
          i++;
          continue;
        }
        if (c !== LF && c !== CR) {
          throw this.error(
            'text follows the closing quote of this cell; a quoted cell must end at the delimiter or the line end.',
            this.line,
            i - this.lineStart + 1,
          );
        }
      } else {
        const start = i;
        c = -1;
        while (i < n) {
          c = text.charCodeAt(i);
          if (c === this.delimiterCode || c === LF || c === CR || (ws && (c === SPACE || c === TAB))) break;
          if (c === QUOTE) {
            throw this.error(
              'a quote inside an unquoted cell; quote the whole cell ("…") and double the quotes inside it.',
              this.line,
              i - this.lineStart + 1,
            );
          }
          i++;
        }
        if (i >= n && !final) return -1;
        let end = i;
        while (end > start && this.isPad(text.charCodeAt(end - 1))) end--;
        cells.push(text.slice(start, end));
        columns.push(column);
        if (i >= n) break;
        c = text.charCodeAt(i);
        if (ws && (c === SPACE || c === TAB)) {
          while (i < n && this.isPad(text.charCodeAt(i))) i++;
          if (i >= n) {
            if (!final) return -1;
            break;
          }
          c = text.charCodeAt(i);
          if (c !== LF && c !== CR) continue;
        } else if (c === this.delimiterCode) {
          i++;
          continue;
        }
      }
      // c is the line end at i.
      if (c === CR) {
        if (i + 1 >= n && !final) return -1;
        i++;
        if (i < n && text.charCodeAt(i) === LF) i++;
      } else i++;
      this.line++;
      this.lineStart = i;
      break;
    }
    if (!(cells.length === 1 && cells[0] === '' && !quotedAny)) this.onRow(cells, columns, rowLine);
    return i;
  }
}
