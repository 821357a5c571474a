import { type DecimalMark, detectDialect, IoError, numberCell } from '@bootstat/io';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Text shown in a message: at most 40 characters, so a pasted page does not fill the screen. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Reads pasted numbers: separated by commas, semicolons, spaces, tabs or new lines. The decimal mark is the one
 * @bootstat/io's `detectDialect` finds, the CLI's rule: '.' unless the numbers are like `12,5` between other
 * separators; a text that reads two ways (`1,5`, `1,000`, `1,5;2,5`) is refused, as `bootstat ci` refuses it.
 * Each item is read by `numberCell`, the reader of every number bootstat reads. Anything else (a word, NA, an
 * empty paste) is refused with the item and its position: a bad paste never gives a number.
 */
export function parseNumberList(text: string, what = 'data'): Parsed<number[]> {
  if (text.trim() === '') return { ok: false, message: `There are no numbers in the ${what}: type or paste some.` };
  let decimal: DecimalMark;
  try {
    decimal = detectDialect(text).dialect.decimal;
  } catch (e) {
    if (!(e instanceof IoError)) throw e;
    // The reader's reason, without its advice to the CLI's user ("give the delimiter": flags the page has not).
    const reason = e.message.replace(/;\s*give [^;]*$/, '').replace(/\.$/, '');
    const how = "Write decimals with '.', and separate numbers with ', ', spaces or new lines.";
    return {
      ok: false,
      message:
        e.code === 'IO_AMBIGUOUS_DIALECT'
          ? `The ${what} reads two ways: ${reason}. ${how}`
          : `The ${what} cannot be read: ${reason}. ${how}`,
    };
  }
  const items = text.split(decimal === ',' ? /[\s;|]+/ : /[\s,;|]+/).filter((t) => t !== '');
  if (items.length === 0) return { ok: false, message: `There are no numbers in the ${what}: type or paste some.` };
  const values: number[] = [];
  for (const [i, item] of items.entries()) {
    const cell = numberCell(item, decimal);
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
