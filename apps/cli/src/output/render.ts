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
export function render(report: Report, format: OutputFormat): string {
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
      return `${[line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
    }
  }
}
