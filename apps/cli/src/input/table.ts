import { CliError } from '../cli-error';

/** One cell of input with where it came from, so an error can point at it. */
export interface Cell {
  readonly text: string;
  /** The parsed value for JSON input (a number, string, null…); undefined for CSV, whose cells are text. */
  readonly value?: unknown;
  readonly line: number;
  readonly column: number;
}

/** Input as named columns of cells. */
export interface Table {
  readonly source: string;
  readonly format: 'csv' | 'json' | 'jsonl';
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (Cell | undefined)[])[];
}

/** A selected column as numbers, with the cell of each for error messages. */
export interface NumericColumn {
  readonly name: string;
  readonly values: Float64Array;
  readonly cells: readonly Cell[];
}

function where(source: string, cell: Pick<Cell, 'line' | 'column'>): string {
  return `${source}:${cell.line}:${cell.column}`;
}

/** Finds a column by name or by 1-based index ("2" is the second column), or the only one there is. */
export function columnIndex(table: Table, spec: string | undefined, flag = '--column'): number {
  if (spec === undefined) {
    if (table.columns.length === 1) return 0;
    throw new CliError(
      `${table.source} has ${table.columns.length} columns (${table.columns.join(', ')}); choose one with ${flag} NAME or ${flag} INDEX (1-based).`,
    );
  }
  const byName = table.columns.indexOf(spec);
  if (byName >= 0) return byName;
  if (/^[1-9]\d*$/.test(spec)) {
    const i = Number(spec) - 1;
    if (i < table.columns.length) return i;
  }
  throw new CliError(
    `${table.source} has no column ${JSON.stringify(spec)}; its columns are ${table.columns.map((c) => JSON.stringify(c)).join(', ')} (or 1 to ${table.columns.length}).`,
  );
}

/**
 * The numbers of one column. Every cell must be a number; NaN and ±Infinity are errors unless `allowNonFinite`
 * (then they are kept, for the library's nanPolicy: 'omit' to drop).
 */
export function numericColumn(table: Table, index: number, allowNonFinite: boolean): NumericColumn {
  const name = table.columns[index] as string;
  const cells: Cell[] = [];
  const values: number[] = [];
  table.rows.forEach((row, r) => {
    const cell = row[index];
    if (cell === undefined) {
      throw new CliError(`row ${r + 1} has no value in column ${JSON.stringify(name)}.`, { location: table.source });
    }
    let v: number;
    if (table.format === 'csv') {
      const t = cell.text.trim();
      v = t === '' ? Number.NaN : Number(t);
      if (t === '' || (Number.isNaN(v) && !/^[+-]?nan$/i.test(t))) {
        throw new CliError(
          `${t === '' ? 'empty cell' : `${JSON.stringify(cell.text)} is not a number`} in column ${JSON.stringify(name)}.`,
          {
            location: where(table.source, cell),
          },
        );
      }
      if (/^[+-]?inf(inity)?$/i.test(t)) v = t.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    } else {
      if (typeof cell.value !== 'number') {
        const shown = cell.value === null ? 'null' : JSON.stringify(cell.value);
        throw new CliError(`${shown} is not a number in column ${JSON.stringify(name)}.`, {
          location: where(table.source, cell),
        });
      }
      v = cell.value;
    }
    if (!Number.isFinite(v) && !allowNonFinite) {
      throw new CliError(
        `${cell.text.trim()} in column ${JSON.stringify(name)} is not a finite number; remove it or pass --nan-policy omit.`,
        { location: where(table.source, cell) },
      );
    }
    values.push(v);
    cells.push(cell);
  });
  if (values.length === 0) {
    throw new CliError(`column ${JSON.stringify(name)} has no values: nothing to resample.`, {
      location: table.source,
    });
  }
  return { name, values: Float64Array.from(values), cells };
}
