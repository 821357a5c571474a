import { escapeMarkdown, escapeText, toSafeJson } from '@bootstat/io';

/** A rows-of-fields report rendered four ways; commands build the rows, this only lays them out. */
export type OutputFormat = 'table' | 'json' | 'csv' | 'markdown';
export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;

export interface Report {
  /** Column headers, in order. */
  readonly columns: readonly string[];
  /** Each row: the human text per column (table, markdown) and the exact value (json, csv). */
  readonly rows: readonly {
    readonly human: readonly string[];
    readonly exact: readonly (string | number | boolean | null)[];
  }[];
  /** The JSON document to print for --format json (defaults to the rows as objects). */
  readonly json?: unknown;
  /** A line above the table and the Markdown table, saying what the numbers are (not in CSV or JSON). */
  readonly caption?: string;
}

function csvField(v: string | number | boolean | null): string {
  const s = v === null ? '' : escapeText(String(v));
  return /[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Lays a report out. Text from input reaches the terminal only through escapeText (table, CSV), escapeMarkdown
 * (markdown) or toSafeJson (JSON, which stays the same JSON), so a hostile cell cannot move the cursor, start a
 * line or add markup.
 */
/** Words of `text` in lines of at most `width` characters (a longer word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

export function render(report: Report, format: OutputFormat, options: { width?: number } = {}): string {
  switch (format) {
    case 'json': {
      const doc =
        report.json ??
        report.rows.map((r) => Object.fromEntries(report.columns.map((c, i) => [c, r.exact[i] ?? null])));
      return `${toSafeJson(doc, 2)}\n`;
    }
    case 'csv':
      return `${[report.columns.map(csvField).join(','), ...report.rows.map((r) => r.exact.map(csvField).join(','))].join('\n')}\n`;
    case 'markdown': {
      const esc = escapeMarkdown;
      return `${[
        ...(report.caption === undefined ? [] : [esc(report.caption), '']),
        `| ${report.columns.map(esc).join(' | ')} |`,
        `|${report.columns.map(() => '---').join('|')}|`,
        ...report.rows.map((r) => `| ${r.human.map(esc).join(' | ')} |`),
      ].join('\n')}\n`;
    }
    case 'table': {
      const columns = report.columns.map(escapeText);
      const rows = report.rows.map((r) => r.human.map(escapeText));
      const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
      const line = (cells: readonly string[]) =>
        cells
          .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number)))
          .join('  ')
          .trimEnd();
      // With a width, the last column wraps onto lines of its own, indented to where it starts.
      const indent = widths.slice(0, -1).reduce((a, w) => a + w + 2, 0);
      const room = options.width === undefined ? undefined : Math.max(20, options.width - indent);
      const body = rows.flatMap((r) => {
        if (room === undefined) return [line(r)];
        const [first, ...more] = wrap(r[r.length - 1] ?? '', room);
        return [line([...r.slice(0, -1), first ?? '']), ...more.map((m) => `${' '.repeat(indent)}${m}`)];
      });
      const rule = widths.map((w, i) =>
        '-'.repeat(i === widths.length - 1 && room !== undefined ? Math.min(w, room) : w),
      );
      const caption = report.caption === undefined ? [] : [escapeText(report.caption), ''];
      return `${[...caption, line(columns), line(rule), ...body].join('\n')}\n`;
    }
  }
}
