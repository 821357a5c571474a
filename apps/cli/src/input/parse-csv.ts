import { CliError } from '../cli-error';
import type { Cell, Table } from './table';

/**
 * CSV (RFC 4180 quoting; comma, or tab when the first line has tabs and no commas). The first row is a header
 * when any of its cells is not a number; otherwise columns are named 1, 2, ….
 */
export function parseCsv(text: string, source: string): Table {
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  while (i < text.length) {
    const startLine = line;
    const startCol = col;
    let field = '';
    if (text[i] === '"') {
      i++;
      col++;
      for (;;) {
        if (i >= text.length) {
          throw new CliError('unterminated quoted field.', { location: `${source}:${startLine}:${startCol}` });
        }
        const ch = text[i] as string;
        if (ch === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
          col += 2;
        } else if (ch === '"') {
          i++;
          col++;
          break;
        } else {
          field += ch;
          i++;
          if (ch === '\n') {
            line++;
            col = 1;
          } else col++;
        }
      }
    } else {
      while (i < text.length && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') {
        field += text[i];
        i++;
        col++;
      }
    }
    row.push({ text: field, line: startLine, column: startCol });
    if (text[i] === sep) {
      i++;
      col++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n' || i >= text.length) {
      i++;
      line++;
      col = 1;
      if (!(row.length === 1 && (row[0] as Cell).text.trim() === '')) rows.push(row);
      row = [];
    }
  }
  if (rows.length === 0) throw new CliError('the input is empty: no numbers to resample.', { location: source });
  const header = rows[0] as Cell[];
  const hasHeader = header.some(
    (c) =>
      c.text.trim() !== '' && Number.isNaN(Number(c.text.trim())) && !/^[+-]?(nan|inf(inity)?)$/i.test(c.text.trim()),
  );
  const width = Math.max(...rows.map((r) => r.length));
  const columns = hasHeader ? header.map((c) => c.text.trim()) : Array.from({ length: width }, (_, k) => String(k + 1));
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length === 0)
    throw new CliError('the input has a header but no rows: no numbers to resample.', { location: source });
  return { source, format: 'csv', columns, rows: body };
}
