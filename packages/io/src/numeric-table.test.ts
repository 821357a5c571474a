import { describe, expect, it } from 'vitest';
import { IoError } from './errors';
import { findColumn } from './find-column';
import { type NumericTableOptions, readNumericTable, readNumericTableStream } from './numeric-table';

const col = (spec: string) => (columns: readonly string[]) => [findColumn(columns, spec)];

function values(text: string, options: NumericTableOptions = {}): number[][] {
  return readNumericTable(text, options).values.map((v) => Array.from(v));
}

function error(text: string, options: NumericTableOptions = {}): IoError {
  try {
    readNumericTable(text, { source: 'in', ...options });
  } catch (e) {
    if (e instanceof IoError) return e;
    throw e;
  }
  throw new Error('expected an IoError');
}

describe('NumericTableReader: CSV', () => {
  it('refuses a row with more cells than the header: decimal commas never split a number silently', () => {
    // The adversarial pass's file: with ',' between cells, 12,5 is two cells, and the row is ragged.
    const e = error('name,ms\nr1,12,5\nr2,13,25\nr3,11,75\nr4,14,5\nr5,12,0\n', { select: col('ms') });
    expect(e.code).toBe('IO_RAGGED_ROW');
    expect(e.location).toEqual({ source: 'in', line: 2 });
    expect(e.message).toContain('this row has 3 cells, but the header has 2');
    expect(e.message).toContain('A comma inside a number (12,5) splits it in two');
  });

  it('refuses a row with fewer cells than the header', () => {
    expect(error('a,b\n1,2\n3\n').code).toBe('IO_RAGGED_ROW');
  });

  it("reads the same file written the European way (';' between cells, ',' as the decimal mark)", () => {
    const t = readNumericTable('name;ms\nr1;12,5\nr2;13,25\nr3;11,75\nr4;14,5\nr5;12,0\n', { select: col('ms') });
    expect(Array.from(t.values[0] ?? [])).toEqual([12.5, 13.25, 11.75, 14.5, 12]);
    expect(t.dialect).toEqual({ delimiter: ';', decimal: ',' });
    expect(t.notes.map((n) => n.code)).toEqual(['DIALECT_DETECTED']);
  });

  it('reads quoted decimal commas in a comma-separated file when told the decimal mark', () => {
    expect(values('a,b\n"12,5",1\n"3,25",2\n', { decimal: ',', select: col('a') })).toEqual([[12.5, 3.25]]);
  });

  it('refuses to guess whether 12,5 is two integers or one decimal comma, and reads it either way when told', () => {
    expect(error('0,1\n0,5\n12,25\n').code).toBe('IO_AMBIGUOUS_DIALECT');
    expect(error('1,5\n').code).toBe('IO_AMBIGUOUS_DIALECT');
    expect(values('0,1\n0,5\n12,25\n', { decimal: ',' })).toEqual([[0.1, 0.5, 12.25]]);
    expect(values('0,1\n0,5\n12,25\n', { delimiter: ',' })).toEqual([
      [0, 0, 12],
      [1, 5, 25],
    ]);
    expect(values('1,-5\n2,6\n')).toEqual([
      [1, 2],
      [-5, 6],
    ]); // a sign cannot start a fraction: two columns
  });

  it('reads whitespace-separated numbers on one line as data, one column', () => {
    const t = readNumericTable('1 2 3 4 5 6 7 8\n');
    expect(t.columns).toEqual(['1']);
    expect(Array.from(t.values[0] ?? [])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(t.notes.map((n) => n.code)).toContain('SINGLE_ROW_AS_COLUMN');
    expect(values('1,2,3')).toEqual([[1, 2, 3]]);
  });

  it('reads several whitespace-separated lines as a matrix', () => {
    expect(values('1 2\n3 4\n')).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  it('reads one number per line with no header (seq 1 5)', () => {
    const t = readNumericTable('1\n2\n3\n4\n5\n');
    expect(t.columns).toEqual(['1']);
    expect(Array.from(t.values[0] ?? [])).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes the header as given', () => {
    expect(readNumericTable('2019,2020,2021\n1,2,3\n', { header: 'present' }).columns).toEqual([
      '2019',
      '2020',
      '2021',
    ]);
    expect(readNumericTable('2019,2020,2021\n1,2,3\n').columns).toEqual(['1', '2', '3']);
    expect(readNumericTable('e1,x2\n1,2\n').columns).toEqual(['e1', 'x2']);
    expect(error('x\n1\n', { header: 'absent' }).code).toBe('IO_NOT_A_NUMBER');
  });

  it.each([
    ['\u221212.5', 'a Unicode minus'],
    ['1_000', 'digit separators'],
    ['0x10', 'hexadecimal'],
    ['\u00a012.5', 'no-break space padding'],
  ])('reads a malformed number in the first row as data, and says which cell is wrong (%j: %s)', (cell) => {
    // Taken for a header, the row would vanish and the mean change without a word.
    const e = error(`${cell}\n13.5\n14.5\n`);
    expect(e.code).toBe('IO_NOT_A_NUMBER');
    expect(e.location).toMatchObject({ line: 1, column: 1 });
  });

  it.each([
    ['0x10', 'hexadecimal'],
    ['0b101', 'hexadecimal, binary and octal'],
    ['1_000', 'is not a number'],
    ['12,5', "with ',' as the decimal mark it would be one"],
    ['twelve', 'is not a number'],
  ])('refuses %j as a number, naming the cell', (cell, words) => {
    const e = error(`x\n1\n${cell.includes(',') ? `"${cell}"` : cell}\n`);
    expect(e.code).toBe('IO_NOT_A_NUMBER');
    expect(e.message).toContain(words);
    expect(e.location).toMatchObject({ source: 'in', line: 3, column: 1, field: 'x' });
  });

  it('names a number too large for a double', () => {
    const e = error('x\n1\n1e999\n');
    expect(e.code).toBe('IO_NUMBER_OUT_OF_RANGE');
    expect(e.message).toContain('"1e999"');
  });

  it('treats NA, NaN, empty, null and ±inf alike: an error under raise', () => {
    for (const token of ['NA', 'NaN', '', 'null', 'inf', '-inf', 'Infinity', 'None', 'N/A']) {
      const e = error(`x,y\n1,a\n${token},b\n`, { select: col('x') });
      expect(e.code, token).toBe('IO_MISSING_VALUE');
      expect(e.location, token).toMatchObject({ line: 3, column: 1, field: 'x', text: token });
    }
  });

  it('drops rows with a missing value under omit, and counts them by token', () => {
    const t = readNumericTable('x\n1\nNA\n2\ninf\n\n""\n3\nNA\n', { nanPolicy: 'omit' });
    expect(Array.from(t.values[0] ?? [])).toEqual([1, 2, 3]);
    // The blank line is no row at all; the quoted empty cell is a missing value.
    expect(t.omitted).toEqual({ rows: 4, values: 4, tokens: { NA: 2, inf: 1, '': 1 } });
    expect(t.notes.map((n) => n.code)).toEqual(['VALUES_OMITTED']);
  });

  it('drops a whole row when any chosen column is missing (pairs stay pairs)', () => {
    const t = readNumericTable('x,y,z\n1,2,a\nNA,3,b\n4,NA,c\n5,6,NA\n', {
      nanPolicy: 'omit',
      select: (c) => [findColumn(c, 'x'), findColumn(c, 'y')],
    });
    expect(t.values.map((v) => Array.from(v))).toEqual([
      [1, 5],
      [2, 6],
    ]);
    expect(t.omitted.rows).toBe(2);
  });

  it('drops each column\'s missing values alone with omit "values" (independent samples of unequal sizes)', () => {
    const t = readNumericTable('x,y\n1,10\n2,20\n3,30\n4,\n5,\n', { nanPolicy: 'omit', omit: 'values' });
    expect(t.values.map((v) => Array.from(v))).toEqual([
      [1, 2, 3, 4, 5],
      [10, 20, 30],
    ]);
    expect(t.omitted).toEqual({ rows: 0, values: 2, tokens: { '': 2 } });
    expect(t.notes.at(-1)?.message).toBe('2 missing values dropped (2 × empty).');
    expect(error('x,y\n1,\n2,NA\n', { nanPolicy: 'omit', omit: 'values' }).message).toBe(
      'column "y" has only missing values: nothing is left.',
    );
  });

  it('refuses when every row is dropped', () => {
    expect(error('x\nNA\nNA\n', { nanPolicy: 'omit' }).code).toBe('IO_EMPTY');
  });

  it.each([
    ['', 'is empty'],
    ['   \n\n', 'is empty'],
    ['x\n', 'header but no rows'],
  ])('refuses %j as empty', (text, words) => {
    const e = error(text);
    expect(e.code).toBe('IO_EMPTY');
    expect(e.message).toContain(words);
  });

  it('accepts a BOM, CRLF and lone CR line ends, and padding', () => {
    expect(values('\uFEFFx\r\n 1 \r\n2\r3')).toEqual([[1, 2, 3]]);
  });

  it('does not depend on how the text is cut into chunks', async () => {
    const text = 'name;"m;s"\r\n"a\r\nb";12,5\r\nc;13\r\n\r\nd;"1,5e2"\r\n';
    const whole = readNumericTable(text, { select: col('m;s') });
    expect(Array.from(whole.values[0] ?? [])).toEqual([12.5, 13, 150]);
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      async function* gen() {
        yield* chunks;
      }
      const t = await readNumericTableStream(gen(), { select: col('m;s') });
      expect(t.values).toEqual(whole.values);
    }
  });

  it('reads UTF-8 bytes split inside a character', async () => {
    const bytes = new TextEncoder().encode('naïve;µs\n1;2,5\n');
    async function* gen() {
      for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
    }
    const t = await readNumericTableStream(gen(), { select: col('µs') });
    expect(t.columns).toEqual(['naïve', 'µs']);
    expect(Array.from(t.values[0] ?? [])).toEqual([2.5]);
  });

  it('reads 200,000 rows (a spread into Math.max once overflowed the stack here)', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => String(i + 1)).join('\n');
    const t = readNumericTable(text);
    expect(t.rows).toBe(200_000);
    expect(t.values[0]?.[199_999]).toBe(200_000);
  });
});

describe('NumericTableReader: groups (long-format data)', () => {
  const by = (name: string) => (columns: readonly string[]) => findColumn(columns, name);

  it('gives each kept row its group, as written, in CSV and JSON', () => {
    const t = readNumericTable('variant,ms\nA,1\nB,2\n"A ",3\nB,4\n', { select: col('ms'), groupBy: by('variant') });
    expect(t.groups).toEqual(['A', 'B', 'A', 'B']);
    expect(Array.from(t.values[0] ?? [])).toEqual([1, 2, 3, 4]);
    const j = readNumericTable('[{"v": "x", "ms": 1}, {"v": 2, "ms": 5}]', { select: col('ms'), groupBy: by('v') });
    expect(j.groups).toEqual(['x', '2']);
  });

  it('calls an empty group a missing value: an error, or the row dropped with omit', () => {
    expect(error('v,ms\nA,1\n,2\n', { select: col('ms'), groupBy: by('v') })).toMatchObject({
      code: 'IO_MISSING_VALUE',
      location: { line: 3, column: 1, field: 'v' },
    });
    const t = readNumericTable('v,ms\nA,1\n,2\nB,NA\nB,4\n', {
      select: col('ms'),
      groupBy: by('v'),
      nanPolicy: 'omit',
    });
    expect(t.groups).toEqual(['A', 'B']);
    expect(t.omitted.rows).toBe(2);
  });
});

describe('NumericTableReader: JSON and JSONL', () => {
  it('reads an array of numbers, of objects, of arrays, and an object of arrays', () => {
    expect(values('[1, 2.5, -3e2]')).toEqual([[1, 2.5, -300]]);
    expect(values('[{"a": 1, "b": 2}, {"b": 4, "a": 3}]')).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(values('[[1, 2], [3, 4]]', { select: col('2') })).toEqual([[2, 4]]);
    expect(values('{"a": [1, 2], "b": [3, 4]}', { select: col('b') })).toEqual([[3, 4]]);
  });

  it('reports 1e999 as itself, with its line and column', () => {
    const e = error('[1,\n 1e999]');
    expect(e.code).toBe('IO_NUMBER_OUT_OF_RANGE');
    expect(e.message).toContain('1e999');
    expect(e.location).toEqual({ source: 'in', line: 2, column: 2 });
  });

  it('reads null and missing-value strings as missing, and refuses other strings', () => {
    expect(error('[1, null]').code).toBe('IO_MISSING_VALUE');
    const t = readNumericTable('[1, null, "NA", "Infinity", 2]', { nanPolicy: 'omit' });
    expect(Array.from(t.values[0] ?? [])).toEqual([1, 2]);
    expect(t.omitted).toEqual({ rows: 3, values: 3, tokens: { null: 1, NA: 1, Infinity: 1 } });
    const e = error('[1,\n "12.5"]');
    expect(e.code).toBe('IO_NOT_A_NUMBER');
    expect(e.message).toBe('"12.5" in column "value" is a string, not a number.');
    expect(e.location).toMatchObject({ line: 2, column: 2 });
  });

  it('calls a key absent from one object missing, pointing at the object', () => {
    const e = error('[{"a": 1},\n {"b": 2}]', { select: col('a') });
    expect(e.code).toBe('IO_MISSING_VALUE');
    expect(e.message).toBe(
      'the record has no "a": a missing value. Remove it, or drop rows with missing values (nanPolicy \'omit\').',
    );
    expect(e.location).toMatchObject({ line: 2, column: 2 });
  });

  it('refuses a duplicate key', () => {
    expect(error('[{"a": 1, "a": 2}]').code).toBe('IO_DUPLICATE_KEY');
    expect(error('{"a": 1, "b": 1}\n{"a": 1, "a": 2}\n').code).toBe('IO_DUPLICATE_KEY');
  });

  it.each([
    ['{"a": [1, 2], "b": [3]}', 'IO_RAGGED_ROW'],
    ['[[1, 2], [3]]', 'IO_RAGGED_ROW'],
    ['[1, {"a": 2}]', 'IO_NOT_A_TABLE'],
    ['{"runId": "x", "cases": []}', 'IO_NOT_A_TABLE'],
    ['[]', 'IO_EMPTY'],
    ['[true]', 'IO_NOT_A_NUMBER'],
  ])('refuses %j with %s', (text, code) => {
    expect(error(text, { format: 'json' }).code).toBe(code);
  });

  it('reads JSONL records line by line, with line numbers in errors', () => {
    expect(values('{"a": 1}\n\n{"a": 2}\r\n', { format: 'jsonl' })).toEqual([[1, 2]]);
    expect(values('1\n2\n3\n', { format: 'jsonl' })).toEqual([[1, 2, 3]]);
    const e = error('{"a": 1}\n{"a": 2}\n{"a": "x"}\n');
    expect(e.code).toBe('IO_NOT_A_NUMBER');
    expect(e.location).toMatchObject({ line: 3, column: 7 });
    expect(error('{"a": 1}\n[1]\n').code).toBe('IO_NOT_A_TABLE');
    expect(error('{"a": 1}\n{"a": 1e999}\n').location).toMatchObject({ line: 2, column: 7 });
  });

  it('tells JSONL from one JSON object by its first line', () => {
    expect(readNumericTable('{"a": 1}\n{"a": 2}\n').format).toBe('jsonl');
    expect(readNumericTable('{"a": [1, 2]}').format).toBe('json');
    expect(readNumericTable('{\n "a": [1, 2]\n}').format).toBe('json');
    expect(readNumericTable('[1]').format).toBe('json');
    expect(readNumericTable('1\n').format).toBe('csv');
  });
});
