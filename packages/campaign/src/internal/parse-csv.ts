import { CampaignError } from '../errors';

/** One data row of a CSV file: its cells by header, and the line it starts on. */
export interface CsvRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * RFC 4180 CSV (quoted fields may hold commas, quotes as "" and newlines): the header and the data rows.
 * Blank lines are skipped; a row with more cells than the header is an error naming its line.
 */
export function parseCsv(text: string, file: string): { header: string[]; rows: CsvRow[] } {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quotedField = false;
  const endRow = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0] === '' && !quotedField)) rows.push({ cells, line: rowLine });
    cells = [];
    field = '';
    quotedField = false;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && field === '' && !quotedField) {
      const start = line;
      quotedField = true;
      i++;
      for (;;) {
        if (i >= text.length)
          throw new CampaignError('CAMPAIGN_READ_ERROR', 'unterminated quoted field.', { file, line: start });
        const c = text[i] as string;
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
      }
    } else if (ch === ',') {
      cells.push(field);
      field = '';
      quotedField = false;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      rowLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || cells.length > 0 || quotedField) endRow();
  const [head, ...body] = rows;
  if (head === undefined) throw new CampaignError('CAMPAIGN_READ_ERROR', 'the CSV file is empty.', { file });
  const header = head.cells.map((h) => h.trim());
  header.forEach((h, k) => {
    if (h === '') {
      throw new CampaignError('CAMPAIGN_READ_ERROR', `header cell ${k + 1} is empty; every column needs a name.`, {
        file,
        line: head.line,
      });
    }
    if (header.indexOf(h) !== k) {
      throw new CampaignError('CAMPAIGN_READ_ERROR', `column ${JSON.stringify(h)} appears twice in the header.`, {
        file,
        line: head.line,
      });
    }
  });
  for (const row of body) {
    if (row.cells.length > header.length) {
      throw new CampaignError(
        'CAMPAIGN_READ_ERROR',
        `the row has ${row.cells.length} cells, the header ${header.length}.`,
        { file, line: row.line },
      );
    }
  }
  return { header, rows: body };
}
