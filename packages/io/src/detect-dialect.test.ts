import { describe, expect, it } from 'vitest';
import { detectDialect } from './detect-dialect';
import type { IoError } from './errors';

describe('detectDialect', () => {
  it.each([
    ['name,ms\nr1,12.5\n', ',', '.', false],
    ['name;ms\nr1;12,5\n', ';', ',', true],
    ['name;ms\nr1;12.5\n', ';', '.', true],
    ['name\tms\nr1\t12,5\n', '\t', ',', true],
    ['a|b\n1|2\n', '|', '.', true],
    ['1 2 3 4\n', 'whitespace', '.', true],
    ['  1.5   2.5  7\n', 'whitespace', '.', true],
    ['ms\n12\n13\n', ',', '.', false],
    ['"a;b",c\n1,2\n', ',', '.', false], // the ';' is inside quotes
    ['\uFEFFa;b\n1;2\n', ';', '.', true],
  ] as const)('reads %j as delimiter %j, decimal mark %j', (text, delimiter, decimal, noted) => {
    const { dialect, notes } = detectDialect(text);
    expect(dialect).toEqual({ delimiter, decimal });
    expect(notes.length > 0).toBe(noted);
  });

  it('takes the delimiter used evenly on every line when the first line has several', () => {
    expect(detectDialect('label;x,y\n"a";1\n"b";2\n').dialect).toEqual({ delimiter: ';', decimal: '.' });
  });

  it('refuses to guess between delimiters used unevenly', () => {
    let e: IoError | undefined;
    try {
      detectDialect('a,b;c\n1;2;3\n1,2,3\n', { source: 'x.csv' });
    } catch (err) {
      e = err as IoError;
    }
    expect(e?.code).toBe('IO_AMBIGUOUS_DIALECT');
    expect(e?.message).toContain("',' and ';'");
    expect(e?.location).toEqual({ source: 'x.csv', line: 1 });
  });

  it('refuses to guess whitespace-separated numbers with decimal commas (split at , they give cells like "5 2")', () => {
    expect(() => detectDialect('1,5 2,5\n3,5 4,5\n')).toThrow(
      expect.objectContaining({ code: 'IO_AMBIGUOUS_DIALECT', location: { line: 1 } }),
    );
    expect(detectDialect('1,5 2,5\n', { delimiter: 'whitespace', decimal: ',' }).dialect.decimal).toBe(',');
  });

  it('refuses to guess names and decimal-comma numbers separated by spaces (split at , they give "r1 12" | "5")', () => {
    // Found by fuzzing: "\u0000 9,0071992547409940E+15" was read at the comma as 7.199254740994e+28.
    for (const text of ['r1 12,5\nr2 13,25\n', '\u0000 9,0071992547409940E+15\n', 'New York 12,5\n']) {
      expect(() => detectDialect(text)).toThrow(
        expect.objectContaining({ code: 'IO_AMBIGUOUS_DIALECT', location: { line: 1 } }),
      );
    }
    // A comma-separated file with spaces in a name and numbers without decimal commas is read at the commas.
    expect(detectDialect('New York,12\nOslo,13\n').dialect).toEqual({ delimiter: ',', decimal: '.' });
    expect(detectDialect('x, 1,5\n').dialect).toEqual({ delimiter: ',', decimal: '.' });
    // With a header line the spaces decide: whitespace cells with decimal commas.
    expect(detectDialect('name ms\nr1 12,5\n').dialect).toEqual({ delimiter: 'whitespace', decimal: ',' });
  });

  it('refuses a given delimiter that never occurs when commas stand between digits (a .tsv holding CSV)', () => {
    expect(() => detectDialect('1,2\n3,4\n', { delimiter: '\t' })).toThrow(
      expect.objectContaining({ code: 'IO_AMBIGUOUS_DIALECT' }),
    );
    expect(detectDialect('a\tb\n1,5\t2\n', { delimiter: '\t' }).dialect).toEqual({ delimiter: '\t', decimal: ',' });
    expect(detectDialect('1,2\n3,4\n', { delimiter: '\t', decimal: ',' }).dialect.decimal).toBe(',');
  });

  it('refuses to guess the decimal mark when both occur', () => {
    expect(() => detectDialect('a;b\n1,5;2.5\n')).toThrow(expect.objectContaining({ code: 'IO_AMBIGUOUS_DIALECT' }));
  });

  it('uses what it is given', () => {
    expect(detectDialect('a;b\n1,5;2.5\n', { decimal: '.' }).dialect.decimal).toBe('.');
    expect(detectDialect('a,b\n', { delimiter: ';', decimal: ',' })).toEqual({
      dialect: { delimiter: ';', decimal: ',' },
      notes: [],
    });
  });
});
