import { IoError } from './errors';

/**
 * A column's index from its name, or from its 1-based position (`'2'` is the second column unless a column is
 * named "2"). With no spec, the only column there is.
 *
 * @throws {IoError} IO_UNKNOWN_COLUMN when no column has that name or position, the name is used twice, or a spec
 * is needed because there are several columns (the message lists them)
 * @example
 * findColumn(['name', 'ms'], 'ms'); // 1
 * findColumn(['name', 'ms'], '1'); // 0
 */
export function findColumn(columns: readonly string[], spec: string | undefined, source?: string): number {
  const at = source === undefined ? {} : { source };
  const list = () => `${columns.map((c) => JSON.stringify(c)).join(', ')} (or 1 to ${columns.length})`;
  if (spec === undefined) {
    if (columns.length === 1) return 0;
    throw new IoError('IO_UNKNOWN_COLUMN', `there are ${columns.length} columns, ${list()}: choose one.`, at);
  }
  const first = columns.indexOf(spec);
  if (first >= 0) {
    if (columns.indexOf(spec, first + 1) >= 0) {
      throw new IoError(
        'IO_UNKNOWN_COLUMN',
        `the column name ${JSON.stringify(spec)} is used twice; choose the column by its position (1 to ${columns.length}).`,
        at,
      );
    }
    return first;
  }
  if (/^[1-9]\d*$/.test(spec) && Number(spec) <= columns.length) return Number(spec) - 1;
  throw new IoError('IO_UNKNOWN_COLUMN', `no column ${JSON.stringify(spec)}; the columns are ${list()}.`, at);
}
