// Fuzzing the one table reader: fast-check writes CSV, TSV, JSON and JSONL the many ways people and programs
// write them (quoting, separators, decimal marks, BOMs, line ends, padding, control characters, every number
// notation, missing-value tokens), and the reader must give back exactly the numbers written, or a coded error:
// never a stack trace, never a silently different number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Delimiter,
  IO_ERROR_CODES,
  IoError,
  MISSING_VALUE_TOKENS,
  type NumericTableOptions,
  parseCsv,
  readNumericTable,
  readNumericTableStream,
} from '../src/index';

// A finite double; -0 is left out because its shortest writing, "0", has no sign (a known-answer test covers "-0").
const double = fc
  .oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.constantFrom(0.1, 0.5, 12.5, 1e21, 5e-324, Number.MAX_VALUE, 2 ** 53 + 2),
  )
  .map((x) => (Object.is(x, -0) ? 0 : x));

/** Writings of x that read back as exactly x: shortest, 17 significant digits, exponent forms, plain integers. */
function writings(x: number, json: boolean): string[] {
  const out = [String(x), x.toPrecision(17), x.toExponential(16), x.toExponential(16).toUpperCase()];
  if (Number.isInteger(x) && Math.abs(x) < 1e21) out.push(x.toFixed(0));
  if (!json) {
    if (x >= 0) out.push(`+${String(x)}`);
    if (/^\d/.test(String(x))) out.push(`00${String(x)}`);
  }
  return out;
}

const numberText = (x: number, json: boolean) => fc.constantFrom(...writings(x, json));

const missingToken = fc
  .constantFrom(...MISSING_VALUE_TOKENS)
  .chain((t) => fc.constantFrom(t, t.toLowerCase(), t.toUpperCase()));

/** A numeric cell: a value and how it is written, or a missing-value token. */
type NumCell = { value: number; text: string } | { missing: string };

const numCell = (missingRate: number) =>
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .chain((u) =>
      u < missingRate
        ? missingToken.map((missing): NumCell => ({ missing }))
        : double.chain((value) => numberText(value, false).map((text): NumCell => ({ value, text }))),
    );

// Text cells: anything, delimiters, quotes, line ends and control characters included.
const textCell = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('a,b', 'x;y', 'say "hi"', 'two\nlines', 'cr\rhere', ' padded ', '\t', '\u001b[31m', '\u202eevil'),
);

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|', 'whitespace'];
const LINE_ENDS = ['\n', '\r\n', '\r'] as const;

interface CsvCase {
  readonly text: string;
  readonly options: NumericTableOptions;
  /** The numeric columns' cells by row. */
  readonly numeric: NumCell[][];
  /** The text columns' cells by row, and all header names, for parseCsv's round trip. */
  readonly texts: string[][];
  readonly header: string[] | undefined;
  readonly lines: number[];
  readonly nanPolicy: 'raise' | 'omit';
  /** Where the numeric columns are in the file. */
  readonly numericPositions: number[];
}

const csvCase = fc
  .record({
    nNumeric: fc.integer({ min: 1, max: 3 }),
    nText: fc.integer({ min: 0, max: 2 }),
    nRows: fc.integer({ min: 1, max: 12 }),
    delimiter: fc.constantFrom(...DELIMITERS),
    decimal: fc.constantFrom('.', ','),
    header: fc.boolean(),
    lineEnd: fc.constantFrom(...LINE_ENDS),
    bom: fc.boolean(),
    finalEnd: fc.boolean(),
    missingRate: fc.constantFrom(0, 0.1, 0.4),
    nanPolicy: fc.constantFrom('raise', 'omit'),
    explicit: fc.boolean(),
  })
  .chain((p) =>
    fc.record({
      p: fc.constant(p),
      numeric: fc.array(fc.array(numCell(p.missingRate), { minLength: p.nNumeric, maxLength: p.nNumeric }), {
        minLength: p.nRows,
        maxLength: p.nRows,
      }),
      texts: fc.array(fc.array(textCell, { minLength: p.nText, maxLength: p.nText }), {
        minLength: p.nRows,
        maxLength: p.nRows,
      }),
      // Header names are trimmed like every cell, so they are told apart by their trimmed text.
      names: fc.uniqueArray(
        fc.string({ maxLength: 6 }).map((s) => `c${s}`),
        { minLength: p.nNumeric + p.nText, maxLength: p.nNumeric + p.nText, selector: (s) => s.trim() },
      ),
      order: fc.shuffledSubarray(
        Array.from({ length: p.nNumeric + p.nText }, (_, k) => k),
        { minLength: p.nNumeric + p.nText },
      ),
      quoteAll: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
      pads: fc.array(fc.constantFrom('', ' ', '  ', '\t'), { minLength: 64, maxLength: 64 }),
      blanks: fc.array(fc.boolean(), { minLength: p.nRows + 1, maxLength: p.nRows + 1 }),
    }),
  )
  .map(({ p, numeric, texts, names, order, quoteAll, pads, blanks }): CsvCase => {
    const sep = p.delimiter === 'whitespace' ? ' ' : p.delimiter;
    const width = p.nNumeric + p.nText;
    let k = 0;
    const cell = (text: string, mustKeep: boolean): string => {
      const quote = quoteAll[k++ % 64] as boolean;
      const special =
        text.includes('"') ||
        /[\r\n]/.test(text) ||
        (p.delimiter === 'whitespace' ? /[ \t]/.test(text) : text.includes(sep)) ||
        (mustKeep && (text !== text.trim() || /^[ \t]|[ \t]$/.test(text))) ||
        (text === '' && (width === 1 || p.delimiter === 'whitespace'));
      if (quote || special) return `"${text.replaceAll('"', '""')}"`;
      const pad = p.delimiter === '\t' ? ' ' : (pads[k % 64] as string);
      return p.delimiter === 'whitespace' ? text : `${pad}${text}${pad}`;
    };
    const numericText = (c: NumCell) =>
      'missing' in c ? c.missing : p.decimal === ',' ? c.text.replace('.', ',') : c.text;
    // Column j of the file shows column order[j] of (numeric columns, then text columns).
    const rowCells = (r: number) =>
      order.map((j) =>
        j < p.nNumeric
          ? cell(numericText(numeric[r]?.[j] as NumCell), false)
          : cell(texts[r]?.[j - p.nNumeric] as string, true),
      );
    const header = p.header ? order.map((j) => names[j] as string) : undefined;
    let text = p.bom ? '\uFEFF' : '';
    let line = 1;
    const lines: number[] = [];
    const addLine = (content: string) => {
      text += content + p.lineEnd;
      line += 1 + (content.match(/\r\n|\r|\n/g)?.length ?? 0);
    };
    if (header !== undefined) addLine(header.map((h) => cell(h, true)).join(sep));
    for (let r = 0; r < p.nRows; r++) {
      if (blanks[r]) addLine('');
      lines.push(line);
      addLine(rowCells(r).join(sep));
    }
    if (!p.finalEnd) text = text.slice(0, -p.lineEnd.length);
    const numericColumns = order.flatMap((j, position) => (j < p.nNumeric ? [{ j, position }] : []));
    const options: NumericTableOptions = {
      nanPolicy: p.nanPolicy,
      header: header === undefined ? 'absent' : 'present',
      // As the CLI does: a table of another width than written cannot be read by position without a choice.
      select: (columns) => {
        if (columns.length !== width) {
          throw new IoError('IO_UNKNOWN_COLUMN', `${columns.length} columns, ${width} written`);
        }
        return numericColumns.map((c) => c.position);
      },
      ...(p.explicit ? { delimiter: p.delimiter, decimal: p.decimal } : {}),
    };
    return {
      text,
      options,
      numeric: numeric.map((row) => numericColumns.map((c) => row[c.j] as NumCell)),
      texts: texts.map((row) => order.flatMap((j) => (j < p.nNumeric ? [] : [row[j - p.nNumeric] as string]))),
      header,
      lines,
      nanPolicy: p.nanPolicy,
      numericPositions: numericColumns.map((c) => c.position),
    };
  });

/** What the reader must return: the numbers of the rows without a missing value, column by column. */
function expected(c: CsvCase): { values: number[][]; omitted: number } | { missingLine: number } {
  const kept = c.numeric.filter((row) => row.every((x) => !('missing' in x)));
  if (c.nanPolicy === 'raise' && kept.length < c.numeric.length) {
    return { missingLine: c.lines[c.numeric.findIndex((row) => row.some((x) => 'missing' in x))] as number };
  }
  const width = c.numeric[0]?.length ?? 0;
  return {
    values: Array.from({ length: width }, (_, j) => kept.map((row) => (row[j] as { value: number }).value)),
    omitted: c.numeric.length - kept.length,
  };
}

function outcome(run: () => { values: readonly Float64Array[]; omitted: { rows: number } }) {
  try {
    const t = run();
    return { values: t.values.map((v) => Array.from(v)), omitted: t.omitted.rows };
  } catch (e) {
    // Never a stack trace: anything but a coded IoError fails the property here.
    expect(e).toBeInstanceOf(IoError);
    expect(IO_ERROR_CODES).toContain((e as IoError).code);
    return { error: e as IoError };
  }
}

describe('the table reader under fuzzing (CSV, TSV and other delimiters)', () => {
  it('gives back exactly the numbers written, when told the dialect', () => {
    fc.assert(
      fc.property(csvCase, (c) => {
        fc.pre(c.options.delimiter !== undefined);
        const want = expected(c);
        const got = outcome(() => readNumericTable(c.text, c.options));
        if ('missingLine' in want) {
          expect(got).toMatchObject({ error: { code: 'IO_MISSING_VALUE' } });
          expect((got as { error: IoError }).error.location.line).toBe(want.missingLine);
        } else if (want.values[0]?.length === 0) {
          expect(got).toMatchObject({ error: { code: 'IO_EMPTY' } });
        } else {
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives back exactly the numbers written, or a coded error, when it detects the dialect', () => {
    let undecided = 0;
    const runs = 400;
    fc.assert(
      fc.property(csvCase, (c) => {
        const { delimiter: _d, decimal: _m, ...auto } = c.options;
        const want = expected(c);
        const got = outcome(() => readNumericTable(c.text, auto));
        if ('error' in got) {
          const foreseen =
            'missingLine' in want ? 'IO_MISSING_VALUE' : want.values[0]?.length === 0 ? 'IO_EMPTY' : undefined;
          if (got.error.code !== foreseen) undecided++;
          return;
        }
        // Whatever the detection chose, a file it reads gives exactly the numbers written.
        expect('missingLine' in want).toBe(false);
        expect(got).toEqual(want);
      }),
      { numRuns: runs },
    );
    // Detection may ask for the dialect (a coded error) on hard files, but not on most.
    expect(undecided).toBeLessThan(runs / 4);
  });

  it('gives the same result however the text is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(csvCase, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1 }), async (c, cuts) => {
        const whole = outcome(() => readNumericTable(c.text, c.options));
        const chunks: string[] = [];
        let i = 0;
        for (let k = 0; i < c.text.length; k++) {
          const size = cuts[k % cuts.length] as number;
          chunks.push(c.text.slice(i, i + size));
          i += size;
        }
        async function* gen() {
          yield* chunks;
        }
        let streamed: ReturnType<typeof outcome>;
        try {
          const t = await readNumericTableStream(gen(), c.options);
          streamed = { values: t.values.map((v) => Array.from(v)), omitted: t.omitted.rows };
        } catch (e) {
          streamed = { error: e as IoError };
        }
        if ('error' in whole) expect((streamed as { error: IoError }).error?.code).toBe(whole.error.code);
        else expect(streamed).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('gives back every text cell exactly (parseCsv), header included', () => {
    fc.assert(
      fc.property(csvCase, (c) => {
        fc.pre(c.header !== undefined && c.options.delimiter !== undefined && c.texts[0]?.length !== 0);
        const t = parseCsv(c.text, { delimiter: c.options.delimiter ?? 'auto', decimal: c.options.decimal ?? 'auto' });
        expect(t.header).toEqual(c.header?.map((h) => h.trim()));
        const got = t.rows.map((r) => r.cells.filter((_, k) => !c.numericPositions.includes(k)));
        // parseCsv trims padding; a text cell that had to keep its spaces was quoted, and quotes keep them.
        expect(got.map((row) => row.map((s) => s.trim()))).toEqual(c.texts.map((row) => row.map((s) => s.trim())));
      }),
      { numRuns: 200 },
    );
  });
});

// ---- JSON and JSONL --------------------------------------------------------------------------------------------

const ws = fc.constantFrom('', ' ', '\n', '\t', '\r\n', '  \n ');

interface JsonCase {
  readonly text: string;
  readonly values: (number | null | string)[];
  readonly duplicate: boolean;
  readonly format: 'json' | 'jsonl';
}

const jsonValue = fc.oneof(
  {
    weight: 8,
    arbitrary: double.chain((x) => numberText(x, true).map((text) => ({ value: x as number | null | string, text }))),
  },
  { weight: 1, arbitrary: fc.constant({ value: null as number | null | string, text: 'null' }) },
  {
    weight: 1,
    arbitrary: missingToken.map((t) => ({ value: t as number | null | string, text: JSON.stringify(t) })),
  },
);

/** A key written with escapes sometimes (`"\u0061"` is "a"). */
const keyText = (key: string) =>
  fc
    .boolean()
    .map((escaped) =>
      escaped
        ? `"${Array.from(key, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`
        : JSON.stringify(key),
    );

const jsonCase = fc
  .record({
    shape: fc.constantFrom('numbers', 'objects', 'columns', 'jsonl-numbers', 'jsonl-objects'),
    cells: fc.array(jsonValue, { minLength: 1, maxLength: 15 }),
    key: fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }),
    other: fc.string({ minLength: 1, maxLength: 5 }),
    seps: fc.array(ws, { minLength: 8, maxLength: 8 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
  })
  .chain((p) => fc.tuple(fc.constant(p), keyText(p.key), fc.boolean()))
  .map(([p, key, duplicate]): JsonCase => {
    const s = (k: number) => p.seps[k % 8] as string;
    const nl = p.crlf ? '\r\n' : '\n';
    const other = p.other === p.key ? `${p.other}_` : p.other;
    const dup = duplicate && (p.shape === 'objects' || p.shape === 'jsonl-objects' || p.shape === 'columns');
    let text: string;
    switch (p.shape) {
      case 'numbers':
        text = `${s(0)}[${p.cells.map((c, k) => `${s(k + 1)}${c.text}${s(k + 2)}`).join(',')}]${s(3)}`;
        break;
      case 'objects':
        text = `[${p.cells
          .map(
            (c, k) =>
              `{${s(k)}${key}${s(1)}:${s(2)}${c.text},${JSON.stringify(other)}:"x"${dup && k === p.cells.length - 1 ? `,${key}:1` : ''}}`,
          )
          .join(`,${s(4)}`)}]`;
        break;
      case 'columns':
        text = `{${key}:${s(0)}[${p.cells.map((c) => c.text).join(`,${s(5)}`)}]${dup ? `,${key}:[]` : ''}}`;
        break;
      case 'jsonl-numbers':
        text = p.cells.map((c) => c.text).join(nl) + nl;
        break;
      default:
        text = p.cells
          .map(
            (c, k) =>
              `{${key}:${c.text},${JSON.stringify(other)}:${k}${dup && k === 0 ? `,${key}:0` : ''}}${k % 3 === 0 ? nl : ''}`,
          )
          .join(nl);
    }
    return {
      text: (p.bom ? '\uFEFF' : '') + text,
      values: p.cells.map((c) => c.value),
      duplicate: dup,
      format: p.shape.startsWith('jsonl') ? 'jsonl' : 'json',
    };
  });

describe('the table reader under fuzzing (JSON and JSONL)', () => {
  it('gives back exactly the numbers written, drops exactly the missing ones, and refuses duplicate keys', () => {
    fc.assert(
      fc.property(jsonCase, fc.constantFrom('raise', 'omit'), fc.boolean(), (c, nanPolicy, sniff) => {
        const got = outcome(() =>
          readNumericTable(c.text, { nanPolicy, select: () => [0], ...(sniff ? {} : { format: c.format }) }),
        );
        const numbers = c.values.filter((v): v is number => typeof v === 'number');
        const nMissing = c.values.length - numbers.length;
        // Told the format, the reader must meet each case exactly. Sniffing, it may read a JSONL file of numbers
        // as delimited text (a leading tab is then a delimiter) and stop on a coded error, but what it reads must
        // still be exactly what was written.
        if (sniff && 'error' in got) return;
        if (c.duplicate) expect(got).toMatchObject({ error: { code: 'IO_DUPLICATE_KEY' } });
        else if (nanPolicy === 'raise' && nMissing > 0)
          expect(got).toMatchObject({ error: { code: 'IO_MISSING_VALUE' } });
        else if (numbers.length === 0) expect(got).toMatchObject({ error: { code: 'IO_EMPTY' } });
        else expect(got).toEqual({ values: [numbers], omitted: nMissing });
      }),
      { numRuns: 400 },
    );
  });

  it('refuses hostile JSON with a coded error, never a stack trace', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        '[NaN]',
        '[Infinity]',
        '[1,,2]',
        '[1e999]',
        '[-1e999]',
        '{"a":[1],"a":[2]}',
        '[0x10]',
        '[.5]',
        '[+1]',
      ),
      fc.integer({ min: 1, max: 5000 }).map((d) => `${'['.repeat(d)}1${']'.repeat(d)}`),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(hostile, fc.constantFrom('json', 'jsonl', 'auto'), (text, format) => {
        outcome(() => readNumericTable(text, { format: format as 'json' }));
      }),
      { numRuns: 300 },
    );
  });
});
