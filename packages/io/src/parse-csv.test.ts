import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('gives the header and the rows as text, with their lines', () => {
    const t = parseCsv('config,energy\n"A, b",12.5\n\n"multi\nline",3\r\nC,"say ""hi"""\n', { source: 'r.csv' });
    expect(t.header).toEqual(['config', 'energy']);
    expect(t.rows).toEqual([
      { cells: ['A, b', '12.5'], line: 2 },
      { cells: ['multi\nline', '3'], line: 4 },
      { cells: ['C', 'say "hi"'], line: 6 },
    ]);
  });

  it('detects a European file', () => {
    const t = parseCsv('config;energy\nA;12,5\n');
    expect(t.dialect).toEqual({ delimiter: ';', decimal: ',' });
    expect(t.notes).toHaveLength(1);
  });

  it.each([
    ['a,b\n1,2,3\n', 'IO_RAGGED_ROW', 2],
    ['a,b\n1\n', 'IO_RAGGED_ROW', 2],
    ['a,,b\n', 'IO_NOT_A_TABLE', 1],
    ['a,a\n', 'IO_NOT_A_TABLE', 1],
    ['a,b\n"1,2\n', 'IO_BAD_QUOTE', 2],
    ['', 'IO_EMPTY', undefined],
  ] as const)('refuses %j with %s', (text, code, line) => {
    expect(() => parseCsv(text, { source: 'r.csv' })).toThrow(
      expect.objectContaining({
        code,
        location: line === undefined ? { source: 'r.csv' } : expect.objectContaining({ source: 'r.csv', line }),
      }),
    );
  });
});
