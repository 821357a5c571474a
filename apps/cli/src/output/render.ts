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
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function render(report: Report, format: OutputFormat): string {
  switch (format) {
    case 'json': {
      const doc =
        report.json ??
        report.rows.map((r) => Object.fromEntries(report.columns.map((c, i) => [c, r.exact[i] ?? null])));
      return `${JSON.stringify(doc, null, 2)}\n`;
    }
    case 'csv':
      return `${[report.columns.map(csvField).join(','), ...report.rows.map((r) => r.exact.map(csvField).join(','))].join('\n')}\n`;
    case 'markdown': {
      const esc = (s: string) => s.replaceAll('|', '\\|');
      return `${[
        `| ${report.columns.map(esc).join(' | ')} |`,
        `|${report.columns.map(() => '---').join('|')}|`,
        ...report.rows.map((r) => `| ${r.human.map(esc).join(' | ')} |`),
      ].join('\n')}\n`;
    }
    case 'table': {
      const widths = report.columns.map((c, i) =>
        Math.max(c.length, ...report.rows.map((r) => (r.human[i] ?? '').length)),
      );
      const line = (cells: readonly string[]) =>
        cells
          .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number)))
          .join('  ')
          .trimEnd();
      return `${[line(report.columns), line(widths.map((w) => '-'.repeat(w))), ...report.rows.map((r) => line(r.human))].join('\n')}\n`;
    }
  }
}
