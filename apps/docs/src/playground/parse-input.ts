import { numberCell } from '@bootstat/io';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Text shown in a message: at most 40 characters, so a pasted page does not fill the screen. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Reads pasted numbers: separated by commas, semicolons, spaces, tabs or new lines, with '.' as the decimal mark.
 * Each item is read by @bootstat/io's `numberCell`, the reader of every number bootstat reads, so an item means
 * the same number here as in a file given to `bootstat ci`. Anything else (a word, NA, an empty paste, a comma
 * that may be a decimal mark) is refused with the item and its position: a bad paste never gives a number.
 */
export function parseNumberList(text: string, what = 'data'): Parsed<number[]> {
  const items = text.split(/[\s,;]+/).filter((t) => t !== '');
  if (items.length === 0) return { ok: false, message: `There are no numbers in the ${what}: type or paste some.` };
  // "1,5" between other separators is a decimal comma as often as two numbers; the CLI's reader refuses to guess
  // too (IO_AMBIGUOUS_DIALECT). A plain "1,2,3" has no other separator and is a list.
  const tight = /\d,\d/.exec(text);
  if (tight !== null && /[\s;]/.test(text.trim())) {
    // The item around it, as written: from the whitespace before to the whitespace after.
    const start = text.slice(0, tight.index).search(/\S*$/);
    const end = tight.index + (/\s/.exec(text.slice(tight.index))?.index ?? text.length - tight.index);
    const around = text.slice(start, end);
    return {
      ok: false,
      message: `The ${what} has a comma between digits (${quote(around)}) and other separators: it could be a decimal comma or two numbers. Write decimals with '.', and separate numbers with ', ', spaces or new lines.`,
    };
  }
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
