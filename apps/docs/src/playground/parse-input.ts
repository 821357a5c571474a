import { numberCell } from '@bootstat/io';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Text shown in a message: at most 40 characters, so a pasted page does not fill the screen. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Reads pasted numbers: separated by commas, semicolons, spaces, tabs or new lines, with '.' as the decimal mark.
 * Each item is read by @bootstat/io's `numberCell`, the reader of every number bootstat reads, so a number means
 * the same here as in a CSV file given to `bootstat ci`. Anything else (a word, NA, an empty paste) is refused
 * with the item and its position: a bad paste never gives a number.
 */
export function parseNumberList(text: string, what = 'data'): Parsed<number[]> {
  const items = text.split(/[\s,;]+/).filter((t) => t !== '');
  if (items.length === 0)
    return { ok: false, message: `The ${what} is empty: type or paste numbers, or drop a CSV file.` };
  const values: number[] = [];
  for (const [i, item] of items.entries()) {
    const cell = numberCell(item, '.');
    if (cell.kind !== 'number') {
      const why =
        cell.kind === 'missing'
          ? 'is a missing value'
          : cell.kind === 'out-of-range'
            ? 'is too large for a double'
            : 'is not a number';
      return {
        ok: false,
        message: `Item ${i + 1} of the ${what}, ${quote(item)}, ${why}. Give numbers only, separated by commas, spaces or new lines.`,
      };
    }
    values.push(cell.value);
  }
  return { ok: true, value: values };
}

/** Reads one number field (level, seed, threshold); `integer` refuses fractions. */
export function parseNumberField(text: string, label: string, integer = false): Parsed<number> {
  const cell = numberCell(text.trim(), '.');
  if (cell.kind !== 'number') return { ok: false, message: `${label}: ${quote(text)} is not a number.` };
  if (integer && !Number.isInteger(cell.value)) {
    return { ok: false, message: `${label}: ${quote(text)} is not a whole number.` };
  }
  return { ok: true, value: cell.value };
}
